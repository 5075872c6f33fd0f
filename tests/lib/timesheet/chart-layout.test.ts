/**
 * The chart's geometry: stacks add up to their bucket's time, the axis covers the tallest stack in
 * at most five readable steps, bars stay inside the plot, labels never overlap, any width from
 * 300 to 1280 px.
 */
import type { ReportChart } from '@/lib/timesheet/report-table'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { axisStep, chartLayout, SERIES_COLOURS } from '@/lib/timesheet/chart-layout'

const chartArb: fc.Arbitrary<ReportChart> = fc.integer({ min: 0, max: 40 }).chain(buckets => fc.record({
  buckets: fc.array(fc.string({ maxLength: 10 }), { minLength: buckets, maxLength: buckets }),
  series: fc.array(fc.record({
    label: fc.string(),
    seconds: fc.array(fc.oneof(fc.integer({ min: 0, max: 200 * 3600 }), fc.constant(-5), fc.constant(Number.NaN)), { minLength: buckets, maxLength: buckets }),
  }), { maxLength: 12 }),
}))

describe('chartLayout', () => {
  it('stacks each bucket to its total inside the plot, with readable ticks', () => {
    fc.assert(fc.property(chartArb, fc.integer({ min: 300, max: 1280 }), (chart, width) => {
      const layout = chartLayout(chart, { width, height: 220 })
      const bottom = layout.plot.top + layout.plot.height
      expect(layout.ticks.length).toBeLessThanOrEqual(6)
      expect(layout.ticks[0]!.y).toBeCloseTo(bottom)
      expect(layout.ticks.at(-1)!.seconds).toBeGreaterThanOrEqual(Math.max(...layout.bars.map(bar => bar.totalSeconds), 0))
      let lastShownRight = -Infinity
      for (const bar of layout.bars) {
        const positive = chart.series.reduce((sum, series) => {
          const value = series.seconds[bar.bucket] ?? 0
          return sum + (Number.isFinite(value) && value > 0 ? value : 0)
        }, 0)
        expect(bar.totalSeconds).toBe(positive)
        expect(bar.segments.reduce((sum, segment) => sum + segment.seconds, 0)).toBe(positive)
        for (const segment of bar.segments) {
          expect(segment.y).toBeGreaterThanOrEqual(layout.plot.top - 1e-6)
          expect(segment.y + segment.height).toBeLessThanOrEqual(bottom + 1e-6)
          expect(segment.x).toBeGreaterThanOrEqual(layout.plot.left - 1e-6)
          expect(segment.x + segment.width).toBeLessThanOrEqual(layout.plot.left + layout.plot.width + 1e-6)
        }
        if (bar.labelShown) {
          const half = (Math.max(1, ...chart.buckets.map(label => [...label].length)) * 7) / 2
          expect(bar.center - half).toBeGreaterThanOrEqual(lastShownRight)
          lastShownRight = bar.center + half
        }
      }
    }))
  })

  it('picks whole steps: 15 min, 1 h, 2 h, 8 h, 24 h', () => {
    expect(axisStep(0)).toBe(900)
    expect(axisStep(3600)).toBe(900)
    expect(axisStep(4 * 3600)).toBe(3600)
    expect(axisStep(9 * 3600)).toBe(7200)
    expect(axisStep(38 * 3600)).toBe(8 * 3600)
    expect(axisStep(100 * 3600)).toBe(24 * 3600)
  })

  it('has ten distinct colours', () => {
    expect(new Set(SERIES_COLOURS).size).toBe(10)
  })
})
