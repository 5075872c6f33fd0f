/**
 * The installer's plan and outcomes against the emulator in process (tests/helpers/emulator-rest.ts):
 * the real placements API, the portal's real `placement.bind`. With the `intranet` scope all four
 * placements are bound; without it the portal answers ERROR_PLACEMENT_NOT_FOUND for the task lists'
 * toolbars (bitrix-core-business modules/rest/lib/api/placement.php), which the store reports as
 * `needs-scope` while the task card is bound and the installation still finishes. Re-runs bind nothing twice.
 */
import type { Installer, InstallFrame } from '@/api/install'
import type { PortalContext } from '@/api/portal'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { createApp } from 'vue'
import { INSTALLER_KEY } from '@/api/install'
import { createPlacementsApi } from '@/api/placements'
import { buildInstallPlan, TASK_CARD_PLACEMENTS, TASK_LIST_TOOLBAR_PLACEMENTS } from '@/features/install/plan'
import { useInstallStore } from '@/stores/install'
import { PortalState } from '../../emulator/portal-state'
import { createEmulatorRest } from '../helpers/emulator-rest'

const ADMIN = 1
const INSTALLER_HREF = 'http://127.0.0.1:5173/install.html?DOMAIN=localhost'
const CARD_TEXTS = { en: { title: 'Task Lens', description: 'Time' }, ru: { title: 'Task Lens', description: 'Время' } }
const TOOLBAR_TEXTS = { en: { title: 'Timesheet', description: 'Across tasks' }, ru: { title: 'Табель', description: 'По задачам' } }

const context: PortalContext = {
  lang: 'en',
  placement: 'DEFAULT',
  placementOptions: {},
  isAdmin: true,
  isSliderMode: false,
  isInstallMode: true,
  portalOrigin: 'http://localhost:8099',
}

function installerOn(portal: PortalState, scopes?: readonly string[]) {
  const { rest, requests } = createEmulatorRest({ userId: ADMIN, scopes, portal })
  const frame: InstallFrame = { context, fitHeight: vi.fn(async () => {}), installFinish: vi.fn(async () => {}) }
  const installer: Installer = {
    plan: buildInstallPlan(INSTALLER_HREF, CARD_TEXTS, TOOLBAR_TEXTS),
    connect: vi.fn(async () => frame),
    placements: createPlacementsApi(rest),
  }
  const pinia = createPinia()
  createApp({ render: () => null }).use(pinia).provide(INSTALLER_KEY, installer)
  setActivePinia(pinia)
  return { frame, requests, store: useInstallStore() }
}

const states = (store: ReturnType<typeof useInstallStore>) => Object.fromEntries(store.placements.map(report => [report.code, report.state]))

describe('the installer plan', () => {
  it('binds the task card and the two task list toolbars to index.html, the toolbars under their own titles and the intranet scope', () => {
    const plan = buildInstallPlan(INSTALLER_HREF, CARD_TEXTS, TOOLBAR_TEXTS)
    expect(plan.handler).toBe('http://127.0.0.1:5173/index.html')
    expect(plan.placements.map(placement => [placement.code, placement.langAll.ru?.title, placement.optionalScope])).toEqual([
      ['TASK_VIEW_SIDEBAR', 'Task Lens', undefined],
      ['TASK_VIEW_TAB', 'Task Lens', undefined],
      ['TASK_USER_LIST_TOOLBAR', 'Табель', 'intranet'],
      ['TASK_GROUP_LIST_TOOLBAR', 'Табель', 'intranet'],
    ])
    expect(plan.placements.map(placement => placement.code)).not.toContain('DEFAULT')
  })
})

