/**
 * `npm run screenshots`: the pictures in docs/screenshots/, taken from the production build inside
 * the emulator's portal, at the widths people open the app at (a 300 px sidebar, a 320 px phone,
 * a 1280 px screen). Each picture is the app's frame as the portal shows it, cut to the first
 * screen (`--full` keeps the whole frame), so a reader sees what a user sees before scrolling.
 *
 * Usage: `npm run screenshots [-- --out dir] [--full] [--skip-build] [--only name,name]`.
 * The emulator's demo clock moves with today (pin it with EMULATOR_NOW for pictures that never change),
 * so the recurring templates look as they would on the day the pictures are taken.
 */
import type { Browser, Frame, Page } from 'playwright-core'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { build } from 'vite'

interface Shot {
  name: string
  query: Record<string, string>
  viewport: { width: number, height: number }
  /** The app route to open after the placement's own (a hash, e.g. a template). */
  hash?: string
  /** The new card opens the app only when its "Applications" row is clicked. */
  row?: string
  /** What must be on screen before the picture is taken. */
  ready: string
  /** Clicked in the app frame once `ready` is there, in order, each waiting for its `then`. */
  clicks?: ReadonlyArray<{ click: string, then: string }>
  /** Scrolled into view inside the frame before the picture (a drill-down opens below the grid). */
  reveal?: string
}

const FIRST_SCREEN_PX = 900

/** A timesheet view whose load has ended: its grid, or its empty state. */
const TIMESHEET_READY = ':is([data-test="timesheet-week"], [data-test="timesheet-report"]) :is([data-test="pivot-grid"], [data-test="week-empty"], [data-test="report-empty"])'

const SHOTS: readonly Shot[] = [
  { name: 'sidebar-en', query: { placement: 'sidebar', task: '101', user: '102', lang: 'en' }, viewport: { width: 1280, height: 900 }, ready: '[data-test="entry-count"]' },
  { name: 'sidebar-ru', query: { placement: 'sidebar', task: '101', user: '102', lang: 'ru' }, viewport: { width: 1280, height: 900 }, ready: '[data-test="entry-count"]' },
  { name: 'tab-wide', query: { placement: 'tab', task: '101', user: '102', lang: 'en' }, viewport: { width: 1280, height: 900 }, ready: '[data-test="entry-count"]' },
  { name: 'template-sidebar', query: { placement: 'sidebar', task: '101', user: '102', lang: 'en' }, viewport: { width: 1280, height: 900 }, hash: '#/tasks/101/template', ready: '[data-test="next-run"]' },
  { name: 'template-wide', query: { placement: 'tab', task: '101', user: '102', lang: 'en' }, viewport: { width: 1280, height: 900 }, hash: '#/tasks/101/template', ready: '[data-test="next-run"]' },
  { name: 'new-card-320', query: { card: 'new', task: '101', user: '102', lang: 'en' }, viewport: { width: 320, height: 640 }, row: 'TASK_VIEW_SIDEBAR', ready: '[data-test="entry-count"]' },
  { name: 'new-card-wide', query: { card: 'new', task: '101', user: '102', lang: 'en' }, viewport: { width: 1280, height: 900 }, row: 'TASK_VIEW_SIDEBAR', ready: '[data-test="entry-count"]' },
  // Every timesheet view at the slider's width (a 852 px frame in a 1280 px window), 1280 px and 320 px (docs/timesheet.md#screenshots).
  ...timesheetViews(),
]

/** Week, report, an open drill-down cell, the chart and the export menu, each at the three widths. */
function timesheetViews(): Shot[] {
  const drill = [{ click: '[data-test="pivot-grid"] button[data-seconds]:not([data-seconds="0"])', then: '[data-test="cell-entries"] [data-test="list-row"]' }]
  const chart = [{ click: '[data-test="chart-button"]', then: '[data-test="chart-svg"]' }]
  const exportMenu = [{ click: '[data-test="export-button"]', then: '[data-test="export-menu"]' }]
  const report = '#/timesheet/report?period=this-month&project=9'
  // Last week, which is full whatever weekday the pictures are taken on (the demo data ends today).
  const today = new Date()
  const lastMonday = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - ((today.getUTCDay() + 6) % 7) - 7)).toISOString().slice(0, 10)
  const week = `#/timesheet/week?week=${lastMonday}`
  const widths = [
    { width: 'slider' as const, query: { placement: 'user-toolbar', user: '102' }, viewport: { width: 1280, height: 900 } },
    { width: '1280' as const, query: { placement: 'default', user: '102' }, viewport: { width: 1280, height: 900 } },
    { width: '320' as const, query: { placement: 'default', user: '102' }, viewport: { width: 320, height: 640 } },
  ]
  // The report where it opens: above a project's task list (its slider), or on the app's page for the admin.
  const reportAt = { slider: { placement: 'group-toolbar', group: '9', user: '1' }, 1280: { placement: 'default', user: '1' }, 320: { placement: 'default', user: '1' } } as const
  const views: ReadonlyArray<Pick<Shot, 'hash' | 'clicks' | 'reveal'> & { view: string }> = [
    { view: 'week', hash: week },
    { view: 'report', hash: report },
    { view: 'drill', hash: week, clicks: drill, reveal: '[data-test="cell-entries"]' },
    { view: 'chart', hash: week, clicks: chart, reveal: '[data-test="timesheet-chart"]' },
    { view: 'export', hash: week, clicks: exportMenu },
  ]
  return views.flatMap(({ view, ...rest }) => widths.map(({ width, query, viewport }) => ({
    name: `timesheet-${view}-${width}`,
    query: { ...(view === 'report' ? reportAt[width] : query), lang: 'en' },
    viewport,
    // The report's own grid: the week's, there before the route changes, must not count.
    ready: view === 'report' ? '[data-test="timesheet-report"] :is([data-test="pivot-grid"], [data-test="report-empty"])' : TIMESHEET_READY,
    ...rest,
    ...(view === 'report' && width === 'slider' ? { hash: undefined } : {}),
  })))
}

