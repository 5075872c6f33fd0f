/**
 * fast-check arbitraries of `ReportTable`s (src/lib/timesheet/report-table.ts) with hostile text:
 * formula starts, separators, quotes, line breaks, Cyrillic, emoji, controls.
 */
import type { ReportCell, ReportColumn, ReportTable } from '@/lib/timesheet/report-table'
import fc from 'fast-check'

const HOSTILE = ['=', '+', '-', '@', '\uFF1D', '\t', '\r', '\n', ',', ';', '"', '|', ' ', '\u00A0', 'a', 'Я', '1', '.', '😀', '\u0001', '_x0041_', '\'']

export const hostileText = fc.oneof(
  fc.string(),
  fc.array(fc.constantFrom(...HOSTILE), { maxLength: 12 }).map(parts => parts.join('')),
  fc.constantFrom('=SUM(A1:A2)', '+1', '-1', '@cmd', 'a;=1+1', '=HYPERLINK("http://x")', ''),
)

const dayKey = fc.date({ min: new Date('1900-03-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map(date => date.toISOString().slice(0, 10))

const kinds: ReadonlyArray<ReportColumn['kind']> = ['text', 'duration', 'day', 'number', 'empty']

function cellOf(kind: ReportColumn['kind']): fc.Arbitrary<ReportCell> {
  const empty = fc.constant<ReportCell>({ kind: 'empty' })
  switch (kind) {
    case 'text': return fc.oneof(hostileText.map(value => ({ kind: 'text', value }) as const), empty)
    case 'duration': return fc.oneof(fc.integer({ min: 0, max: 2_000 * 3600 }).map(seconds => ({ kind: 'duration', seconds }) as const), empty)
    case 'day': return fc.oneof(dayKey.map(day => ({ kind: 'day', day }) as const), empty)
    case 'number': return fc.oneof(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })).map(value => ({ kind: 'number', value }) as const), empty)
    case 'empty': return empty
  }
}

/** A table whose cells match their column's kind (or are empty). */
export const reportTable: fc.Arbitrary<ReportTable> = fc.array(fc.record({ label: hostileText, kind: fc.constantFrom(...kinds) }), { minLength: 1, maxLength: 6 })
  .chain(columns => fc.record({
    title: hostileText,
    columns: fc.constant(columns),
    rows: fc.array(fc.tuple(...columns.map(column => cellOf(column.kind))), { maxLength: 8 }),
    totals: fc.option(fc.tuple(...columns.map(column => cellOf(column.kind))), { nil: undefined }),
  }))
  .map(({ totals, ...table }) => (totals === undefined ? table : { ...table, totals }))
