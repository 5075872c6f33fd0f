/**
 * The list's filters in Chromium against the emulator: in a 320 px sidebar, "Last week" plus a
 * search shows exactly the entries of that week (in the portal's zone, UTC+3) whose comment holds
 * the words, whatever their case; the URL carries the filter and opens it again; chips remove one
 * filter each; axe finds nothing on the panel or the chips. The browser's clock is set to the
 * emulator's pinned "now" (EMULATOR_NOW), so "last week" means the same week to both.
 * Screenshots at 320 px and wide: .artifacts/screenshots/entry-filters-*.png.
 */
import type { Browser, Frame, Page } from 'playwright-core'
import type { PortalQuery } from './support/browser'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BASE_ENTRIES } from '../../emulator/data/entries'
import { animationsSettled, describeViolations, runAxe } from './support/axe'
import { launchBrowser, portalUrl, screenshot } from './support/browser'

/** Demo task 104 (5,000 entries, six authors) as Peter Peters (102). */
const DEMO = { task: 104, author: 102 } as const
const NOW = Date.parse(process.env.EMULATOR_NOW ?? '2026-03-16T12:00:00+03:00')
/** The emulator's server zone (emulator/data/clock.ts: UTC+03:00); the demo user has no zone of his own. */
const SERVER_OFFSET_MS = 3 * 3_600_000

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** The demo's own truth: entries of the task booked in the server-time week before the one of "now", with the words in the comment. */
function expectedIds(words: string): number[] {
  const wall = new Date(NOW + SERVER_OFFSET_MS)
  const weekday = (wall.getUTCDay() + 6) % 7
  const thisMonday = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate() - weekday) - SERVER_OFFSET_MS
  const start = thisMonday - 7 * 86_400_000
  return BASE_ENTRIES
    .filter(entry => entry.taskId === DEMO.task && entry.createdDate >= start && entry.createdDate < thisMonday)
    .filter(entry => entry.comment.toLowerCase().includes(words.toLowerCase()))
    .map(entry => entry.id)
    .sort((a, b) => a - b)
}

/** Opens the card with the browser's clock at the emulator's "now" (timers keep running). */
async function open(query: PortalQuery, viewport: { width: number, height: number }, hash?: string): Promise<{ page: Page, app: Frame }> {
  const context = await browser.newContext({ viewport })
  await context.clock.setFixedTime(NOW + 60_000)
  const page = await context.newPage()
  await page.goto(portalUrl({ task: DEMO.task, user: DEMO.author, lang: 'en', ...query }))
  const app = await (await page.waitForSelector('iframe[name*="|"]')).contentFrame()
  if (!app)
    throw new Error('the portal page has no app frame')
  await app.waitForSelector('[data-test="entries-view"]', { timeout: 30_000 })
  if (hash)
    await app.evaluate(target => (location.hash = target), hash)
  await app.waitForSelector('[data-test="entry-count"]', { timeout: 30_000 })
  await app.waitForFunction(() => !document.querySelector('[data-test="loading-more"]'), undefined, { timeout: 30_000 })
  return { page, app }
}

/** Ids of the entry rows the list renders (all of them: the filtered list is shorter than the virtual window). */
async function shownIds(app: Frame): Promise<number[]> {
  return app.$$eval('[data-test="list-row"] [data-test^="entry-"]', rows => rows
    .map(row => /^entry-(\d+)$/.exec((row as HTMLElement).dataset.test ?? '')?.[1])
    .filter((id): id is string => id !== undefined)
    .map(Number)
    .sort((a, b) => a - b))
}

async function expectNoAxeViolations(app: Frame, label: string): Promise<void> {
  await animationsSettled(app)
  const violations = await runAxe(app)
  expect(violations, `axe on ${label}:\n${describeViolations(violations)}`).toEqual([])
}

const WORDS = 'Созвон с клиентом'
const TYPED = 'СОЗВОН С КЛИЕНТОМ'