const { values } = parseArgs({
  options: {
    'out': { type: 'string', default: 'docs/screenshots' },
    'full': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    'only': { type: 'string' },
  },
})

/** The frame the shot shows: the placement's own, or the slider's after a click on the card's row. */
async function openApp(page: Page, portalUrl: string, shot: Shot): Promise<Frame> {
  const url = new URL(portalUrl)
  for (const [key, value] of Object.entries(shot.query))
    url.searchParams.set(key, value)
  await page.goto(url.toString())
  let selector = 'iframe[name*="|"]'
  if (shot.row) {
    await page.waitForFunction(() => (window as unknown as { __emulator?: { ready: boolean } }).__emulator?.ready === true)
    await page.click(`[data-app-launch][data-placement="${shot.row}"]`)
    selector = '[data-slider] iframe[name*="|"]'
  }
  const app = await (await page.waitForSelector(selector)).contentFrame()
  if (!app)
    throw new Error(`${shot.name}: the portal page has no app frame`)
  if (shot.hash) {
    await app.waitForSelector('#app > *')
    await app.evaluate((hash) => {
      location.hash = hash
    }, shot.hash)
  }
  await app.waitForSelector(shot.ready, { timeout: 30_000 })
  await app.waitForFunction(() => !document.querySelector('[data-test="loading-more"], [aria-busy="true"], [data-test="timesheet-progress"]'), undefined, { timeout: 30_000 })
  for (const step of shot.clicks ?? []) {
    await app.click(step.click)
    await app.waitForSelector(step.then, { timeout: 30_000 })
  }
  return app
}

/** Waits until the portal has applied the frame's last resize request (two equal heights in a row). */
async function frameSettled(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(async (frameSelector) => {
    // No named helpers in here: the bundler would wrap them in a `__name` call the page lacks.
    const first = document.querySelector(frameSelector)?.getBoundingClientRect().height ?? 0
    await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))
    return first > 0 && first === (document.querySelector(frameSelector)?.getBoundingClientRect().height ?? 0)
  }, selector, { timeout: 10_000, polling: 250 })
}

async function take(browser: Browser, portalUrl: string, shot: Shot, outDir: string): Promise<string> {
  const page = await browser.newPage({ viewport: shot.viewport, deviceScaleFactor: 1 })
  try {
    const app = await openApp(page, portalUrl, shot)
    const selector = shot.row ? '[data-slider] iframe[name*="|"]' : 'iframe[name*="|"]'
    await frameSettled(page, selector)
    const frame = await page.waitForSelector(selector)
    await frame.scrollIntoViewIfNeeded()
    const box = await frame.boundingBox()
    if (!box)
      throw new Error(`${shot.name}: the app frame is not visible`)
    const path = join(outDir, `${shot.name}.png`)
    if (shot.reveal && !values.full) {
      // The part of the frame in the window once the element is scrolled into view (the frame or the page scrolls).
      await (await app.waitForSelector(shot.reveal)).scrollIntoViewIfNeeded()
      const shown = (await frame.boundingBox())!
      const top = Math.max(shown.y, 0)
      await page.screenshot({ path, clip: { x: shown.x, y: top, width: shown.width, height: Math.min(shown.y + shown.height, shot.viewport.height) - top } })
      return path
    }
    const height = values.full ? box.height : Math.min(box.height, FIRST_SCREEN_PX, shot.viewport.height)
    await page.screenshot({ path, clip: { x: box.x, y: box.y, width: box.width, height }, fullPage: values.full })
    return path
  }
  finally {
    await page.close()
  }
}

async function main(): Promise<void> {
  const outDir = resolve(values.out)
  mkdirSync(outDir, { recursive: true })
  const distDir = process.env.E2E_DIST ?? 'dist'
  if (!values['skip-build'])
    await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production', build: { outDir: distDir, emptyOutDir: true } })
  // Imported after the build: the emulator builds its demo data when its modules load.
  const { startEmulator } = await import('../emulator/server')
  const { startStaticServer } = await import('./serve.mjs')
  const app = await startStaticServer({ root: distDir, port: Number(process.env.APP_PORT ?? 14190) })
  const portal = await startEmulator({ port: Number(process.env.PORTAL_PORT ?? 18190), appUrl: app.url })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  const only = values.only?.split(',')
  try {
    for (const shot of SHOTS.filter(candidate => !only || only.includes(candidate.name)))
      console.log(await take(browser, portal.url, shot, outDir))
  }
  finally {
    await browser.close()
    await portal.close()
    await app.close()
  }
}

await main()
