// @vitest-environment happy-dom
/**
 * What the timesheet says while and after loading: a progress bar with the server's count and the
 * counts so far, the error with a retry, "X of Y" with Reload, unreadable rows counted.
 */
import type { TimesheetProgress } from '@/stores/timesheet'
import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { ApiError } from '@/api/errors'
import TimesheetStatus from '@/features/timesheet/components/TimesheetStatus.vue'
import { useTimesheetMessages } from '@/features/timesheet/messages'
import { mountWithApp } from '../../helpers/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const none = { unreadable: 0, missingTaskIds: [], locale: 'en' }

/** The status as a view holds it: under the timesheet's messages. */
async function mountStatus(props: Record<string, unknown>) {
  const InView = defineComponent({
    setup: () => {
      useTimesheetMessages()
      return () => h(TimesheetStatus, { ...none, ...props } as never)
    },
  })
  const { wrapper } = mountWithApp(InView)
  await nextTick()
  return wrapper.findComponent(TimesheetStatus)
}

describe('timesheet status', () => {
  it('shows a progress bar with the counts while loading', async () => {
    const progress: TimesheetProgress = { entries: 2_500, total: 20_172, tasks: 61, people: 43 }
    const wrapper = await mountStatus({ status: 'loading', progress, verdict: { kind: 'loading' } })
    const bar = wrapper.get('[data-test="timesheet-progress"]')
    expect(bar.attributes('role')).toBe('status')
    expect(bar.text()).toContain('Loaded 2,500 of 20,172 entries · 61 tasks · 43 people')
    const meter = bar.find('[role="progressbar"], progress')
    expect(meter.exists()).toBe(true)
  })

  it('says it is starting before the server has counted', async () => {
    const wrapper = await mountStatus({ status: 'loading', progress: { entries: 0, total: null, tasks: 0, people: 0 }, verdict: { kind: 'loading' } })
    expect(wrapper.get('[data-test="timesheet-progress"]').text()).toContain('Loading entries…')
  })

  it('after the load: no bar; "X of Y" with Reload when the count does not add up, and the error with a retry', async () => {
    const progress = { entries: 19_950, total: 20_000, tasks: 60, people: 30 }
    const partial = await mountStatus({ status: 'success', progress, verdict: { kind: 'partial', loaded: 19_950, total: 20_000 }, unreadable: 2 })
    expect(partial.find('[data-test="timesheet-progress"]').exists()).toBe(false)
    expect(partial.get('[data-test="timesheet-partial"]').text()).toContain('19,950 of 20,000')
    await partial.get('[data-test="timesheet-reload"]').trigger('click')
    expect(partial.emitted('reload')).toHaveLength(1)
    expect(partial.find('[data-test="timesheet-unreadable"]').exists()).toBe(true)
    document.body.innerHTML = ''

    const failed = await mountStatus({ status: 'error', error: new ApiError({ code: 'NETWORK_ERROR', status: 0 }), progress, verdict: { kind: 'loading' } })
    expect(failed.find('[data-test="timesheet-error"]').exists()).toBe(true)
  })
})
