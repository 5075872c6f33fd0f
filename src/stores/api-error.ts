/**
 * What a store does with anything an `await` threw: an `ApiError` is a failure to show, kept as a
 * value; anything else is a bug and is thrown on.
 */
import { ApiError } from '@/api/errors'

/**
 * Returns the `ApiError`, rethrows anything else.
 *
 * @example
 * catch (thrown) { error.value = keepApiError(thrown) }
 */
export function keepApiError(thrown: unknown): ApiError {
  if (thrown instanceof ApiError)
    return thrown
  throw thrown
}
