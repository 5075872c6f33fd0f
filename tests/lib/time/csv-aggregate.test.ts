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
    { value: 'plain', separator: ',', cell: 'plain' },
    { value: 'a, b', separator: ',', cell: '"a, b"' },
    { value: 'a, b', separator: ';', cell: 'a, b' },
    { value: 'a; b', separator: ';', cell: '"a; b"' },
    { value: 'say "hi"', separator: ',', cell: '"say ""hi"""' },
    { value: 'two\nlines', separator: ',', cell: '"two\nlines"' },
    { value: ' padded', separator: ',', cell: '" padded"' },
    { value: '=HYPERLINK("x")', separator: ',', cell: '"\'=HYPERLINK(""x"")"' },
    { value: '+1', separator: ',', cell: '\'+1' },
    { value: '-1', separator: ',', cell: '\'-1' },
    { value: '@SUM(A1)', separator: ',', cell: '\'@SUM(A1)' },
    { value: '\tx', separator: ',', cell: '\'\tx' },
  ] as const)('$value → $cell', ({ value, separator, cell }) => {
    expect(csvCell(value, separator)).toBe(cell)
  })

  it('builds a file with BOM and CRLF', () => {
    expect(buildCsv([['Date', 'Hours'], ['2024-05-16', 1.5]], ';')).toBe('\uFEFFDate;Hours\r\n2024-05-16;1.5\r\n')
    expect(csvSeparatorFor('ru')).toBe(';')
    expect(csvSeparatorFor('en')).toBe(',')
  })

  it('never lets a cell start like a formula and always splits back into the same (neutralised) cells', () => {
    fc.assert(fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), fc.constantFrom(',', ';') as fc.Arbitrary<',' | ';'>, (cells, separator) => {
      for (const cell of cells)
        expect(csvCell(cell, separator).replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/)
      const line = cells.map(cell => csvCell(cell, separator)).join(separator)
      expect(parseCsvLine(line, separator)).toEqual(cells.map(cell => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)))
    }))
  })
})

/** A minimal RFC 4180 reader for one record, to check what a spreadsheet would see. */
function parseCsvLine(line: string, separator: string): string[] {
  const cells: string[] = []
  let index = 0
  for (;;) {
    let cell = ''
    if (line[index] === '"') {
      index++
      for (;;) {
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
    else {
      while (index < line.length && line[index] !== separator) cell += line[index++]
    }
    cells.push(cell)
    if (index >= line.length)
      return cells
    index++
  }
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
