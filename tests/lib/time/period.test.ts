/**
 * Report periods: weeks from any first weekday, months and quarters seen from any zone, day
 * starts across daylight-saving changes (midnight gaps included), and the CREATED_DATE edges
 * sent to the portal.
 */
import type { PeriodPreset, Weekday } from '@/lib/time/period'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  createdDateFilter,
  customPeriod,
  daysOf,
  dayStart,
  instantInPeriod,
  MONDAY,
  parseWeekStart,
  PERIOD_PRESETS,
  PeriodError,
  periodInstants,
  periodLength,
  presetPeriod,
  shiftWeeks,
  weekContaining,
  weekdayOf,
  weeksOf,
} from '@/lib/time/period'
import { addDays } from '@/lib/time/range'
import { dayKey } from '@/lib/time/zone'

/** Zones far from UTC, with half-hour and 45-minute offsets, DST north and south, and midnight gaps. */
const ZONES = [
  'UTC',
  'Europe/Moscow',
  'Europe/Berlin',
  'America/New_York',
  'America/Adak',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Pacific/Chatham',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/Santiago',
  'Asia/Beirut',
  'America/St_Johns',
] as const

const zone = fc.constantFrom(...ZONES)
const weekday = fc.integer({ min: 0, max: 6 }).map(value => value as Weekday)
/** Instants between 1990 and 2040. */
const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }).map(ms => new Date(ms))
const day = instant.map(date => date.toISOString().slice(0, 10))
const preset = fc.constantFrom<PeriodPreset>(...PERIOD_PRESETS)

describe('week start', () => {
  it.each([
    { code: 'MO', weekday: 0 },
    { code: 'su', weekday: 6 },
    { code: ' SA ', weekday: 5 },
    { code: 'XX', weekday: null },
    { code: 1, weekday: null },
    { code: undefined, weekday: null },
  ])('calendar.settings.get week_start $code → $weekday', ({ code, weekday: expected }) => {
    expect(parseWeekStart(code)).toBe(expected)
  })

  it('a week holds 7 days, starts on the first weekday and contains the day', () => {
    fc.assert(fc.property(day, weekday, (someDay, first) => {
      const week = weekContaining(someDay, first)
      expect(weekdayOf(week.from)).toBe(first)
      expect(periodLength(week)).toBe(7)
      expect(someDay >= week.from && someDay <= week.to).toBe(true)
    }))
  })

  it.each([
    { day: '2026-03-18', first: 0, from: '2026-03-16', to: '2026-03-22' },
    { day: '2026-03-18', first: 6, from: '2026-03-15', to: '2026-03-21' },
    { day: '2026-03-15', first: 6, from: '2026-03-15', to: '2026-03-21' },
    { day: '2026-03-13', first: 5, from: '2026-03-07', to: '2026-03-13' },
    { day: '2026-01-01', first: 0, from: '2025-12-29', to: '2026-01-04' },
  ])('the week of $day starting on weekday $first is $from..$to', ({ day: someDay, first, from, to }) => {
    expect(weekContaining(someDay, first as Weekday)).toEqual({ from, to })
  })
})

