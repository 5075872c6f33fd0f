// @vitest-environment happy-dom
/**
 * The time-entry view, mounted with the real store over a fake portal: rows, totals, grouping and
 * filters in the URL, permission-gated controls, the add form's parsing and failure handling,
 * the saved duration format, virtual scrolling, and both languages.
 */
import type { FakeRestOptions, RawEntry } from './fake-rest'
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
import { mountWithApp, testRouter } from '../../helpers/mount'
import { createFakeRest, fakePortal, manyEntries, rawEntry } from './fake-rest'

afterEach(() => {
  document.body.innerHTML = ''
})

const three: RawEntry[] = [
  rawEntry(11, 691, 1, 3600, '2024-05-16T10:00:00+00:00', { COMMENT_TEXT: '<b>bold</b> [b]code[/b]\nsecond line' }),
  rawEntry(12, 691, 2, 1800, '2024-05-17T09:00:00+00:00'),
  rawEntry(13, 691, 3, 900, '2024-05-15T08:00:00+00:00', { SOURCE: '3', DATE_START: '2024-05-15T08:00:00+00:00', DATE_STOP: '2024-05-15T08:15:00+00:00' }),
]

/**
 * The entry form and the filter panel are async components (docs/development.md#first-paint-budget): wait
 * until one has rendered.
 */
async function shown(wrapper: { find: (selector: string) => { exists: () => boolean } }, selector: string): Promise<void> {
  // The first import of a chunk transforms the kit's modules, which can take a second or two here.
  await vi.waitFor(() => expect(wrapper.find(selector).exists()).toBe(true), { timeout: 10_000 })
}

async function factory(entries: RawEntry[], options: { rest?: FakeRestOptions, admin?: boolean, locale?: AppLocale, query?: string, saved?: Record<string, string> } = {}) {
  const fake = createFakeRest(entries, options.rest)
  const { portal, frame } = fakePortal({ isAdmin: options.admin ?? false }, options.saved)
  // The frame connects before any view mounts, as in the app (App.vue gates on it).
  const pinia = createPinia()
  createApp({ render: () => null }).use(pinia).provide(PORTAL_KEY, portal)
  await useFrameStore(pinia).boot()
  const router = testRouter()
  await router.push(`/tasks/691/entries${options.query ?? ''}`)
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
    const { wrapper } = await factory(three)
    expect(wrapper.get('[data-test="task-title"]').text()).toBe('Prepare the release')
    expect(wrapper.get('[data-test="spent"]').text()).toBe('1:45 of 10:00 planned')
    expect(wrapper.get('[data-test="tracking"]').text()).toBe('Time tracking on')
    const rows = wrapper.findAll('[data-test="list-row"]')
    expect(rows.map(row => row.get('[data-test="entry-duration"]').text())).toEqual(['0:30', '1:00', '0:15'])
    const comment = wrapper.get('[data-test="entry-11"] [data-test="entry-comment"]')
    expect(comment.text()).toBe('<b>bold</b> [b]code[/b]\nsecond line')
    expect(comment.find('b').exists()).toBe(false)
    expect(wrapper.get('[data-test="entry-13"]').text()).toContain('10:00 AM–10:15 AM') // in the viewer's zone, Europe/Berlin (UTC+2)
    expect(wrapper.get('[data-test="entry-13"] [data-test="entry-source"]').text()).toBe('Timer')
    expect(wrapper.get('[data-test="entry-12"] [data-test="entry-source"]').text()).toBe('Manual')
    expect(wrapper.get('[data-test="entry-12"]').text()).toContain('Борис Иванов')
    expect(wrapper.get('[data-test="entry-count"]').text()).toBe('3 entries')
    expect(wrapper.get('[data-test="zone"]').text()).toMatch(/^Germany Time, UTC\+0[12]:00$/)
  })

  it('totals per person and per day', async () => {
    const { wrapper } = await factory(three)
    const perUser = wrapper.findAll('[data-test="totals-user"] li').map(item => `${item.get('[data-test="user-name"]').text()} ${item.get('[data-test="total"]').text()}`)
    expect(perUser).toEqual(['Anna Smith 1:00', 'Борис Иванов 0:30', 'Chen Li 0:15'])
    const perDay = wrapper.findAll('[data-test="totals-day"] li').map(item => item.text())
    expect(perDay).toEqual(['Fri, May 17, 20240:30', 'Thu, May 16, 20241:00', 'Wed, May 15, 20240:15'])
    expect(wrapper.get('[data-test="shown-total"]').text()).toBe('Total: 1:45')
  })

  it('shows "User #id" for an author the portal does not return', async () => {
    const { wrapper } = await factory([rawEntry(1, 691, 77, 60, '2024-05-16T10:00:00+00:00')])
    expect(wrapper.get('[data-test="entry-1"]').text()).toContain('User #77')
  })

  it('says so when there are no entries', async () => {
    const { wrapper, fake } = await factory([])
    expect(wrapper.get('[data-test="entries-empty"]').text()).toContain('No time logged yet')
    expect(fake.requests).toHaveLength(1)
  })
})

