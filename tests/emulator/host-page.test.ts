/**
 * Where the host page opens the app, per card and placement, and what it passes: the new task card
 * (tasks 25.700+) lists every task-card binding as a row opened in a slider with `{taskId, URI}`
 * (b24restdocs api-reference/widgets/task/view-sidebar.md, PlacementService.php for the order); the
 * list toolbars pass `USER_ID` / `GROUP_ID` (list-toolbar.md); the classic card's top-panel button
 * passes `TASK_ID` (tasks.interface.filter.buttons template).
 */
import { describe, expect, it } from 'vitest'
import { renderHostPage } from '../../emulator/host-page/render'
import { PortalState, seedInstalledApp } from '../../emulator/portal-state'

const APP = 'http://127.0.0.1:5173/'
const INSTALLER = 'http://127.0.0.1:5173/install.html'

interface Frame { appUrl: string, appTitle: string, placement: string, placementOptions: unknown, popup: boolean }

function page(portal: PortalState, query: Record<string, string>) {
  const html = renderHostPage({ query: new URLSearchParams(query), appUrl: APP, installUrl: INSTALLER, portal })
  const json = /<script type="application\/json" id="emulator-config">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}'
  const config = JSON.parse(json) as { mode: string, frames: Frame[] }
  return { html, config }
}

function installed(placements: string[]): PortalState {
  const portal = new PortalState({ installed: true })
  seedInstalledApp(portal, APP, placements)
  return portal
}

describe('the new task card', () => {
  it('lists one row per task-card binding, top panel first, and opens none until clicked', () => {
    const { html, config } = page(installed(['TASK_VIEW_TAB', 'TASK_VIEW_SIDEBAR', 'TASK_VIEW_TOP_PANEL', 'TASK_LIST_CONTEXT_MENU']), { card: 'new', task: '103', user: '102' })
    expect(config.mode).toBe('rows')
    expect(config.frames.map(frame => frame.placement)).toEqual(['TASK_VIEW_TOP_PANEL', 'TASK_VIEW_SIDEBAR', 'TASK_VIEW_TAB'])
    expect([...html.matchAll(/data-placement="([A-Z_]+)"/g)].map(match => match[1])).toEqual(['TASK_VIEW_TOP_PANEL', 'TASK_VIEW_SIDEBAR', 'TASK_VIEW_TAB'])
    for (const frame of config.frames) {
      expect(frame.placementOptions).toEqual({ taskId: '103', URI: '/company/personal/user/102/tasks/task/view/103/' })
      expect(frame.popup).toBe(true)
    }
    expect(html).not.toContain('data-app-slot')
    expect(html).not.toContain('b24-card-side')
  })

  it('is the same card whichever task-card placement the URL names', () => {
    const portal = installed(['TASK_VIEW_SIDEBAR', 'TASK_VIEW_TAB'])
    const frames = ['sidebar', 'tab', 'top'].map(placement => page(portal, { card: 'new', placement }).config.frames)
    expect(frames[1]).toEqual(frames[0])
    expect(frames[2]).toEqual(frames[0])
    expect(frames[0]!.map(frame => frame.placement)).toEqual(['TASK_VIEW_SIDEBAR', 'TASK_VIEW_TAB'])
  })

  it('shows no rows while nothing is bound or the installation is not finished', () => {
    expect(page(new PortalState({ installed: true }), { card: 'new' }).html).toContain('data-no-app="not-bound"')
    const unfinished = new PortalState({ installed: false })
    seedInstalledApp(unfinished, APP, ['TASK_VIEW_SIDEBAR'])
    expect(page(unfinished, { card: 'new' }).html).toContain('data-no-app="not-installed"')
  })

  it('leaves the list placements and the app page as they are', () => {
    const portal = installed(['TASK_LIST_CONTEXT_MENU'])
    expect(page(portal, { card: 'new', placement: 'context', task: '101' }).config).toMatchObject({ mode: 'frame', frames: [{ placement: 'TASK_LIST_CONTEXT_MENU' }] })
    expect(page(portal, { card: 'new', placement: 'default' }).config).toMatchObject({ mode: 'frame', frames: [{ placement: 'DEFAULT', placementOptions: [] }] })
  })
})

