/**
 * The install flow end to end on a fresh portal (its own emulator with `installed: false`, the app
 * served from 127.0.0.1 because a portal refuses handler hosts without a dot): the card shows no app,
 * a non-admin is told the app is not installed, an admin's install binds the task card's two
 * placements and the task lists' two toolbars and calls installFinish, the sidebar then opens the
 * bound handler, and a second install binds nothing. Served from `localhost`, the same build is
 * refused by `placement.bind`, and the installer says why. On a portal where the app lacks the
 * `intranet` scope (`scopes=` on the host page) the toolbars are reported as needing it, calmly, and
 * the task card is bound and works.
 */
import type { Browser, Frame, Page } from 'playwright-core'
import type { RunningEmulator } from '../../emulator/server'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startEmulator } from '../../emulator/server'
import { startStaticServer } from '../../scripts/serve.mjs'
import { launchBrowser, screenshot } from './support/browser'

const ADMIN = 1
const EMPLOYEE = 102
const TASK_WITH_THREE_ENTRIES = 101

let browser: Browser
let app: { url: string, close: () => Promise<void> }
let emulator: RunningEmulator

beforeAll(async () => {
  // The build the global setup made; a second server on its own port, under a dotted host.
  app = await startStaticServer({ root: process.env.E2E_DIST ?? 'dist', port: 0, host: '127.0.0.1' })
  emulator = await startEmulator({ port: 0, appUrl: app.url, installUrl: new URL('install.html', app.url).toString(), installed: false })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await emulator?.close()
  await app?.close()
})

function hostUrl(query: Record<string, string | number>, portal: RunningEmulator = emulator): string {
  const url = new URL(portal.url)
  for (const [key, value] of Object.entries(query))
    url.searchParams.set(key, String(value))
  return url.toString()
}

async function appFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('iframe[name*="|"]')).contentFrame()
  if (!frame)
    throw new Error('the portal page has no app frame')
  return frame
}

async function sessionId(page: Page): Promise<string> {
  await page.waitForFunction(() => Boolean((window as unknown as { __emulator?: { sessionId: string } }).__emulator?.sessionId))
  return page.evaluate(() => (window as unknown as { __emulator: { sessionId: string } }).__emulator.sessionId)
}

/** The placement.bind commands a session sent, inside batches or alone. */
async function bindCalls(session: string, portal: RunningEmulator = emulator): Promise<number> {
  const log = await (await fetch(new URL(`/__emulator/sessions/${session}/requests`, portal.url))).json() as Array<{ method: string, body: unknown }>
  return log.reduce((count, request) => count + (JSON.stringify(request).match(/placement\.bind/gi)?.length ?? 0), 0)
}

/**
 * Holds the portal's half of `installFinish` (it records the installation, then reloads the page)
 * until `release()`, so the installer's report can be read and photographed first.
 */
async function holdInstallFinish(page: Page): Promise<{ release: () => Promise<void> }> {
  let release!: () => void
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  let reached!: () => void
  const requested = new Promise<void>((resolve) => {
    reached = resolve
  })
  await page.route('**/__emulator/sessions/*/install-finish', async (route) => {
    reached()
    await released
    await route.continue()
  })
  return {
    release: async () => {
      await requested
      release()
    },
  }
}

async function placementStates(installer: Frame): Promise<Record<string, string | null>> {
  return installer.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-test^="install-placement-"]')]
    .map(row => [row.getAttribute('data-test')!.replace('install-placement-', ''), row.getAttribute('data-state')])))
}

