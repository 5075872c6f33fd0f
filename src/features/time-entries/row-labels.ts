/**
 * The words an entry row shows (date, duration, timer span), formatted once per entry and
 * display setting. `Intl` formatting is the costliest part of rendering a row, and a scrolled
 * list renders the same entries again and again; entries are immutable, so an entry's labels
 * change only with the locale, the zone or the duration format, whose key is stored with them
 * (a change of setting formats a row again when it is next shown). A WeakMap lets the strings go
 * with their entries. Only rows that were shown are cached, three short strings each (~0.2 kB).
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

const cache = new WeakMap<TimeEntry, RowLabels & { settings: string }>()

/**
 * The labels of one entry row under the given settings, computed on first use.
 *
 * @example
 * rowLabels(entry, { locale: 'en', timeZone: 'UTC', format: 'h:mm' }).duration // '1:30'
 */
export function rowLabels(entry: TimeEntry, settings: RowLabelSettings): RowLabels {
  const { locale, timeZone, format } = settings
  const key = `${locale}|${timeZone}|${format}`
  let labels = cache.get(entry)
  if (labels?.settings !== key) {
    labels = {
      settings: key,
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
