/**
 * The task list's date presets (today … this quarter) in the viewer's portal zone, never the
 * machine's: late evening and just after midnight in zones far from UTC, across daylight saving
 * changes, weeks from Monday; and `matchPreset` naming a range back.
 */
import type { PeriodPreset } from '@/lib/time/period'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ALL_PERIOD_PRESETS, matchPreset, presetPeriod, weekdayOf } from '@/lib/time/period'
import { addDays } from '@/lib/time/range'
import { dayKey, fromLocalInputValue } from '@/lib/time/zone'

const FAR_ZONES = ['Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kamchatka', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Santiago', 'Europe/Moscow'] as const

/** Calendar days 1995–2039 (Kamchatka's DST ended in 2011, Santiago moves its switch every few years). */
const calendarDay = fc.integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2039, 11, 31) }).map(ms => new Date(ms).toISOString().slice(0, 10))
const zone = fc.constantFrom(...FAR_ZONES)
const clock = fc.constantFrom('23:30', '00:30', '23:59', '12:00')

/** The instant a wall clock shows `time` on `day` in `timeZone` (moved forward in a DST gap). */
function at(day: string, time: string, timeZone: string): Date {
  const instant = fromLocalInputValue(`${day}T${time}`, timeZone)
  if (!instant)
    throw new Error(`no instant for ${day}T${time}`)
  return instant
}

describe('presets seen from the viewer\'s zone', () => {
  it('"today" is the local day and "yesterday" the one before, at 23:30 and 00:30 local', () => {
    fc.assert(fc.property(calendarDay, zone, clock, (day, timeZone, time) => {
      const now = at(day, time, timeZone)
      // A DST gap at midnight (Santiago) moves 00:30 on but never to another day.
      expect(dayKey(now, timeZone)).toBe(day)
      expect(presetPeriod('today', now, timeZone)).toEqual({ from: day, to: day })
      expect(presetPeriod('yesterday', now, timeZone)).toEqual({ from: addDays(day, -1), to: addDays(day, -1) })
    }), { numRuns: 500 })
  })

  it('weeks run Monday to Sunday and hold today; last week ends the Sunday before', () => {
    fc.assert(fc.property(calendarDay, zone, clock, (day, timeZone, time) => {
      const now = at(day, time, timeZone)
      const week = presetPeriod('this-week', now, timeZone)
      expect(weekdayOf(week.from)).toBe(0)
      expect(addDays(week.from, 6)).toBe(week.to)
      expect(day >= week.from && day <= week.to).toBe(true)
      expect(presetPeriod('last-week', now, timeZone)).toEqual({ from: addDays(week.from, -7), to: addDays(week.from, -1) })
    }), { numRuns: 300 })
  })

  it('months and the quarter hold today; last month ends the day before this month', () => {
    fc.assert(fc.property(calendarDay, zone, clock, (day, timeZone, time) => {
      const now = at(day, time, timeZone)
      const month = presetPeriod('this-month', now, timeZone)
      const quarter = presetPeriod('this-quarter', now, timeZone)
      expect(month.from).toBe(`${day.slice(0, 7)}-01`)
      expect(day >= quarter.from && day <= quarter.to && quarter.from <= month.from && month.to <= quarter.to).toBe(true)
      expect(addDays(presetPeriod('last-month', now, timeZone).to, 1)).toBe(month.from)
    }), { numRuns: 300 })
  })

  // 2026-04-05: New Zealand leaves daylight saving at 03:00 (clocks back to 02:00); 2026-03-08 Los
  // Angeles enters it at 02:00. The same instant is another day, week or month in each zone.
  it.each([
    { instant: '2026-04-05T10:30:00Z', zone: 'Pacific/Auckland', today: '2026-04-05', week: '2026-03-30', month: '2026-04-01' },
    { instant: '2026-04-05T10:30:00Z', zone: 'America/Los_Angeles', today: '2026-04-05', week: '2026-03-30', month: '2026-04-01' },
    { instant: '2026-03-31T11:30:00Z', zone: 'Pacific/Auckland', today: '2026-04-01', week: '2026-03-30', month: '2026-04-01' },
    { instant: '2026-03-31T11:30:00Z', zone: 'America/Los_Angeles', today: '2026-03-31', week: '2026-03-30', month: '2026-03-01' },
    { instant: '2026-03-29T12:30:00Z', zone: 'Asia/Kamchatka', today: '2026-03-30', week: '2026-03-30', month: '2026-03-01' },
    { instant: '2026-03-29T12:30:00Z', zone: 'America/Los_Angeles', today: '2026-03-29', week: '2026-03-23', month: '2026-03-01' },
    { instant: '2026-03-08T10:30:00Z', zone: 'America/Los_Angeles', today: '2026-03-08', week: '2026-03-02', month: '2026-03-01' },
  ])('$instant in $zone: today $today, week from $week, month from $month', ({ instant, zone: timeZone, today, week, month }) => {
    const now = new Date(instant)
    expect(presetPeriod('today', now, timeZone).from).toBe(today)
    expect(presetPeriod('this-week', now, timeZone).from).toBe(week)
    expect(presetPeriod('this-month', now, timeZone).from).toBe(month)
  })
})

describe('matchPreset', () => {
  it('names every preset\'s own range back', () => {
    fc.assert(fc.property(calendarDay, zone, fc.constantFrom<PeriodPreset>(...ALL_PERIOD_PRESETS), (day, timeZone, preset) => {
      const now = at(day, '12:00', timeZone)
      const range = presetPeriod(preset, now, timeZone)
      const named = matchPreset(range, now, timeZone)
      expect(named).not.toBeNull()
      expect(presetPeriod(named!, now, timeZone)).toEqual(range)
    }), { numRuns: 300 })
  })

  it('is null for open ranges, other ranges and an unknown zone', () => {
    const now = new Date('2026-03-16T09:00:00Z')
    expect(matchPreset({ from: '2026-03-16', to: null }, now, 'Europe/Moscow')).toBeNull()
    expect(matchPreset({ from: '2026-03-16', to: '2026-03-17' }, now, 'Europe/Moscow')).toBeNull()
    expect(matchPreset({ from: '2026-03-16', to: '2026-03-16' }, now, 'Mars/Olympus')).toBeNull()
    expect(matchPreset({ from: '2026-03-16', to: '2026-03-16' }, now, 'Europe/Moscow')).toBe('today')
  })
})
