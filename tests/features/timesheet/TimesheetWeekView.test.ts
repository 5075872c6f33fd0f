// @vitest-environment happy-dom
/**
 * The week grid mounted with the real stores over the emulator in process: the sums the grid shows
 * are the emulator's entries of the week, a cell opens exactly the entries it sums, and time added
 * from an empty cell lands on that task and day.
 */
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import TimesheetWeekView from '@/features/timesheet/TimesheetWeekView.vue'
import { instantInPeriod } from '@/lib/time/period'
import { dayKey } from '@/lib/time/zone'
import { TASKS } from '../../../emulator/data/tasks'
import { canReadTask } from '../../../emulator/rest/access'
import { mountTimesheetView } from '../../helpers/timesheet-mount'

afterEach(() => {
  document.body.innerHTML = ''
})

const WEEK = { from: '2026-03-09', to: '2026-03-15' }
/** Peter Peters has no zone of his own: the portal's server time, UTC+3. */
const ZONE = 'Etc/GMT-3'

function factory(userId = 102) {
  return mountTimesheetView(TimesheetWeekView, `/timesheet/week?week=${WEEK.from}`, userId)
}

const seconds = (element: { attributes: (name: string) => string | undefined }) => Number(element.attributes('data-seconds'))

describe('the week grid', () => {
  it('sums the emulator\'s entries of the week: rows, columns and the week total agree, in two requests', async () => {
    const { wrapper, fake } = await factory()
    const readable = new Set(TASKS.filter(task => canReadTask(task, 102)).map(task => task.id))
    const want = fake.session.entries.list().filter(entry => entry.userId === 102 && readable.has(entry.taskId) && instantInPeriod(new Date(entry.createdDate), WEEK, ZONE))
    expect(want.length).toBeGreaterThan(0)
    const total = want.reduce((sum, entry) => sum + entry.seconds, 0)
    expect(seconds(wrapper.get('[data-test="grid-total"]'))).toBe(total)
    const columns = Array.from({ length: 7 }, (_, index) => seconds(wrapper.get(`[data-test="column-total-${index}"]`)))
    expect(columns.reduce((a, b) => a + b, 0)).toBe(total)
    for (const taskId of new Set(want.map(entry => entry.taskId))) {
      const row = wrapper.get(`[data-test="grid-row-${taskId}"]`)
      expect(seconds(wrapper.get(`[data-test="row-total-${taskId}"]`))).toBe(want.filter(entry => entry.taskId === taskId).reduce((sum, entry) => sum + entry.seconds, 0))
      expect(row.text()).toContain(TASKS.find(task => task.id === taskId)!.title)
    }
    expect(wrapper.get('[data-test="timesheet-scope"]').text()).toBe('Only entries of tasks you can see are shown.')
    expect(fake.requests).toHaveLength(2)
  })

  it('opens a cell\'s entries, exactly those the cell sums', async () => {
    const { wrapper } = await factory()
    const cell = wrapper.findAll('[data-test^="cell-"]').find(button => seconds(button) > 0)!
    await cell.trigger('click')
    await flushPromises()
    const rows = wrapper.findAll('[data-test="cell-entries"] [data-test="list-row"]')
    expect(rows.length).toBeGreaterThan(0)
    const shown = rows.map(row => row.get('[data-test="entry-duration"]').text())
    const sum = shown.map(text => text.split(':').map(Number)).reduce((total, [h, m]) => total + h! * 3600 + m! * 60, 0)
    // h:mm rounds each row to the minute.
    expect(Math.abs(sum - seconds(cell))).toBeLessThan(60 * rows.length)
  })

  it('books time added from an empty cell on that task and day', async () => {
    const { wrapper, fake } = await factory()
    const empty = wrapper.findAll('[data-test^="cell-"]').find(button => seconds(button) === 0)!
    const [, taskId, column] = /^cell-(\d+)-(\d+)$/.exec(empty.attributes('data-test')!)!
    await empty.trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-test="cell-add"]').exists()).toBe(true))
    await wrapper.get('[data-test="cell-add"]').trigger('click')
    // The form is an async chunk; its first import transforms the UI kit, slow on a busy machine.
    await vi.waitFor(() => expect(wrapper.find('[data-test="entry-form"]').exists()).toBe(true), { timeout: 30_000 })
    await wrapper.get('input[data-test="form-duration"]').setValue('1:15')
    await wrapper.get('[data-test="entry-form"]').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-test="entry-form"]').exists()).toBe(false))
    const added = fake.session.entries.list(Number(taskId)).at(-1)!
    expect(added.seconds).toBe(4500)
    expect(added.userId).toBe(102)
    const day = new Date(`${WEEK.from}T00:00:00Z`)
    day.setUTCDate(day.getUTCDate() + Number(column))
    expect(dayKey(new Date(added.createdDate), ZONE)).toBe(day.toISOString().slice(0, 10))
    expect(seconds(wrapper.get(`[data-test="cell-${taskId}-${column}"]`))).toBe(4500)
  }, 60_000)
})
