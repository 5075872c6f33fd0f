import type { ReadCell } from '../../helpers/xlsx-read'
/**
 * The timesheet's XLSX, written in Node and read back through an independent reader
 * (tests/helpers/xlsx-read.ts): typed cells, number formats, exact text (formula starts stay
 * text, no `<f>` anywhere), valid unique sheet names, bold frozen header, bold totals.
 */
import type { ReportCell, ReportTable } from '@/lib/timesheet/report-table'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { columnName, excelDaySerial, ReportExportError, reportWorkbook } from '@/lib/timesheet/export-xlsx'
import { sheetNames } from '@/lib/timesheet/sheet-names'
import { hostileText, reportTable } from '../../helpers/report-tables'
import { readXlsx } from '../../helpers/xlsx-read'

function dayFromSerial(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10)
}

function expectCell(read: ReadCell | undefined, cell: ReportCell | undefined, bold: boolean): void {
  switch (cell?.kind) {
    case 'text':
      expect(read).toMatchObject({ type: 'inlineStr', value: cell.value, hasFormula: false, bold })
      break
    case 'number':
      // A sheet has no negative zero: -0 is written as 0 and reads back as 0.
      expect(read).toMatchObject({ type: 'n', value: cell.value + 0, formatCode: 'General', bold })
      break
    case 'duration':
      expect(read).toMatchObject({ type: 'n', formatCode: '[h]:mm', bold })
      expect(Math.round((read!.value as number) * 86_400)).toBe(cell.seconds)
      break
    case 'day':
      expect(read).toMatchObject({ type: 'n', formatCode: 'yyyy\\-mm\\-dd', bold })
      expect(dayFromSerial(read!.value as number)).toBe(cell.day)
      break
    default:
      expect(read).toBeUndefined()
  }
}

describe('reportWorkbook', () => {
  it('reads back every table as typed cells, one sheet each', () => {
    fc.assert(fc.property(fc.array(reportTable, { minLength: 1, maxLength: 4 }), (tables) => {
      const sheets = readXlsx(reportWorkbook(tables))
      expect(sheets).toHaveLength(tables.length)
      expect(new Set(sheets.map(sheet => sheet.name.toLowerCase())).size).toBe(tables.length)
      sheets.forEach((sheet, index) => {
        const table = tables[index]!
        expect(sheet.name.length).toBeGreaterThan(0)
        expect(sheet.name.length).toBeLessThanOrEqual(31)
        expect(sheet.name).not.toMatch(/[[\]:*?/\\]/)
        expect(sheet.xml).not.toMatch(/<f[ >]/)
        expect(sheet.frozenRows).toBe(1)
        const byRef = new Map(sheet.rows.flat().map(cell => [cell.ref, cell]))
        table.columns.forEach((column, col) => expectCell(byRef.get(`${columnName(col)}1`), { kind: 'text', value: column.label }, true))
        const body = [...table.rows, ...(table.totals ? [table.totals] : [])]
        body.forEach((row, r) => table.columns.forEach((_, col) => {
          expectCell(byRef.get(`${columnName(col)}${r + 2}`), row[col], table.totals !== undefined && r === table.rows.length)
        }))
        expect(byRef.size).toBe(table.columns.length + body.flatMap(row => row.slice(0, table.columns.length)).filter(cell => cell.kind !== 'empty').length)
      })
    }), { numRuns: 150 })
  })

  it('keeps a formula-looking text as text, and a duration over 24 h as [h]:mm', () => {
    const table: ReportTable = {
      title: 'Week: 12 [team]',
      columns: [{ label: 'Person', kind: 'text' }, { label: 'Total', kind: 'duration' }, { label: 'Day', kind: 'day' }],
      rows: [[{ kind: 'text', value: '=HYPERLINK("http://evil","x")' }, { kind: 'duration', seconds: 30 * 3600 }, { kind: 'day', day: '2026-03-16' }]],
    }
    const [sheet] = readXlsx(reportWorkbook([table]))
    expect(sheet!.name).toBe('Week 12 team')
    expect(sheet!.rows[1]).toEqual([
      { ref: 'A2', type: 'inlineStr', value: '=HYPERLINK("http://evil","x")', formatCode: 'General', bold: false, hasFormula: false },
      { ref: 'B2', type: 'n', value: 1.25, formatCode: '[h]:mm', bold: false, hasFormula: false },
      { ref: 'C2', type: 'n', value: 46097, formatCode: 'yyyy\\-mm\\-dd', bold: false, hasFormula: false },
    ])
  })

  it('refuses an empty list with a typed error', () => {
    expect(() => reportWorkbook([])).toThrow(ReportExportError)
  })
})

describe('sheetNames', () => {
  it('always yields valid names, unique regardless of case', () => {
    fc.assert(fc.property(fc.array(hostileText, { minLength: 1, maxLength: 8 }), (titles) => {
      const names = sheetNames(titles, index => `Sheet${index + 1}`)
      expect(new Set(names.map(name => name.toLowerCase())).size).toBe(titles.length)
      for (const name of names) {
        expect(name.length).toBeGreaterThan(0)
        expect(name.length).toBeLessThanOrEqual(31)
        // eslint-disable-next-line no-control-regex
        expect(name).not.toMatch(/[[\]:*?/\\\u0000-\u001F]|^'|'$/)
        expect(name.toLowerCase()).not.toBe('history')
      }
    }))
  })

  it('strips apostrophes and spaces at both ends together, so neither end is left with an apostrophe', () => {
    expect(sheetNames(['a\' \'', '\' \'b', '\' \' \''], index => `Sheet${index + 1}`)).toEqual(['a', 'b', 'Sheet3'])
  })

  it('cuts long names and numbers repeats', () => {
    expect(sheetNames(['A very long title that goes past 31', 'a very long title that goes past 31'], () => 'x'))
      .toEqual(['A very long title that goes pas', 'a very long title that goes (2)'])
  })
})

describe('excelDaySerial', () => {
  it('maps days to Excel serials and rejects what is no day', () => {
    expect(excelDaySerial('1900-03-01')).toBe(61)
    expect(excelDaySerial('2026-03-16')).toBe(46097)
    expect(excelDaySerial('2026-02-30')).toBeNull()
    expect(excelDaySerial('1900-01-15')).toBeNull()
  })
})
