/**
 * Report periods: weeks from the portal's first day of the week, months, quarters and custom
 * ranges as inclusive pairs of calendar days, and their edges as instants in an IANA zone.
 *
 * A period is a list of *days*; only its edges are instants, and those depend on the zone the
 * person reads the report in (docs/timesheet.md#periods):
 * - a day starts at the first instant whose wall clock in the zone shows that date. Usually
 *   00:00, but where daylight saving skips midnight (America/Santiago, Asia/Beirut…) it is 01:00;
 * - a period runs from the start of its first day to the start of the day after its last day,
 *   half-open, so two adjacent periods never share an entry and a 23- or 25-hour day counts once;
 * - the edges go to `task.elapseditem.getlist` as `>=CREATED_DATE` / `<CREATED_DATE` in ISO 8601
 *   with the zone's offset at that instant: the portal converts them with `strtotime`, which
 *   honours the offset (`CRestUtil::unConvertDateTime`, docs/rest-quirks.md#time-zones).
 *
 * The first day of the week is the portal's calendar setting `week_start` ("MO" … "SU", docs
 * `api-reference/calendar/calendar-settings-get.md`). Reading it needs the `calendar` scope, which
 * the app does not ask for, and neither the frame nor `user.current` carries it, so callers pass it
 * in and the default is Monday (the Bitrix24 default).
 */
import type { DayKey } from './zone'
import { addDays, isDayKey } from './range'
import { dayKey, isValidTimeZone, toZonedIso } from './zone'

/** 0 = Monday … 6 = Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6

export const MONDAY: Weekday = 0

/** `week_start` codes of `calendar.settings.get`, in Weekday order. */
const WEEK_START_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const

/** An inclusive range of calendar days, `from <= to`. */
export interface Period {
  from: DayKey
  to: DayKey
}

export type PeriodPreset = 'today' | 'yesterday' | 'this-week' | 'last-week' | 'this-month' | 'last-month' | 'this-quarter'

/** The timesheet's presets: a report covers at least a week. */
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['this-week', 'last-week', 'this-month', 'last-month', 'this-quarter']

/** Every preset, shortest first: a task's own list also offers single days. */
export const ALL_PERIOD_PRESETS: readonly PeriodPreset[] = ['today', 'yesterday', ...PERIOD_PRESETS]

/** Custom periods longer than this are refused: a year of a team is already a large load. */
export const MAX_PERIOD_DAYS = 366

export type PeriodErrorCode = 'INVALID_DAY' | 'REVERSED' | 'TOO_LONG' | 'INVALID_ZONE'

/** Bad period input: which rule it broke, and the offending value. */
export class PeriodError extends Error {
  override readonly name = 'PeriodError'
  constructor(readonly code: PeriodErrorCode, readonly value: string) {
    super(`${code}: ${value}`)
  }
}

/** The `getlist` FILTER keys for a period, values ISO 8601 with the zone's offset. */
export interface CreatedDateFilter {
  '>=CREATED_DATE': string
  '<CREATED_DATE': string
}

/**
 * Reads `calendar.settings.get`'s `week_start`; null for anything else.
 *
 * @example
 * parseWeekStart('SU') // 6
 */
export function parseWeekStart(code: unknown): Weekday | null {
  if (typeof code !== 'string')
    return null
  const index = (WEEK_START_CODES as readonly string[]).indexOf(code.trim().toUpperCase())
  return index === -1 ? null : index as Weekday
}

function utcDate(day: DayKey): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, date))
}

/**
 * The weekday of a day (no zone: a date is a date).
 *
 * @example
 * weekdayOf('2026-03-16') // 0 (a Monday)
 */
export function weekdayOf(day: DayKey): Weekday {
  return ((utcDate(day).getUTCDay() + 6) % 7) as Weekday
}

/**
 * Number of days from `from` to `to`, both included.
 *
 * @example
 * periodLength({ from: '2026-03-01', to: '2026-03-31' }) // 31
 */
export function periodLength(period: Period): number {
  return Math.round((utcDate(period.to).getTime() - utcDate(period.from).getTime()) / 86_400_000) + 1
}

