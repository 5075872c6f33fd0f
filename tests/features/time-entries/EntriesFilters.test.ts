// @vitest-environment happy-dom
/**
 * The filter panel and its chips, mounted alone: presets are days of the zone passed in (Auckland
 * just after midnight is a day ahead of UTC), the search box waits for a pause before it applies,
 * Enter applies at once, source and "Clear all", the custom range, and each chip's ×, in en and ru.
 */
import type { EntryListFilter } from '@/lib/time/entry-filter'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import EntriesFilterChips from '@/features/time-entries/components/EntriesFilterChips.vue'
import EntriesFilters from '@/features/time-entries/components/EntriesFilters.vue'
import { NO_ENTRY_FILTER } from '@/lib/time/entry-filter'
import { mountWithApp } from '../../helpers/mount'

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

/** Tuesday 17 March 2026, 00:30 in Auckland (NZDT, UTC+13); still Monday the 16th in UTC. */
const NOW = new Date('2026-03-16T11:30:00Z')
const PEOPLE = [{ id: 102, name: 'Peter Peters' }, { id: 103, name: 'Мария Иванова' }]

function mountPanel(filter: Partial<EntryListFilter> = {}) {
  const { wrapper } = mountWithApp(EntriesFilters, {
    props: { filter: { ...NO_ENTRY_FILTER, ...filter }, people: PEOPLE, timeZone: 'Pacific/Auckland', now: () => NOW, searchDelayMs: 250 },
  })
  const changes = () => (wrapper.emitted('change') ?? []).map(([change]) => change as EntryListFilter)
  return { wrapper, changes }
}

describe('filter panel', () => {
  it.each([
    { preset: 'today', from: '2026-03-17', to: '2026-03-17' },
    { preset: 'yesterday', from: '2026-03-16', to: '2026-03-16' },
    { preset: 'this-week', from: '2026-03-16', to: '2026-03-22' },
    { preset: 'last-week', from: '2026-03-09', to: '2026-03-15' },
    { preset: 'last-month', from: '2026-02-01', to: '2026-02-28' },
    { preset: 'this-quarter', from: '2026-01-01', to: '2026-03-31' },
  ])('$preset is $from to $to in the portal zone, not the machine\'s', async ({ preset, from, to }) => {
    const { wrapper, changes } = mountPanel()
    await wrapper.get(`[data-test="preset-${preset}"]`).trigger('click')
    expect(changes()).toEqual([{ ...NO_ENTRY_FILTER, from, to }])
  })

  it('shows the matching preset as pressed, and a second press clears the period', async () => {
    const { wrapper, changes } = mountPanel({ from: '2026-03-09', to: '2026-03-15' })
    expect(wrapper.get('[data-test="preset-last-week"]').attributes('aria-pressed')).toBe('true')
    expect(wrapper.get('[data-test="preset-custom"]').attributes('aria-pressed')).toBe('false')
    await wrapper.get('[data-test="preset-last-week"]').trigger('click')
    expect(changes()).toEqual([NO_ENTRY_FILTER])
  })

  it('opens the custom range for a range no preset names, and on demand', async () => {
    expect(mountPanel({ from: '2026-03-02', to: '2026-03-04' }).wrapper.find('[data-test="filter-from"]').exists()).toBe(true)
    const { wrapper } = mountPanel()
    expect(wrapper.find('[data-test="filter-from"]').exists()).toBe(false)
    await wrapper.get('[data-test="preset-custom"]').trigger('click')
    expect(wrapper.find('[data-test="filter-from"]').exists()).toBe(true)
  })

  it('applies the search after a pause, once, not on every key; Enter applies at once', async () => {
    vi.useFakeTimers()
    const { wrapper, changes } = mountPanel()
    const input = wrapper.get('#entries-search')
    expect(input.attributes('data-testid')).toBe('entries-search')
    for (const text of ['d', 'de', 'dep', 'depl'])
      await input.setValue(text)
    expect(changes()).toEqual([])
    vi.advanceTimersByTime(249)
    expect(changes()).toEqual([])
    vi.advanceTimersByTime(1)
    expect(changes()).toEqual([{ ...NO_ENTRY_FILTER, search: 'depl' }])
    await input.setValue('deploy')
    await input.trigger('keydown', { key: 'Enter' })
    expect(changes().at(-1)).toEqual({ ...NO_ENTRY_FILTER, search: 'deploy' })
    vi.advanceTimersByTime(1000)
    expect(changes()).toHaveLength(2)
  })

  it('keeps a search still being typed when another filter changes', async () => {
    vi.useFakeTimers()
    const { wrapper, changes } = mountPanel()
    await wrapper.get('#entries-search').setValue('созвон')
    await wrapper.get('[data-test="source-timer"]').setValue(true)
    expect(changes()).toEqual([{ ...NO_ENTRY_FILTER, search: 'созвон', source: 'timer' }])
  })

  it('follows a search cleared from outside, and "Clear all" clears everything', async () => {
    const { wrapper, changes } = mountPanel({ search: 'deploy', source: 'manual', userIds: [103], from: '2026-03-09', to: '2026-03-15' })
    expect((wrapper.get('#entries-search').element as HTMLInputElement).value).toBe('deploy')
    await wrapper.setProps({ filter: { ...NO_ENTRY_FILTER, source: 'manual' } })
    expect((wrapper.get('#entries-search').element as HTMLInputElement).value).toBe('')
    await wrapper.get('[data-test="filter-clear"]').trigger('click')
    expect(changes().at(-1)).toEqual(NO_ENTRY_FILTER)
  })

  it('labels everything in Russian', async () => {
    const { wrapper } = mountWithApp(EntriesFilters, { locale: 'ru', props: { filter: NO_ENTRY_FILTER, people: PEOPLE, timeZone: 'Europe/Moscow', now: () => NOW } })
    await flushPromises()
    expect(wrapper.get('[data-test="preset-last-month"]').text()).toBe('Прошлый месяц')
    expect(wrapper.get('label[for="entries-search"]').text()).toBe('Поиск в комментариях')
    expect(wrapper.text()).toContain('Таймер')
  })
})

