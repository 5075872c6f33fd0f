/**
 * The timesheet in Chromium against the emulator (docs/timesheet.md):
 * - where it opens: the app's own page (DEFAULT) on My week, the menu above a user's task list
 *   (TASK_USER_LIST_TOOLBAR) on that person's week, the one above a project's (TASK_GROUP_LIST_TOOLBAR)
 *   on the project's report, and "Open timesheet" in the task card on My week in a portal slider
 *   (`openApplication`), whose close the card's frame hears;
 * - every cell of a week equals the entries its drill-down lists, and those are exactly the demo
 *   data's entries of that task and day in the viewer's zone;
 * - time added from an empty cell is booked on that day in the user's zone, not the browser's;
 * - HTTP requests, counted in the emulator's log and printed: the first grid after ≤ 2 (My week; the
 *   20,000-entry report, counted in the frame when its grid appears), the dataset's ≈20,000 entries
 *   of 43 people and a month of a 30-person team each in ≤ 10;
 * - at 320 px the total (and a week's day totals) is in the first screen, unscrolled;
 * - axe-core finds nothing on each view; screenshots at the slider's width, 1280 and 320 px
 *   (.artifacts/screenshots/timesheet-*.png).
 * The browser's clock is the emulator's pinned "now" (EMULATOR_NOW), so "this week" means the same
 * week to both. Expectations come from the demo data and the access rules, never from the app.
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core'
import type { PortalQuery } from './support/browser'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { BASE_ENTRIES } from '../../emulator/data/entries'
import { findTask } from '../../emulator/data/tasks'
import { DELIVERY_HEAD } from '../../emulator/data/timesheet-people'
import { TIMESHEET_ENTRIES } from '../../emulator/data/timesheet-work'
import { findUser } from '../../emulator/data/users'
import { canReadTask } from '../../emulator/rest/access'
import { animationsSettled, describeViolations, runAxe } from './support/axe'
import { launchBrowser, portalUrl, restRequests, screenshot, SCREENSHOT_DIR } from './support/browser'

const NOW = Date.parse(process.env.EMULATOR_NOW ?? '2026-03-16T12:00:00+03:00')
/** The zone of a user without one of their own: the server's UTC+03:00 (emulator/data/clock.ts). */
const SERVER_ZONE = 'Etc/GMT-3'
const DEMO = { author: 102, admin: 1, project: 9, task: 101, lastWeek: '2026-03-09' } as const
/** A user in Asia/Yekaterinburg (UTC+05:00, emulator/data/timesheet-people.ts), who books on CRM tasks. */
const ZONED_USER = 116
/** Jonas Weber, of the delivery department its head (110) sees (emulator/data/timesheet-people.ts). */
const TEAM_MEMBER = 115
/** The browser's zone in the booking test: Pacific/Honolulu, UTC−10:00 all year. */
const BROWSER_ZONE = 'Pacific/Honolulu'

interface PortalWindow {
  __emulator: { ready: boolean, opened: number, applications: number, messages: string[], replies: string[], sessionId: string }
}

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

interface Opened {
  context: BrowserContext
  page: Page
  app: Frame
  sessionId: string
}

/** Opens the portal with the browser's clock at the emulator's "now" and returns the app frame. */
async function open(query: PortalQuery, viewport = { width: 1280, height: 900 }, timezoneId?: string): Promise<Opened> {
  const context = await browser.newContext({ viewport, timezoneId })
  await context.clock.setFixedTime(NOW + 60_000)
  const page = await context.newPage()
  await page.goto(portalUrl({ lang: 'en', ...query }))
  const app = await (await page.waitForSelector('iframe[name*="|"]')).contentFrame()
  if (!app)
    throw new Error('the portal page has no app frame')
  await page.waitForFunction(() => (window as unknown as PortalWindow).__emulator?.ready === true, undefined, { timeout: 30_000 })
  const sessionId = await page.evaluate(() => (window as unknown as PortalWindow).__emulator.sessionId)
  return { context, page, app, sessionId }
}

