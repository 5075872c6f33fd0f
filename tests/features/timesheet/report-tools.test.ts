// @vitest-environment happy-dom
/**
 * A view's export and chart: the chart is not there (nor loaded) until "Chart" is pressed, the
 * button says whether it is pressed, and the export menu gets the view's tables only at a click.
 */
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ReportTools from '@/features/timesheet/components/ReportTools.vue'
import { mountWithApp } from '../../helpers/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const chart = { buckets: ['Mon', 'Tue'], series: [{ label: 'Website', seconds: [3600, 1800] }] }

describe('report tools', () => {
  it('shows the chart only once Chart is pressed, and hides it again', async () => {
    const tables = vi.fn(() => [])
    const { wrapper } = mountWithApp(ReportTools, { props: { tables, filename: 'timesheet', chart, chartTitle: 'Time per day' } })
    await flushPromises()
    const button = wrapper.get('[data-test="chart-button"]')
    expect(button.attributes('aria-pressed')).toBe('false')
    expect(wrapper.find('[data-test="timesheet-chart"]').exists()).toBe(false)
    await button.trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-test="timesheet-chart"]').exists()).toBe(true), { timeout: 30_000 })
    expect(button.attributes('aria-pressed')).toBe('true')
    expect(wrapper.get(`#${button.attributes('aria-controls')}`).text()).toContain('Time per day')
    await button.trigger('click')
    expect(wrapper.find('[data-test="timesheet-chart"]').exists()).toBe(false)
    await vi.waitFor(() => expect(wrapper.find('[data-test="export-button"]').exists()).toBe(true), { timeout: 30_000 })
    expect(tables).not.toHaveBeenCalled()
  })
})