describe('install flow', () => {
  it('a fresh portal shows no app in the task card', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(hostUrl({ placement: 'sidebar', task: TASK_WITH_THREE_ENTRIES, user: ADMIN }))
    await page.waitForSelector('[data-no-app="not-bound"]')
    expect(await page.locator('iframe').count()).toBe(0)
    await screenshot(page, 'install-1-fresh-card')
    await page.close()
  })

  it('tells a non-admin that the app is not installed, and changes nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(hostUrl({ install: 1, user: EMPLOYEE }))
    const notice = await page.waitForSelector('[data-not-installed]')
    expect(await notice.textContent()).toContain('The application is not fully installed yet. Please contact your administrator.')
    expect(await page.locator('iframe').count()).toBe(0)
    expect(emulator.portal.bindings).toEqual([])
    await screenshot(page, 'install-2-non-admin')
    await page.close()
  })

  it('an admin installs: the task card and the list toolbars bound, installFinish, then the sidebar opens the app', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const finish = await holdInstallFinish(page)
    await page.goto(hostUrl({ install: 1, user: ADMIN, task: TASK_WITH_THREE_ENTRIES }))
    const session = await sessionId(page)
    const installer = await appFrame(page)
    await installer.waitForSelector('[data-test="install-step-finish"][data-state="running"]', { timeout: 30_000 })
    expect(await placementStates(installer)).toEqual({ TASK_VIEW_SIDEBAR: 'bound', TASK_VIEW_TAB: 'bound', TASK_USER_LIST_TOOLBAR: 'bound', TASK_GROUP_LIST_TOOLBAR: 'bound' })
    expect(await installer.textContent('[data-test="install-handler"]')).toContain(app.url)
    expect(await bindCalls(session)).toBe(4)
    expect(emulator.portal.bindings.map(binding => [binding.placement, binding.handler, binding.langAll.ru?.TITLE])).toEqual([
      ['TASK_VIEW_SIDEBAR', new URL('index.html', app.url).toString(), 'Task Lens'],
      ['TASK_VIEW_TAB', new URL('index.html', app.url).toString(), 'Task Lens'],
      ['TASK_USER_LIST_TOOLBAR', new URL('index.html', app.url).toString(), 'Табель'],
      ['TASK_GROUP_LIST_TOOLBAR', new URL('index.html', app.url).toString(), 'Табель'],
    ])
    expect(emulator.portal.installed).toBe(false)
    await page.waitForTimeout(300) // let the badges' colour transitions end
    await screenshot(page, 'install-3-admin-report')

    await finish.release()
    await page.waitForURL(url => url.searchParams.get('install_finished') === 'Y')
    expect(emulator.portal.installed).toBe(true)
    const sidebar = await appFrame(page)
    await sidebar.waitForSelector('[data-test="entry-count"]', { timeout: 30_000 })
    // The binding's handler, opened by the portal's POST (the frame starts as about:blank).
    expect(sidebar.url().startsWith(app.url)).toBe(true)
    expect(await sidebar.locator('[data-test="list-row"]').count()).toBe(3)
    await screenshot(page, 'install-4-sidebar-after-install')
    await page.close()
  })

  it('an employee now sees the app as a tab too', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(hostUrl({ placement: 'tab', task: TASK_WITH_THREE_ENTRIES, user: EMPLOYEE, lang: 'ru' }))
    const tab = await appFrame(page)
    await tab.waitForSelector('[data-test="entry-count"]', { timeout: 30_000 })
    await page.close()
  })

  it('re-running the installation reports "already placed" and binds nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const finish = await holdInstallFinish(page)
    await page.goto(hostUrl({ install: 1, user: ADMIN, task: TASK_WITH_THREE_ENTRIES, lang: 'ru' }))
    const session = await sessionId(page)
    const installer = await appFrame(page)
    await installer.waitForSelector('[data-test="install-step-finish"][data-state="running"]', { timeout: 30_000 })
    expect(await placementStates(installer)).toEqual({ TASK_VIEW_SIDEBAR: 'already-bound', TASK_VIEW_TAB: 'already-bound', TASK_USER_LIST_TOOLBAR: 'already-bound', TASK_GROUP_LIST_TOOLBAR: 'already-bound' })
    expect(await installer.textContent('[data-test="install-placement-TASK_VIEW_SIDEBAR"]')).toContain('Уже размещено')
    expect(await bindCalls(session)).toBe(0)
    expect(emulator.portal.bindings).toHaveLength(4)
    await page.waitForTimeout(300)
    await screenshot(page, 'install-5-rerun-ru')
    await finish.release()
    await page.waitForURL(url => url.searchParams.get('install_finished') === 'Y')
    await (await appFrame(page)).waitForSelector('[data-test="entry-count"]', { timeout: 30_000 })
    await page.close()
  })
})

