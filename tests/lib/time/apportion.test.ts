/**
 * Largest-remainder rounding: the shown parts add up to the shown total, for any list of seconds.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { apportionSeconds, DISPLAY_STEP_SECONDS } from '@/lib/time/apportion'
import { formatDuration } from '@/lib/time/duration'

const seconds = fc.array(fc.integer({ min: 0, max: 400 * 3600 }), { maxLength: 60 })
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)

describe('apportionSeconds', () => {
  it('parts sum to the rounded total and each lies within one step of its exact value', () => {
    fc.assert(fc.property(seconds, fc.constantFrom(1, 36, 60), (values, step) => {
      const parts = apportionSeconds(values, step)
      expect(parts).toHaveLength(values.length)
      expect(sum(parts)).toBe(Math.round(sum(values) / step) * step)
      parts.forEach((part, index) => {
        expect(part % step).toBe(0)
        expect(Math.abs(part - values[index]!)).toBeLessThan(step)
      })
    }))
  })

  it('h:mm parts read as the h:mm total (per-person rows add up to the shown total)', () => {
    fc.assert(fc.property(seconds, (values) => {
      const minutes = apportionSeconds(values, DISPLAY_STEP_SECONDS['h:mm']).map(part => part / 60)
      const [hours = '0', mins = '0'] = formatDuration(sum(values), 'h:mm').split(':')
      expect(sum(minutes)).toBe(Number(hours) * 60 + Number(mins))
    }))
  })

  it('gives the missing minute to the largest remainder: 101:11 of parts becomes 101:12', () => {
    // Three people at 33:43:30 and one at 0:00:30: on their own 33:44 × 3 + 0:01 = 101:13 vs 101:11 total.
    const parts = apportionSeconds([121_410, 121_410, 121_410, 30], 60)
    expect(formatDuration(sum([121_410, 121_410, 121_410, 30]), 'h:mm')).toBe('101:11')
    expect(parts.map(part => formatDuration(part, 'h:mm'))).toEqual(['33:44', '33:44', '33:43', '0:00'])
  })

  it('keeps exact seconds unchanged at a 1 s step and refuses a step of zero', () => {
    expect(apportionSeconds([1, 59, 3601], 1)).toEqual([1, 59, 3601])
    expect(() => apportionSeconds([1], 0)).toThrow(RangeError)
  })
})
