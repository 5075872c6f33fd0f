/**
 * A timesheet view mounted over the emulator's REST (`createEmulatorRest`) as the app's own page
 * (`DEFAULT`) opens it: a booted frame store, the routes the views link to, and the route `path`.
 * Resolves once the load has ended and the grid has its total, so a test starts from a loaded view
 * (batches are read and summed in slices that yield, so the first grid comes before the names).
 */
import type { Component } from 'vue'
import { createPinia } from 'pinia'
import { expect, vi } from 'vitest'
import { createApp } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { API_KEY, createApi, PORTAL_KEY } from '@/api'
import { useFrameStore } from '@/stores/frame'
import { createEmulatorRest } from './emulator-rest'
import { fakePortal } from './fake-portal'
import { mountWithApp } from './mount'

function timesheetRouter() {
  const stub = { render: () => null }
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/timesheet/week', name: 'timesheet-week', component: stub },
      { path: '/timesheet/report', name: 'timesheet-report', component: stub },
      { path: '/tasks/:taskId/entries/:itemId', name: 'entry', component: stub },
    ],
  })
}

/**
 * @example
 * const { wrapper, fake } = await mountTimesheetView(TimesheetWeekView, '/timesheet/week?week=2026-03-09', 102)
 */
export async function mountTimesheetView(view: Component, path: string, userId: number, { timeout = 30_000 } = {}) {
  const fake = createEmulatorRest({ userId })
  const { portal } = fakePortal({ placement: 'DEFAULT', placementOptions: {} })
  const pinia = createPinia()
  createApp({ render: () => null }).use(pinia).provide(PORTAL_KEY, portal)
  await useFrameStore(pinia).boot()
  const router = timesheetRouter()
  await router.push(path)
  const { wrapper } = mountWithApp(view, { router, plugins: [pinia], provide: { [API_KEY as symbol]: createApi(fake.rest), [PORTAL_KEY as symbol]: portal } })
  await vi.waitFor(() => {
    expect(wrapper.find('[data-test="timesheet-progress"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="grid-total"]').exists()).toBe(true)
  }, { timeout })
  return { wrapper, fake }
}