/** Waits until the view's load has ended and says so (no progress bar; complete, not "X of Y"). */
async function loaded(app: Frame, view: 'timesheet-week' | 'timesheet-report'): Promise<void> {
  await app.waitForSelector(`[data-test="${view}"]`, { timeout: 30_000 })
  await app.waitForFunction(() => !document.querySelector('[data-test="timesheet-progress"]') && (document.querySelector('[data-test="pivot-grid"]') || document.querySelector('[data-test="week-empty"]')), undefined, { timeout: 60_000 })
  expect(await app.$('[data-test="timesheet-partial"]')).toBeNull()
  expect(await app.$('[data-test="timesheet-error"]')).toBeNull()
}

/** Prints a measured figure into the run's output (request counts, sizes: docs/timesheet.md#budgets). */
function printFigure(line: string): void {
  console.warn(`[timesheet] ${line}`)
}

/** The window as the user sees it: a slider is fixed to the viewport, a full-page shot would cut it. */
async function viewportShot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) })
}

/**
 * How many REST requests the session has made (the session's summary; its log carries whole
 * batches). Asked again once when the kept-alive socket was closed by the server at that moment.
 */
async function restCount(sessionId: string): Promise<number> {
  const url = new URL(`/__emulator/sessions/${sessionId}`, inject('portalUrl'))
  const response = await fetch(url).catch(async () => fetch(url))
  return (await response.json() as { requests: number }).requests
}

interface FirstGridWindow { __firstGridRequests: number | null, __restDone: number }

/**
 * From now on, notes how many REST requests of the frame had been answered when the report's grid
 * first appeared: the frame's XHR and fetch calls to `/rest/` are counted as they complete, and a
 * MutationObserver reads the count the moment the grid enters the DOM (no polling).
 */
async function watchFirstGrid(app: Frame): Promise<void> {
  await app.evaluate(() => {
    const target = window as unknown as FirstGridWindow
    target.__restDone = 0
    target.__firstGridRequests = null
    const isRest = (url: unknown) => String(url).includes('/rest/')
    const open = XMLHttpRequest.prototype.open
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
      if (isRest(url))
        this.addEventListener('loadend', () => target.__restDone++)
      return (open as (...args: unknown[]) => void).call(this, method, url, ...rest)
    } as typeof XMLHttpRequest.prototype.open
    const nativeFetch = window.fetch
    window.fetch = async (input, init) => {
      const response = await nativeFetch(input, init)
      if (isRest(typeof input === 'string' || input instanceof URL ? input : input.url))
        target.__restDone++
      return response
    }
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-test="timesheet-report"] [data-test="pivot-grid"]')) {
        target.__firstGridRequests = target.__restDone
        observer.disconnect()
      }
    })
    observer.observe(document, { childList: true, subtree: true })
  })
}

async function expectNoAxeViolations(app: Frame, label: string): Promise<void> {
  await animationsSettled(app)
  const violations = await runAxe(app)
  expect(violations, `axe on ${label}:\n${describeViolations(violations)}`).toEqual([])
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>()
/** The calendar day of an instant in a zone, `YYYY-MM-DD`. */
function dayIn(epochMs: number, timeZone: string): string {
  let formatter = dayFormatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    dayFormatters.set(timeZone, formatter)
  }
  return formatter.format(new Date(epochMs))
}

function zoneOf(userId: number): string {
  return findUser(userId)?.timeZone || SERVER_ZONE
}

/** The seven days of the week starting on `monday`. */
function weekDays(monday: string): string[] {
  const start = Date.parse(`${monday}T00:00:00Z`)
  return Array.from({ length: 7 }, (_, index) => new Date(start + index * 86_400_000).toISOString().slice(0, 10))
}

/** The demo data's entries of `people` on days `from`…`to` in the viewer's zone, on tasks the viewer may see. */
function entriesOf(viewer: number, people: ReadonlySet<number>, from: string, to: string) {
  const zone = zoneOf(viewer)
  return BASE_ENTRIES.filter((entry) => {
    if (!people.has(entry.userId))
      return false
    const day = dayIn(entry.createdDate, zone)
    if (day < from || day > to)
      return false
    const task = findTask(entry.taskId)
    return task !== undefined && canReadTask(task, viewer)
  })
}

