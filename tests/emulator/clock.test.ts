/** The demo clock: pinned by EMULATOR_NOW for tests, otherwise "today" at noon, never ahead of the real clock. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CLOCK_PINNED, DEMO_NOW, HOUR_MS, movingDemoNow, parsePinnedNow, PINNED_TEST_NOW, serverNow, toServerIso } from '../../emulator/data/clock'

describe('parsePinnedNow', () => {
  it('reads ISO 8601 instants and epoch milliseconds, and nothing for an unset variable', () => {
    expect(parsePinnedNow('2026-03-16T12:00:00+03:00')).toBe(PINNED_TEST_NOW)
    expect(parsePinnedNow(String(PINNED_TEST_NOW))).toBe(PINNED_TEST_NOW)
    expect(parsePinnedNow(undefined)).toBeNull()
    expect(parsePinnedNow(' ')).toBeNull()
  })

  it('refuses a value that is not an instant instead of silently using today', () => {
    expect(() => parsePinnedNow('next tuesday')).toThrow(TypeError)
  })
})

describe('movingDemoNow', () => {
  it('is 12:00 server time of the server day in the afternoon, the current minute before noon', () => {
    expect(toServerIso(movingDemoNow(Date.UTC(2026, 11, 6, 20, 45, 11)))).toBe('2026-12-06T12:00:00+03:00')
    expect(toServerIso(movingDemoNow(Date.UTC(2026, 11, 6, 6, 7, 59)))).toBe('2026-12-06T09:07:00+03:00')
    // 22:30 UTC is already the next day in Moscow.
    expect(toServerIso(movingDemoNow(Date.UTC(2026, 11, 6, 22, 30)))).toBe('2026-12-07T01:30:00+03:00')
  })

  it('never lies ahead of the real clock and at most 12 hours behind it', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (real) => {
      const demo = movingDemoNow(real)
      expect(demo).toBeLessThanOrEqual(real)
      expect(real - demo).toBeLessThan(12 * HOUR_MS)
    }))
  })
})

describe('the pinned test clock', () => {
  it('pins the data and starts the REST clock at the pinned instant (vitest.config.ts sets EMULATOR_NOW)', () => {
    expect(CLOCK_PINNED).toBe(true)
    expect(DEMO_NOW).toBe(PINNED_TEST_NOW)
    expect(serverNow()).toBeGreaterThanOrEqual(PINNED_TEST_NOW)
    expect(serverNow() - PINNED_TEST_NOW).toBeLessThan(HOUR_MS)
  })
})
