// @vitest-environment happy-dom
/**
 * The task view's navigation: its timesheet link asks the portal for the app's own page in a slider
 * (`openApplication` through the frame) from a task placement, and is a plain link to My week on
 * the app's own page, where a slider would open the same page over itself.
 */
import { flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it } from 'vitest'
import { PORTAL_KEY } from '@/api'
import AppNavigation from '@/features/shell/AppNavigation.vue'
import { useFrameStore } from '@/stores/frame'
import { fakePortal } from '../../helpers/fake-portal'
import { mountWithApp } from '../../helpers/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

async function mountIn(context: Parameters<typeof fakePortal>[0], locale: 'en' | 'ru' = 'en') {
  const { portal, frame } = fakePortal(context)
  const pinia = createPinia()
  setActivePinia(pinia)
  const mounted = mountWithApp(AppNavigation, { props: { taskId: 101 }, plugins: [pinia], provide: { [PORTAL_KEY]: portal }, locale })
  await useFrameStore().boot()
  await flushPromises()
  return { ...mounted, frame }
}

describe('appNavigation', () => {
  it('opens the timesheet in a portal slider from the task card, under a localized title, without navigating', async () => {
    const { wrapper, router, frame } = await mountIn({})
    await router.isReady()
    const link = wrapper.get('[data-test="nav-timesheet"]')
    expect(link.element.tagName).toBe('BUTTON')
    expect(link.attributes('aria-label')).toBe('Open timesheet')
    expect(link.text()).toBe('Timesheet ↗')
    await link.trigger('click')
    expect(frame.openAppPage).toHaveBeenCalledWith('Timesheet')
    expect(router.currentRoute.value.fullPath).toBe('/')
  })

  it('speaks Russian', async () => {
    const { wrapper, frame } = await mountIn({}, 'ru')
    await wrapper.get('[data-test="nav-timesheet"]').trigger('click')
    expect(wrapper.get('[data-test="nav-timesheet"]').attributes('aria-label')).toBe('Открыть табель')
    expect(frame.openAppPage).toHaveBeenCalledWith('Табель')
  })

  it('is a link to My week on the app\'s own page', async () => {
    const { wrapper, router, frame } = await mountIn({ placement: 'DEFAULT', placementOptions: {} })
    const link = wrapper.get('[data-test="nav-timesheet"]')
    expect(link.element.tagName).toBe('A')
    await link.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('timesheet-week')
    expect(frame.openAppPage).not.toHaveBeenCalled()
  })
})