describe('presets', () => {
  it('every preset contains today in the viewer\'s zone (this-*) or ends right before it (last-*)', () => {
    fc.assert(fc.property(preset, instant, zone, weekday, (name, now, timeZone, first) => {
      const today = dayKey(now, timeZone)
      const period = presetPeriod(name, now, timeZone, first)
      expect(period.from <= period.to).toBe(true)
      if (name.startsWith('this-'))
        expect(today >= period.from && today <= period.to).toBe(true)
      else
        expect(period.to < today).toBe(true)
    }))
  })

  it('months start on the 1st and end the day before the next 1st; quarters are three months from Jan/Apr/Jul/Oct', () => {
    fc.assert(fc.property(instant, zone, (now, timeZone) => {
      for (const name of ['this-month', 'last-month', 'this-quarter'] as const) {
        const period = presetPeriod(name, now, timeZone)
        expect(period.from.endsWith('-01')).toBe(true)
        expect(addDays(period.to, 1).endsWith('-01')).toBe(true)
      }
      const quarter = presetPeriod('this-quarter', now, timeZone)
      expect(['01', '04', '07', '10']).toContain(quarter.from.slice(5, 7))
      expect(Number(quarter.to.slice(5, 7)) - Number(quarter.from.slice(5, 7))).toBe(2)
      const last = presetPeriod('last-month', now, timeZone)
      expect(addDays(last.to, 1)).toBe(presetPeriod('this-month', now, timeZone).from)
    }))
  })

  it('last week is this week moved back by seven days', () => {
    fc.assert(fc.property(instant, zone, weekday, (now, timeZone, first) => {
      expect(presetPeriod('last-week', now, timeZone, first)).toEqual(shiftWeeks(presetPeriod('this-week', now, timeZone, first), -1))
    }))
  })

  // 2026-03-31T20:00Z is already 1 April in Kiritimati (UTC+14) and still 31 March in Adak (UTC-9).
  it.each([
    { zone: 'Pacific/Kiritimati', preset: 'this-month', from: '2026-04-01', to: '2026-04-30' },
    { zone: 'America/Adak', preset: 'this-month', from: '2026-03-01', to: '2026-03-31' },
    { zone: 'Pacific/Kiritimati', preset: 'this-quarter', from: '2026-04-01', to: '2026-06-30' },
    { zone: 'America/Adak', preset: 'this-quarter', from: '2026-01-01', to: '2026-03-31' },
    { zone: 'Pacific/Kiritimati', preset: 'last-month', from: '2026-03-01', to: '2026-03-31' },
    { zone: 'America/Adak', preset: 'last-month', from: '2026-02-01', to: '2026-02-28' },
  ] as const)('$preset at 2026-03-31T20:00Z in $zone is $from..$to', ({ zone: timeZone, preset: name, from, to }) => {
    expect(presetPeriod(name, new Date('2026-03-31T20:00:00Z'), timeZone)).toEqual({ from, to })
  })

  it('last month of January is December of the year before', () => {
    expect(presetPeriod('last-month', new Date('2026-01-10T12:00:00Z'), 'UTC')).toEqual({ from: '2025-12-01', to: '2025-12-31' })
  })

  it('refuses a zone Intl does not know, with a typed error', () => {
    expect(() => presetPeriod('this-week', new Date(), 'Mars/Olympus')).toThrow(PeriodError)
  })
})

describe('custom periods', () => {
  it('accepts real days in order up to the maximum length', () => {
    expect(customPeriod('2026-02-27', '2026-03-02')).toEqual({ from: '2026-02-27', to: '2026-03-02' })
    expect(customPeriod('2026-03-01', '2026-03-01')).toEqual({ from: '2026-03-01', to: '2026-03-01' })
  })

  it.each([
    { from: '2026-02-30', to: '2026-03-01', code: 'INVALID_DAY' },
    { from: '2026-03-01', to: 'tomorrow', code: 'INVALID_DAY' },
    { from: '2026-03-20', to: '2026-03-01', code: 'REVERSED' },
    { from: '2025-01-01', to: '2026-01-03', code: 'TOO_LONG' },
  ])('$from..$to is refused with $code', ({ from, to, code }) => {
    expect(() => customPeriod(from, to)).toThrow(expect.objectContaining({ name: 'PeriodError', code }))
  })
})

describe('days and weeks of a period', () => {
  const period = fc.tuple(day, fc.integer({ min: 0, max: 120 })).map(([from, length]) => ({ from, to: addDays(from, length) }))

  it('lists every day once, in order; weeks partition the same days', () => {
    fc.assert(fc.property(period, weekday, (somePeriod, first) => {
      const days = daysOf(somePeriod)
      expect(days).toHaveLength(periodLength(somePeriod))
      expect(days[0]).toBe(somePeriod.from)
      expect(days.at(-1)).toBe(somePeriod.to)
      const weeks = weeksOf(somePeriod, first)
      expect(weeks.flatMap(daysOf)).toEqual(days)
      for (const week of weeks.slice(1))
        expect(weekdayOf(week.from)).toBe(first)
    }))
  })
})

