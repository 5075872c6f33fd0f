// @vitest-environment happy-dom
/**
 * The report mounted with the real stores over the emulator in process: once the progress is gone
 * the grid and the planned-and-spent table hold the emulator's entries of the period, summed by
 * the grouping shown (its figures are summed in slices that yield).
 */
import { afterEach, describe, expect, it } from 'vitest'
import TimesheetReportView from '@/features/timesheet/TimesheetReportView.vue'
import { instantInPeriod } from '@/lib/time/period'
import { TASKS } from '../../../emulator/data/tasks'
import { canReadTask } from '../../../emulator/rest/access'
import { mountTimesheetView } from '../../helpers/timesheet-mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const WEEK = { from: '2026-03-09', to: '2026-03-15' }
/** Peter Peters has no zone of his own: the portal's server time, UTC+3. */
const ZONE = 'Etc/GMT-3'
const seconds = (element: { attributes: (name: string) => string | undefined }) => Number(element.attributes('data-seconds'))

describe('the report', () => {
  it('shows the period\'s entries, by task and by day, once its progress is gone', async () => {
    const { wrapper, fake } = await mountTimesheetView(TimesheetReportView, `/timesheet/report?period=custom&from=${WEEK.from}&to=${WEEK.to}&group=task`, 102)
    const readable = new Set(TASKS.filter(task => canReadTask(task, 102)).map(task => task.id))
    const want = fake.session.entries.list().filter(entry => entry.userId === 102 && readable.has(entry.taskId) && instantInPeriod(new Date(entry.createdDate), WEEK, ZONE))
    expect(want.length).toBeGreaterThan(0)
    const total = want.reduce((sum, entry) => sum + entry.seconds, 0)
    expect(seconds(wrapper.get('[data-test="grid-total"]'))).toBe(total)
    for (const taskId of new Set(want.map(entry => entry.taskId))) {
      const inTask = want.filter(entry => entry.taskId === taskId).reduce((sum, entry) => sum + entry.seconds, 0)
      expect(seconds(wrapper.get(`[data-test="row-total-${taskId}"]`))).toBe(inTask)
      expect(wrapper.find(`[data-test="plan-${taskId}"]`).exists()).toBe(true)
    }
    expect(fake.requests).toHaveLength(2)
  })
})
