/**
 * An `ApiError` in the user's language, translated where it is shown (not where it was built), so
 * a message on screen follows a language switch. A reset time is written in the active locale.
 */
import type { ApiError } from '@/api/errors'
import { useI18n } from 'vue-i18n'

/** Codes whose message names when to try again, when the error knows it (`errorsAt.<code>`). */
const WITH_RESET_TIME = new Set<string>(['OPERATION_TIME_LIMIT'])

/**
 * The message of an error: `errors.<code>`, or `errorsAt.<code>` with the reset time when known.
 *
 * @example
 * const errorMessage = useErrorMessage()
 * errorMessage(error) // 'Bitrix24 is receiving too many requests right now. …'
 */
export function useErrorMessage(): (error: ApiError) => string {
  const { t, locale } = useI18n()
  return (error) => {
    if (error.resetAt !== undefined && WITH_RESET_TIME.has(error.code)) {
      const resetTime = new Intl.DateTimeFormat(locale.value, { timeStyle: 'short' }).format(new Date(error.resetAt * 1000))
      return t(`errorsAt.${error.code}`, { resetTime, status: error.status })
    }
    return t(`errors.${error.code}`, { status: error.status })
  }
}