/** Ids of the entry rows the open drill-down lists. */
async function drillIds(app: Frame): Promise<number[]> {
  return app.$$eval('[data-test="cell-entries"] [data-test="list-row"] [data-test^="entry-"]', rows => rows
    .map(row => /^entry-(\d+)$/.exec((row as HTMLElement).dataset.test ?? '')?.[1])
    .filter((id): id is string => id !== undefined)
    .map(Number)
    .sort((a, b) => a - b))
}

describe('where the timesheet opens', () => {
  it('the app\'s own page (DEFAULT) opens My week, its first grid after ≤ 2 HTTP requests', async () => {
    const { context, page, app, sessionId } = await open({ placement: 'default', user: DEMO.author })
    await loaded(app, 'timesheet-week')
    expect(await app.evaluate(() => location.hash)).toBe('#/timesheet/week')
    expect(await app.textContent('[data-test="timesheet-title"]')).toBe('My week')
    expect(await app.textContent('[data-test="timesheet-scope"]')).toMatch(/tasks you can see/i)
    const requests = await restCount(sessionId)
    const thisWeek = weekDays('2026-03-16')
    const shown = entriesOf(DEMO.author, new Set([DEMO.author]), thisWeek[0]!, thisWeek[6]!)
    expect(Number(await app.getAttribute('[data-test="grid-total"]', 'data-seconds'))).toBe(shown.reduce((sum, entry) => sum + entry.seconds, 0))
    printFigure(`My week from the app menu: ${shown.length} entries, first grid after ${requests} HTTP request(s)`)
    expect(requests).toBeLessThanOrEqual(2)
    await expectNoAxeViolations(app, 'My week on the app page')
    await screenshot(page, 'timesheet-app-page-week-1280')
    await context.close()
  })

  it('the menu above a user\'s task list opens that person\'s week: the viewer\'s own as My week, another person\'s under their name', async () => {
    const own = await open({ placement: 'user-toolbar', user: DELIVERY_HEAD })
    await loaded(own.app, 'timesheet-week')
    expect(await own.app.evaluate(() => location.hash)).toBe(`#/timesheet/week?user=${DELIVERY_HEAD}`)
    expect(await own.app.textContent('[data-test="timesheet-title"]')).toBe('My week')
    await own.context.close()

    // The delivery head opens the task list of Jonas Weber (115), one of her department.
    const { context, page, app } = await open({ placement: 'user-toolbar', user: DELIVERY_HEAD, owner: TEAM_MEMBER })
    await loaded(app, 'timesheet-week')
    expect(await app.evaluate(() => location.hash)).toBe(`#/timesheet/week?user=${TEAM_MEMBER}`)
    expect(await app.textContent('[data-test="timesheet-title"]')).toBe('Week of Jonas Weber')
    const thisWeek = weekDays('2026-03-16')
    const expected = entriesOf(DELIVERY_HEAD, new Set([TEAM_MEMBER]), thisWeek[0]!, thisWeek[6]!)
    expect(expected.length).toBeGreaterThan(0)
    expect(Number(await app.getAttribute('[data-test="grid-total"]', 'data-seconds'))).toBe(expected.reduce((sum, entry) => sum + entry.seconds, 0))
    // Someone else's week takes no new time from an empty cell (`openEmpty` only for one's own).
    expect(await app.$('[data-test="pivot-grid"] button[data-seconds="0"]')).toBeNull()
    await expectNoAxeViolations(app, 'user toolbar week of another person')
    await viewportShot(page, 'timesheet-user-toolbar-slider')
    await context.close()
  })

  it('the menu above a project\'s task list opens the project\'s report for this month, under the project\'s name', async () => {
    const { context, page, app, sessionId } = await open({ placement: 'group-toolbar', group: DEMO.project, user: DEMO.admin })
    await loaded(app, 'timesheet-report')
    expect(await app.evaluate(() => location.hash)).toBe(`#/timesheet/report?period=this-month&project=${DEMO.project}`)
    expect(await app.textContent('[data-test="timesheet-title"]')).toContain('CRM integration')
    expect(await app.textContent('[data-test="timesheet-scope"]')).toMatch(/tasks you can see/i)
    // Everyone's entries on the project's tasks this month (1–16 March in UTC+03:00), from the demo data.
    const expected = entriesOf(DEMO.admin, new Set(BASE_ENTRIES.map(entry => entry.userId)), '2026-03-01', '2026-03-31').filter(entry => findTask(entry.taskId)?.groupId === DEMO.project)
    expect(Number(await app.getAttribute('[data-test="grid-total"]', 'data-seconds'))).toBe(expected.reduce((sum, entry) => sum + entry.seconds, 0))
    printFigure(`project report from the group toolbar: ${expected.length} entries of the project, ${await restCount(sessionId)} HTTP request(s)`)
    await expectNoAxeViolations(app, 'project report')
    await viewportShot(page, 'timesheet-group-toolbar-report-slider')
    // A month without entries has no task to name the project: its own look-up does, after the load.
    await app.evaluate(project => (location.hash = `#/timesheet/report?period=custom&from=2010-01-01&to=2010-01-31&project=${project}`), DEMO.project)
    await app.waitForSelector('[data-test="report-empty"]', { timeout: 30_000 })
    await app.waitForFunction(() => document.querySelector('[data-test="timesheet-title"]')?.textContent?.includes('CRM integration'), undefined, { timeout: 30_000 })
    await context.close()
  })

  it('"Open timesheet" in the task card opens My week in a portal slider; closing it answers the card\'s frame', async () => {
    const { context, page, app } = await open({ placement: 'sidebar', task: DEMO.task, user: DEMO.author })
    await app.waitForSelector('[data-test="nav-timesheet"]', { timeout: 30_000 })
    await app.click('[data-test="nav-timesheet"]')
    const sliderFrame = await (await page.waitForSelector('[data-slider] iframe[name*="|"]', { timeout: 30_000 })).contentFrame()
    if (!sliderFrame)
      throw new Error('the slider has no app frame')
    expect(await page.getAttribute('[data-slider]', 'aria-label')).toBe('Timesheet')
    const command = (await page.evaluate(() => (window as unknown as PortalWindow).__emulator.messages)).find(message => message.startsWith('openApplication:'))
    expect(command).toMatch(/^openApplication:\{"bx24_title":"Timesheet"\}:[^:]+:[0-9a-f]{32}$/)
    await loaded(sliderFrame, 'timesheet-week')
    expect(await sliderFrame.textContent('[data-test="timesheet-title"]')).toBe('My week')
    // The slider's frame was opened as the app's own page, with nothing in PLACEMENT_OPTIONS.
    const inits = await page.evaluate(() => (window as unknown as PortalWindow).__emulator.replies.map(reply => reply.slice(reply.indexOf(':') + 1)).filter(json => json.includes('"PLACEMENT"')).map(json => JSON.parse(json) as { PLACEMENT: string, PLACEMENT_OPTIONS: unknown }))
    expect(inits.map(init => [init.PLACEMENT, init.PLACEMENT_OPTIONS])).toEqual([['TASK_VIEW_SIDEBAR', { taskId: String(DEMO.task), URI: expect.any(String) }], ['DEFAULT', {}]])
    const frameBox = await (await page.$('[data-slider] iframe'))!.boundingBox()
    printFigure(`the slider's frame: ${Math.round(frameBox!.width)} × ${Math.round(frameBox!.height)} px in a 1280 px window`)
    await expectNoAxeViolations(sliderFrame, 'My week in the slider')
    await viewportShot(page, 'timesheet-card-slider-week')

    const callback = /^openApplication:.*:([^:]+):[0-9a-f]{32}$/.exec(command!)![1]
    await page.click('[data-slider-close]')
    await page.waitForFunction(key => (window as unknown as PortalWindow).__emulator.replies.includes(`${key}:`), callback)
    expect(await page.$('[data-slider]')).toBeNull()
    // The card's own frame stays, still answering.
    expect(await app.getAttribute('[data-test="nav-timesheet"]', 'aria-label')).toBe('Open timesheet')
    await context.close()
  })
})

