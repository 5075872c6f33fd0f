/**
 * The timesheet's pivots: entries summed into a grid of rows (tasks, people or projects) by
 * columns (days, or weeks for long periods). Pure and exact: every entry lands in exactly one row
 * and at most one column, so the row sums, the column sums and the total are the same number, the
 * sum of the entries that fall inside the columns; an entry outside every column is counted apart
 * (`outside`), never dropped silently.
 */
import type { Period } from '@/lib/time/period'
import type { DayKey } from '@/lib/time/zone'
import { daysOf, periodLength, weeksOf } from '@/lib/time/period'

/** What a pivot needs of an entry (the store's compact record). */
export interface PivotRecord {
  id: number
  taskId: number
  userId: number
  seconds: number
  /** The entry's calendar day in the viewer's zone. */
  day: DayKey
}

/** Rows of a report: by person, by project (0 = no project) or by task. */
export type PivotGrouping = 'person' | 'project' | 'task'

export const PIVOT_GROUPINGS: readonly PivotGrouping[] = ['person', 'project', 'task']

/** A column: one day, or a week clipped to the period. */
export interface PivotColumn {
  key: string
  period: Period
}

export interface PivotRow {
  key: number
  /** Seconds per column, in column order. */
  cells: number[]
  /** Entries per column. */
  counts: number[]
  seconds: number
  count: number
}

export interface Pivot {
  columns: PivotColumn[]
  rows: PivotRow[]
  columnSeconds: number[]
  columnCounts: number[]
  seconds: number
  count: number
  /** Entries whose day is in no column (outside the period): counted, not summed in. */
  outside: { seconds: number, count: number }
}

/** Periods longer than this get one column per week instead of one per day. */
export const MAX_DAY_COLUMNS = 31

/**
 * One column per day.
 *
 * @example
 * dayColumns({ from: '2026-03-16', to: '2026-03-17' }) // [{ key: '2026-03-16', period: { from: '2026-03-16', to: '2026-03-16' } }, …]
 */
export function dayColumns(period: Period): PivotColumn[] {
  return daysOf(period).map(day => ({ key: day, period: { from: day, to: day } }))
}

/**
 * Days up to `MAX_DAY_COLUMNS` days, weeks (clipped to the period) beyond.
 *
 * @example
 * reportColumns({ from: '2026-01-01', to: '2026-03-31' }).length // 14 weeks
 */
export function reportColumns(period: Period, weekStart: Parameters<typeof weeksOf>[1] = 0): PivotColumn[] {
  if (periodLength(period) <= MAX_DAY_COLUMNS)
    return dayColumns(period)
  return weeksOf(period, weekStart).map(week => ({ key: week.from, period: week }))
}

/** The index of the column holding `day`, or -1 (columns are ordered and do not overlap). */
export function columnIndexOf(columns: readonly PivotColumn[], day: DayKey): number {
  let low = 0
  let high = columns.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const column = columns[middle]!
    if (day < column.period.from)
      high = middle - 1
    else if (day > column.period.to)
      low = middle + 1
    else
      return middle
  }
  return -1
}

/** A pivot being summed record by record: the same sums as `buildPivot`, in as many steps as the caller likes. */
export interface PivotAccumulator<R extends PivotRecord> {
  add: (record: R) => void
  /** The pivot of everything added so far (rows ordered as `buildPivot` orders them). */
  result: () => Pivot
}

/**
 * An empty pivot to add records to one at a time, so that a caller can sum 20,000 records in
 * slices that yield (`buildPivot` is this in one go).
 *
 * @example
 * const sums = createPivotAccumulator(columns, record => record.userId)
 * for (const record of slice) sums.add(record)
 * const grid = sums.result()
 */
export function createPivotAccumulator<R extends PivotRecord>(columns: readonly PivotColumn[], rowOf: (record: R) => number): PivotAccumulator<R> {
  const width = columns.length
  const rows = new Map<number, PivotRow>()
  const columnSeconds = Array.from<number>({ length: width }).fill(0)
  const columnCounts = Array.from<number>({ length: width }).fill(0)
  const outside = { seconds: 0, count: 0 }
  let seconds = 0
  let count = 0
  return {
    add(record) {
      const column = columnIndexOf(columns, record.day)
      if (column === -1) {
        outside.seconds += record.seconds
        outside.count++
        return
      }
      const key = rowOf(record)
      let row = rows.get(key)
      if (!row) {
        row = { key, cells: Array.from<number>({ length: width }).fill(0), counts: Array.from<number>({ length: width }).fill(0), seconds: 0, count: 0 }
        rows.set(key, row)
      }
      row.cells[column]! += record.seconds
      row.counts[column]!++
      row.seconds += record.seconds
      row.count++
      columnSeconds[column]! += record.seconds
      columnCounts[column]!++
      seconds += record.seconds
      count++
    },
    result() {
      const ordered = [...rows.values()].map(row => ({ ...row, cells: [...row.cells], counts: [...row.counts] })).sort((a, b) => b.seconds - a.seconds || a.key - b.key)
      return { columns: [...columns], rows: ordered, columnSeconds: [...columnSeconds], columnCounts: [...columnCounts], seconds, count, outside: { ...outside } }
    },
  }
}

/**
 * Sums records into rows (by `rowOf`) and columns. Rows are ordered by seconds, largest first,
 * ties by key; a row exists only when it has at least one entry inside the columns.
 *
 * @example
 * const grid = buildPivot(records, dayColumns(week), record => record.taskId)
 * grid.rows[0].cells // seconds per day of the busiest task
 */
export function buildPivot<R extends PivotRecord>(records: Iterable<R>, columns: readonly PivotColumn[], rowOf: (record: R) => number): Pivot {
  const sums = createPivotAccumulator(columns, rowOf)
  for (const record of records) sums.add(record)
  return sums.result()
}

/**
 * The row key of a grouping: the author, the task, or the task's project (0 when the task has no
 * project or is not known).
 *
 * @example
 * const rowOf = rowKeyOf('project', taskId => tasks.get(taskId)?.groupId ?? 0)
 */
export function rowKeyOf(grouping: PivotGrouping, projectOf: (taskId: number) => number): (record: PivotRecord) => number {
  switch (grouping) {
    case 'person':
      return record => record.userId
    case 'task':
      return record => record.taskId
    case 'project':
      return record => projectOf(record.taskId)
  }
}

/** The records of one cell (a row's key within a column), for the drill-down. */
export function cellRecords<R extends PivotRecord>(records: Iterable<R>, column: PivotColumn, rowOf: (record: R) => number, key: number): R[] {
  const found: R[] = []
  for (const record of records) {
    if (record.day >= column.period.from && record.day <= column.period.to && rowOf(record) === key)
      found.push(record)
  }
  return found
}
