/**
 * Geometry of the timesheet's stacked bar chart (a `ReportChart`: time per bucket, stacked by
 * series), in pixels for a given width: the time axis's ticks at whole, readable steps, one bar
 * per bucket with its segments, and which bucket labels fit. Pure, so the component only draws.
 */
import type { ReportChart } from './report-table'

export interface ChartSize {
  width: number
  height: number
}

export interface ChartSegment {
  series: number
  seconds: number
  x: number
  y: number
  width: number
  height: number
}

export interface ChartBar {
  bucket: number
  label: string
  /** Whether the label is drawn (every n-th when they would overlap). */
  labelShown: boolean
  /** Centre of the bar, for its label. */
  center: number
  totalSeconds: number
  segments: ChartSegment[]
}

export interface ChartLayout {
  plot: { left: number, top: number, width: number, height: number }
  ticks: Array<{ seconds: number, y: number }>
  bars: ChartBar[]
  maxSeconds: number
}

/** Readable steps of the time axis, in seconds: 15 min … 1,000 h. */
const STEPS = [900, 1800, 3600, 7200, 3 * 3600, 4 * 3600, 6 * 3600, 8 * 3600, 12 * 3600, 24 * 3600, 48 * 3600, 100 * 3600, 200 * 3600, 500 * 3600, 1000 * 3600]
const MAX_TICKS = 5
/** Room for `1000:00` at the axis, labels under the bars, air at the top. */
const MARGIN = { left: 48, right: 8, top: 8, bottom: 24 }
/** A character of a bucket label, roughly, at the chart's 12 px font. */
const LABEL_CHAR_PX = 7
const BAR_FILL = 0.7
const MAX_BAR_PX = 56

/** Seconds that count: finite and not below zero (a negative or broken value draws nothing). */
function counted(seconds: number | undefined): number {
  return seconds !== undefined && Number.isFinite(seconds) && seconds > 0 ? seconds : 0
}

/** The smallest readable step that fits the maximum in at most `MAX_TICKS` steps. */
export function axisStep(maxSeconds: number): number {
  for (const step of STEPS) {
    if (maxSeconds / step <= MAX_TICKS)
      return step
  }
  const hours = Math.ceil(maxSeconds / MAX_TICKS / 3600 / 1000) * 1000
  return hours * 3600
}

/**
 * Lays the chart out for a size. Buckets without time still get their slot, so the axis reads
 * as a calendar.
 *
 * @example
 * chartLayout({ buckets: ['Mon', 'Tue'], series: [{ label: 'Ann', seconds: [3600, 0] }] }, { width: 320, height: 200 })
 */
export function chartLayout(chart: ReportChart, size: ChartSize): ChartLayout {
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: Math.max(1, size.width - MARGIN.left - MARGIN.right),
    height: Math.max(1, size.height - MARGIN.top - MARGIN.bottom),
  }
  const totals = chart.buckets.map((_, bucket) => chart.series.reduce((sum, series) => sum + counted(series.seconds[bucket]), 0))
  const maxTotal = Math.max(0, ...totals)
  const step = axisStep(maxTotal)
  const maxSeconds = Math.max(step, Math.ceil(maxTotal / step) * step)
  const scale = (seconds: number) => (seconds / maxSeconds) * plot.height
  const ticks = Array.from({ length: Math.round(maxSeconds / step) + 1 }, (_, index) => ({ seconds: index * step, y: plot.top + plot.height - scale(index * step) }))
  const band = plot.width / Math.max(1, chart.buckets.length)
  const barWidth = Math.min(MAX_BAR_PX, band * BAR_FILL)
  const widestLabel = Math.max(1, ...chart.buckets.map(label => [...label].length)) * LABEL_CHAR_PX + 6
  const every = Math.max(1, Math.ceil(widestLabel / band))
  const bars = chart.buckets.map((label, bucket): ChartBar => {
    const center = plot.left + band * (bucket + 0.5)
    let base = plot.top + plot.height
    const segments: ChartSegment[] = []
    chart.series.forEach((series, index) => {
      const seconds = counted(series.seconds[bucket])
      if (seconds === 0)
        return
      const height = scale(seconds)
      base -= height
      segments.push({ series: index, seconds, x: center - barWidth / 2, y: base, width: barWidth, height })
    })
    return { bucket, label, labelShown: bucket % every === 0, center, totalSeconds: totals[bucket] ?? 0, segments }
  })
  return { plot, ticks, bars, maxSeconds }
}

/**
 * Series colours: distinct hues, each at least 3:1 against white (WCAG 1.4.11, non-text
 * contrast), ordered so neighbours in a stack differ most. Past ten they repeat; the legend and
 * the table name every series anyway.
 */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#007A5E', '#9C27B0', '#B8860B', '#C2185B', '#00838F', '#5D4037', '#3F51B5', '#6B7280'] as const

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length]!
}
