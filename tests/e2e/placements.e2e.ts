/**
 * Where the portal opens Task Lens, at a phone-width window (320 px) and a wide one:
 * - the new task card (tasks 25.700+, b24restdocs api-reference/tasks/tasks-new.md): the app is a
 *   row in the "Applications" block; a click opens it in a slider (`openApplication`, a popup where
 *   `resizeWindow` is denied) with `{taskId, URI}` under the row's placement;
 * - the classic card's sidebar and tab, where the frame is sized to the content;
 * - the task lists' toolbars and the app's own page, which name no task: they open the timesheet
 *   (router.ts `homeLocation`): the person's week, the project's report, My week.
 * axe-core finds nothing (any impact) in the app on each; screenshots land in
 * .artifacts/screenshots/placement-*.png.
 */
import type { Browser, Frame, Page } from 'playwright-core'
import type { PortalQuery } from './support/browser'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { animationsSettled, describeViolations, runAxe } from './support/axe'
import { launchBrowser, openPortal, portalUrl, screenshot, SCREENSHOT_DIR } from './support/browser'

/** Demo data (emulator/README.md): task 101 has 3 entries; user 102 is not an admin; project 7. */
const DEMO = { task: 101, author: 102, project: 7 } as const

const WINDOWS = [
  { name: '320', viewport: { width: 320, height: 640 } },
  { name: 'wide', viewport: { width: 1280, height: 900 } },
] as const

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

interface PortalWindow {
  __emulator: { ready: boolean, opened: number, messages: string[], replies: string[], sessionId: string }
}

async function emulatorReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as PortalWindow).__emulator?.ready === true, undefined, { timeout: 30_000 })
}

async function entriesLoaded(app: Frame): Promise<void> {
  await app.waitForSelector('[data-test="entry-count"]', { timeout: 30_000 })
  await app.waitForFunction(() => !document.querySelector('[data-test="loading-more"]'), undefined, { timeout: 30_000 })
}

/** The init data the portal answered `getInitData` with (the reply that carries PLACEMENT). */
async function initData(page: Page): Promise<{ PLACEMENT: string, PLACEMENT_OPTIONS: unknown }[]> {
  return page.evaluate(() => (window as unknown as PortalWindow).__emulator.replies.map(reply => reply.slice(reply.indexOf(':') + 1)).filter(json => json.includes('"PLACEMENT"')).map(json => JSON.parse(json) as { PLACEMENT: string, PLACEMENT_OPTIONS: unknown }))
}

/** Clicks an application row of the new card and returns the app frame the slider opened. */
async function openRow(page: Page, placement: string): Promise<Frame> {
  const opened = await page.evaluate(() => (window as unknown as PortalWindow).__emulator.opened)
  await page.click(`[data-app-launch][data-placement="${placement}"]`)
  await page.waitForFunction(count => (window as unknown as PortalWindow).__emulator.opened > count, opened)
  const app = await (await page.waitForSelector('[data-slider] iframe[name*="|"]')).contentFrame()
  if (!app)
    throw new Error('the slider has no app frame')
  await app.waitForLoadState('domcontentloaded')
  return app
}

async function boxOf(page: Page, selector: string): Promise<{ width: number, height: number }> {
  const box = await (await page.waitForSelector(selector)).boundingBox()
  if (!box)
    throw new Error(`${selector} has no box`)
  return box
}

async function overflow(app: Frame): Promise<number> {
  return app.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

/** The window as the user sees it: a slider is fixed to the viewport, which a full-page shot stretches. */
async function viewportShot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) })
}

/** axe in the app frame, all impacts: the new screens start clean. */
async function expectNoAxeViolations(app: Frame, name: string): Promise<void> {
  await animationsSettled(app)
  const violations = await runAxe(app)
  expect(violations, `axe on ${name}:\n${describeViolations(violations)}`).toEqual([])
}

