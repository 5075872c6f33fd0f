/**
 * CSV cells are quoted per RFC 4180 and never run as formulas; totals and groups add up to the
 * filtered entries, whatever the grouping.
 */
import type { TimedRecord } from '@/lib/time/aggregate'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { filterEntries, groupRows, sumSeconds, totalsByDay, totalsByUser } from '@/lib/time/aggregate'
import { buildCsv, csvCell, csvSeparatorFor } from '@/lib/time/csv'

describe('csv', () => {
  it.each([
    { value: 'plain', separator: ',', cell: '"plain"' },
    { value: 'a, b', separator: ',', cell: '"a, b"' },
    { value: 'a; b', separator: ';', cell: '"a; b"' },
    { value: 'say "hi"', separator: ',', cell: '"say ""hi"""' },
    { value: 'two\nlines', separator: ',', cell: '"two\nlines"' },
    { value: ' padded', separator: ',', cell: '" padded"' },
    { value: '=HYPERLINK("x")', separator: ',', cell: '"\'=HYPERLINK(""x"")"' },
    { value: '+1', separator: ',', cell: '"\'+1"' },
    { value: '-1', separator: ',', cell: '"\'-1"' },
    { value: '@SUM(A1)', separator: ',', cell: '"\'@SUM(A1)"' },
    { value: '\tx', separator: ',', cell: '"\'\tx"' },
    // Excel with `;` as its list separator splits an unquoted `,` file's cell on `;`.
    { value: 'a;=1+1', separator: ',', cell: '"a;\'=1+1"' },
    { value: 'a,=1+1', separator: ';', cell: '"a,\'=1+1"' },
    { value: 'a|=1+1', separator: ',', cell: '"a|\'=1+1"' },
    { value: '\uFF1D1+1', separator: ',', cell: '"\'\uFF1D1+1"' },
    { value: '  =1+1', separator: ',', cell: '"  \'=1+1"' },
    { value: '\u200B=1+1', separator: ',', cell: '"\u200B\'=1+1"' },
    { value: 'a; \u200B+1', separator: ';', cell: '"a; \u200B\'+1"' },
  ] as const)('$value → $cell', ({ value, separator, cell }) => {
    expect(csvCell(value, separator)).toBe(cell)
  })

  it('writes numbers as numbers, with the decimal mark the separator implies', () => {
    expect(csvCell(1.5, ',')).toBe('1.5')
    expect(csvCell(1.5, ';')).toBe('1,5')
    expect(csvCell(42, ';')).toBe('42')
  })

  it('builds a file with BOM and CRLF', () => {
    expect(buildCsv([['Date', 'Hours'], ['2024-05-16', 1.5]], ';')).toBe('\uFEFF"Date";"Hours"\r\n"2024-05-16";1,5\r\n')
    expect(csvSeparatorFor('ru')).toBe(';')
    expect(csvSeparatorFor('en')).toBe(',')
  })

  it.each([['en', ','], ['ru', ';'], ['de', ';'], ['es', ';'], ['pt-BR', ';'], ['pl', ';'], ['uk', ';'], ['en-US', ','], ['de-CH', ',']])('separates %s with “%s”, as Excel there expects (by the decimal mark)', (locale, separator) => {
    expect(csvSeparatorFor(locale)).toBe(separator)
  })

  const separators = fc.constantFrom(',', ';') as fc.Arbitrary<',' | ';'>
  /** Strings rich in what matters: separators, quotes, formula starts, spaces and invisible characters. */
  const hostile = fc.array(fc.oneof(
    fc.string(),
    fc.constantFrom(',', ';', '|', '\t', '\r', '\n', '"', ' ', '\u00A0', '\u200B', '\uFEFF', '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '1+1'),
  ), { maxLength: 12 }).map(parts => parts.join(''))

  it('no cell read back with either separator starts like a formula', () => {
    fc.assert(fc.property(fc.array(hostile, { minLength: 1, maxLength: 4 }), separators, separators, (cells, written, read) => {
      const line = cells.map(cell => csvCell(cell, written)).join(written)
      for (const cell of [...readCsvLine(line, read), ...[',', ';', '\t', '|'].flatMap(cut => splitIgnoringQuotes(line, cut))])
        expect(cell.replace(/^[ "\u00A0\u200B-\u200D\u2060\uFEFF]*/, '')).not.toMatch(/^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r]/)
    }), { numRuns: 2000 })
  })

  it('reads back with its own separator into the same cells, neutralised', () => {
    fc.assert(fc.property(fc.array(hostile, { minLength: 1, maxLength: 4 }), separators, (cells, separator) => {
      const line = cells.map(cell => csvCell(cell, separator)).join(separator)
      const read = readCsvLine(line, separator)
      expect(read).toHaveLength(cells.length)
      // Apart from apostrophes before formula characters, the text reads back unchanged.
      read.forEach((cell, index) => expect(cell.replaceAll(/'(?=[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r])/g, '')).toBe(cells[index]!.replaceAll(/'(?=[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r])/g, '')))
    }))
  })
})

/** A minimal RFC 4180 reader for one record, to check what a spreadsheet would see. */
function readCsvLine(line: string, separator: string): string[] {
  const cells: string[] = []
  let index = 0
  for (;;) {
    let cell = ''
    if (line[index] === '"') {
      index++
      while (index < line.length) {
        if (line[index] === '"' && line[index + 1] === '"') {
          cell += '"'
          index += 2
        }
        else if (line[index] === '"') {
          index++
          break
        }
        else {
          cell += line[index++]
        }
      }
    }
    while (index < line.length && line[index] !== separator) cell += line[index++]
    cells.push(cell)
    if (index >= line.length)
      return cells
    index++
  }
}

/** What a reader that ignores quotes sees: the line cut at every separator. */
function splitIgnoringQuotes(line: string, separator: string): string[] {
  return line.split(separator)
}

const entries: TimedRecord[] = [
  { id: 1, userId: 1, seconds: 3600, day: '2024-05-16' },
  { id: 2, userId: 2, seconds: 1800, day: '2024-05-16' },
  { id: 3, userId: 1, seconds: 600, day: '2024-05-15' },
  { id: 4, userId: 3, seconds: 7200, day: '2024-05-10' },
]

describe('aggregate', () => {
  it('filters by users and an inclusive date range', () => {
    expect(filterEntries(entries, { userIds: [1], from: null, to: null }).map(entry => entry.id)).toEqual([1, 3])
    expect(filterEntries(entries, { userIds: [], from: '2024-05-15', to: '2024-05-16' }).map(entry => entry.id)).toEqual([1, 2, 3])
    expect(filterEntries(entries, { userIds: [2, 3], from: '2024-05-11', to: null }).map(entry => entry.id)).toEqual([2])
  })

  it('totals per user (largest first) and per day (newest first)', () => {
    expect(totalsByUser(entries)).toEqual([
      { key: 3, seconds: 7200, count: 1 },
      { key: 1, seconds: 4200, count: 2 },
      { key: 2, seconds: 1800, count: 1 },
    ])
    expect(totalsByDay(entries).map(total => [total.key, total.seconds])).toEqual([['2024-05-16', 5400], ['2024-05-15', 600], ['2024-05-10', 7200]])
  })

  it('groups with a header and subtotal before each group', () => {
    const rows = groupRows(entries, 'user')
    expect(rows.map(row => (row.kind === 'group' ? `g${row.key}:${row.seconds}` : `e${row.entry.id}`))).toEqual(['g3:7200', 'e4', 'g1:4200', 'e1', 'e3', 'g2:1800', 'e2'])
    expect(groupRows(entries, 'none')).toHaveLength(4)
  })

  it('keeps every entry exactly once and group subtotals sum to the total, for any grouping', () => {
    const record = fc.record({ id: fc.nat(), userId: fc.integer({ min: 1, max: 5 }), seconds: fc.integer({ min: 1, max: 36_000 }), day: fc.constantFrom('2024-05-01', '2024-05-02', '2024-05-03') })
    fc.assert(fc.property(fc.uniqueArray(record, { selector: entry => entry.id, maxLength: 60 }), fc.constantFrom('none', 'user', 'day') as fc.Arbitrary<'none' | 'user' | 'day'>, (list, grouping) => {
      const rows = groupRows(list, grouping)
      const ids = rows.flatMap(row => (row.kind === 'entry' ? [row.entry.id] : []))
      expect(ids.sort()).toEqual(list.map(entry => entry.id).sort())
      const groups = rows.filter(row => row.kind === 'group')
      if (grouping !== 'none')
        expect(groups.reduce((sum, row) => sum + (row.kind === 'group' ? row.seconds : 0), 0)).toBe(sumSeconds(list))
    }))
  })
})
