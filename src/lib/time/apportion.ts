/**
 * Rounding parts of a total so that the parts, as shown, add up to the total as shown: largest-
 * remainder (Hamilton) rounding to a display step (docs/rounding.md). Rounding each part on its
 * own to the nearest minute can make 101:11 of parts under a total of 101:12.
 * Pure TypeScript: no Vue, no SDK.
 */
import type { DurationFormat } from './duration'

/** The smallest step each format shows, in seconds (decimal hours have two decimals: 0.01 h = 36 s). */
export const DISPLAY_STEP_SECONDS: Readonly<Record<DurationFormat, number>> = { 'h:mm': 60, 'hh:mm:ss': 1, 'decimal': 36 }

/**
 * Rounds non-negative durations (seconds) to multiples of `step` seconds so that they sum to the
 * total rounded to the nearest step, and each lies within one step of its exact value: every part
 * is first rounded down, then the steps still missing go to the parts with the largest remainders
 * (on a tie, the earlier part).
 *
 * @example
 * apportionSeconds([90, 90, 90], 60) // [120, 120, 60]: 4:30 min in total reads as 5 min, 2 + 2 + 1
 */
export function apportionSeconds(seconds: readonly number[], step: number): number[] {
  if (!(step > 0))
    throw new RangeError(`step must be positive, got ${step}`)
  const clamped = seconds.map(value => Math.max(0, value))
  const exact = clamped.map(value => value / step)
  const floors = exact.map(Math.floor)
  // From the sum of seconds, not of the fractions, so that the total rounds as formatDuration rounds it.
  const total = Math.round(clamped.reduce((sum, value) => sum + value, 0) / step)
  let missing = total - floors.reduce((sum, value) => sum + value, 0)
  const order = exact
    .map((value, index) => ({ index, remainder: value - floors[index]! }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (const { index } of order) {
    if (missing <= 0)
      break
    floors[index]! += 1
    missing -= 1
  }
  return floors.map(units => units * step)
}
