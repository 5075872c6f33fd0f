import type { ReportCell } from '@/lib/timesheet/report-table'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '@/lib/time/range'
import { buildPivot, dayColumns, rowKeyOf } from '@/lib/timesheet/pivot'
import { planVsSpent } from '@/lib/timesheet/plan-vs-spent'
import { entriesTable, pivotChart, pivotTable, planTable } from '@/lib/timesheet/tables'

const WEEK = { from: '2026-12-07', to: '2026-12-13' }
const labels = { title: 'Week', rowHeader: 'Task', total: 'Total', row: (key: number) => `Task ${key}`, column: (column: { key: string }) => column.key }
const seconds = (cell: ReportCell | undefined) => (cell?.kind === 'duration' ? cell.seconds : 0)

const records = fc.array(fc.record({
  id: fc.nat(),
  taskId: fc.integer({ min: 1, max: 5 }),
  userId: fc.integer({ min: 1, max: 4 }),
  seconds: fc.integer({ min: 0, max: 36_000 }),
  day: fc.integer({ min: 0, max: 6 }).map(offset => addDays(WEEK.from, offset)),
}), { maxLength: 100 })

describe('pivotTable', () => {
  it('holds the grid\'s numbers: every row and the totals row sum to what the grid shows', () => {
    fc.assert(fc.property(records, (input) => {
      const grid = buildPivot(input, dayColumns(WEEK), rowKeyOf('task', () => 0))
      const table = pivotTable(grid, labels)
      expect(table.columns).toHaveLength(9)
      expect(table.rows).toHaveLength(grid.rows.length)
      table.rows.forEach((row, index) => {
        const cells = row.slice(1, -1).map(seconds)
        expect(cells).toEqual(grid.rows[index]!.cells)
        expect(seconds(row.at(-1))).toBe(cells.reduce((a, b) => a + b, 0))
      })
      expect(table.totals!.slice(1, -1).map(seconds)).toEqual(grid.columnSeconds)
      expect(seconds(table.totals!.at(-1))).toBe(grid.seconds)
    }))
  })

  it('leaves a zero cell empty, as the grid does', () => {
    const grid = buildPivot([{ id: 1, taskId: 3, userId: 1, seconds: 5400, day: '2026-12-08' }], dayColumns(WEEK), rowKeyOf('task', () => 0))
    expect(pivotTable(grid, labels).rows[0]).toEqual([
      { kind: 'text', value: 'Task 3' },
      { kind: 'empty' },
      { kind: 'duration', seconds: 5400 },
      { kind: 'empty' },
      { kind: 'empty' },
      { kind: 'empty' },
      { kind: 'empty' },
      { kind: 'empty' },
      { kind: 'duration', seconds: 5400 },
    ])
  })
})

describe('pivotChart', () => {
  it('has a bucket per column and a series per row that sums to the grid total', () => {
    fc.assert(fc.property(records, (input) => {
      const grid = buildPivot(input, dayColumns(WEEK), rowKeyOf('person', () => 0))
      const chart = pivotChart(grid, labels)
      expect(chart.buckets).toEqual(grid.columns.map(column => column.key))
      expect(chart.series.flatMap(series => series.seconds).reduce((a, b) => a + b, 0)).toBe(grid.seconds)
    }))
  })
})

describe('entriesTable and planTable', () => {
  it('lists the drill-down with its total', () => {
    const table = entriesTable([
      { day: '2026-12-08', userId: 102, taskId: 103, seconds: 600, comment: '' },
      { day: '2026-12-08', userId: 102, taskId: 103, seconds: 1200, comment: '=SUM(A1)' },
    ], { title: 'Entries', day: 'Day', person: 'Person', task: 'Task', duration: 'Duration', comment: 'Comment', total: 'Total', userName: id => `User ${id}`, taskTitle: id => `Task ${id}` })
    expect(table.rows[0]![4]).toEqual({ kind: 'empty' })
    expect(table.rows[1]![4]).toEqual({ kind: 'text', value: '=SUM(A1)' })
    expect(table.totals![3]).toEqual({ kind: 'duration', seconds: 1800 })
  })

  it('marks the overrun, and leaves an unplanned task\'s plan empty', () => {
    const lines = planVsSpent(new Map([[1, 600], [2, 60]]), id => (id === 1 ? { id, timeEstimate: 3600, timeSpentInLogs: 4000 } : { id, timeEstimate: null, timeSpentInLogs: 60 }))
    const table = planTable(lines, { title: 'Plan', task: 'Task', planned: 'Planned', spent: 'Spent', inPeriod: 'In period', overrun: 'Over', taskTitle: id => `Task ${id}` })
    expect(table.rows[0]).toEqual([{ kind: 'text', value: 'Task 1' }, { kind: 'duration', seconds: 3600 }, { kind: 'duration', seconds: 4000 }, { kind: 'duration', seconds: 600 }, { kind: 'duration', seconds: 400 }])
    expect(table.rows[1]![1]).toEqual({ kind: 'empty' })
    expect(table.rows[1]![4]).toEqual({ kind: 'empty' })
  })
})
