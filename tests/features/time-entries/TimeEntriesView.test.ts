import type { VueWrapper } from '@vue/test-utils'
// @vitest-environment happy-dom
/**
 * The time-entry view, mounted with the real store over a fake portal: rows, totals, grouping and
 * filters in the URL, permission-gated controls, the add form's parsing and failure handling,
 * the saved duration format, virtual scrolling, and both languages. The portal is the emulator in
 * process (tests/helpers/emulator-rest.ts) on its demo data: task 101 as Peter Peters (102).
 */
import type { EmulatorRestOptions } from '../../helpers/emulator-rest'
import type { RestResult } from '@/api/client'
import type { AppLocale } from '@/i18n'
import { flushPromises } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApp, nextTick } from 'vue'
import { API_KEY, PORTAL_KEY } from '@/api'
import { createTimeEntriesApi } from '@/api/time-entries'
import TimeEntriesView from '@/features/time-entries/TimeEntriesView.vue'
import { useFrameStore } from '@/stores/frame'
import { BREAKDOWN_OPTION } from '@/stores/preferences'
import { DURATION_FORMAT_OPTION } from '@/stores/time-entries'
import { apiError, createEmulatorRest } from '../../helpers/emulator-rest'
import { fakePortal } from '../../helpers/fake-portal'
import { mountWithApp, testRouter } from '../../helpers/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

/**
 * Demo task 101 (emulator/data/entries.ts): entry 1 by Peter (1:30, manual, HTML comment), 2 by
 * Мария Иванова (0:45, timer), 3 by deleted user 108 (0:15, unknown source); planned 4 h.
 */
const THREE = 101
const FIVE_THOUSAND = 104
/** Demo task 102: no entries of its own (tests seed rows into it). */
const EMPTY = 102

/** `tasks.task.get` as the portal answers a user who may not add time. */
function refuseAdd(answer: RestResult<unknown>): RestResult<unknown> {
  const { task } = answer.result as { task: { action: Record<string, boolean> } }
  return { ...answer, result: { task: { ...task, action: { ...task.action, 'elapsedtime.add': false } } } }
}

/**
 * The entry form and the filter panel are async components (docs/development.md#first-paint-budget): wait
 * until one has rendered.
 */
async function shown(wrapper: { find: (selector: string) => { exists: () => boolean } }, selector: string): Promise<void> {
  // The first import of a chunk transforms the kit's modules, which can take a second or two here.
  await vi.waitFor(() => expect(wrapper.find(selector).exists()).toBe(true), { timeout: 10_000 })
}

type SeedRows = Parameters<ReturnType<typeof createEmulatorRest>['seed']>[0]

async function factory(taskId: number, options: { rest?: EmulatorRestOptions, admin?: boolean, locale?: AppLocale, query?: string, saved?: Record<string, string>, seed?: SeedRows } = {}) {
  const fake = createEmulatorRest(options.rest)
  if (options.seed)
    fake.seed(options.seed)
  const { portal, frame } = fakePortal({ isAdmin: options.admin ?? false }, options.saved)
  // The frame connects before any view mounts, as in the app (App.vue gates on it).
  const pinia = createPinia()
  createApp({ render: () => null }).use(pinia).provide(PORTAL_KEY, portal)
  await useFrameStore(pinia).boot()
  const router = testRouter()
  await router.push(`/tasks/${taskId}/entries${options.query ?? ''}`)
  const { wrapper } = mountWithApp(TimeEntriesView, {
    router,
    locale: options.locale,
    plugins: [pinia],
    provide: { [API_KEY as symbol]: { timeEntries: createTimeEntriesApi(fake.rest) }, [PORTAL_KEY as symbol]: portal },
  })
  await flushPromises()
  return { wrapper, fake, frame, router }
}

