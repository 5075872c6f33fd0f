// @vitest-environment happy-dom
/**
 * The entry detail page: all fields with the comment as inert text, edit/delete only for the
 * author, and clear messages for a missing entry, an entry of another task and a denied task.
 * The portal is the emulator in process (tests/helpers/emulator-rest.ts) on its demo data.
 */
import type { EmulatorRestOptions } from '../../helpers/emulator-rest'
import { flushPromises } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it } from 'vitest'
import { createApp } from 'vue'
import { API_KEY, PORTAL_KEY } from '@/api'
import { createTimeEntriesApi } from '@/api/time-entries'
import EntryDetailView from '@/features/time-entries/EntryDetailView.vue'
import { useFrameStore } from '@/stores/frame'
import { useTimeEntriesStore } from '@/stores/time-entries'
import { apiError, createEmulatorRest } from '../../helpers/emulator-rest'
import { fakePortal } from '../../helpers/fake-portal'
import { mountWithApp, testRouter } from '../../helpers/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

/** Demo task 101: entry 2 is Мария Иванова's; entry 1001 belongs to task 103. */
const TASK = 101
const SCRIPT_COMMENT = '<script>alert(1)</script> & "ok"'

async function factory(path: (mine: number) => string, options: EmulatorRestOptions = {}) {
  const fake = createEmulatorRest(options)
  // Peter's own entry with markup in its comment, stored through the session's data.
  const [mine] = fake.seed([{ taskId: TASK, userId: 102, seconds: 3661, comment: SCRIPT_COMMENT, createdDate: Date.parse('2026-03-16T10:00:00Z') }])
  const { portal } = fakePortal()
  const pinia = createPinia()
  createApp({ render: () => null }).use(pinia).provide(PORTAL_KEY, portal)
  await useFrameStore(pinia).boot()
  const router = testRouter()
  await router.push(path(mine!))
  const { wrapper } = mountWithApp(EntryDetailView, {
    router,
    plugins: [pinia],
    provide: { [API_KEY as symbol]: { timeEntries: createTimeEntriesApi(fake.rest) }, [PORTAL_KEY as symbol]: portal },
  })
  await flushPromises()
  return { wrapper, fake, router, mine: mine!, store: useTimeEntriesStore(pinia) }
}

describe('entryDetailView', () => {
  it('shows every field, the comment as text, and edit/delete for the author', async () => {
    const { wrapper, fake } = await factory(mine => `/tasks/${TASK}/entries/${mine}`)
    expect(wrapper.get('[data-test="detail-duration"]').text()).toBe('1:01 (exactly 01:01:01)')
    expect(wrapper.get('[data-test="detail-comment"]').text()).toBe(SCRIPT_COMMENT)
    expect(wrapper.find('[data-test="detail-comment"] script').exists()).toBe(false)
    expect(wrapper.get('[data-test="detail-date"]').text()).toBe('Mar 16, 2026, 1:00 PM Server time (UTC+3)') // Peter has no zone of his own: the portal's
    expect(wrapper.get('[data-test="detail-source"]').text()).toBe('Manual')
    expect(wrapper.find('[data-test="detail-edit"]').exists()).toBe(true)
    expect(fake.requests).toHaveLength(1)
  })

  it('is read-only for an entry of someone else, and names its author', async () => {
    const { wrapper, fake } = await factory(() => `/tasks/${TASK}/entries/2`)
    expect(wrapper.find('[data-test="detail-actions"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="entry-fields"]').text()).toContain('Мария Иванова')
    expect(fake.requests).toHaveLength(2)
  })

  it('flags an entry of another task instead of showing it as this task\'s', async () => {
    const { wrapper } = await factory(() => `/tasks/${TASK}/entries/1001`)
    expect(wrapper.get('[data-test="entry-other-task"]').text()).toContain('Entry #1001 belongs to task #103, not to this task.')
    expect(wrapper.find('[data-test="entry-fields"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="open-in-task"]').attributes('href')).toContain('/tasks/103/entries/1001')
  })

  it('explains a missing entry', async () => {
    const { wrapper } = await factory(() => `/tasks/${TASK}/entries/999`)
    expect(wrapper.get('[data-test="entry-missing"]').text()).toContain('Entry #999 does not exist in this task, or you cannot see it.')
  })

  it('explains a denied task', async () => {
    // The emulator answers "not found" to a non-member; a portal can also refuse the task outright.
    const { wrapper } = await factory(mine => `/tasks/${TASK}/entries/${mine}`, { mangle: (method, _params, answer) => method === 'task.elapseditem.get' ? apiError('TASK_ACCESS_DENIED') : answer })
    expect(wrapper.get('[data-test="entry-missing"]').text()).toContain('You do not have access to this entry\'s task.')
  })

  it('deletes through the list\'s undo window', async () => {
    const { wrapper, router, store, mine } = await factory(mine => `/tasks/${TASK}/entries/${mine}`)
    await wrapper.get('[data-test="detail-delete"]').trigger('click')
    await wrapper.get('[data-test="detail-confirm-delete"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('entries')
    expect(store.pendingRemovals.has(mine)).toBe(true)
    store.$reset()
  })
})
