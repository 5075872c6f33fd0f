/**
 * The timesheet's CSV: any table comes back from an RFC 4180 reader as the same cells (text as
 * neutralised text, durations as text + decimal hours, numbers as numbers in the locale's
 * notation), and no text cell starts a formula, in a `,` or a `;` file.
 */
import type { ReportCell, ReportTable } from '@/lib/timesheet/report-table'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { neutraliseFormulas } from '@/lib/time/csv'
import { formatDuration } from '@/lib/time/duration'
import { decimalHours, fileNamePart, reportCsvFiles, reportTableCsv } from '@/lib/timesheet/export-csv'
import { parseCsv } from '../../helpers/csv-parse'
import { reportTable } from '../../helpers/report-tables'

const hoursLabel = (label: string) => `${label} (h)`

/** Independent of the writer: a spreadsheet runs a cell (or a piece after a split char) as a formula when, past spaces and quotes, it starts with one of these. */
function startsFormula(text: string): boolean {
  const pieces = text.split(/[,;\t|]/)
  return [text, ...pieces].some((piece) => {
    const rest = piece.replace(/^[ "\u00A0\u200B\u200C\u2060\uFEFF\u200D]+/, '')
    return /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r]/.test(rest)
  })
}

function expectedCells(cells: readonly ReportCell[], table: ReportTable, locale: string): Array<{ text: string, quoted: boolean }> {
  const separator = locale === 'ru' ? ';' : ','
  return table.columns.flatMap((column, index) => {
    const cell = cells[index]
    const main = cell?.kind === 'text'
      ? { text: neutraliseFormulas(cell.value), quoted: true }
      : cell?.kind === 'day'
        ? { text: cell.day, quoted: true }
        : cell?.kind === 'duration'
          ? { text: formatDuration(cell.seconds, 'h:mm'), quoted: true }
          : cell?.kind === 'number'
            ? { text: separator === ';' ? String(cell.value).replace('.', ',') : String(cell.value), quoted: false }
            : { text: '', quoted: true }
    if (column.kind !== 'duration')
      return [main]
    const hours = cell?.kind === 'duration' ? String(decimalHours(cell.seconds)) : ''
    return [main, cell?.kind === 'duration' ? { text: separator === ';' ? hours.replace('.', ',') : hours, quoted: false } : { text: '', quoted: true }]
  })
}

describe('reportTableCsv', () => {
  it.each(['en', 'ru'])('round-trips any table through a CSV reader (%s)', (locale) => {
    fc.assert(fc.property(reportTable, (table) => {
      const text = reportTableCsv(table, { locale, hoursLabel })
      expect(text.startsWith('\uFEFF')).toBe(true)
      const rows = parseCsv(text.slice(1), locale === 'ru' ? ';' : ',')
      const header = table.columns.flatMap(column => column.kind === 'duration' ? [column.label, hoursLabel(column.label)] : [column.label])
      expect(rows[0]).toEqual(header.map(label => ({ text: neutraliseFormulas(label), quoted: true })))
      const body = [...table.rows, ...(table.totals ? [table.totals] : [])]
      expect(rows.slice(1)).toEqual(body.map(cells => expectedCells(cells, table, locale)))
      for (const cell of rows.flat()) {
        if (cell.quoted)
          expect(startsFormula(cell.text), cell.text).toBe(false)
      }
    }), { numRuns: 300 })
  })

  it('writes a duration as h:mm text and decimal hours, a day as ISO text, a number bare', () => {
    const table: ReportTable = {
      title: 'Week',
      columns: [{ label: 'Person', kind: 'text' }, { label: 'Mon', kind: 'duration' }, { label: 'Day', kind: 'day' }, { label: 'Entries', kind: 'number' }],
      rows: [[{ kind: 'text', value: '=Ann' }, { kind: 'duration', seconds: 5400 }, { kind: 'day', day: '2026-03-16' }, { kind: 'number', value: 2.5 }]],
      totals: [{ kind: 'text', value: 'Total' }, { kind: 'duration', seconds: 5400 }, { kind: 'empty' }, { kind: 'number', value: 2.5 }],
    }
    expect(reportTableCsv(table, { locale: 'ru', hoursLabel: label => `${label} (ч)` })).toBe(
      '\uFEFF"Person";"Mon";"Mon (ч)";"Day";"Entries"\r\n"\'=Ann";"1:30";1,5;"2026-03-16";2,5\r\n"Total";"1:30";1,5;"";2,5\r\n',
    )
  })
})

describe('reportCsvFiles', () => {
  const table = (title: string): ReportTable => ({ title, columns: [{ label: 'A', kind: 'text' }], rows: [] })

  it('names one file after the base and several after their titles, uniquely', () => {
    expect(reportCsvFiles([table('x')], 'ts', { locale: 'en', hoursLabel }).map(file => file.fileName)).toEqual(['ts.csv'])
    expect(reportCsvFiles([table('Week 12'), table('week 12'), table('a/b:c')], 'ts', { locale: 'en', hoursLabel }).map(file => file.fileName))
      .toEqual(['ts-Week-12.csv', 'ts-week-12-2.csv', 'ts-a-b-c.csv'])
  })

  it('never yields an empty or unsafe name part', () => {
    fc.assert(fc.property(fc.string(), (title) => {
      const part = fileNamePart(title)
      expect(part).not.toBe('')
      expect(part).not.toMatch(/[<>:"/\\|?*\s]/)
    }))
  })
})