describe('day starts and period edges', () => {
  it('a day starts at the first instant whose local date is that day', () => {
    fc.assert(fc.property(day, zone, (someDay, timeZone) => {
      const start = dayStart(someDay, timeZone)
      expect(dayKey(start, timeZone)).toBe(someDay)
      expect(dayKey(new Date(start.getTime() - 1000), timeZone)).toBe(addDays(someDay, -1))
    }), { numRuns: 300 })
  })

  it('an instant is in the period exactly when start <= instant < end', () => {
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 40 }), instant, zone, (from, length, someInstant, timeZone) => {
      const somePeriod = { from, to: addDays(from, length) }
      const { start, end } = periodInstants(somePeriod, timeZone)
      const inside = someInstant >= start && someInstant < end
      expect(instantInPeriod(someInstant, somePeriod, timeZone)).toBe(inside)
    }), { numRuns: 300 })
  })

  it('the filter values are ISO 8601 with the zone offset and name the edge instants exactly', () => {
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 40 }), zone, (from, length, timeZone) => {
      const somePeriod = { from, to: addDays(from, length) }
      const filter = createdDateFilter(somePeriod, timeZone)
      const { start, end } = periodInstants(somePeriod, timeZone)
      for (const value of Object.values(filter))
        expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/)
      expect(Date.parse(filter['>=CREATED_DATE'])).toBe(start.getTime())
      expect(Date.parse(filter['<CREATED_DATE'])).toBe(end.getTime())
    }), { numRuns: 300 })
  })

  it.each([
    // Spring forward: the week loses an hour; fall back: it gains one.
    { zone: 'Europe/Berlin', from: '2026-03-23', hours: 167 },
    { zone: 'Europe/Berlin', from: '2026-10-19', hours: 169 },
    { zone: 'America/New_York', from: '2026-03-08', first: 5, hours: 167 },
    { zone: 'America/New_York', from: '2026-10-26', hours: 169 },
    { zone: 'Australia/Lord_Howe', from: '2026-03-30', hours: 168.5 },
    { zone: 'Europe/Moscow', from: '2026-03-23', hours: 168 },
  ])('the week from $from in $zone lasts $hours hours', ({ zone: timeZone, from, first, hours }) => {
    const week = weekContaining(from, (first ?? MONDAY) as Weekday)
    const { start, end } = periodInstants(week, timeZone)
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(hours)
  })

  it.each([
    { zone: 'Pacific/Kiritimati', start: '2026-03-01T00:00:00+14:00', end: '2026-04-01T00:00:00+14:00' },
    { zone: 'America/Adak', start: '2026-03-01T00:00:00-10:00', end: '2026-04-01T00:00:00-09:00' },
    { zone: 'Pacific/Chatham', start: '2026-03-01T00:00:00+13:45', end: '2026-04-01T00:00:00+13:45' },
    { zone: 'Europe/Moscow', start: '2026-03-01T00:00:00+03:00', end: '2026-04-01T00:00:00+03:00' },
  ])('march 2026 in $zone is sent as $start ≤ CREATED_DATE < $end', ({ zone: timeZone, start, end }) => {
    expect(createdDateFilter({ from: '2026-03-01', to: '2026-03-31' }, timeZone)).toEqual({ '>=CREATED_DATE': start, '<CREATED_DATE': end })
  })

  it.each([
    { zone: 'America/Santiago', day: '2026-09-06', start: '2026-09-06T01:00:00-03:00' },
    { zone: 'Asia/Beirut', day: '2026-03-29', start: '2026-03-29T01:00:00+03:00' },
  ])('where DST skips midnight, $day in $zone starts at $start', ({ zone: timeZone, day: someDay, start }) => {
    expect(createdDateFilter({ from: someDay, to: someDay }, timeZone)['>=CREATED_DATE']).toBe(start)
  })
})
