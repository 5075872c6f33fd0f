/**
 * When to try a failed REST call again, and how long to wait first. Pure, so it is tested without timers.
 *
 * Bitrix24 rate limits (b24restdocs limits.md): a leaky bucket answers 503 `QUERY_LIMIT_EXCEEDED`
 * (drains at 2 requests/s), and the per-method time budget answers 429 `OPERATION_TIME_LIMIT`
 * until `operating_reset_at`. Network failures are retried only for reads: a write that timed out
 * may have been applied, and repeating it would book the same time twice.
 */

export interface RetryContext {
  /** 0 for the first retry. */
  attempt: number
  /** Reads may be repeated after a network failure; writes may not. */
  idempotent: boolean
  /** Unix seconds when the operating budget resets, from the last `time.operating_reset_at` seen. */
  operatingResetAt?: number
  /** Current time in ms (injected for tests). */
  now: number
  /** 0..1, injected for tests; spreads retries of many sidebars opened at once. */
  random: number
}

export interface RetryPolicy {
  maxAttempts: number
  baseDelayMs: number
  /** A 429 whose reset is further away than this surfaces at once, with the reset time in the message. */
  maxWaitMs: number
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 1000, maxWaitMs: 20_000 }

/**
 * Milliseconds to wait before retrying a call that failed with `code`, or `null` to give up.
 *
 * @example
 * retryDelay('QUERY_LIMIT_EXCEEDED', { attempt: 0, idempotent: true, now: 0, random: 0.5 }) // 1000
 * retryDelay('TASK_NOT_FOUND', { attempt: 0, idempotent: true, now: 0, random: 0.5 }) // null
 */
export function retryDelay(code: string, context: RetryContext, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number | null {
  if (context.attempt >= policy.maxAttempts)
    return null
  const jitter = 0.8 + context.random * 0.4
  const backoff = Math.round(policy.baseDelayMs * 2 ** context.attempt * jitter)
  switch (code) {
    case 'QUERY_LIMIT_EXCEEDED':
      return Math.min(backoff, policy.maxWaitMs)
    case 'OPERATION_TIME_LIMIT': {
      if (context.operatingResetAt === undefined)
        return Math.min(backoff, policy.maxWaitMs)
      const untilReset = context.operatingResetAt * 1000 - context.now
      if (untilReset > policy.maxWaitMs)
        return null
      return Math.max(untilReset, backoff)
    }
    case 'NETWORK_ERROR':
    case 'REQUEST_TIMEOUT':
      // One quick second try covers a dropped connection; real offline surfaces fast with a retry button.
      return context.idempotent && context.attempt === 0 ? Math.round(500 * jitter) : null
    default:
      return null
  }
}