/**
 * The week (7 days from `weekStart`) that contains `day`.
 *
 * @example
 * weekContaining('2026-03-18', 6) // { from: '2026-03-15', to: '2026-03-21' } (Sunday to Saturday)
 */
export function weekContaining(day: DayKey, weekStart: Weekday = MONDAY): Period {
  const back = (weekdayOf(day) - weekStart + 7) % 7
  const from = addDays(day, -back)
  return { from, to: addDays(from, 6) }
}

function monthOf(year: number, month: number): Period {
  const first = new Date(Date.UTC(year, month - 1, 1))
  const last = new Date(Date.UTC(year, month, 0))
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) }
}

function zoneOrThrow(timeZone: string): void {
  try {
    dayKey(new Date(0), timeZone)
  }
  catch {
    throw new PeriodError('INVALID_ZONE', timeZone)
  }
}

/**
 * The days a preset covers, seen from `now` in `timeZone` ("this week" in Kiritimati may already
 * be next week in Adak).
 *
 * @example
 * presetPeriod('last-month', new Date('2026-03-16T09:00:00Z'), 'Europe/Moscow') // { from: '2026-02-01', to: '2026-02-28' }
 */
export function presetPeriod(preset: PeriodPreset, now: Date, timeZone: string, weekStart: Weekday = MONDAY): Period {
  zoneOrThrow(timeZone)
  const today = dayKey(now, timeZone)
  const [year, month] = today.split('-').map(Number) as [number, number]
  switch (preset) {
    case 'today':
      return { from: today, to: today }
    case 'yesterday': {
      const yesterday = addDays(today, -1)
      return { from: yesterday, to: yesterday }
    }
    case 'this-week':
      return weekContaining(today, weekStart)
    case 'last-week':
      return weekContaining(addDays(today, -7), weekStart)
    case 'this-month':
      return monthOf(year, month)
    case 'last-month':
      return month === 1 ? monthOf(year - 1, 12) : monthOf(year, month - 1)
    case 'this-quarter': {
      const firstMonth = Math.floor((month - 1) / 3) * 3 + 1
      return { from: monthOf(year, firstMonth).from, to: monthOf(year, firstMonth + 2).to }
    }
  }
}

/**
 * Which preset (if any) a range equals, so its button shows as pressed and a chip can name it;
 * `presets` is the order to try (the first match wins).
 *
 * @example
 * matchPreset({ from: '2026-03-16', to: '2026-03-22' }, new Date('2026-03-18T12:00:00Z'), 'UTC') // 'this-week'
 */
export function matchPreset(range: { from: DayKey | null, to: DayKey | null }, now: Date, timeZone: string, presets: readonly PeriodPreset[] = ALL_PERIOD_PRESETS, weekStart: Weekday = MONDAY): PeriodPreset | null {
  if (range.from === null || range.to === null || !isValidTimeZone(timeZone))
    return null
  for (const preset of presets) {
    const candidate = presetPeriod(preset, now, timeZone, weekStart)
    if (candidate.from === range.from && candidate.to === range.to)
      return preset
  }
  return null
}

/**
 * A custom range, checked: real days, in order, at most `maxDays` long.
 *
 * @example
 * customPeriod('2026-03-20', '2026-03-01') // throws PeriodError('REVERSED')
 */
export function customPeriod(from: string, to: string, maxDays = MAX_PERIOD_DAYS): Period {
  if (!isDayKey(from))
    throw new PeriodError('INVALID_DAY', from)
  if (!isDayKey(to))
    throw new PeriodError('INVALID_DAY', to)
  if (to < from)
    throw new PeriodError('REVERSED', `${from}..${to}`)
  const period = { from, to }
  if (periodLength(period) > maxDays)
    throw new PeriodError('TOO_LONG', `${from}..${to}`)
  return period
}

/**
 * The same period moved by whole weeks (previous / next week of the grid).
 *
 * @example
 * shiftWeeks({ from: '2026-03-16', to: '2026-03-22' }, -1) // { from: '2026-03-09', to: '2026-03-15' }
 */
