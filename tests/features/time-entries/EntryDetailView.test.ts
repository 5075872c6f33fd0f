// @vitest-environment happy-dom
/**
 * The entry detail page: all fields with the comment as inert text, edit/delete only for the
 * author, and clear messages for a missing entry, an entry of another task and a denied task.
 */
import type { FakeRestOptions, RawEntry } from './fake-rest'
import { flushPromises } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it } from 'vitest'
import { createApp } from 'vue'
import { API_KEY, PORTAL_KEY } from '@/api'
import { createTimeEntriesApi } from '@/api/time-entries'
import EntryDetailView from '@/features/time-entries/EntryDetailView.vue'
import { useFrameStore } from '@/stores/frame'
import { useTimeEntriesStore } from '@/stores/time-entries'
import { mountWithApp, testRouter } from '../../helpers/mount'
import { createFakeRest, fakePortal, rawEntry } from './fake-rest'

afterEach(() => {
  document.body.innerHTML = ''
})

const entries: RawEntry[] = [
  rawEntry(11, 691, 1, 3661, '2024-05-16T10:00:00+00:00', { COMMENT_TEXT: '<script>alert(1)</script> & "ok"' }),
  rawEntry(12, 691, 2, 1800, '2024-05-17T09:00:00+00:00'),
  rawEntry(50, 700, 2, 60, '2024-05-17T09:00:00+00:00'),
]

async function factory(path: string, rest: FakeRestOptions = {}) {
  const fake = createFakeRest(entries, { tasks: [{ id: 691, title: 'A' }, { id: 700, title: 'B' }], ...rest })
  const { portal } = fakePortal()
  const pinia = createPinia()
  createApp({ render: () => null }).use(pinia).provide(PORTAL_KEY, portal)
  await useFrameStore(pinia).boot()
  const router = testRouter()
  await router.push(path)
  const { wrapper } = mountWithApp(EntryDetailView, {
    router,
    plugins: [pinia],
    provide: { [API_KEY as symbol]: { timeEntries: createTimeEntriesApi(fake.rest) }, [PORTAL_KEY as symbol]: portal },
  })
  await flushPromises()
  return { wrapper, fake, router, store: useTimeEntriesStore(pinia) }
}

describe('entryDetailView', () => {
  it('shows every field, the comment as text, and edit/delete for the author', async () => {
    const { wrapper, fake } = await factory('/tasks/691/entries/11')
    expect(wrapper.get('[data-test="detail-duration"]').text()).toBe('1:01 (3661 s)')
    expect(wrapper.get('[data-test="detail-comment"]').text()).toBe('<script>alert(1)</script> & "ok"')
    expect(wrapper.find('[data-test="detail-comment"] script').exists()).toBe(false)
    expect(wrapper.get('[data-test="detail-date"]').text()).toContain('(Germany Time, UTC+02:00)')
    expect(wrapper.get('[data-test="detail-source"]').text()).toBe('Manual')
    expect(wrapper.find('[data-test="detail-edit"]').exists()).toBe(true)
    expect(fake.requests).toHaveLength(1)
  })

  it('is read-only for an entry of someone else, and names its author', async () => {
    const { wrapper, fake } = await factory('/tasks/691/entries/12')
    expect(wrapper.find('[data-test="detail-actions"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="entry-fields"]').text()).toContain('Борис Иванов')
    expect(fake.requests).toHaveLength(2)
  })

  it('flags an entry of another task instead of showing it as this task\'s', async () => {
    const { wrapper } = await factory('/tasks/691/entries/50')
    expect(wrapper.get('[data-test="entry-other-task"]').text()).toContain('Entry #50 belongs to task #700, not to this task.')
    expect(wrapper.find('[data-test="entry-fields"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="open-in-task"]').attributes('href')).toContain('/tasks/700/entries/50')
  })

  it('explains a missing entry', async () => {
    const { wrapper } = await factory('/tasks/691/entries/999')
    expect(wrapper.get('[data-test="entry-missing"]').text()).toContain('Entry #999 does not exist in this task, or you cannot see it.')
  })

  it('explains a denied task', async () => {
    const { wrapper } = await factory('/tasks/691/entries/11', { fault: method => (method === 'task.elapseditem.get' ? 'TASK_ACCESS_DENIED' : undefined) })
    expect(wrapper.get('[data-test="entry-missing"]').text()).toContain('You do not have access to this entry\'s task.')
  })

  it('deletes through the list\'s undo window', async () => {
    const { wrapper, router, store } = await factory('/tasks/691/entries/11')
    await wrapper.get('[data-test="detail-delete"]').trigger('click')
    await wrapper.get('[data-test="detail-confirm-delete"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('entries')
    expect(store.pendingRemovals.has(11)).toBe(true)
    store.$reset()
  })
})