describe('rows and totals', () => {
  it('shows the header, one row per entry, newest first, with plain-text comments', async () => {
    const { wrapper } = await factory(THREE)
    expect(wrapper.get('[data-test="task-title"]').text()).toBe('Prepare the quarterly status report')
    expect(wrapper.get('[data-test="spent"]').text()).toBe('2:30 of 4:00 planned')
    expect(wrapper.get('[data-test="tracking"]').text()).toBe('Time tracking on')
    const rows = wrapper.findAll('[data-test="list-row"]')
    expect(rows.map(row => row.get('[data-test="entry-duration"]').text())).toEqual(['0:45', '1:30', '0:15'])
    const comment = wrapper.get('[data-test="entry-1"] [data-test="entry-comment"]')
    expect(comment.text()).toBe('Collected figures from <b>finance</b> & sales')
    expect(comment.find('b').exists()).toBe(false)
    expect(wrapper.get('[data-test="entry-2"]').text()).toContain('10:00 AM–10:45 AM') // in the viewer's zone: Peter has none, so the server's (UTC+3)
    expect(wrapper.get('[data-test="entry-2"] [data-test="entry-source"]').text()).toBe('Timer')
    expect(wrapper.get('[data-test="entry-1"] [data-test="entry-source"]').text()).toBe('Manual')
    expect(wrapper.get('[data-test="entry-2"]').text()).toContain('Мария Иванова')
    expect(wrapper.get('[data-test="entry-count"]').text()).toBe('3 entries')
    expect(wrapper.get('[data-test="zone"]').text()).toBe('Server time (UTC+3)')
  })

  it('totals per person and per day', async () => {
    const { wrapper } = await factory(THREE)
    const perUser = wrapper.findAll('[data-test="totals-user"] li').map(item => `${item.get('[data-test="user-name"]').text()} ${item.get('[data-test="total"]').text()}`)
    expect(perUser).toEqual(['Peter Peters 1:30', 'Мария Иванова 0:45', 'Deleted user (#108) 0:15'])
    const perDay = wrapper.findAll('[data-test="totals-day"] li').map(item => item.text())
    expect(perDay).toEqual(['Sun, Mar 15, 20260:45', 'Sat, Mar 14, 20261:30', 'Sat, Feb 14, 20260:15'])
    expect(wrapper.get('[data-test="shown-total"]').text()).toBe('Total: 2:30')
  })

  it('shows "Deleted user (#id)" for an author user.get answered without', async () => {
    // Entry 3's author, 108, is deleted: user.get leaves them out.
    const { wrapper } = await factory(THREE)
    expect(wrapper.get('[data-test="entry-3"]').text()).toContain('Deleted user (#108)')
    expect(wrapper.get('[data-test="entry-3"] [data-test="user-name"]').attributes('title')).toContain('the account was deleted')
  })

  it('says so when there are no entries', async () => {
    // Task 102 has no entries.
    const { wrapper, fake } = await factory(102)
    expect(wrapper.get('[data-test="entries-empty"]').text()).toContain('No time logged yet')
    expect(fake.requests).toHaveLength(1)
  })
})

/** Opens the View menu; its radio groups are a lazy chunk. */
async function openViewMenu(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('[data-test="toggle-view"]').trigger('click')
  await vi.dynamicImportSettled()
  await flushPromises()
}

