/**
 * The CSV export of the rows the person sees (filters applied), in the display order.
 */
import type { TimeEntry } from '@/api/time-entries'
import type { DurationFormat } from '@/lib/time/duration'
import { buildCsv, csvSeparatorFor } from '@/lib/time/csv'
import { formatDuration } from '@/lib/time/duration'
import { toZonedIso, zoneLabel } from '@/lib/time/zone'

export interface CsvLabels {
  headers: { date: string, zone: string, author: string, duration: string, hours: string, source: string, comment: string, id: string }
  source: (source: TimeEntry['source']) => string
  author: (userId: number) => string
}

/** vue-i18n's `t` as the labels need it. */
export type Translate = (key: string, named?: Record<string, unknown>) => string

/**
 * The file's words in the viewer's language; `userName` gives an author's name when it is known.
 *
 * @example
 * csvLabels(t, id => users.get(id)?.name)
 */
export function csvLabels(t: Translate, userName: (userId: number) => string | undefined): CsvLabels {
  return {
    headers: {
      date: t('entries.csv.date'),
      zone: t('entries.csv.zone'),
      author: t('entries.csv.author'),
      duration: t('entries.csv.duration'),
      hours: t('entries.csv.hours'),
      source: t('entries.csv.source'),
      comment: t('entries.csv.comment'),
      id: t('entries.csv.id'),
    },
    source: kind => t(`entries.source.${kind}`),
    author: id => userName(id) || t('common.unknownUser', { id }),
  }
}

export interface CsvOptions {
  locale: string
  timeZone: string
  format: DurationFormat
  labels: CsvLabels
}

/**
 * Builds the file text. Dates are ISO 8601 with the viewer's offset (unambiguous for any
 * spreadsheet), durations in the chosen format plus decimal hours as a number, so a spreadsheet
 * sums the column without converting text.
 *
 * @example
 * entriesCsv(rows, { locale: 'ru', timeZone: 'Europe/Moscow', format: 'h:mm', labels })
 */
export function entriesCsv(entries: readonly TimeEntry[], options: CsvOptions): string {
  const { headers } = options.labels
  const rows: Array<Array<string | number>> = [[headers.date, headers.zone, headers.author, headers.duration, headers.hours, headers.source, headers.comment, headers.id]]
  for (const entry of entries) {
    rows.push([
      toZonedIso(entry.createdAt, options.timeZone),
      zoneLabel(options.timeZone, entry.createdAt),
      options.labels.author(entry.userId),
      formatDuration(entry.seconds, options.format, options.locale),
      decimalHours(entry.seconds),
      options.labels.source(entry.source),
      entry.comment,
      entry.id,
    ])
  }
  return buildCsv(rows, csvSeparatorFor(options.locale))
}

/** Hours with two decimals, as a number (0.01 h = 36 s). */
function decimalHours(seconds: number): number {
  return Math.round(seconds / 36) / 100
}

/** Offers the text (or a binary file's bytes) as a file download (works inside the portal's iframe). */
export function downloadText(text: string | Uint8Array<ArrayBuffer>, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