describe('installing on the emulator', () => {
  it('with the intranet scope binds all four placements for everyone with LANG_ALL titles, then finishes; a re-run binds nothing', async () => {
    const portal = new PortalState({ installed: false })
    const first = installerOn(portal)
    await first.store.run()
    expect(first.store.status).toBe('success')
    expect(states(first.store)).toEqual({ TASK_VIEW_SIDEBAR: 'bound', TASK_VIEW_TAB: 'bound', TASK_USER_LIST_TOOLBAR: 'bound', TASK_GROUP_LIST_TOOLBAR: 'bound' })
    expect(portal.bindings.map(binding => [binding.placement, binding.handler, binding.userId, binding.langAll.ru?.TITLE])).toEqual([
      ['TASK_VIEW_SIDEBAR', 'http://127.0.0.1:5173/index.html', 0, 'Task Lens'],
      ['TASK_VIEW_TAB', 'http://127.0.0.1:5173/index.html', 0, 'Task Lens'],
      ['TASK_USER_LIST_TOOLBAR', 'http://127.0.0.1:5173/index.html', 0, 'Табель'],
      ['TASK_GROUP_LIST_TOOLBAR', 'http://127.0.0.1:5173/index.html', 0, 'Табель'],
    ])
    expect(first.frame.installFinish).toHaveBeenCalledTimes(1)

    const again = installerOn(portal)
    await again.store.run()
    expect(Object.values(states(again.store))).toEqual(['already-bound', 'already-bound', 'already-bound', 'already-bound'])
    expect(again.requests.flatMap(request => request.methods)).not.toContain('placement.bind')
    expect(portal.bindings).toHaveLength(4)
  })

  it('without the intranet scope binds the task card, reports the toolbars as needing the scope and still finishes', async () => {
    const portal = new PortalState({ installed: false })
    const { store, frame } = installerOn(portal, ['task', 'user', 'placement'])
    await store.run()
    expect(store.status).toBe('success')
    expect(store.error).toBeNull()
    expect(store.steps).toEqual({ connect: 'done', read: 'done', bind: 'done', finish: 'done' })
    expect(states(store)).toEqual({ TASK_VIEW_SIDEBAR: 'bound', TASK_VIEW_TAB: 'bound', TASK_USER_LIST_TOOLBAR: 'needs-scope', TASK_GROUP_LIST_TOOLBAR: 'needs-scope' })
    expect(store.placements.filter(report => report.state === 'needs-scope').map(report => report.error?.code)).toEqual(['ERROR_PLACEMENT_NOT_FOUND', 'ERROR_PLACEMENT_NOT_FOUND'])
    expect(portal.bindings.map(binding => binding.placement)).toEqual([...TASK_CARD_PLACEMENTS])
    expect(frame.installFinish).toHaveBeenCalledTimes(1)
  })

  it('after the scope is added, a re-run binds only the toolbars', async () => {
    const portal = new PortalState({ installed: false })
    await installerOn(portal, ['task', 'user', 'placement']).store.run()
    const { store, requests } = installerOn(portal)
    await store.run()
    expect(states(store)).toEqual({ TASK_VIEW_SIDEBAR: 'already-bound', TASK_VIEW_TAB: 'already-bound', TASK_USER_LIST_TOOLBAR: 'bound', TASK_GROUP_LIST_TOOLBAR: 'bound' })
    const bound = requests.filter(request => request.methods.includes('placement.bind')).flatMap(request => request.params as Array<{ PLACEMENT: string }>)
    expect(bound.map(params => params.PLACEMENT)).toEqual([...TASK_LIST_TOOLBAR_PLACEMENTS])
  })

  it('a card placement refused as not found still fails and blocks the finish: only optional scopes are calm', async () => {
    const portal = new PortalState({ installed: false })
    const { store, frame } = installerOn(portal, ['user', 'placement'])
    await store.run()
    expect(store.status).toBe('error')
    expect(states(store)).toEqual({ TASK_VIEW_SIDEBAR: 'failed', TASK_VIEW_TAB: 'failed', TASK_USER_LIST_TOOLBAR: 'needs-scope', TASK_GROUP_LIST_TOOLBAR: 'needs-scope' })
    expect(store.error?.code).toBe('ERROR_PLACEMENT_NOT_FOUND')
    expect(frame.installFinish).not.toHaveBeenCalled()
  })
})
