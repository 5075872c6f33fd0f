/**
 * The words an entry row shows (date, duration, timer span), formatted once per entry and
 * display setting. `Intl` formatting is the costliest part of rendering a row, and a scrolled
 * list renders the same entries again and again; entries are immutable, so an entry's labels
 * change only with the locale, the zone or the duration format. One WeakMap per setting (the
 * last few kept, so switching back and forth stays cheap); a WeakMap lets its strings go with their
 * entries. Only rows that were shown are cached, three short strings each (~0.2 kB).
 */
import type { TimeEntry } from '@/api/time-entries'
import type { DurationFormat } from '@/lib/time/duration'
import { formatShortDateTime, formatTime } from '@/lib/time/display'
import { formatDuration } from '@/lib/time/duration'

export interface RowLabels {
  date: string
  duration: string
  /** Timer entries with both ends: when the timer started and stopped. */
  timer: { start: string, stop: string } | null
}

export interface RowLabelSettings {
  locale: string
  timeZone: string
  format: DurationFormat
}

const SETTINGS_KEPT = 4
const caches = new Map<string, WeakMap<TimeEntry, RowLabels>>()

function cacheFor(key: string): WeakMap<TimeEntry, RowLabels> {
  let cache = caches.get(key)
  if (!cache) {
    cache = new WeakMap()
    caches.set(key, cache)
    if (caches.size > SETTINGS_KEPT)
      caches.delete(caches.keys().next().value!)
  }
  return cache
}

/**
 * The labels of one entry row under the given settings, computed on first use.
 *
 * @example
 * rowLabels(entry, { locale: 'en', timeZone: 'UTC', format: 'h:mm' }).duration // '1:30'
 */
export function rowLabels(entry: TimeEntry, settings: RowLabelSettings): RowLabels {
  const cache = cacheFor(`${settings.locale}|${settings.timeZone}|${settings.format}`)
  let labels = cache.get(entry)
  if (!labels) {
    const { locale, timeZone, format } = settings
    labels = {
      date: formatShortDateTime(entry.createdAt, locale, timeZone),
      duration: formatDuration(entry.seconds, format, locale),
      timer: entry.source === 'timer' && entry.startedAt && entry.stoppedAt
        ? { start: formatTime(entry.startedAt, locale, timeZone), stop: formatTime(entry.stoppedAt, locale, timeZone) }
        : null,
    }
    cache.set(entry, labels)
  }
  return labels
}