describe('grouping and filters live in the URL', () => {
  it('groups by person with subtotals', async () => {
    const { wrapper, router } = await factory(three)
    await wrapper.get('[data-test="toggle-view"]').trigger('click')
    await wrapper.get('[data-test="group-user"]').setValue(true)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ group: 'user' })
    const groups = wrapper.findAll('[data-test="list-group"]').map(group => `${group.get('[data-test="user-name"]').text()} ${group.get('[data-test="group-total"]').text()}`)
    expect(groups).toEqual(['Anna Smith 1:00', 'Борис Иванов 0:30', 'Chen Li 0:15'])
  })

  it('applies users and dates from a shared link', async () => {
    const { wrapper } = await factory(three, { query: '?users=1,3&from=2024-05-16&group=day' })
    expect(wrapper.findAll('[data-test="list-row"]').map(row => row.attributes('aria-posinset'))).toHaveLength(1)
    expect(wrapper.get('[data-test="entry-count"]').text()).toBe('1 of 3')
    expect(wrapper.get('[data-test="shown-total"]').text()).toBe('Total shown: 1:00')
    expect(wrapper.get('[data-test="toggle-filters"]').text()).toBe('Filters (2)')
  })

  it('writes a filter change back to the query', async () => {
    const { wrapper, router } = await factory(three)
    await wrapper.get('[data-test="toggle-filters"]').trigger('click')
    await shown(wrapper, '[data-test="filter-user-2"]')
    await wrapper.get('[data-test="filter-user-2"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ users: '2' })
    expect(wrapper.findAll('[data-test="list-row"]')).toHaveLength(1)
    await wrapper.get('[data-test="preset-this-week"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query.from).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(wrapper.get('[data-test="entries-empty"]').text()).toContain('No entries match the filters.')
  })
})

describe('permissions', () => {
  it('offers edit and delete only on the viewer\'s own entries', async () => {
    const { wrapper } = await factory(three)
    expect(wrapper.find('[data-test="entry-11"] [data-test="entry-edit"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="entry-12"] [data-test="entry-edit"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="entry-12"] [data-test="entry-delete"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="add-entry"]').exists()).toBe(true)
  })

  it('offers them on every entry to an admin', async () => {
    const { wrapper } = await factory(three, { admin: true, rest: { isAdmin: true } })
    expect(wrapper.findAll('[data-test="entry-edit"]')).toHaveLength(3)
  })

  it('hides add when not allowed', async () => {
    const { wrapper } = await factory(three, { rest: { canAdd: false } })
    expect(wrapper.find('[data-test="add-entry"]').exists()).toBe(false)
  })
})