describe('grouping and filters live in the URL', () => {
  it('groups by person with subtotals', async () => {
    const { wrapper, router } = await factory(THREE)
    await openViewMenu(wrapper)
    await shown(wrapper, '[data-test="group-user"]')
    await wrapper.get('[data-test="group-user"]').setValue(true)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ group: 'user' })
    const groups = wrapper.findAll('[data-test="list-group"]').map(group => `${group.get('[data-test="user-name"]').text()} ${group.get('[data-test="group-total"]').text()}`)
    expect(groups).toEqual(['Peter Peters 1:30', 'Мария Иванова 0:45', 'Deleted user (#108) 0:15'])
  })

  it('applies users and dates from a shared link', async () => {
    const { wrapper } = await factory(THREE, { query: '?users=102,108&from=2026-03-14&group=day' })
    expect(wrapper.findAll('[data-test="list-row"]').map(row => row.attributes('aria-posinset'))).toHaveLength(1)
    expect(wrapper.get('[data-test="entry-count"]').text()).toBe('Filtered: 1 of 3 entries')
    expect(wrapper.get('[data-test="shown-total"]').text()).toBe('Total shown: 1:30')
    expect(wrapper.get('[data-test="toggle-filters"]').text()).toBe('Filters (2)')
  })

  it('writes a filter change back to the query', async () => {
    const { wrapper, router } = await factory(THREE)
    await wrapper.get('[data-test="toggle-filters"]').trigger('click')
    await shown(wrapper, '[data-test="filter-user-103"]')
    await wrapper.get('[data-test="filter-user-103"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ users: '103' })
    expect(wrapper.findAll('[data-test="list-row"]')).toHaveLength(1)
    await wrapper.get('[data-test="preset-this-week"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query.from).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(wrapper.get('[data-test="entries-empty"]').text()).toContain('No entries match the filters.')
  })
})

describe('permissions', () => {
  it('offers edit and delete only on the viewer\'s own entries', async () => {
    const { wrapper } = await factory(THREE)
    expect(wrapper.find('[data-test="entry-1"] [data-test="entry-edit"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="entry-2"] [data-test="entry-edit"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="entry-2"] [data-test="entry-delete"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="add-entry"]').exists()).toBe(true)
  })

  it('offers them on every entry to an admin', async () => {
    const { wrapper } = await factory(THREE, { admin: true, rest: { userId: 1 } })
    expect(wrapper.findAll('[data-test="entry-edit"]')).toHaveLength(3)
  })

  it('hides add when not allowed', async () => {
    const { wrapper } = await factory(THREE, { rest: { mangle: (method, _params, answer) => method === 'task.elapseditem.isactionallowed' ? { ...answer, result: false } : method === 'tasks.task.get' ? refuseAdd(answer) : answer } })
    expect(wrapper.find('[data-test="add-entry"]').exists()).toBe(false)
  })
})

