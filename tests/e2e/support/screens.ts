/**
 * Opening the demo task's frame and waiting for its screens, for the scans that walk every screen
 * in a language (languages.e2e.ts, words.e2e.ts). Waits are on conditions the app sets, never on
 * time.
 */
import type { Browser, Frame, Page } from 'playwright-core'
import { portalUrl } from './browser'

/** The demo clock (emulator/README.md): the demo data lies around this instant. */
export const DEMO_NOW = new Date('2026-03-16T09:00:00Z')

export interface TaskFrameOptions {
  lang: string
  placement: string
  task: number
  user: number
  width?: number
}

/**
 * The app's frame in a task card at the demo clock, for a viewer in Berlin (another zone than the
 * server's), once the app has mounted.
 *
 * @example
 * const { page, app } = await openTaskFrame(browser, { lang: 'de', placement: 'sidebar', task: 101, user: 102, width: 320 })
 */
export async function openTaskFrame(browser: Browser, options: TaskFrameOptions): Promise<{ page: Page, app: Frame }> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 }, timezoneId: 'Europe/Berlin' })
  await page.clock.setSystemTime(DEMO_NOW)
  await page.goto(portalUrl({ placement: options.placement, task: options.task, user: options.user, lang: options.lang }))
  const app = await (await page.waitForSelector('iframe[name*="|"]')).contentFrame()
  if (!app)
    throw new Error('the portal page has no app frame')
  await app.waitForSelector('main')
  return { page, app }
}

/** Moves the app to a route by its hash, as a shared link would. */
export async function go(app: Frame, hash: string): Promise<void> {
  await app.evaluate((target) => {
    location.hash = target
  }, hash)
}

/** The time list is done when it counts its entries and loads no more pages. */
export async function listSettled(app: Frame): Promise<void> {
  await app.waitForSelector('[data-test="entry-count"]', { timeout: 30_000 })
  await app.waitForFunction(() => !document.querySelector('[data-test="loading-more"]'), undefined, { timeout: 30_000 })
}

/**
 * A template screen is done when it has a verdict (or says the template is not found or failed)
 * and its people and created tasks have answered; with an id, only that template's screen counts.
 */
export async function templateSettled(app: Frame, id?: number): Promise<void> {
  const inspector = id === undefined ? '[data-test="template-inspector"]' : `[data-test="template-inspector"][data-template-id="${id}"]`
  await app.waitForSelector(`${inspector} :is([data-test="template-verdict"], [data-test="template-not-found"], [data-test="template-error"])`, { timeout: 30_000 })
  await app.waitForFunction(() => {
    const inspector = document.querySelector('[data-test="template-inspector"]')
    const created = document.querySelector('[data-test="created-tasks"]')
    return inspector?.getAttribute('data-people-status') !== 'loading' && created?.getAttribute('data-created-status') !== 'loading'
  }, undefined, { timeout: 30_000 })
}
