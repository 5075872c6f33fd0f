// @vitest-environment happy-dom
/**
 * The chart: stacked segments per bucket with h:mm ticks, the same numbers as a table (hidden for
 * screen readers, shown by the toggle), an empty period said in words, and no axe violations.
 */
import type { ReportChart } from '@/lib/timesheet/report-table'
import axe from 'axe-core'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import TimesheetChart from '@/features/timesheet/components/TimesheetChart.vue'
import { mountWithApp } from '../../helpers/mount'

const chart: ReportChart = {
  buckets: ['Mon 16', 'Tue 17', 'Wed 18'],
  series: [
    { label: 'Ann Lee', seconds: [3600, 0, 5400] },
    { label: 'Boris Ivanov', seconds: [1800, 7200, 0] },
  ],
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('timesheetChart', () => {
  it('draws one segment per non-zero value, with h:mm on the axis and in each tooltip', () => {
    const { wrapper } = mountWithApp(TimesheetChart, { props: { chart, title: 'Week 12' } })
    const segments = wrapper.findAll('[data-test="chart-segment"]')
    expect(segments).toHaveLength(4)
    expect(segments.map(segment => segment.get('title').text())).toEqual(['Ann Lee, Mon 16: 1:00', 'Boris Ivanov, Mon 16: 0:30', 'Boris Ivanov, Tue 17: 2:00', 'Ann Lee, Wed 18: 1:30'])
    expect(wrapper.findAll('[data-test="chart-tick"]').map(tick => tick.text())).toEqual(['0:00', '0:30', '1:00', '1:30', '2:00'])
    expect(wrapper.get('[data-test="chart-svg"]').attributes('aria-hidden')).toBe('true')
  })

  it('has the same numbers as a table, hidden until toggled', async () => {
    const { wrapper } = mountWithApp(TimesheetChart, { props: { chart, title: 'Week 12' } })
    expect(wrapper.get('[data-test="chart-table-wrap"]').classes()).toContain('sr-only')
    const rows = wrapper.findAll('[data-test="chart-table"] tr').map(row => row.findAll('th, td').map(cell => cell.text()))
    expect(rows).toEqual([
      ['Period', 'Ann Lee', 'Boris Ivanov', 'Total'],
      ['Mon 16', '1:00', '0:30', '1:30'],
      ['Tue 17', '0:00', '2:00', '2:00'],
      ['Wed 18', '1:30', '0:00', '1:30'],
      ['Total', '2:30', '2:30', '5:00'],
    ])
    const toggle = wrapper.get('[data-test="chart-toggle"]')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect(toggle.text()).toBe('Show as chart')
    expect(wrapper.get('[data-test="chart-table-wrap"]').classes()).not.toContain('sr-only')
  })

  it('writes its table rounded together: every row and column of minutes adds up to its total, the total is the exact sum rounded (fast-check)', () => {
    const minutes = (text: string) => {
      const [hours, mins] = text.split(':').map(Number)
      return hours! * 60 + mins!
    }
    fc.assert(fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 }), fc.array(fc.integer({ min: 0, max: 40_000 }), { minLength: 20, maxLength: 20 }), (seriesCount, bucketCount, pool) => {
      const series = Array.from({ length: seriesCount }, (_, s) => ({ label: `P${s}`, seconds: Array.from({ length: bucketCount }, (_, b) => pool[(s * bucketCount + b) % pool.length]!) }))
      const exact = series.reduce((sum, line) => sum + line.seconds.reduce((a, b) => a + b, 0), 0)
      const { wrapper } = mountWithApp(TimesheetChart, { props: { chart: { buckets: Array.from({ length: bucketCount }, (_, b) => `B${b}`), series }, title: 'T' } })
      if (exact === 0) {
        wrapper.unmount()
        return
      }
      const rows = wrapper.findAll('[data-test="chart-table"] tbody tr, [data-test="chart-table"] tfoot tr').map(row => row.findAll('td').map(cell => minutes(cell.text())))
      const body = rows.slice(0, -1)
      const totals = rows.at(-1)!
      for (const row of body) expect(row.slice(0, -1).reduce((a, b) => a + b, 0)).toBe(row.at(-1))
      for (let column = 0; column < seriesCount; column++) expect(body.reduce((sum, row) => sum + row[column]!, 0)).toBe(totals[column])
      expect(totals.at(-1)).toBe(Math.round(exact / 60))
      wrapper.unmount()
    }), { numRuns: 25 })
  })

  it('says an empty period in words, in Russian too', () => {
    const { wrapper } = mountWithApp(TimesheetChart, { props: { chart: { buckets: ['Mon'], series: [] }, title: 'Неделя' }, locale: 'ru' })
    expect(wrapper.get('[data-test="chart-empty"]').text()).toBe('За этот период времени нет.')
    expect(wrapper.find('[data-test="chart-svg"]').exists()).toBe(false)
  })

  it('has no axe violations', async () => {
    const { wrapper } = mountWithApp(TimesheetChart, { props: { chart, title: 'Week 12' } })
    const results = await axe.run(wrapper.element as HTMLElement, { rules: { 'color-contrast': { enabled: false } } })
    expect(results.passes.length).toBeGreaterThan(5)
    expect(results.violations.map(violation => violation.id)).toEqual([])
  })
})
