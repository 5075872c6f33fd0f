/**
 * Date ranges as inclusive pairs of day keys in the user's zone, and the presets people expect
 * from time trackers such as Toggl or Clockify: this week, last week, this month.
 * Weeks start on Monday (ISO 8601, the Bitrix24 default for both of our languages).
 */
import type { DayKey } from './zone'
import { dayKey } from './zone'

export interface DayRange {
  /** First day, inclusive; null = open. */
  from: DayKey | null
  /** Last day, inclusive; null = open. */
  to: DayKey | null
}

export type RangePreset = 'this-week' | 'last-week' | 'this-month'

export const RANGE_PRESETS: readonly RangePreset[] = ['this-week', 'last-week', 'this-month']

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * True for a real calendar day written `YYYY-MM-DD`.
 *
 * @example
 * isDayKey('2024-02-30') // false
 */
export function isDayKey(value: unknown): value is DayKey {
  if (typeof value !== 'string')
    return false
  const match = DAY_KEY.exec(value)
  if (!match)
    return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3])
}

function toUtcDate(key: DayKey): Date {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day))
}

function fromUtcDate(date: Date): DayKey {
  return date.toISOString().slice(0, 10)
}

/**
 * Calendar arithmetic on day keys (no zone involved: a day is a day).
 *
 * @example
 * addDays('2024-02-28', 2) // '2024-03-01'
 */
export function addDays(key: DayKey, days: number): DayKey {
  const date = toUtcDate(key)
  date.setUTCDate(date.getUTCDate() + days)
  return fromUtcDate(date)
}

/** 0 = Monday … 6 = Sunday. */
function isoWeekday(key: DayKey): number {
  return (toUtcDate(key).getUTCDay() + 6) % 7
}

/**
 * The days a preset covers, seen from `now` in `timeZone`.
 *
 * @example
 * presetRange('this-week', new Date('2024-05-16T12:00:00Z'), 'UTC') // { from: '2024-05-13', to: '2024-05-19' }
 */
export function presetRange(preset: RangePreset, now: Date, timeZone: string): { from: DayKey, to: DayKey } {
  const today = dayKey(now, timeZone)
  switch (preset) {
    case 'this-week': {
      const monday = addDays(today, -isoWeekday(today))
      return { from: monday, to: addDays(monday, 6) }
    }
    case 'last-week': {
      const monday = addDays(today, -isoWeekday(today) - 7)
      return { from: monday, to: addDays(monday, 6) }
    }
    case 'this-month': {
      const first = `${today.slice(0, 8)}01`
      const nextFirst = addDays(first, 32).slice(0, 8)
      return { from: first, to: addDays(`${nextFirst}01`, -1) }
    }
  }
}

/**
 * Which preset (if any) a range equals, so the matching preset button can show as pressed.
 *
 * @example
 * matchPreset({ from: '2024-05-13', to: '2024-05-19' }, new Date('2024-05-16T12:00:00Z'), 'UTC') // 'this-week'
 */
export function matchPreset(range: DayRange, now: Date, timeZone: string): RangePreset | null {
  for (const preset of RANGE_PRESETS) {
    const candidate = presetRange(preset, now, timeZone)
    if (candidate.from === range.from && candidate.to === range.to)
      return preset
  }
  return null
}

/**
 * True when the day lies inside the range (open ends match everything).
 *
 * @example
 * inRange('2024-05-16', { from: '2024-05-13', to: null }) // true
 */
export function inRange(day: DayKey, range: DayRange): boolean {
  return (range.from === null || day >= range.from) && (range.to === null || day <= range.to)
}