describe('the week grid', () => {
  it('every cell equals the entries its drill-down lists, and those are the demo data\'s of that task and day', async () => {
    const { context, page, app, sessionId } = await open({ placement: 'default', user: DEMO.author })
    await loaded(app, 'timesheet-week')
    const before = await restCount(sessionId)
    await app.evaluate(week => (location.hash = `#/timesheet/week?week=${week}`), DEMO.lastWeek)
    await app.waitForFunction(week => document.querySelector('[data-test="week-range"]')?.textContent?.includes('9') && location.hash.includes(week), DEMO.lastWeek)
    await loaded(app, 'timesheet-week')
    const days = weekDays(DEMO.lastWeek)
    const expected = entriesOf(DEMO.author, new Set([DEMO.author]), days[0]!, days[6]!)
    printFigure(`last week: ${expected.length} entries, ${await restCount(sessionId) - before} HTTP request(s)`)
    expect(expected.length).toBeGreaterThan(20)
    expect(Number(await app.getAttribute('[data-test="grid-total"]', 'data-seconds'))).toBe(expected.reduce((sum, entry) => sum + entry.seconds, 0))
    const taskIds = [...new Set(expected.map(entry => entry.taskId))].sort((a, b) => a - b)
    const rowKeys = await app.$$eval('[data-test^="grid-row-"]', rows => rows.map(row => Number((row as HTMLElement).dataset.test!.slice('grid-row-'.length))).sort((a, b) => a - b))
    expect(rowKeys).toEqual(taskIds)

    let cells = 0
    for (const taskId of taskIds) {
      for (const [column, day] of days.entries()) {
        const inCell = expected.filter(entry => entry.taskId === taskId && dayIn(entry.createdDate, zoneOf(DEMO.author)) === day)
        if (inCell.length === 0)
          continue
        const cell = `[data-test="cell-${taskId}-${column}"]`
        await app.click(cell)
        const ids = inCell.map(entry => entry.id).sort((a, b) => a - b)
        await app.waitForFunction(want => JSON.stringify([...document.querySelectorAll('[data-test="cell-entries"] [data-test="list-row"] [data-test^="entry-"]')]
          .map(row => /^entry-(\d+)$/.exec((row as HTMLElement).dataset.test ?? '')?.[1])
          .filter(Boolean)
          .map(Number)
          .sort((a, b) => a - b)) === JSON.stringify(want), ids, { timeout: 10_000 })
        expect(await drillIds(app)).toEqual(ids)
        expect(Number(await app.getAttribute(cell, 'data-seconds'))).toBe(inCell.reduce((sum, entry) => sum + entry.seconds, 0))
        cells++
      }
    }
    printFigure(`${cells} cells of ${DEMO.lastWeek}'s week checked against their drill-downs`)
    expect(cells).toBeGreaterThan(5)
    await expectNoAxeViolations(app, 'week with a drill-down open')
    await screenshot(page, 'timesheet-app-page-week-drill-1280')
    await context.close()
  })

  it('time added from an empty cell is booked on that day in the user\'s zone, not the browser\'s, and lands in that cell', async () => {
    // The browser in UTC−10: its noon is 03:00 of the next day in Yekaterinburg, so a booking in the browser's zone would miss.
    const { context, page, app, sessionId } = await open({ placement: 'default', user: ZONED_USER }, { width: 1280, height: 900 }, BROWSER_ZONE)
    await loaded(app, 'timesheet-week')
    await app.evaluate(week => (location.hash = `#/timesheet/week?week=${week}`), DEMO.lastWeek)
    await app.waitForFunction(week => location.hash.includes(week), DEMO.lastWeek)
    await loaded(app, 'timesheet-week')
    const days = weekDays(DEMO.lastWeek)
    const mine = entriesOf(ZONED_USER, new Set([ZONED_USER]), days[0]!, days[6]!)
    const taskId = mine[0]!.taskId
    // Saturday: nobody books on weekends in the demo data, so the cell is empty.
    const saturday = 5
    const cell = `[data-test="cell-${taskId}-${saturday}"]`
    expect(Number(await app.getAttribute(cell, 'data-seconds'))).toBe(0)
    await app.click(cell)
    await app.waitForSelector('[data-test="cell-add"]', { timeout: 15_000 })
    await app.click('[data-test="cell-add"]')
    await app.waitForSelector('[data-test="entry-form"]')
    await app.fill('[data-test="form-duration"] input, input[data-test="form-duration"]', '1:15')
    await app.fill('[data-test="form-comment"] textarea, textarea[data-test="form-comment"]', 'Weekend release check')
    await app.click('[data-test="form-save"]')
    await app.waitForFunction(selector => Number(document.querySelector(selector)?.getAttribute('data-seconds')) === 4500, cell, { timeout: 15_000 })

    const add = (await restRequests(sessionId)).flatMap((request) => {
      const text = JSON.stringify(request.body)
      return request.url.includes('task.elapseditem.add') || text.includes('task.elapseditem.add') ? [text] : []
    })
    expect(add).toHaveLength(1)
    const created = /"CREATED_DATE":"([^"]+)"/.exec(add[0]!.replace(/\\"/g, '"'))?.[1] ?? /CREATED_DATE%5D=([^&"]+)/.exec(add[0]!)?.[1]
    expect(created, add[0]).toBeDefined()
    const instant = Date.parse(decodeURIComponent(created!))
    printFigure(`added from the empty ${days[saturday]} cell: CREATED_DATE ${decodeURIComponent(created!)}`)
    expect(dayIn(instant, 'Asia/Yekaterinburg')).toBe(days[saturday])
    expect(dayIn(Date.parse(`${days[saturday]}T12:00:00-10:00`), 'Asia/Yekaterinburg')).not.toBe(days[saturday])
    await expectNoAxeViolations(app, 'week after an add')
    await screenshot(page, 'timesheet-week-added-1280')
    await context.close()
  })
})

