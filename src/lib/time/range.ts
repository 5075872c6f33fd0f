/**
 * Date ranges as inclusive pairs of day keys in the user's zone, open at either end. The presets
 * (today … this quarter) are `presetPeriod` in period.ts: one calendar for the list and the timesheet.
 */
import type { DayKey } from './zone'

export interface DayRange {
  /** First day, inclusive; null = open. */
  from: DayKey | null
  /** Last day, inclusive; null = open. */
  to: DayKey | null
}

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

/**
 * True when the day lies inside the range (open ends match everything).
 *
 * @example
 * inRange('2024-05-16', { from: '2024-05-13', to: null }) // true
 */
export function inRange(day: DayKey, range: DayRange): boolean {
  return (range.from === null || day >= range.from) && (range.to === null || day <= range.to)
}
