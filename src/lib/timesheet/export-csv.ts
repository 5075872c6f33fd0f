/**
 * A `ReportTable` as CSV, with the task view's rules (src/lib/time/csv.ts: BOM, every text cell
 * quoted, formula starts neutralised, the separator and decimal mark of the viewer's locale).
 * A duration column becomes two: the duration as text in the chosen format and the same time as
 * decimal hours, a bare number a spreadsheet can sum (as the task view's export does). Days are
 * ISO `YYYY-MM-DD` text, which every spreadsheet reads whatever its regional settings.
 */
import type { ReportCell, ReportColumn, ReportTable } from './report-table'
import type { DurationFormat } from '@/lib/time/duration'
import { buildCsv, csvSeparatorFor } from '@/lib/time/csv'
import { formatDuration } from '@/lib/time/duration'

export interface ReportCsvOptions {
  locale: string
  /** How the duration's text column reads; default `h:mm`, the grid's format. */
  format?: DurationFormat
  /** The header of a duration column's decimal-hours twin, e.g. `Mon (decimal hours)`. */
  hoursLabel: (durationLabel: string) => string
}

export interface ReportCsvFile {
  fileName: string
  text: string
}

type CsvValue = string | number

/** Hours with two decimals, as a number (0.01 h = 36 s), the task view's rule. */
export function decimalHours(seconds: number): number {
  return Math.round(seconds / 36) / 100
}

function cellValue(cell: ReportCell | undefined, format: DurationFormat, locale: string): CsvValue {
  switch (cell?.kind) {
    case 'text': return cell.value
    case 'number': return cell.value
    case 'day': return cell.day
    case 'duration': return formatDuration(cell.seconds, format, locale)
    default: return ''
  }
}

function rowValues(cells: readonly ReportCell[], columns: readonly ReportColumn[], format: DurationFormat, locale: string): CsvValue[] {
  const out: CsvValue[] = []
  columns.forEach((column, index) => {
    const cell = cells[index]
    out.push(cellValue(cell, format, locale))
    if (column.kind === 'duration')
      out.push(cell?.kind === 'duration' ? decimalHours(cell.seconds) : '')
  })
  return out
}

/**
 * One table as one CSV text: header, rows, then the totals row when the table has one.
 *
 * @example
 * reportTableCsv(table, { locale: 'ru', hoursLabel: label => `${label} (ч)` })
 */
export function reportTableCsv(table: ReportTable, options: ReportCsvOptions): string {
  const format = options.format ?? 'h:mm'
  const header = table.columns.flatMap(column => column.kind === 'duration' ? [column.label, options.hoursLabel(column.label)] : [column.label])
  const rows: CsvValue[][] = [header]
  for (const row of table.rows)
    rows.push(rowValues(row, table.columns, format, options.locale))
  if (table.totals)
    rows.push(rowValues(table.totals, table.columns, format, options.locale))
  return buildCsv(rows, csvSeparatorFor(options.locale))
}

/** Characters file systems refuse or treat specially, and controls. */
// eslint-disable-next-line no-control-regex
const UNSAFE_FILE_CHARS = /[\u0000-\u001F\u007F<>:"/\\|?*]+/g

/**
 * A file-name part from a title: unsafe characters become `-`, runs of spaces one `-`; never empty.
 *
 * @example
 * fileNamePart('Team: week 12') // 'Team-week-12'
 */
export function fileNamePart(title: string, fallback = 'table'): string {
  const part = title.replace(UNSAFE_FILE_CHARS, '-').replace(/\s+/g, '-').replace(/-{2,}/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 60)
  return part === '' ? fallback : part
}

/**
 * One CSV file per table (CSV has no sheets): `base.csv` for a single table, `base-<title>.csv`
 * for several, names made unique.
 *
 * @example
 * reportCsvFiles([grid, entries], 'timesheet-2026-w12', options) // [{ fileName: 'timesheet-2026-w12-Week.csv', … }, …]
 */
export function reportCsvFiles(tables: readonly ReportTable[], baseName: string, options: ReportCsvOptions): ReportCsvFile[] {
  const used = new Set<string>()
  return tables.map((table, index) => {
    let stem = tables.length === 1 ? baseName : `${baseName}-${fileNamePart(table.title, String(index + 1))}`
    for (let n = 2; used.has(stem.toLowerCase()); n++)
      stem = `${baseName}-${fileNamePart(table.title, String(index + 1))}-${n}`
    used.add(stem.toLowerCase())
    return { fileName: `${stem}.csv`, text: reportTableCsv(table, options) }
  })
}
