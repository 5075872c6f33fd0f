/**
 * Naive wall-clock date-times: what a Bitrix24 server clock reads, with no time zone attached.
 *
 * REPLICATE_PARAMS dates and TIME are server-time strings (`b24restdocs api-reference/tasks/template/fields.md`), and Bitrix computes
 * the next run on them with `mktime`/`strtotime` in the server's zone. Doing the same arithmetic on
 * `Date.UTC` values keeps every calendar rule (month lengths, leap years, weekdays) and has no DST:
 * a run "at 11:00" stays at 11:00 across a clock change, as the wall clock of the server shows it.
 */

export interface WallClock {
  readonly year: number
  /** 1..12 */
  readonly month: number
  /** 1..31 */
  readonly day: number
  readonly hour: number
  readonly minute: number
  readonly second: number
}

/** ISO weekday: 1 = Monday … 7 = Sunday (PHP `date('N')`, the base of WEEK_DAYS). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

export const MINUTES_PER_DAY = 24 * 60
const MS_PER_MINUTE = 60_000
const MS_PER_DAY = 86_400_000

/**
 * Builds a wall-clock value, normalising overflow the way PHP's `mktime` does (day 31 of April is 1 May).
 *
 * @example
 * wallClock(2026, 4, 31) // { year: 2026, month: 5, day: 1, hour: 0, minute: 0, second: 0 }
 */
export function wallClock(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): WallClock {
  return fromNaiveMs(naiveMs(year, month, day, hour, minute, second))
}

function naiveMs(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const date = new Date(0)
  // setUTCFullYear keeps years 0..99 literal, which Date.UTC would map to 1900..1999.
  date.setUTCFullYear(year, month - 1, day)
  date.setUTCHours(hour, minute, second, 0)
  return date.getTime()
}

/** Milliseconds on a zone-less time line (UTC used as "no zone"); only for arithmetic and ordering. */
export function toNaiveMs(value: WallClock): number {
  return naiveMs(value.year, value.month, value.day, value.hour, value.minute, value.second)
}

export function fromNaiveMs(ms: number): WallClock {
  const date = new Date(ms)
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  }
}

/** Negative when `a` is earlier than `b`, 0 when equal, positive when later. */
export function compareWallClock(a: WallClock, b: WallClock): number {
  return toNaiveMs(a) - toNaiveMs(b)
}

/** @example isoWeekday(wallClock(2026, 3, 17)) // 2 (Tuesday) */
export function isoWeekday(value: WallClock): IsoWeekday {
  const sundayBased = new Date(toNaiveMs(value)).getUTCDay()
  return (sundayBased === 0 ? 7 : sundayBased) as IsoWeekday
}

/** @example daysInMonth(2028, 2) // 29 */
export function daysInMonth(year: number, month: number): number {
  return new Date(naiveMs(year, month + 1, 0, 0, 0, 0)).getUTCDate()
}

export function isLeapYear(year: number): boolean {
  return daysInMonth(year, 2) === 29
}

/** Midnight of the same day (PHP `mktime(0, 0, 0, n, j, Y)`). */
export function startOfDay(value: WallClock): WallClock {
  return { ...value, hour: 0, minute: 0, second: 0 }
}

/** The same day at `minutes` after midnight. */
export function atMinutes(value: WallClock, minutes: number): WallClock {
  return fromNaiveMs(toNaiveMs(startOfDay(value)) + minutes * MS_PER_MINUTE)
}

export function addDays(value: WallClock, days: number): WallClock {
  return fromNaiveMs(toNaiveMs(value) + days * MS_PER_DAY)
}

/** Minutes after midnight. */
export function minutesOfDay(value: WallClock): number {
  return value.hour * 60 + value.minute
}

const pad2 = (value: number): string => String(value).padStart(2, '0')

/**
 * `HH:MI` of a minutes-after-midnight value.
 *
 * @example
 * formatMinutes(660) // '11:00'
 */
export function formatMinutes(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`
}

/** Day-month order of a portal's date format; `ymd` is ISO. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd'

/**
 * The date part in the portal's own order: `16.03.2026`, `03/16/2026` or `2026-03-16`.
 *
 * @example
 * formatDate(wallClock(2026, 3, 16), 'mdy') // '03/16/2026'
 */
export function formatDate(value: WallClock, order: DateOrder): string {
  const year = String(value.year).padStart(4, '0')
  if (order === 'mdy')
    return `${pad2(value.month)}/${pad2(value.day)}/${year}`
  if (order === 'ymd')
    return `${year}-${pad2(value.month)}-${pad2(value.day)}`
  return `${pad2(value.day)}.${pad2(value.month)}.${year}`
}

/**
 * Date and `HH:MI` in the portal's order.
 *
 * @example
 * formatDateTime(wallClock(2026, 3, 17, 11), 'dmy') // '17.03.2026 11:00'
 */
export function formatDateTime(value: WallClock, order: DateOrder): string {
  return `${formatDate(value, order)} ${formatMinutes(minutesOfDay(value))}`
}