describe('editing', () => {
  it('rejects garbage with a localized message, then saves "1h 30m" and shows the row', async () => {
    const { wrapper, fake } = await factory(three)
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
    expect(wrapper.get('[data-test="entry-14"]').text()).toContain('1:30')
    expect(wrapper.get('[data-test="entry-14"]').text()).toContain('Planning')
    expect(wrapper.get('[data-test="spent"]').text()).toBe('3:15 of 10:00 planned')
  })

  it('says "Saved" after an edit and Undo writes the previous values back through update', async () => {
    const { wrapper, fake } = await factory(three)
    await wrapper.get('[data-test="entry-11"] [data-test="entry-edit"]').trigger('click')
    await shown(wrapper, '[data-test="entry-form"]')
    await wrapper.get('input[data-test="form-duration"], [data-test="form-duration"] input').setValue('2:15')
    await wrapper.get('textarea').setValue('Changed')
    await wrapper.get('[data-test="entry-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[data-test="saved"]').text()).toContain('Saved.')
    expect(wrapper.get('[data-test="entry-11"] [data-test="entry-duration"]').text()).toBe('2:15')
    await wrapper.get('[data-test="saved-undo"]').trigger('click')
    await flushPromises()
    const updates = fake.requests.filter(request => request.methods.includes('task.elapseditem.update'))
    expect(updates).toHaveLength(2)
    expect(JSON.stringify(updates[1]!.params)).toContain('"SECONDS":3600')
    expect(wrapper.get('[data-test="entry-11"] [data-test="entry-duration"]').text()).toBe('1:00')
    expect(wrapper.get('[data-test="entry-11"] [data-test="entry-comment"]').text()).toContain('second line')
    expect(wrapper.find('[data-test="saved"]').exists()).toBe(false)
  })

  it('keeps the form and what was typed when the save fails', async () => {
    const { wrapper } = await factory(three, { rest: { fault: method => (method === 'task.elapseditem.update' ? 'TASK_ACTION_FAILED' : undefined) } })
    await wrapper.get('[data-test="entry-11"] [data-test="entry-edit"]').trigger('click')
    await shown(wrapper, '[data-test="entry-form"]')
    const input = wrapper.get<HTMLInputElement>('input[data-test="form-duration"], [data-test="form-duration"] input')
    expect(input.element.value).toBe('1:00')
    await input.setValue('2:15')
    await wrapper.get('[data-test="entry-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-test="entry-form"]').exists()).toBe(true)
    expect(wrapper.get('[data-test="form-error"]').text()).toContain('Bitrix24 could not save the change')
    expect(wrapper.get<HTMLInputElement>('input[data-test="form-duration"], [data-test="form-duration"] input').element.value).toBe('2:15')
    expect(wrapper.get('[data-test="entry-11"] [data-test="entry-duration"]').text()).toBe('1:00')
  })

  it('asks before deleting and offers an undo', async () => {
    const { wrapper } = await factory(three)
    await wrapper.get('[data-test="entry-11"] [data-test="entry-delete"]').trigger('click')
    expect(wrapper.get('[data-test="entry-11"]').text()).toContain('Delete this entry of 1:00?')
    await wrapper.get('[data-test="entry-confirm-delete"]').trigger('click')
    expect(wrapper.find('[data-test="entry-11"]').exists()).toBe(false)
    await flushPromises()
    expect(wrapper.get('[data-test="undo-bar"]').text()).toContain('Entry of 1:00 deleted.')
    await wrapper.get('[data-test="undo"]').trigger('click')
    await flushPromises()
    // Undo adds the entry back; Bitrix gives it a new id, and the bar says so.
    expect(wrapper.get('[data-test="entry-14"]').text()).toContain('1:00')
    expect(wrapper.get('[data-test="undo-bar"]').text()).toContain('Restored as entry #14')
  })
})