describe('editing', () => {
  it('rejects garbage with a localized message, then saves "1h 30m" and shows the row', async () => {
    const { wrapper, fake } = await factory(THREE)
    await wrapper.get('[data-test="add-entry"]').trigger('click')
    await shown(wrapper, '[data-test="entry-form"]')
    await wrapper.get('[data-test="form-duration"] input, input[data-test="form-duration"]').setValue('soon')
    await wrapper.get('[data-test="entry-form"]').trigger('submit')
    expect(wrapper.get('[data-test="entry-form"]').text()).toContain('Could not read this duration.')
    expect(fake.rest.call).not.toHaveBeenCalled()
    await wrapper.get('input[data-test="form-duration"], [data-test="form-duration"] input').setValue('1h 30m')
    await wrapper.get('textarea').setValue('Planning')
    await wrapper.get('[data-test="entry-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-test="entry-form"]').exists()).toBe(false)
    const stored = fake.session.entries.list(THREE).find(entry => entry.comment === 'Planning')!
    expect(stored.seconds).toBe(5400)
    expect(wrapper.get(`[data-test="entry-${stored.id}"]`).text()).toContain('1:30')
    expect(wrapper.get(`[data-test="entry-${stored.id}"]`).text()).toContain('Planning')
    expect(wrapper.get('[data-test="spent"]').text()).toBe('4:00 of 4:00 planned')
  })

  it('says "Saved" after an edit and Undo writes the previous values back through update', async () => {
    const { wrapper, fake } = await factory(THREE)
    await wrapper.get('[data-test="entry-1"] [data-test="entry-edit"]').trigger('click')
    await shown(wrapper, '[data-test="entry-form"]')
    await wrapper.get('input[data-test="form-duration"], [data-test="form-duration"] input').setValue('2:15')
    await wrapper.get('textarea').setValue('Changed')
    await wrapper.get('[data-test="entry-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[data-test="saved"]').text()).toContain('Saved.')
    expect(wrapper.get('[data-test="entry-1"] [data-test="entry-duration"]').text()).toBe('2:15')
    await wrapper.get('[data-test="saved-undo"]').trigger('click')
    await flushPromises()
    const updates = fake.requests.filter(request => request.methods.includes('task.elapseditem.update'))
    expect(updates).toHaveLength(2)
    expect(JSON.stringify(updates[1]!.params)).toContain('"SECONDS":5400')
    expect(wrapper.get('[data-test="entry-1"] [data-test="entry-duration"]').text()).toBe('1:30')
    expect(wrapper.get('[data-test="entry-1"] [data-test="entry-comment"]').text()).toContain('finance')
    expect(wrapper.find('[data-test="saved"]').exists()).toBe(false)
  })

  it('keeps the form and what was typed when the save fails', async () => {
    const { wrapper, fake } = await factory(THREE, { rest: { refuse: method => method === 'task.elapseditem.update' ? apiError('TASK_ACTION_FAILED') : undefined } })
    await wrapper.get('[data-test="entry-1"] [data-test="entry-edit"]').trigger('click')
    await shown(wrapper, '[data-test="entry-form"]')
    const input = wrapper.get<HTMLInputElement>('input[data-test="form-duration"], [data-test="form-duration"] input')
    expect(input.element.value).toBe('1:30')
    await input.setValue('2:15')
    await wrapper.get('[data-test="entry-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-test="entry-form"]').exists()).toBe(true)
    expect(wrapper.get('[data-test="form-error"]').text()).toContain('Bitrix24 could not save the change')
    expect(wrapper.get<HTMLInputElement>('input[data-test="form-duration"], [data-test="form-duration"] input').element.value).toBe('2:15')
    expect(wrapper.get('[data-test="entry-1"] [data-test="entry-duration"]').text()).toBe('1:30')
    expect(fake.session.entries.get(1)?.seconds).toBe(5400)
  })

  it('asks before deleting and offers an undo', async () => {
    const { wrapper, fake } = await factory(THREE)
    await wrapper.get('[data-test="entry-1"] [data-test="entry-delete"]').trigger('click')
    expect(wrapper.get('[data-test="entry-1"]').text()).toContain('Delete this entry of 1:30?')
    await wrapper.get('[data-test="entry-confirm-delete"]').trigger('click')
    expect(wrapper.find('[data-test="entry-1"]').exists()).toBe(false)
    await flushPromises()
    expect(wrapper.get('[data-test="undo-bar"]').text()).toContain('Entry of 1:30 deleted.')
    await wrapper.get('[data-test="undo"]').trigger('click')
    await flushPromises()
    // Undo adds the entry back; Bitrix gives it a new id, and the bar says so.
    const restored = fake.session.entries.list(THREE).find(entry => entry.seconds === 5400)!
    expect(restored.id).not.toBe(1)
    expect(wrapper.get(`[data-test="entry-${restored.id}"]`).text()).toContain('1:30')
    expect(wrapper.get('[data-test="undo-bar"]').text()).toContain(`Restored as entry #${restored.id}`)
  })
})

