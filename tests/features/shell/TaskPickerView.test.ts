// @vitest-environment happy-dom
/**
 * The task picker (app-menu placement) only navigates for a positive integer id and says why otherwise.
 */
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import TaskPickerView from '@/features/shell/TaskPickerView.vue'
import { mountWithApp } from '../../helpers/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('taskPickerView', () => {
  it('opens the entries of a valid task id', async () => {
    const { wrapper, router } = mountWithApp(TaskPickerView)
    await router.isReady()
    await wrapper.get('input').setValue(' 101 ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/tasks/101/entries')
  })

  it.each([{ input: 'abc' }, { input: '0' }, { input: '-5' }, { input: '1.5' }])('rejects "$input" with a message', async ({ input }) => {
    const { wrapper, router } = mountWithApp(TaskPickerView)
    await router.isReady()
    await wrapper.get('input').setValue(input)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/')
    expect(wrapper.text()).toContain('A task ID is a positive whole number.')
  })

  it('speaks Russian', () => {
    const { wrapper } = mountWithApp(TaskPickerView, { locale: 'ru' })
    expect(wrapper.text()).toContain('Какая задача?')
  })
})

describe('taskPickerView opened without a task', () => {
  it.each([
    { opener: 'app-menu' as const, text: 'Enter a task ID to see that task' },
    { opener: 'user-task-list' as const, text: 'did not say whose (no USER_ID)' },
    { opener: 'group-task-list' as const, text: 'did not say which (no GROUP_ID)' },
    { opener: 'other' as const, text: 'names no task' },
  ])('says calmly where it was opened from ($opener), with no alert', ({ opener, text }) => {
    const { wrapper } = mountWithApp(TaskPickerView, { props: { opener } })
    expect(wrapper.get('[data-test="picker-lead"]').text()).toContain(text)
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.find('input').exists()).toBe(true)
  })
})