describe('breakdown', () => {
  it('per-person values add up to the shown total, the exact value on hover (docs/rounding.md)', async () => {
    // 1:30 each: on its own every part rounds to 0:02, 0:06 in all, while the total of 4:30 reads 0:05.
    const { wrapper } = await factory([90, 90, 90].map((seconds, index) => rawEntry(21 + index, 691, index + 1, seconds, `2024-05-1${index + 1}T10:00:00+00:00`)))
    expect(wrapper.get('[data-test="shown-total"] strong').text()).toBe('0:05')
    const parts = wrapper.findAll('[data-test="totals-user"] [data-test="total"]')
    expect(parts.map(part => part.text())).toEqual(['0:02', '0:02', '0:01'])
    expect(parts[0]!.attributes('title')).toBe('Exactly 00:01:30 · 1 entry')
  })

  it('is open in a wide frame until the viewer closes it, and the choice is saved per user', async () => {
    const { wrapper, frame } = await factory(three)
    const details = wrapper.get<HTMLDetailsElement>('[data-test="breakdown"]').element
    expect(details.open).toBe(true)
    details.open = false
    details.dispatchEvent(new Event('toggle'))
    await flushPromises()
    expect(frame.setUserOption).toHaveBeenCalledWith(BREAKDOWN_OPTION, 'closed')
  })

  it('starts from the saved choice, whatever the width', async () => {
    const { wrapper, frame } = await factory(three, { saved: { [BREAKDOWN_OPTION]: 'closed' } })
    expect(wrapper.get<HTMLDetailsElement>('[data-test="breakdown"]').element.open).toBe(false)
    expect(frame.setUserOption).not.toHaveBeenCalled()
  })

  it('shows neither the breakdown nor the view menu without entries', async () => {
    const { wrapper } = await factory([])
    expect(wrapper.find('[data-test="breakdown"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="toggle-view"]').exists()).toBe(false)
  })
})

describe('duration format', () => {
  it('starts from the saved format and saves a new choice', async () => {
    const { wrapper, frame } = await factory(three, { saved: { [DURATION_FORMAT_OPTION]: 'hh:mm:ss' } })
    await nextTick()
    expect(wrapper.get('[data-test="entry-12"] [data-test="entry-duration"]').text()).toBe('00:30:00')
    await wrapper.get('[data-test="toggle-view"]').trigger('click')
    await wrapper.get('[data-test="format-decimal"]').setValue(true)
    await flushPromises()
    expect(frame.setUserOption).toHaveBeenCalledWith(DURATION_FORMAT_OPTION, 'decimal')
    expect(wrapper.get('[data-test="entry-12"] [data-test="entry-duration"]').text()).toBe('0.50')
  })
})

describe('scale', () => {
  it('renders 5,000 entries with at most 100 row elements and totals over all of them', async () => {
    const { wrapper, fake } = await factory(manyEntries(691, 5000, [1, 2, 3]))
    expect(fake.requests).toHaveLength(3)
    const rendered = wrapper.findAll('[data-test="list-row"]').length
    expect(rendered).toBeGreaterThan(0)
    expect(rendered).toBeLessThanOrEqual(100)
    expect(wrapper.get('[data-test="entry-count"]').text()).toBe('5,000 entries')
    const expected = fake.data.entries.reduce((sum, entry) => sum + Number(entry.SECONDS), 0)
    expect(wrapper.get('[data-test="shown-total"]').text()).toBe(`Total: ${Math.floor(expected / 3600)}:${String(Math.round(expected % 3600 / 60)).padStart(2, '0')}`)
  })
})

describe('russian', () => {
  it('speaks Russian, with Russian plurals and separators', async () => {
    const { wrapper } = await factory(three, { locale: 'ru', saved: { [DURATION_FORMAT_OPTION]: 'decimal' } })
    await nextTick()
    expect(wrapper.get('[data-test="entry-count"]').text()).toBe('3 записи')
    expect(wrapper.get('[data-test="entry-12"] [data-test="entry-source"]').text()).toBe('Вручную')
    expect(wrapper.get('[data-test="entry-12"] [data-test="entry-duration"]').text()).toBe('0,50')
    expect(wrapper.get('[data-test="add-entry"]').text()).toBe('Добавить время')
  })
})
