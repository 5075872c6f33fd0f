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
  // The timesheet (docs/timesheet.md#where-it-opens): the app's own page, and the task lists' toolbars in their slider.
  { name: 'timesheet-week-wide', query: { placement: 'default', user: '102', lang: 'en' }, viewport: { width: 1280, height: 900 }, ready: TIMESHEET_READY },
  { name: 'timesheet-week-320', query: { placement: 'default', user: '102', lang: 'en' }, viewport: { width: 320, height: 640 }, ready: TIMESHEET_READY },
  { name: 'timesheet-week-slider', query: { placement: 'user-toolbar', user: '110', owner: '115', lang: 'en' }, viewport: { width: 1280, height: 900 }, ready: TIMESHEET_READY },
  { name: 'timesheet-report-slider', query: { placement: 'group-toolbar', group: '9', user: '1', lang: 'en' }, viewport: { width: 1280, height: 900 }, ready: TIMESHEET_READY },
  { name: 'timesheet-report-wide', query: { placement: 'default', user: '1', lang: 'en' }, viewport: { width: 1280, height: 900 }, hash: '#/timesheet/report?period=this-month&project=11', ready: '[data-test="timesheet-report"] :is([data-test="pivot-grid"], [data-test="report-empty"])' },
]

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
  await app.waitForFunction(() => !document.querySelector('[data-test="loading-more"], [aria-busy="true"]'), undefined, { timeout: 30_000 })
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
    await openApp(page, portalUrl, shot)
    const selector = shot.row ? '[data-slider] iframe[name*="|"]' : 'iframe[name*="|"]'
    await frameSettled(page, selector)
    const frame = await page.waitForSelector(selector)
    await frame.scrollIntoViewIfNeeded()
    const box = await frame.boundingBox()
    if (!box)
      throw new Error(`${shot.name}: the app frame is not visible`)
    const path = join(outDir, `${shot.name}.png`)
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
