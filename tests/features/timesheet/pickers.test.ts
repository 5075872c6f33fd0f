// @vitest-environment happy-dom
/**
 * The report's pickers: the people combobox by keyboard (open, move, choose, close, clear, remove
 * the last chip), its search handed to the parent only once typing pauses, what it says while
 * searching, when nothing or too much was found and when the search failed; the project select.
 * No axe violations in either.
 */
import type { PickerPerson } from '@/features/timesheet/components/PeoplePicker.vue'
import axe from 'axe-core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import PeoplePicker from '@/features/timesheet/components/PeoplePicker.vue'
import ProjectPicker from '@/features/timesheet/components/ProjectPicker.vue'
import { mountWithApp } from '../../helpers/mount'

const ANNA: PickerPerson = { id: 111, name: 'Anna Schmidt', position: 'Team lead, web' }
const TOM: PickerPerson = { id: 113, name: 'Tom Baker', position: 'Frontend developer' }
const names = new Map([[111, 'Anna Schmidt'], [113, 'Tom Baker'], [120, 'Laura Fischer']])

function picker(props: Record<string, unknown> = {}) {
  return mountWithApp(PeoplePicker, {
    props: { selected: [], nameOf: (id: number) => names.get(id) ?? `User #${id}`, suggestions: [ANNA, TOM], results: [], total: 0, status: 'idle', error: null, minLength: 2, ...props },
  }).wrapper
}

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('people picker', () => {
  it('opens on ArrowDown, moves with the arrows (wrapping), and Enter adds the active person', async () => {
    const wrapper = picker()
    const input = wrapper.get('[data-test="people-input"]')
    expect(input.attributes('aria-expanded')).toBe('false')
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(input.attributes('aria-expanded')).toBe('true')
    expect(input.attributes('aria-activedescendant')).toBe(wrapper.get('[data-test="people-option-111"]').attributes('id'))
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(input.attributes('aria-activedescendant')).toBe(wrapper.get('[data-test="people-option-111"]').attributes('id'))
    await input.trigger('keydown', { key: 'ArrowUp' })
    expect(input.attributes('aria-activedescendant')).toBe(wrapper.get('[data-test="people-option-113"]').attributes('id'))
    await input.trigger('keydown', { key: 'Enter' })
    expect(wrapper.emitted('update:selected')).toEqual([[[113]]])
  })

  it('enter on a chosen person removes them; the option says it is selected', async () => {
    const wrapper = picker({ selected: [111, 120] })
    const input = wrapper.get('[data-test="people-input"]')
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(wrapper.get('[data-test="people-option-111"]').attributes('aria-selected')).toBe('true')
    expect(wrapper.get('[data-test="people-option-113"]').attributes('aria-selected')).toBe('false')
    await input.trigger('keydown', { key: 'Enter' })
    expect(wrapper.emitted('update:selected')).toEqual([[[120]]])
  })

  it('shows the chosen as chips with a named remove button; Backspace in the empty box removes the last', async () => {
    const wrapper = picker({ selected: [111, 120] })
    expect(wrapper.findAll('[data-test^="people-chip-"]').map(chip => chip.text().replace('×', '').trim())).toEqual(['Anna Schmidt', 'Laura Fischer'])
    expect(wrapper.get('[data-test="people-remove-111"]').attributes('aria-label')).toBe('Remove Anna Schmidt')
    await wrapper.get('[data-test="people-remove-111"]').trigger('click')
    await wrapper.get('[data-test="people-input"]').trigger('keydown', { key: 'Backspace' })
    expect(wrapper.emitted('update:selected')).toEqual([[[120]], [[111]]])
  })

  it('escape closes the list, a second Escape clears the text and says so to the parent', async () => {
    const wrapper = picker()
    const input = wrapper.get('[data-test="people-input"]')
    await input.setValue('Ann')
    expect(input.attributes('aria-expanded')).toBe('true')
    await input.trigger('keydown', { key: 'Escape' })
    expect(input.attributes('aria-expanded')).toBe('false')
    await input.trigger('keydown', { key: 'Escape' })
    expect((input.element as HTMLInputElement).value).toBe('')
    expect(wrapper.emitted('search')?.at(-1)).toEqual([''])
  })

  it('hands the text to the parent once typing pauses, once for a burst of keys', async () => {
    vi.useFakeTimers()
    const wrapper = picker()
    const input = wrapper.get('[data-test="people-input"]')
    await input.setValue('S')
    await input.setValue('Sc')
    await input.setValue('Sch')
    expect(wrapper.emitted('search')).toBeUndefined()
    vi.runAllTimers()
    expect(wrapper.emitted('search')).toEqual([['Sch']])
  })

  it('lists the results for searched text, and says searching, nothing found, or how many more there are', async () => {
    const wrapper = picker()
    await wrapper.get('[data-test="people-input"]').setValue('Sch')
    await wrapper.setProps({ status: 'loading' })
    expect(wrapper.get('[data-test="people-status"]').text()).toBe('Searching…')
    await wrapper.setProps({ status: 'success', results: [], total: 0 })
    expect(wrapper.get('[data-test="people-status"]').text()).toBe('Nothing found.')
    await wrapper.setProps({ results: [ANNA], total: 120 })
    expect(wrapper.get('[data-test="people-status"]').text()).toBe('Showing 1 of 120: type more to narrow down.')
    expect(wrapper.findAll('[role="option"]').map(option => option.attributes('data-test'))).toEqual(['people-option-111'])
  })

  it('says a failed search with its reason and offers a retry', async () => {
    const wrapper = picker()
    await wrapper.get('[data-test="people-input"]').setValue('Sch')
    await wrapper.setProps({ status: 'error', error: 'Access denied.' })
    expect(wrapper.get('[data-test="people-error"]').text()).toContain('Search failed: Access denied.')
    await wrapper.get('[data-test="people-retry"]').trigger('click')
    expect(wrapper.emitted('retry')).toHaveLength(1)
  })

  it('has no axe violations, open with a selection', async () => {
    const wrapper = picker({ selected: [111] })
    await wrapper.get('[data-test="people-input"]').trigger('keydown', { key: 'ArrowDown' })
    const results = await axe.run(wrapper.element as HTMLElement, { rules: { 'color-contrast': { enabled: false } } })
    expect(results.violations.map(violation => violation.id)).toEqual([])
  })
})

describe('project picker', () => {
  const projects = [{ id: 9, name: 'Website relaunch' }, { id: 7, name: 'Analytics' }, { id: 3, name: 'Mobile app' }]

  it('offers all projects first, then the projects by name, and says which is chosen', () => {
    const { wrapper } = mountWithApp(ProjectPicker, { props: { projects, selected: 3, locale: 'en' } })
    expect(wrapper.findAll('option').map(option => option.text())).toEqual(['All projects', 'Analytics', 'Mobile app', 'Website relaunch'])
    expect((wrapper.get('select').element as HTMLSelectElement).value).toBe('3')
  })

  it('emits the chosen id, and null for all projects', async () => {
    const { wrapper } = mountWithApp(ProjectPicker, { props: { projects, selected: null, locale: 'en' } })
    await wrapper.get('select').setValue('7')
    await wrapper.get('select').setValue('')
    expect(wrapper.emitted('update:selected')).toEqual([[7], [null]])
  })

  it('has no axe violations', async () => {
    const { wrapper } = mountWithApp(ProjectPicker, { props: { projects, selected: null, locale: 'en' } })
    const results = await axe.run(wrapper.element as HTMLElement, { rules: { 'color-contrast': { enabled: false } } })
    expect(results.violations.map(violation => violation.id)).toEqual([])
  })
})