describe('request budgets', () => {
  it('20,000 entries of 43 people load in ≤ 10 HTTP requests, a month of a 30-person team too; the whole dataset grows by one request per 2,500 entries', async () => {
    const authors = [...new Set(TIMESHEET_ENTRIES.map(entry => entry.userId))].sort((a, b) => a - b)
    const { context, page, app, sessionId } = await open({ placement: 'default', user: DEMO.admin })
    await loaded(app, 'timesheet-week')
    const zone = zoneOf(DEMO.admin)
    const lastDay = dayIn(NOW, zone)
    const everyone = new Set(authors)
    const allDays = [...new Set(TIMESHEET_ENTRIES.map(entry => dayIn(entry.createdDate, zone)))].sort()

    async function openReport(hash: string, marker: string): Promise<number> {
      const before = await restCount(sessionId)
      await app.evaluate(target => (location.hash = target), hash)
      await app.waitForFunction(text => location.hash.includes(text), marker)
      await loaded(app, 'timesheet-report')
      return await restCount(sessionId) - before
    }
    const total = async () => Number(await app.getAttribute('[data-test="grid-total"]', 'data-seconds'))
    const seconds = (entries: readonly { seconds: number }[]) => entries.reduce((sum, entry) => sum + entry.seconds, 0)

    // The latest start day whose period to today holds at least 20,000 entries of the 43 people.
    const from = [...allDays].reverse().find(day => entriesOf(DEMO.admin, everyone, day, lastDay).length >= 20_000)!
    const twenty = entriesOf(DEMO.admin, everyone, from, lastDay)
    await watchFirstGrid(app)
    const twentyRequests = await openReport(`#/timesheet/report?period=custom&from=${from}&to=${lastDay}&people=${authors.join(',')}`, from)
    expect(await total()).toBe(seconds(twenty))
    const twentyFirstGrid = await app.evaluate(() => (window as unknown as FirstGridWindow).__firstGridRequests)
    printFigure(`${twenty.length} entries of ${authors.length} people (${from}…${lastDay}): first grid after ${twentyFirstGrid} HTTP request(s), all in after ${twentyRequests}`)
    expect(twentyFirstGrid).not.toBeNull()
    expect(twentyFirstGrid).toBeLessThanOrEqual(2)
    expect(twentyRequests).toBeLessThanOrEqual(10)
    await screenshot(page, 'timesheet-report-20000-1280')

    const firstDay = allDays[0]!
    const all = entriesOf(DEMO.admin, everyone, firstDay, lastDay)
    const allRequests = await openReport(`#/timesheet/report?period=custom&from=${firstDay}&to=${lastDay}&people=${authors.join(',')}`, firstDay)
    expect(await total()).toBe(seconds(all))
    printFigure(`the whole dataset, ${all.length} entries of ${authors.length} people (${firstDay}…${lastDay}): ${allRequests} HTTP request(s)`)
    // 50 pages of 50 rows per request (docs/timesheet.md#budgets), plus the first batch and the look-ups.
    expect(allRequests).toBeLessThanOrEqual(Math.ceil(all.length / 2_500) + 2)

    const team = authors.filter(id => id !== DEMO.author).slice(0, 30)
    const february = entriesOf(DEMO.admin, new Set(team), '2026-02-01', '2026-02-28')
    const monthRequests = await openReport(`#/timesheet/report?period=custom&from=2026-02-01&to=2026-02-28&people=${team.join(',')}`, '2026-02-01')
    expect(await total()).toBe(seconds(february))
    printFigure(`February, 30 people, ${february.length} entries: ${monthRequests} HTTP request(s)`)
    expect(monthRequests).toBeLessThanOrEqual(10)
    await expectNoAxeViolations(app, 'a month of 30 people')
    await context.close()
  }, 240_000)
})