describe('filters people use', () => {
  it.each([
    { name: '320', query: { placement: 'sidebar' }, viewport: { width: 1280, height: 900 }, maxFrame: 320 },
    { name: 'wide', query: { placement: 'context' }, viewport: { width: 1440, height: 900 }, maxFrame: 1440 },
  ])('"Last week" and a search show exactly that week\'s matching entries ($name)', async ({ name, query, viewport, maxFrame }) => {
    const expected = expectedIds(WORDS)
    expect(expected.length, 'the demo data has such entries last week').toBeGreaterThan(0)
    const { page, app } = await open(query, viewport)
    const frame = await (await page.waitForSelector('iframe[name*="|"]')).boundingBox()
    expect(frame!.width).toBeLessThanOrEqual(maxFrame)

    await app.click('[data-test="toggle-filters"]')
    await app.waitForSelector('[data-testid="entries-search"]')
    await app.click('[data-test="preset-last-week"]')
    await app.fill('#entries-search', TYPED)
    await app.waitForFunction(count => document.querySelector('[data-test="entry-count"]')?.textContent?.trim().startsWith(`Filtered: ${count} of 5,000`), expected.length, { timeout: 10_000 })
    expect(await shownIds(app)).toEqual(expected)
    expect((await app.textContent('[data-test="entry-count"]'))?.trim()).toBe(`Filtered: ${expected.length} of 5,000 entries`)
    const hash = await app.evaluate(() => decodeURIComponent(location.hash))
    expect(hash).toMatch(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/)
    expect(hash).toContain(`q=${TYPED}`.replaceAll(' ', '+'))
    await expectNoAxeViolations(app, `the filter panel (${name})`)
    await screenshot(page, `entry-filters-panel-${name}`)

    // Closed, the chips say what is on; each × removes its filter only.
    await app.click('[data-test="toggle-filters"]')
    await app.waitForSelector('[data-test="chip-period"]')
    expect(await app.$$eval('[data-test^="chip-"]', chips => chips.map(chip => chip.textContent?.trim()))).toEqual(['Last week', `“${TYPED}”`])
    await expectNoAxeViolations(app, `the chips (${name})`)
    await screenshot(page, `entry-filters-chips-${name}`)
    await app.click('[data-test="chip-period"]')
    await app.waitForFunction(() => !document.querySelector('[data-test="chip-period"]'))
    const matchingAnyDay = BASE_ENTRIES.filter(entry => entry.taskId === DEMO.task && entry.comment.toLowerCase().includes(WORDS.toLowerCase())).length
    await app.waitForFunction(count => document.querySelector('[data-test="entry-count"]')?.textContent?.includes(`Filtered: ${count} of`), matchingAnyDay.toLocaleString('en'))
    await page.context().close()
  })

  it('opens a shared link with the same filter, the panel closed and the first row high up', async () => {
    const expected = expectedIds(WORDS)
    const { page: first, app: firstApp } = await open({ placement: 'sidebar' }, { width: 1280, height: 900 })
    await firstApp.click('[data-test="toggle-filters"]')
    await firstApp.click('[data-test="preset-last-week"]')
    await firstApp.fill('#entries-search', WORDS)
    await firstApp.press('#entries-search', 'Enter')
    await firstApp.waitForFunction(() => location.hash.includes('q='))
    const hash = await firstApp.evaluate(() => location.hash)
    await first.context().close()

    const { page, app } = await open({ placement: 'sidebar' }, { width: 1280, height: 900 }, hash)
    await app.waitForSelector('[data-test="chip-search"]')
    expect(await app.$('#entries-filters')).toBeNull()
    expect(await shownIds(app)).toEqual(expected)
    await page.context().close()
  })

  it('ignores bad filter values in the URL and shows every entry', async () => {
    const { page, app } = await open({ placement: 'sidebar' }, { width: 1280, height: 900 }, `#/tasks/${DEMO.task}/entries?source=radio&from=2026-02-30&q=`)
    expect((await app.textContent('[data-test="entry-count"]'))?.trim()).toBe('5,000 entries')
    expect(await app.$('[data-test="filter-chips"]')).toBeNull()
    await page.context().close()
  })
})
