/**
 * Retry decisions: rate limits back off exponentially, 429 waits for the operating budget's reset,
 * writes are never repeated after a network failure, and everything else surfaces at once.
 */
import { describe, expect, it } from 'vitest'
import { DEFAULT_RETRY_POLICY, retryDelay } from '@/lib/retry'

const base = { idempotent: true, now: 1_000_000, random: 0.5 }

describe('retryDelay', () => {
  it.each([
    { attempt: 0, expected: 1000 },
    { attempt: 1, expected: 2000 },
    { attempt: 2, expected: 4000 },
    { attempt: 3, expected: null },
  ])('qUERY_LIMIT_EXCEEDED backs off exponentially: attempt $attempt → $expected', ({ attempt, expected }) => {
    expect(retryDelay('QUERY_LIMIT_EXCEEDED', { ...base, attempt })).toBe(expected)
  })

  it('spreads retries with ±20 % jitter', () => {
    expect(retryDelay('QUERY_LIMIT_EXCEEDED', { ...base, attempt: 0, random: 0 })).toBe(800)
    expect(retryDelay('QUERY_LIMIT_EXCEEDED', { ...base, attempt: 0, random: 1 })).toBe(1200)
  })

  it('waits for operating_reset_at on OPERATION_TIME_LIMIT when it is near', () => {
    const resetInFiveSeconds = base.now / 1000 + 5
    expect(retryDelay('OPERATION_TIME_LIMIT', { ...base, attempt: 0, operatingResetAt: resetInFiveSeconds })).toBe(5000)
  })

  it('gives up on OPERATION_TIME_LIMIT when the reset is minutes away', () => {
    const resetInTenMinutes = base.now / 1000 + 600
    expect(retryDelay('OPERATION_TIME_LIMIT', { ...base, attempt: 0, operatingResetAt: resetInTenMinutes })).toBeNull()
  })

  it('retries a read once after a network failure, a write never', () => {
    expect(retryDelay('NETWORK_ERROR', { ...base, attempt: 0 })).toBe(500)
    expect(retryDelay('NETWORK_ERROR', { ...base, attempt: 1 })).toBeNull()
    expect(retryDelay('NETWORK_ERROR', { ...base, attempt: 0, idempotent: false })).toBeNull()
  })

  it.each(['TASK_NOT_FOUND', 'ACCESS_DENIED', 'expired_token', 'INTERNAL_SERVER_ERROR'])('does not retry %s', (code) => {
    expect(retryDelay(code, { ...base, attempt: 0 })).toBeNull()
  })

  it('never exceeds the policy maximum wait', () => {
    for (let attempt = 0; attempt < DEFAULT_RETRY_POLICY.maxAttempts; attempt++) {
      const delay = retryDelay('QUERY_LIMIT_EXCEEDED', { ...base, attempt, random: 1 }, { ...DEFAULT_RETRY_POLICY, maxWaitMs: 1500 })
      expect(delay).toBeLessThanOrEqual(1500)
    }
  })
})