describe('the new task card', () => {
  it.each(WINDOWS)('lists the app as rows of the Applications block, no frame until a click ($name)', async ({ name, viewport }) => {
    const page = await browser.newPage({ viewport })
    await page.goto(portalUrl({ card: 'new', task: DEMO.task, user: DEMO.author, lang: 'en' }))
    await emulatorReady(page)
    // The seeded portal binds all three task-card placements: three identical rows, top panel first.
    const rows = await page.$$eval('[data-app-launch]', buttons => buttons.map(button => [button.getAttribute('data-placement'), button.textContent?.trim()]))
    expect(rows).toEqual([['TASK_VIEW_TOP_PANEL', 'Task Lens'], ['TASK_VIEW_SIDEBAR', 'Task Lens'], ['TASK_VIEW_TAB', 'Task Lens']])
    expect(await page.$('iframe')).toBeNull()
    expect(await page.$('.b24-card-side')).toBeNull()
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
    await screenshot(page, `placement-new-card-${name}-rows`)
    await page.close()
  })

  it.each(WINDOWS)('opens the clicked row in a slider that the frame fills, with the row\'s placement and taskId ($name)', async ({ name, viewport }) => {
    const page = await browser.newPage({ viewport })
    await page.goto(portalUrl({ card: 'new', task: DEMO.task, user: DEMO.author, lang: 'en' }))
    await emulatorReady(page)
    const app = await openRow(page, 'TASK_VIEW_SIDEBAR')
    await entriesLoaded(app)

    expect(await initData(page)).toEqual([expect.objectContaining({
      PLACEMENT: 'TASK_VIEW_SIDEBAR',
      PLACEMENT_OPTIONS: { taskId: String(DEMO.task), URI: `/company/personal/user/${DEMO.author}/tasks/task/view/${DEMO.task}/` },
    })])
    const frame = await boxOf(page, '[data-slider] iframe')
    const slot = await boxOf(page, '[data-slider] [data-app-slot]')
    expect(frame.width).toBeGreaterThanOrEqual(name === '320' ? 280 : 800)
    // The slider decides the frame's size: the app asks to resize, the portal does not answer.
    expect(Math.abs(frame.height - (await boxOf(page, '[data-slider] .app-frame-layout')).height)).toBeLessThanOrEqual(1)
    expect(frame.height).toBeGreaterThan(slot.height - 40)
    await page.waitForFunction(() => (window as unknown as PortalWindow).__emulator.messages.some(message => message.startsWith('resizeWindow:')))
    const resizeCallbacks = await page.evaluate(() => (window as unknown as PortalWindow).__emulator.messages.filter(message => message.startsWith('resizeWindow:')).map(message => message.split(':').at(-2)))
    const replied = await page.evaluate(() => (window as unknown as PortalWindow).__emulator.replies.map(reply => reply.split(':')[0]))
    expect(resizeCallbacks.filter(callback => replied.includes(callback ?? ''))).toEqual([])

    expect(await overflow(app)).toBeLessThanOrEqual(0)
    await expectNoAxeViolations(app, `new card ${name}`)
    await viewportShot(page, `placement-new-card-${name}-open`)
    await page.close()
  })

  it('closes the slider back to the row, and the next row opens a fresh frame under its own placement', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.goto(portalUrl({ card: 'new', task: DEMO.task, user: DEMO.author, lang: 'ru' }))
    await emulatorReady(page)
    const first = await openRow(page, 'TASK_VIEW_SIDEBAR')
    await entriesLoaded(first)
    const firstName = await page.getAttribute('[data-slider] iframe', 'name')
    await page.click('[data-slider-close]')
    await page.waitForSelector('[data-slider]', { state: 'detached' })
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-placement'))).toBe('TASK_VIEW_SIDEBAR')

    const second = await openRow(page, 'TASK_VIEW_TAB')
    await entriesLoaded(second)
    expect(await page.getAttribute('[data-slider] iframe', 'name')).not.toBe(firstName)
    expect((await initData(page)).map(data => data.PLACEMENT)).toEqual(['TASK_VIEW_SIDEBAR', 'TASK_VIEW_TAB'])
    expect(await page.$$('iframe')).toHaveLength(1)
    await page.keyboard.press('Escape')
    await page.close()
  })
})

interface ClassicCase {
  name: string
  query: PortalQuery
}

