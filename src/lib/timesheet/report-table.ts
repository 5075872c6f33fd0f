/**
 * What a timesheet view hands to its exports and its chart: a table of typed cells and a set of
 * stacked series. The views build these from what they show (so a file holds exactly the numbers
 * on screen); the CSV and XLSX writers and the chart only read them. Pure data, no Vue.
 */
import type { DayKey } from '@/lib/time/zone'

/** One cell. Durations are seconds (a spreadsheet gets a number it can sum), days are portal-zone dates. */
export type ReportCell
  = | { kind: 'text', value: string }
    | { kind: 'duration', seconds: number }
    | { kind: 'day', day: DayKey }
    | { kind: 'number', value: number }
    | { kind: 'empty' }

export interface ReportColumn {
  /** Header text, already translated. */
  label: string
  kind: ReportCell['kind']
}

/** One sheet of an export: the grid, the report, or the entries behind a drill-down. */
export interface ReportTable {
  /** Sheet name, already translated (writers shorten it to what the format allows). */
  title: string
  columns: readonly ReportColumn[]
  rows: readonly (readonly ReportCell[])[]
  /** A totals row under the rows, when the view shows one. */
  totals?: readonly ReportCell[]
}

/** Time per bucket (a day or a week), stacked by series (a person or a project). */
export interface ReportChart {
  /** Bucket labels along the axis, already formatted for the viewer. */
  buckets: readonly string[]
  series: readonly { label: string, seconds: readonly number[] }[]
}
