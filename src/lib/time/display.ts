/**
 * Dates as people read them, in an explicit locale and zone (`Intl`, formatters cached).
 */

const cache = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`
  let cached = cache.get(key)
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone })
    cache.set(key, cached)
  }
  return cached
}

/**
 * Date and time, e.g. `May 16, 2024, 10:33`.
 *
 * @example
 * formatDateTime(new Date('2024-05-16T07:33:00Z'), 'en', 'Europe/Moscow') // 'May 16, 2024, 10:33 AM'
 */
export function formatDateTime(date: Date, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

/**
 * A compact date and time for list rows: `5/16/24, 7:33 AM` in English, `16.05.2024, 10:33` in Russian.
 *
 * @example
 * formatShortDateTime(new Date('2024-05-16T07:33:00Z'), 'en', 'UTC') // '5/16/24, 7:33 AM'
 */
export function formatShortDateTime(date: Date, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, { dateStyle: 'short', timeStyle: 'short' }).format(date)
}

/**
 * Time of day only, e.g. `10:33`.
 *
 * @example
 * formatTime(new Date('2024-05-16T07:33:00Z'), 'ru', 'Europe/Moscow') // '10:33'
 */
export function formatTime(date: Date, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, { timeStyle: 'short' }).format(date)
}

/**
 * A day key (`YYYY-MM-DD`) as a weekday and date, e.g. `Thu, May 16, 2024`. The key is already a
 * calendar day, so it is formatted in UTC to avoid shifting it.
 *
 * @example
 * formatDayKey('2024-05-16', 'en') // 'Thu, May 16, 2024'
 */
export function formatDayKey(key: string, locale: string): string {
  return formatter(locale, 'UTC', { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(`${key}T00:00:00Z`))
}

/**
 * A day key as a compact date, e.g. `3/9/26` in English, `09.03.2026` in Russian (formatted in
 * UTC, as `formatDayKey`).
 *
 * @example
 * formatShortDayKey('2026-03-09', 'ru') // '09.03.2026'
 */
export function formatShortDayKey(key: string, locale: string): string {
  return formatter(locale, 'UTC', { dateStyle: 'short' }).format(new Date(`${key}T00:00:00Z`))
}
