/**
 * What the timesheet views hand to their exports and chart (`report-table.ts`), built from what the
 * view shows: the same pivot, the same labels, the same empty cells, so a file holds exactly the
 * numbers on screen. Pure: labels come in already translated.
 */
import type { Pivot, PivotColumn } from './pivot'
import type { PlanVsSpent } from './plan-vs-spent'
import type { ReportCell, ReportChart, ReportTable } from './report-table'
import type { DayKey } from '@/lib/time/zone'

export interface PivotLabels {
  /** Sheet name. */
  title: string
  /** Header of the first column (Task, Person, Project). */
  rowHeader: string
  /** Header of the last column and label of the totals row. */
  total: string
  row: (key: number) => string
  column: (column: PivotColumn) => string
}

/** A cell the grid leaves blank stays blank in the file: a spreadsheet sums it as nothing. */
function durationCell(seconds: number): ReportCell {
  return seconds === 0 ? { kind: 'empty' } : { kind: 'duration', seconds }
}

/**
 * The grid as a table: a row per pivot row, a column per pivot column, the row totals last and
 * the column totals under it.
 *
 * @example
 * pivotTable(grid, { title: 'Week', rowHeader: 'Task', total: 'Total', row: id => titles.get(id), column: c => c.key })
 */
export function pivotTable(pivot: Pivot, labels: PivotLabels): ReportTable {
  return {
    title: labels.title,
    columns: [
      { label: labels.rowHeader, kind: 'text' },
      ...pivot.columns.map(column => ({ label: labels.column(column), kind: 'duration' as const })),
      { label: labels.total, kind: 'duration' },
    ],
    rows: pivot.rows.map(row => [
      { kind: 'text', value: labels.row(row.key) },
      ...row.cells.map(durationCell),
      { kind: 'duration', seconds: row.seconds },
    ]),
    totals: [
      { kind: 'text', value: labels.total },
      ...pivot.columnSeconds.map(durationCell),
      { kind: 'duration', seconds: pivot.seconds },
    ],
  }
}

/**
 * The grid as a stacked chart: a bucket per column, a series per row.
 *
 * @example
 * pivotChart(grid, labels).series[0] // { label: 'Landing pages', seconds: [3600, 0, …] }
 */
export function pivotChart(pivot: Pivot, labels: Pick<PivotLabels, 'row' | 'column'>): ReportChart {
  return {
    buckets: pivot.columns.map(labels.column),
    series: pivot.rows.map(row => ({ label: labels.row(row.key), seconds: [...row.cells] })),
  }
}

export interface EntryTableRecord {
  day: DayKey
  userId: number
  taskId: number
  seconds: number
  comment: string
}

export interface EntryTableLabels {
  title: string
  day: string
  person: string
  task: string
  duration: string
  comment: string
  total: string
  userName: (id: number) => string
  taskTitle: (id: number) => string
}

/**
 * The entries behind a drill-down, one row each, in the order shown.
 *
 * @example
 * entriesTable(cellEntries, labels).rows.length // cellEntries.length
 */
export function entriesTable(records: readonly EntryTableRecord[], labels: EntryTableLabels): ReportTable {
  let seconds = 0
  for (const record of records) seconds += record.seconds
  return {
    title: labels.title,
    columns: [
      { label: labels.day, kind: 'day' },
      { label: labels.person, kind: 'text' },
      { label: labels.task, kind: 'text' },
      { label: labels.duration, kind: 'duration' },
      { label: labels.comment, kind: 'text' },
    ],
    rows: records.map(record => [
      { kind: 'day', day: record.day },
      { kind: 'text', value: labels.userName(record.userId) },
      { kind: 'text', value: labels.taskTitle(record.taskId) },
      { kind: 'duration', seconds: record.seconds },
      record.comment === '' ? { kind: 'empty' } : { kind: 'text', value: record.comment },
    ]),
    totals: [{ kind: 'text', value: labels.total }, { kind: 'empty' }, { kind: 'empty' }, { kind: 'duration', seconds }, { kind: 'empty' }],
  }
}

export interface PlanTableLabels {
  title: string
  task: string
  planned: string
  spent: string
  inPeriod: string
  overrun: string
  taskTitle: (id: number) => string
}

/**
 * Planned against spent, a row per task; a task without a plan has an empty planned cell.
 *
 * @example
 * planTable(planVsSpent(periodSeconds, taskOf), labels)
 */
export function planTable(lines: readonly PlanVsSpent[], labels: PlanTableLabels): ReportTable {
  return {
    title: labels.title,
    columns: [
      { label: labels.task, kind: 'text' },
      { label: labels.planned, kind: 'duration' },
      { label: labels.spent, kind: 'duration' },
      { label: labels.inPeriod, kind: 'duration' },
      { label: labels.overrun, kind: 'duration' },
    ],
    rows: lines.map(line => [
      { kind: 'text', value: labels.taskTitle(line.taskId) },
      line.planned === null ? { kind: 'empty' } : { kind: 'duration', seconds: line.planned },
      { kind: 'duration', seconds: line.spent },
      { kind: 'duration', seconds: line.inPeriod },
      durationCell(line.overrun),
    ]),
  }
}