export function shiftWeeks(period: Period, weeks: number): Period {
  return { from: addDays(period.from, weeks * 7), to: addDays(period.to, weeks * 7) }
}

/**
 * Every day of the period, in order.
 *
 * @example
 * daysOf({ from: '2026-02-27', to: '2026-03-02' }) // ['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']
 */
export function daysOf(period: Period): DayKey[] {
  const days: DayKey[] = []
  for (let day = period.from; day <= period.to; day = addDays(day, 1))
    days.push(day)
  return days
}

/**
 * The period cut into weeks from `weekStart`, the first and last clipped to the period (the
 * columns of a long report).
 *
 * @example
 * weeksOf({ from: '2026-03-01', to: '2026-03-10' }) // [{ from: '2026-03-01', to: '2026-03-01' }, { from: '2026-03-02', to: '2026-03-08' }, { from: '2026-03-09', to: '2026-03-10' }]
 */
export function weeksOf(period: Period, weekStart: Weekday = MONDAY): Period[] {
  const weeks: Period[] = []
  for (let week = weekContaining(period.from, weekStart); week.from <= period.to; week = shiftWeeks(week, 1))
    weeks.push({ from: week.from > period.from ? week.from : period.from, to: week.to < period.to ? week.to : period.to })
  return weeks
}

const SECOND_MS = 1000
/** Zones are between UTC-12 and UTC+14; a day's start lies within this of its UTC midnight. */
const SEARCH_SPAN_MS = 15 * 3_600_000

/**
 * The first instant of `day` in `timeZone`: 00:00 local, or the first moment after a
 * daylight-saving gap that swallowed midnight.
 *
 * @example
 * dayStart('2026-03-16', 'Europe/Moscow').toISOString() // '2026-03-15T21:00:00.000Z'
 */
export function dayStart(day: DayKey, timeZone: string): Date {
  const midnightUtc = utcDate(day).getTime()
  // Binary search on whole seconds for the first instant whose local date is `day` or later:
  // the local date only moves forward with time in every zone since 1970.
  let low = (midnightUtc - SEARCH_SPAN_MS) / SECOND_MS
  let high = (midnightUtc + SEARCH_SPAN_MS) / SECOND_MS
  while (low < high) {
    const middle = Math.floor((low + high) / 2)
    if (dayKey(new Date(middle * SECOND_MS), timeZone) >= day)
      high = middle
    else
      low = middle + 1
  }
  return new Date(low * SECOND_MS)
}

/**
 * The period's edges: `start` inclusive, `end` exclusive (the start of the day after `to`).
 *
 * @example
 * periodInstants({ from: '2026-03-01', to: '2026-03-31' }, 'UTC') // { start: 2026-03-01T00:00Z, end: 2026-04-01T00:00Z }
 */
export function periodInstants(period: Period, timeZone: string): { start: Date, end: Date } {
  zoneOrThrow(timeZone)
  return { start: dayStart(period.from, timeZone), end: dayStart(addDays(period.to, 1), timeZone) }
}

/**
 * The `getlist` FILTER entries that select a period's entries on the server.
 *
 * @example
 * createdDateFilter({ from: '2026-03-01', to: '2026-03-31' }, 'Pacific/Kiritimati')
 * // { '>=CREATED_DATE': '2026-03-01T00:00:00+14:00', '<CREATED_DATE': '2026-04-01T00:00:00+14:00' }
 */
export function createdDateFilter(period: Period, timeZone: string): CreatedDateFilter {
  const { start, end } = periodInstants(period, timeZone)
  return { '>=CREATED_DATE': toZonedIso(start, timeZone), '<CREATED_DATE': toZonedIso(end, timeZone) }
}

/**
 * True when the instant falls inside the period as seen in the zone (the client-side twin of
 * `createdDateFilter`).
 *
 * @example
 * instantInPeriod(new Date('2026-02-28T23:30:00Z'), { from: '2026-03-01', to: '2026-03-31' }, 'Europe/Moscow') // true
 */
export function instantInPeriod(instant: Date, period: Period, timeZone: string): boolean {
  const day = dayKey(instant, timeZone)
  return day >= period.from && day <= period.to
}
