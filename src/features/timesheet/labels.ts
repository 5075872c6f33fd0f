/**
 * How the timesheet writes its days and weeks: a day key is a calendar date (no zone), so it is
 * formatted as that date in UTC, whatever zone the viewer is in.
 */
import type { DayKey } from '@/lib/time/zone'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let found = formatters.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
    formatters.set(key, found)
  }
  return found
}

function asDate(day: DayKey): Date {
  return new Date(`${day}T00:00:00Z`)
}

/** A column header: `Mon 7`. */
export function shortDay(day: DayKey, locale: string): string {
  return formatter(locale, { weekday: 'short', day: 'numeric' }).format(asDate(day))
}

/** A day within a known week, where room is tight: `Mon`. */
export function weekday(day: DayKey, locale: string): string {
  return formatter(locale, { weekday: 'short' }).format(asDate(day))
}

/** What a screen reader says and a hover shows: `Monday, 7 December 2026`. */
export function longDay(day: DayKey, locale: string): string {
  return formatter(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(asDate(day))
}

/** A week's range: `7 – 13 Dec 2026`. */
export function dayRange(from: DayKey, to: DayKey, locale: string): string {
  return formatter(locale, { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(asDate(from), asDate(to))
}

/** A compact date: `7 Dec`. */
export function shortDate(day: DayKey, locale: string): string {
  return formatter(locale, { day: 'numeric', month: 'short' }).format(asDate(day))
}
