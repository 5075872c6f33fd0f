/**
 * The portal sizes the app's frame to the app's content, also while the frame is below the fold.
 * Chromium does not run the rendering steps (ResizeObserver, requestAnimationFrame) of a cross-origin
 * frame that is off-screen, so a frame that waited for them stayed at its first height (the boot
 * screen's) until someone scrolled to it. These tests never scroll: the page stays at the top and
 * the frame's height must follow the content anyway.
 */
import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, openPortal } from './support/browser'

/** Demo data (emulator/README.md): task 101 has 3 entries, user 102 authored some. */
const DEMO = { task: 101, author: 102 } as const

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** The app's content height (its root element) and the frame's height in the portal page. */
async function heights(page: Page, app: Frame): Promise<{ content: number, frame: number, frameTop: number, viewport: number }> {
  const content = await app.evaluate(() => Math.ceil(document.querySelector('[data-test="app-root"]')?.getBoundingClientRect().height ?? 0))
  const { frame, frameTop, viewport } = await page.evaluate(() => {
    const box = document.querySelector('iframe[name*="|"]')!.getBoundingClientRect()
    return { frame: Math.round(box.height), frameTop: Math.round(box.top), viewport: window.innerHeight }
  })
  return { content, frame, frameTop, viewport }
}

/**
 * Waits until the frame is as tall as the content (±2 px), polling both documents; returns the last
 * measurement either way, so a failure says how far off the frame was.
 */
async function frameFollowsContent(page: Page, app: Frame, timeoutMs = 15_000): Promise<{ content: number, frame: number, frameTop: number, viewport: number }> {
  const deadline = Date.now() + timeoutMs
  let last = await heights(page, app)
  while (Date.now() < deadline) {
    if (last.content > 0 && Math.abs(last.frame - last.content) <= 2)
      return last
    // Polling, not a sleep: the wait ends as soon as the condition holds.
    await page.waitForFunction(() => true, undefined, { polling: 100, timeout: 1000 })
    last = await heights(page, app)
  }
  return last
}

async function entriesLoaded(app: Frame): Promise<void> {
  await app.waitForSelector('[data-test="entry-count"]', { timeout: 30_000 })
  await app.waitForFunction(() => !document.querySelector('[data-test="loading-more"]'), undefined, { timeout: 30_000 })
}

describe('frame height follows the content while the frame is off-screen', () => {
  it.each([320, 400, 600])('sidebar at a %i px wide window, never scrolled', async (width) => {
    const { page, app } = await openPortal(browser, { placement: 'sidebar', task: DEMO.task, user: DEMO.author, lang: 'en' }, { width, height: 640 })
    await entriesLoaded(app)
    const measured = await frameFollowsContent(page, app)
    const scrolled = await page.evaluate(() => window.scrollY)
    await page.close()
    // The scenario only means something if the frame really sat below the fold the whole time.
    expect(scrolled).toBe(0)
    expect(measured.frameTop).toBeGreaterThan(measured.viewport)
    expect(measured.content).toBeGreaterThan(200)
    expect(measured.frame, `frame ${measured.frame} px for ${measured.content} px of content`).toBeGreaterThanOrEqual(measured.content - 2)
    expect(measured.frame).toBeLessThanOrEqual(measured.content + 2)
  })

  it('shrinks again off-screen when the content gets shorter', async () => {
    const { page, app } = await openPortal(browser, { placement: 'sidebar', task: DEMO.task, user: DEMO.author, lang: 'en' }, { width: 400, height: 640 })
    await entriesLoaded(app)
    // DOM clicks, which move no focus: Playwright's own click (and any focus) scrolls the frame into view.
    const toggleFilters = () => app.$eval('[data-test="toggle-filters"]', button => (button as HTMLButtonElement).click())
    await toggleFilters()
    await app.waitForSelector('#entries-filters')
    const open = await frameFollowsContent(page, app)
    await toggleFilters()
    await app.waitForSelector('#entries-filters', { state: 'detached' })
    const closed = await frameFollowsContent(page, app)
    const scrolled = await page.evaluate(() => window.scrollY)
    await page.close()
    expect(scrolled).toBe(0)
    expect(closed.frameTop).toBeGreaterThan(closed.viewport)
    expect(Math.abs(open.frame - open.content)).toBeLessThanOrEqual(2)
    expect(closed.content).toBeLessThan(open.content)
    expect(Math.abs(closed.frame - closed.content), `frame ${closed.frame} px for ${closed.content} px of content`).toBeLessThanOrEqual(2)
  })
})