describe('screenshots at 320 px', () => {
  it.each([
    { name: 'week', hash: '#/timesheet/week', view: 'timesheet-week' as const },
    { name: 'report', hash: `#/timesheet/report?period=this-month&project=${DEMO.project}`, view: 'timesheet-report' as const },
  ])('$name at 320 px: nothing scrolls sideways, axe finds nothing', async ({ name, hash, view }) => {
    const { context, page, app } = await open({ placement: 'default', user: DEMO.author }, { width: 320, height: 720 })
    await loaded(app, 'timesheet-week')
    await app.evaluate(target => (location.hash = target), hash)
    await loaded(app, view)
    await screenshot(page, `timesheet-app-page-${name}-320`)
    printFigure(`${name} at 320 px: the frame is ${await app.evaluate(() => document.documentElement.clientWidth)} px wide`)
    expect(await app.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
    // The answer in the first screen: the total (and a week's day totals) in the window with the app
    // frame at its top (the emulator's toolbar above it is no part of a portal), nothing scrolled
    // sideways, while the grid scrolls inside its own box.
    await page.evaluate(() => document.querySelector('iframe[name*="|"]')?.scrollIntoView({ block: 'start' }))
    const inFirstScreen = [`[data-test="grid-summary-total"]`, ...(name === 'week' ? [0, 6].map(column => `[data-test="summary-column-${column}"]`) : [])]
    for (const selector of inFirstScreen) {
      const box = (await (await app.$(selector))?.boundingBox()) ?? null
      expect(box, selector).not.toBeNull()
      expect(box!.x, selector).toBeGreaterThanOrEqual(0)
      expect(box!.x + box!.width, selector).toBeLessThanOrEqual(320)
      expect(box!.y + box!.height, selector).toBeLessThanOrEqual(720)
    }
    expect(Number(await app.getAttribute('[data-test="grid-summary-total"]', 'data-seconds'))).toBe(Number(await app.getAttribute('[data-test="grid-total"]', 'data-seconds')))
    if (name === 'week') {
      for (let column = 0; column < 7; column++)
        expect(await app.getAttribute(`[data-test="summary-column-${column}"]`, 'data-seconds')).toBe(await app.getAttribute(`[data-test="column-total-${column}"]`, 'data-seconds'))
    }
    await expectNoAxeViolations(app, `${name} at 320 px`)
    await context.close()
  })
})