describe('filter chips', () => {
  function mountChips(filter: Partial<EntryListFilter>, locale: 'en' | 'ru' = 'en') {
    const { wrapper } = mountWithApp(EntriesFilterChips, {
      locale,
      props: { filter: { ...NO_ENTRY_FILTER, ...filter }, people: PEOPLE, timeZone: 'Pacific/Auckland', now: () => NOW },
    })
    const changes = () => (wrapper.emitted('change') ?? []).map(([change]) => change as EntryListFilter)
    return { wrapper, changes }
  }

  it('names each active filter, with a × that removes only it', async () => {
    const filter = { userIds: [102, 103], from: '2026-03-09', to: '2026-03-15', source: 'timer' as const, search: ' deploy ' }
    const { wrapper, changes } = mountChips(filter)
    expect(wrapper.findAll('[data-test^="chip-"]').map(chip => chip.text())).toEqual(['Peter Peters +1', 'Last week', 'Timer only', '“deploy”'])
    expect(wrapper.get('[data-test="chip-period"]').attributes('aria-label')).toBe('Remove filter: Last week')
    await wrapper.get('[data-test="chip-period"]').trigger('click')
    await wrapper.get('[data-test="chip-search"]').trigger('click')
    expect(changes()).toEqual([{ ...NO_ENTRY_FILTER, ...filter, from: null, to: null }, { ...NO_ENTRY_FILTER, ...filter, search: '' }])
    await wrapper.get('[data-test="chips-clear"]').trigger('click')
    expect(changes().at(-1)).toEqual(NO_ENTRY_FILTER)
  })

  it('writes a custom or open range as dates, in Russian too', () => {
    expect(mountChips({ from: '2026-03-02', to: '2026-03-04' }).wrapper.get('[data-test="chip-period"]').text()).toBe('3/2/26 – 3/4/26')
    expect(mountChips({ from: '2026-03-02' }, 'ru').wrapper.get('[data-test="chip-period"]').text()).toBe('С 02.03.2026')
    expect(mountChips({ source: 'manual' }, 'ru').wrapper.get('[data-test="chip-source"]').text()).toBe('Только вручную')
  })

  it('shows nothing without a filter', () => {
    expect(mountChips({}).wrapper.find('[data-test="filter-chips"]').exists()).toBe(false)
  })
})