describe('the classic card and the task lists', () => {
  it('embeds the sidebar and the tab in the card, resizable', () => {
    const portal = installed(['TASK_VIEW_SIDEBAR', 'TASK_VIEW_TAB'])
    for (const [placement, code] of [['sidebar', 'TASK_VIEW_SIDEBAR'], ['tab', 'TASK_VIEW_TAB']] as const) {
      const { config } = page(portal, { placement, task: '101', user: '102' })
      expect(config.frames).toEqual([expect.objectContaining({ placement: code, popup: false, placementOptions: { taskId: '101', URI: '/company/personal/user/102/tasks/task/view/101/' } })])
    }
  })

  it('opens the top-panel button in a slider with TASK_ID', () => {
    const { html, config } = page(installed(['TASK_VIEW_TOP_PANEL']), { placement: 'top', task: '101', user: '102' })
    expect(config.frames).toEqual([expect.objectContaining({ placement: 'TASK_VIEW_TOP_PANEL', popup: true, placementOptions: { TASK_ID: '101', URI: '/company/personal/user/102/tasks/task/view/101/' } })])
    expect(html).toContain('data-slider')
  })

  it('passes USER_ID above a user\'s task list and GROUP_ID above a project\'s, in a slider', () => {
    const portal = installed(['TASK_USER_LIST_TOOLBAR', 'TASK_GROUP_LIST_TOOLBAR'])
    expect(page(portal, { placement: 'user-toolbar', user: '103' }).config.frames).toEqual([
      expect.objectContaining({ placement: 'TASK_USER_LIST_TOOLBAR', popup: true, placementOptions: { USER_ID: '103', URI: '/company/personal/user/103/tasks/' } }),
    ])
    const group = page(portal, { placement: 'group-toolbar', group: '7' })
    expect(group.config.frames).toEqual([
      expect.objectContaining({ placement: 'TASK_GROUP_LIST_TOOLBAR', popup: true, placementOptions: { GROUP_ID: '7', URI: '/workgroups/group/7/tasks/' } }),
    ])
    expect(group.html).toContain('Website relaunch')
  })

  it('passes ID (and the list\'s URI) from the task list\'s context menu', () => {
    expect(page(installed(['TASK_LIST_CONTEXT_MENU']), { placement: 'context', task: '104', user: '102' }).config.frames[0]?.placementOptions)
      .toEqual({ ID: '104', URI: '/company/personal/user/102/tasks/' })
  })
})

describe('the user task list toolbar', () => {
  it('passes the list owner\'s USER_ID and URI: the viewer\'s own list by default, another person\'s with owner=', () => {
    const portal = installed(['TASK_USER_LIST_TOOLBAR'])
    expect(page(portal, { placement: 'user-toolbar', user: '110' }).config.frames[0]?.placementOptions).toEqual({ USER_ID: '110', URI: '/company/personal/user/110/tasks/' })
    const other = page(portal, { placement: 'user-toolbar', user: '110', owner: '115' })
    expect(other.config.frames[0]?.placementOptions).toEqual({ USER_ID: '115', URI: '/company/personal/user/115/tasks/' })
    expect(other.html).toContain('Jonas Weber: ')
  })
})

// What the page script does with it (a DEFAULT frame in a new slider, the opener answered on close)
// runs in Chromium: tests/e2e/timesheet.e2e.ts.
describe('openApplication', () => {
  it.each([{ card: 'classic', placement: 'sidebar' }, { card: 'new', placement: 'sidebar' }, { card: 'classic', placement: 'group-toolbar' }])('from $card $placement opens the app\'s own handler, whatever the binding\'s handler (open-application.md)', ({ card, placement }) => {
    const portal = new PortalState({ installed: true })
    seedInstalledApp(portal, 'http://127.0.0.1:5173/bound/index.html', ['TASK_VIEW_SIDEBAR', 'TASK_GROUP_LIST_TOOLBAR'])
    const { config } = page(portal, { card, placement })
    expect((config as unknown as { application: unknown }).application).toEqual({ url: APP, origin: 'http://127.0.0.1:5173', title: 'Task Lens' })
  })
})