describe('breakdown', () => {
  it('per-person values add up to the shown total, the exact value on hover (docs/rounding.md)', async () => {
    // 1:30 each: on its own every part rounds to 0:02, 0:06 in all, while the total of 4:30 reads 0:05.
    const { wrapper } = await factory(EMPTY, { seed: [102, 103, 104].map(userId => ({ taskId: EMPTY, userId, seconds: 90 })) })
    expect(wrapper.get('[data-test="shown-total"] strong').text()).toBe('0:05')
    const parts = wrapper.findAll('[data-test="totals-user"] [data-test="total"]')
    expect(parts.map(part => part.text()).sort()).toEqual(['0:01', '0:02', '0:02'])
    expect(parts[0]!.attributes('title')).toBe('Exactly 00:01:30 · 1 entry')
  })

  it('group subtotals in the list add up to the shown total too, the exact value on hover', async () => {
    const { wrapper } = await factory(EMPTY, { seed: [102, 103, 104].map(userId => ({ taskId: EMPTY, userId, seconds: 90 })), query: '?group=user' })
    expect(wrapper.get('[data-test="shown-total"] strong').text()).toBe('0:05')
    const subtotals = wrapper.findAll('[data-test="group-total"]')
    expect(subtotals.map(part => part.text()).sort()).toEqual(['0:01', '0:02', '0:02'])
    expect(subtotals[0]!.attributes('title')).toBe('Exactly 00:01:30 · 1 entry')
  })

  it('is open in a wide frame until the viewer closes it, and the choice is saved per user', async () => {
    const { wrapper, frame } = await factory(THREE)
    const details = wrapper.get<HTMLDetailsElement>('[data-test="breakdown"]').element
    expect(details.open).toBe(true)
    details.open = false
    details.dispatchEvent(new Event('toggle'))
    await flushPromises()
    expect(frame.setUserOption).toHaveBeenCalledWith(BREAKDOWN_OPTION, 'closed')
  })

  it('starts from the saved choice, whatever the width', async () => {
    const { wrapper, frame } = await factory(THREE, { saved: { [BREAKDOWN_OPTION]: 'closed' } })
    expect(wrapper.get<HTMLDetailsElement>('[data-test="breakdown"]').element.open).toBe(false)
    expect(frame.setUserOption).not.toHaveBeenCalled()
  })

  it('shows neither the breakdown nor the view menu without entries', async () => {
    const { wrapper } = await factory(EMPTY)
    expect(wrapper.find('[data-test="breakdown"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="toggle-view"]').exists()).toBe(false)
  })
})

describe('duration format', () => {
  it('starts from the saved format and saves a new choice', async () => {
    const { wrapper, frame } = await factory(THREE, { saved: { [DURATION_FORMAT_OPTION]: 'hh:mm:ss' } })
    await nextTick()
    expect(wrapper.get('[data-test="entry-2"] [data-test="entry-duration"]').text()).toBe('00:45:23')
    await openViewMenu(wrapper)
    await shown(wrapper, '[data-test="format-decimal"]')
    await wrapper.get('[data-test="format-decimal"]').setValue(true)
    await flushPromises()
    expect(frame.setUserOption).toHaveBeenCalledWith(DURATION_FORMAT_OPTION, 'decimal')
    expect(wrapper.get('[data-test="entry-2"] [data-test="entry-duration"]').text()).toBe('0.76')
  })
})

describe('scale', () => {
  it('renders 5,000 entries with at most 100 row elements and totals over all of them', async () => {
    const { wrapper, fake } = await factory(FIVE_THOUSAND)
    // The opening and five batches of 20 pages (docs/development.md#request-budget).
    expect(fake.requests).toHaveLength(6)
    const rendered = wrapper.findAll('[data-test="list-row"]').length
    expect(rendered).toBeGreaterThan(0)
    expect(rendered).toBeLessThanOrEqual(100)
    expect(wrapper.get('[data-test="entry-count"]').text()).toBe('5,000 entries')
    const expected = fake.session.entries.list(FIVE_THOUSAND).reduce((sum, entry) => sum + entry.seconds, 0)
    expect(wrapper.get('[data-test="shown-total"]').text()).toBe(`Total: ${Math.floor(expected / 3600)}:${String(Math.round(expected % 3600 / 60)).padStart(2, '0')}`)
  })
})

describe('russian', () => {
  it('speaks Russian, with Russian plurals and separators', async () => {
    const { wrapper } = await factory(THREE, { locale: 'ru', saved: { [DURATION_FORMAT_OPTION]: 'decimal' } })
    await nextTick()
    expect(wrapper.get('[data-test="entry-count"]').text()).toBe('3 записи')
    expect(wrapper.get('[data-test="entry-1"] [data-test="entry-source"]').text()).toBe('Вручную')
    expect(wrapper.get('[data-test="entry-1"] [data-test="entry-duration"]').text()).toBe('1,50')
    expect(wrapper.get('[data-test="add-entry"]').text()).toBe('Добавить время')
  })
})