const CLASSIC: ClassicCase[] = [
  { name: 'sidebar', query: { placement: 'sidebar' } },
  { name: 'tab', query: { placement: 'tab' } },
]

describe('the classic task card', () => {
  it.each(CLASSIC.flatMap(placement => WINDOWS.map(window => ({ ...placement, window, label: `${placement.name} ${window.name}` }))))('$label: the frame is as tall as the content and nothing scrolls sideways', async ({ name, query, window }) => {
    const { page, app } = await openPortal(browser, { task: DEMO.task, user: DEMO.author, lang: 'en', ...query }, window.viewport)
    await entriesLoaded(app)
    const content = await app.evaluate(() => Math.ceil(document.querySelector('[data-test="app-root"]')!.getBoundingClientRect().height))
    await page.waitForFunction(height => Math.abs((document.querySelector('iframe[name*="|"]')?.getBoundingClientRect().height ?? 0) - height) <= 2, content, { timeout: 15_000 })
    const frame = await boxOf(page, 'iframe[name*="|"]')
    expect(frame.width).toBeGreaterThanOrEqual(name === 'tab' && window.name === 'wide' ? 500 : 220)
    expect(await overflow(app)).toBeLessThanOrEqual(0)
    await expectNoAxeViolations(app, `classic ${name} ${window.name}`)
    // Below the fold the frame is sized but not painted (Chromium throttles it): bring it into view
    // and let it render two frames, so the review screenshot shows the app.
    await page.$eval('iframe[name*="|"]', frameElement => frameElement.scrollIntoView())
    await app.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))))
    await screenshot(page, `placement-classic-${name}-${window.name}`)
    await page.close()
  })
})

interface ListCase {
  name: string
  query: PortalQuery
  placement: string
  options: Record<string, string> | []
  /** Where `#/` leads (router.ts `homeLocation`) and the view found there. */
  hash: string
  view: 'timesheet-week' | 'timesheet-report'
}

const WITHOUT_TASK: ListCase[] = [
  { name: 'user-toolbar', query: { placement: 'user-toolbar' }, placement: 'TASK_USER_LIST_TOOLBAR', options: { USER_ID: String(DEMO.author), URI: `/company/personal/user/${DEMO.author}/tasks/` }, hash: `#/timesheet/week?user=${DEMO.author}`, view: 'timesheet-week' },
  { name: 'group-toolbar', query: { placement: 'group-toolbar', group: DEMO.project }, placement: 'TASK_GROUP_LIST_TOOLBAR', options: { GROUP_ID: String(DEMO.project), URI: `/workgroups/group/${DEMO.project}/tasks/` }, hash: `#/timesheet/report?period=this-month&project=${DEMO.project}`, view: 'timesheet-report' },
  { name: 'app-page', query: { placement: 'default' }, placement: 'DEFAULT', options: [], hash: '#/timesheet/week', view: 'timesheet-week' },
]

describe('placements that name no task', () => {
  it.each(WITHOUT_TASK.flatMap(placement => WINDOWS.map(window => ({ ...placement, window, label: `${placement.name} ${window.name}` }))))('$label: opens the timesheet the placement points at, calmly', async ({ name, query, placement, options, hash, view, window }) => {
    const { page, app } = await openPortal(browser, { user: DEMO.author, lang: 'en', ...query }, window.viewport)
    await app.waitForSelector(`[data-test="${view}"] [data-test="timesheet-status"]`, { state: 'attached', timeout: 30_000 })
    await app.waitForFunction(() => !document.querySelector('[data-test="timesheet-progress"]'), undefined, { timeout: 30_000 })
    expect(await initData(page)).toEqual([expect.objectContaining({ PLACEMENT: placement, PLACEMENT_OPTIONS: options })])
    expect(await app.evaluate(() => location.hash)).toBe(hash)
    expect(await app.$('[role="alert"]')).toBeNull()
    expect(await overflow(app)).toBeLessThanOrEqual(0)
    await expectNoAxeViolations(app, `${name} ${window.name}`)
    await (name === 'app-page' ? screenshot(page, `placement-${name}-${window.name}`) : viewportShot(page, `placement-${name}-${window.name}`))
    await page.close()
  })
})
