import type { PivotRecord } from '@/lib/timesheet/pivot'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays } from '@/lib/time/range'
import { buildPivot, cellRecords, columnIndexOf, createPivotAccumulator, dayColumns, reportColumns, rowKeyOf } from '@/lib/timesheet/pivot'
import { planVsSpent } from '@/lib/timesheet/plan-vs-spent'

const PERIOD = { from: '2026-03-02', to: '2026-04-12' }

const record = fc.record({
  id: fc.nat(),
  taskId: fc.integer({ min: 1, max: 8 }),
  userId: fc.integer({ min: 1, max: 6 }),
  seconds: fc.integer({ min: 0, max: 100_000 }),
  // Days before, inside and after the period.
  day: fc.integer({ min: -5, max: 47 }).map(offset => addDays(PERIOD.from, offset)),
}) satisfies fc.Arbitrary<PivotRecord>

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)

describe('buildPivot', () => {
  it('rows, columns and total add up to the entries inside, for any input and any grouping', () => {
    fc.assert(fc.property(fc.array(record, { maxLength: 300 }), fc.constantFrom('person', 'project', 'task' as const), fc.boolean(), (records, grouping, weekly) => {
      const columns = weekly ? reportColumns(PERIOD) : dayColumns(PERIOD)
      const pivot = buildPivot(records, columns, rowKeyOf(grouping, taskId => taskId % 3))
      const inside = records.filter(item => item.day >= PERIOD.from && item.day <= PERIOD.to)
      expect(pivot.seconds).toBe(sum(inside.map(item => item.seconds)))
      expect(pivot.count).toBe(inside.length)
      expect(sum(pivot.rows.map(row => row.seconds))).toBe(pivot.seconds)
      expect(sum(pivot.columnSeconds)).toBe(pivot.seconds)
      for (const row of pivot.rows) {
        expect(sum(row.cells)).toBe(row.seconds)
        expect(sum(row.counts)).toBe(row.count)
      }
      pivot.columns.forEach((_, index) => expect(sum(pivot.rows.map(row => row.cells[index]!))).toBe(pivot.columnSeconds[index]))
      expect(pivot.seconds + pivot.outside.seconds).toBe(sum(records.map(item => item.seconds)))
      expect(pivot.count + pivot.outside.count).toBe(records.length)
    }))
  })

  it('a cell\'s drill-down holds exactly the entries the cell sums', () => {
    fc.assert(fc.property(fc.array(record, { maxLength: 200 }), (records) => {
      const columns = dayColumns({ from: '2026-03-02', to: '2026-03-08' })
      const rowOf = rowKeyOf('task', () => 0)
      const pivot = buildPivot(records, columns, rowOf)
      for (const row of pivot.rows) {
        columns.forEach((column, index) => {
          const behind = cellRecords(records, column, rowOf, row.key)
          expect(sum(behind.map(item => item.seconds))).toBe(row.cells[index])
          expect(behind).toHaveLength(row.counts[index]!)
        })
      }
    }))
  })

  it('uses days up to 31 days and clipped weeks beyond', () => {
    expect(reportColumns({ from: '2026-03-01', to: '2026-03-31' })).toHaveLength(31)
    const weeks = reportColumns({ from: '2026-03-01', to: '2026-04-01' })
    expect(weeks[0]!.period).toEqual({ from: '2026-03-01', to: '2026-03-01' })
    expect(weeks.at(-1)!.period).toEqual({ from: '2026-03-30', to: '2026-04-01' })
    expect(columnIndexOf(weeks, '2026-03-04')).toBe(1)
    expect(columnIndexOf(weeks, '2026-04-02')).toBe(-1)
  })

  it('orders rows busiest first, ties by key', () => {
    const pivot = buildPivot([
      { id: 1, taskId: 5, userId: 1, seconds: 60, day: '2026-03-02' },
      { id: 2, taskId: 3, userId: 1, seconds: 60, day: '2026-03-03' },
      { id: 3, taskId: 9, userId: 1, seconds: 120, day: '2026-03-03' },
    ], dayColumns({ from: '2026-03-02', to: '2026-03-08' }), rowKeyOf('task', () => 0))
    expect(pivot.rows.map(row => row.key)).toEqual([9, 3, 5])
  })
})

describe('planVsSpent', () => {
  it('marks the overrun against the task\'s own planned and spent time', () => {
    const tasks = new Map([
      [1, { id: 1, timeEstimate: 3600, timeSpentInLogs: 5400 }],
      [2, { id: 2, timeEstimate: null, timeSpentInLogs: 100 }],
      [3, { id: 3, timeEstimate: 7200, timeSpentInLogs: 3600 }],
    ])
    expect(planVsSpent(new Map([[1, 1800], [2, 100], [3, 3600], [4, 60]]), id => tasks.get(id))).toEqual([
      { taskId: 3, planned: 7200, spent: 3600, inPeriod: 3600, overrun: 0, ratio: 0.5 },
      { taskId: 1, planned: 3600, spent: 5400, inPeriod: 1800, overrun: 1800, ratio: 1.5 },
      { taskId: 2, planned: null, spent: 100, inPeriod: 100, overrun: 0, ratio: null },
      { taskId: 4, planned: null, spent: 0, inPeriod: 60, overrun: 0, ratio: null },
    ])
  })
})

describe('createPivotAccumulator', () => {
  it('summed record by record, a result taken midway is the prefix\'s pivot and stays as it was', () => {
    fc.assert(fc.property(fc.array(record, { maxLength: 200 }), fc.nat(), fc.constantFrom('person', 'project', 'task' as const), fc.boolean(), (records, at, grouping, weekly) => {
      const columns = weekly ? reportColumns(PERIOD) : dayColumns(PERIOD)
      const rowOf = rowKeyOf(grouping, taskId => taskId % 3)
      const cut = records.length === 0 ? 0 : at % (records.length + 1)
      const sums = createPivotAccumulator(columns, rowOf)
      records.slice(0, cut).forEach(item => sums.add(item))
      const midway = sums.result()
      const copy = structuredClone(midway)
      records.slice(cut).forEach(item => sums.add(item))
      expect(midway).toEqual(buildPivot(records.slice(0, cut), columns, rowOf))
      expect(midway).toEqual(copy)
      expect(sums.result()).toEqual(buildPivot(records, columns, rowOf))
    }))
  })
})
