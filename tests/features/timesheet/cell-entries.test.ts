// @vitest-environment happy-dom
/**
 * A timesheet cell's write block is the task view's (useEntryEditor + EntryWritePanel), on the
 * emulator in process: an edit is followed by "Saved · Undo", and Undo writes the previous values
 * back to the portal; a delete offers Undo, which puts the time back; the entries of someone else
 * offer neither Edit nor Delete to a viewer who is not an admin (mayChangeEntry).
 */
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import TimesheetReportView from '@/features/timesheet/TimesheetReportView.vue'
import TimesheetWeekView from '@/features/timesheet/TimesheetWeekView.vue'
import { mountTimesheetView } from '../../helpers/timesheet-mount'

afterEach(() => {
  document.body.innerHTML = ''
})

function factory(view: typeof TimesheetWeekView, path: string, userId: number) {
  return mountTimesheetView(view, path, userId)
}

const seconds = (element: { attributes: (name: string) => string | undefined }) => Number(element.attributes('data-seconds'))

async function openFirstCell(wrapper: Awaited<ReturnType<typeof factory>>['wrapper']) {
  const cell = wrapper.findAll('button[data-test^="cell-"]').find(button => seconds(button) > 0)!
  await cell.trigger('click')
  await flushPromises()
  await vi.waitFor(() => expect(wrapper.findAll('[data-test="cell-entries"] [data-test="list-row"]').length).toBeGreaterThan(0))
  return cell
}

/** The id of the first entry the open cell lists (rows are `entry-<id>`). */
function firstEntryId(wrapper: Awaited<ReturnType<typeof factory>>['wrapper']): number {
  const names = wrapper.findAll('[data-test="cell-entries"] [data-test^="entry-"]').map(found => found.attributes('data-test') ?? '')
  return Number(names.map(name => /^entry-(\d+)$/.exec(name)?.[1]).find(Boolean))
}

describe('a cell\'s write block', () => {
  it('after an edit says Saved with an Undo that writes the previous values back', async () => {
    const { wrapper, fake } = await factory(TimesheetWeekView, '/timesheet/week?week=2026-03-09', 102)
    await openFirstCell(wrapper)
    const id = firstEntryId(wrapper)
    const before = fake.session.entries.list().find(entry => entry.id === id)!
    await wrapper.get(`[data-test="entry-${id}"] [data-test="entry-edit"]`).trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-test="entry-form"]').exists()).toBe(true), { timeout: 30_000 })
    await wrapper.get('input[data-test="form-duration"]').setValue('2:07')
    await wrapper.get('[data-test="entry-form"]').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-test="saved"]').exists()).toBe(true))
    expect(fake.session.entries.list().find(entry => entry.id === id)!.seconds).toBe(7620)
    await wrapper.get('[data-test="saved-undo"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-test="saved"]').exists()).toBe(false))
    expect(fake.session.entries.list().find(entry => entry.id === id)!.seconds).toBe(before.seconds)
  }, 60_000)

  it('deletes with an Undo that puts the time back into the cell', async () => {
    const { wrapper, fake } = await factory(TimesheetWeekView, '/timesheet/week?week=2026-03-09', 102)
    const cell = await openFirstCell(wrapper)
    const total = seconds(cell)
    const id = firstEntryId(wrapper)
    const removed = fake.session.entries.list().find(entry => entry.id === id)!
    await wrapper.get(`[data-test="entry-${id}"] [data-test="entry-delete"]`).trigger('click')
    await wrapper.get(`[data-test="entry-${id}"] [data-test="entry-confirm-delete"]`).trigger('click')
    await vi.waitFor(() => expect(wrapper.find(`[data-test="undo-${id}"][data-phase="deleted"]`).exists()).toBe(true))
    expect(fake.session.entries.list().some(entry => entry.id === id)).toBe(false)
    expect(seconds(wrapper.get(`[data-test="${cell.attributes('data-test')}"]`))).toBe(total - removed.seconds)
    await wrapper.get(`[data-test="undo-${id}"] button`).trigger('click')
    await vi.waitFor(() => expect(wrapper.find(`[data-test="undo-${id}"][data-phase="restored"]`).exists()).toBe(true))
    expect(seconds(wrapper.get(`[data-test="${cell.attributes('data-test')}"]`))).toBe(total)
  }, 60_000)

  it('offers no Edit or Delete on a teammate\'s entries to a head who is not an admin', async () => {
    const { wrapper } = await factory(TimesheetReportView, '/timesheet/report?period=custom&from=2026-03-09&to=2026-03-15&people=111&group=person', 110)
    await openFirstCell(wrapper)
    expect(wrapper.findAll('[data-test="cell-entries"] [data-test="list-row"]').length).toBeGreaterThan(0)
    expect(wrapper.find('[data-test="cell-entries"] [data-test="entry-edit"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="cell-entries"] [data-test="entry-delete"]').exists()).toBe(false)
  }, 60_000)
})