describe('a handler the portal refuses', () => {
  let localPortal: RunningEmulator

  beforeAll(async () => {
    // The global setup serves the same build at http://localhost:<port>/: no dot in the host.
    const localApp = inject('appUrl')
    localPortal = await startEmulator({ port: 0, appUrl: localApp, installUrl: new URL('install.html', localApp).toString(), installed: false })
  })

  afterAll(async () => {
    await localPortal?.close()
  })

  it('explains ERROR_WRONG_HANDLER_URL per placement, offers a retry and does not finish', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(hostUrl({ install: 1, user: ADMIN }, localPortal))
    const session = await sessionId(page)
    const installer = await appFrame(page)
    await installer.waitForSelector('[data-test="install-error"]', { timeout: 30_000 })
    expect(await placementStates(installer)).toEqual({ TASK_VIEW_SIDEBAR: 'failed', TASK_VIEW_TAB: 'failed', TASK_USER_LIST_TOOLBAR: 'failed', TASK_GROUP_LIST_TOOLBAR: 'failed' })
    expect(await installer.textContent('[data-test="install-placement-TASK_VIEW_SIDEBAR"] [data-test="placement-why"]'))
      .toContain(`refused the app's address ${inject('appUrl')}`)
    expect(await installer.getAttribute('[data-test="install-step-finish"]', 'data-state')).toBe('pending')
    expect(await installer.locator('[data-test="install-retry"]').count()).toBe(1)
    expect(await bindCalls(session, localPortal)).toBe(4)
    expect(localPortal.portal.bindings).toEqual([])
    expect(localPortal.portal.installed).toBe(false)
    await page.waitForTimeout(300)
    await screenshot(page, 'install-6-handler-refused')
    await page.close()
  })
})

describe('a portal where the app has no intranet scope', () => {
  let narrowPortal: RunningEmulator

  beforeAll(async () => {
    narrowPortal = await startEmulator({ port: 0, appUrl: app.url, installUrl: new URL('install.html', app.url).toString(), installed: false })
  })

  afterAll(async () => {
    await narrowPortal?.close()
  })

  it('binds the task card, reports the toolbars as needing the scope, finishes, and the sidebar works', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const finish = await holdInstallFinish(page)
    await page.goto(hostUrl({ install: 1, user: ADMIN, task: TASK_WITH_THREE_ENTRIES, scopes: 'task,user,placement' }, narrowPortal))
    const session = await sessionId(page)
    const installer = await appFrame(page)
    await installer.waitForSelector('[data-test="install-step-finish"][data-state="running"]', { timeout: 30_000 })
    expect(await placementStates(installer)).toEqual({ TASK_VIEW_SIDEBAR: 'bound', TASK_VIEW_TAB: 'bound', TASK_USER_LIST_TOOLBAR: 'needs-scope', TASK_GROUP_LIST_TOOLBAR: 'needs-scope' })
    expect(await installer.textContent('[data-test="install-placement-TASK_USER_LIST_TOOLBAR"] [data-test="placement-why"]')).toContain('Toolbar buttons need the intranet scope')
    expect(await installer.locator('[data-test="install-error"]').count()).toBe(0)
    expect(await installer.getAttribute('[data-test="install-step-bind"]', 'data-state')).toBe('done')
    expect(await bindCalls(session, narrowPortal)).toBe(4)
    expect(narrowPortal.portal.bindings.map(binding => binding.placement)).toEqual(['TASK_VIEW_SIDEBAR', 'TASK_VIEW_TAB'])
    await installer.waitForFunction(() => document.getAnimations().every(animation => animation.playState !== 'running'))
    await screenshot(page, 'install-7-no-intranet-scope')

    await finish.release()
    await page.waitForURL(url => url.searchParams.get('install_finished') === 'Y')
    expect(narrowPortal.portal.installed).toBe(true)
    const sidebar = await appFrame(page)
    await sidebar.waitForSelector('[data-test="entry-count"]', { timeout: 30_000 })
    expect(await sidebar.locator('[data-test="list-row"]').count()).toBe(3)
    await page.close()
  })
})
