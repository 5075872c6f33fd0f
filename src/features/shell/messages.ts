/**
 * Messages of the pages the shell shows instead of the sidebar (outside the portal, task picker,
 * not found): they load with those pages, not in the sidebar's first paint
 * (docs/development.md#first-paint-budget).
 */
import { useLazyMessages } from '@/i18n/lazy'
import en from './locales/en.json'
import ru from './locales/ru.json'

const MESSAGES = { en, ru }

/** For those pages' `setup`: adds the messages on first use, before anything renders them. */
export function useShellPageMessages(): void {
  useLazyMessages(MESSAGES)
}
