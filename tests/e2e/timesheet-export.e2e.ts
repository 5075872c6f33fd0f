/**
 * The timesheet's exports, pickers and chart in Chromium against the emulator: the XLSX of the team
 * report read back in Node (tests/helpers/xlsx-read.ts) holds, cell by cell, the numbers the grid
 * shows (`data-seconds`), typed (durations as numbers formatted `[h]:mm`, days as date serials);
 * the CSV of a cell whose comment starts formulas never lets a cell start one; the people picker
 * finds someone through `user.search` and writes the choice into the link; the chart's table holds
 * the grid's column totals. Screenshots at 320 and 1280 px.
 */
import type { Browser, Frame, Page } from 'playwright-core'
import type { ReadCell } from '../helpers/xlsx-read'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readXlsx } from '../helpers/xlsx-read'
import { launchBrowser, portalUrl, restRequests, screenshot, SCREENSHOT_DIR, waitForFrameFit } from './support/browser'

/** The demo clock (emulator/data/clock.ts): the timesheet dataset is dated around it. */
const DEMO_NOW = new Date('2026-03-16T09:00:00Z')
/** The delivery department's head (emulator/data/timesheet-people.ts): sees the team's entries. */
const HEAD = 110
const TEAM = [110, 111, 112, 113]
const SECONDS_PER_DAY = 86_400

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** The app page (applications menu) as `user`, at `width`, then the timesheet route `hash`. */
async function open(hash: string, width = 1280, user = HEAD) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, timezoneId: 'Europe/Moscow', acceptDownloads: true })
  await page.clock.setSystemTime(DEMO_NOW)
  await page.goto(portalUrl({ placement: 'tab', task: 101, user, lang: 'en' }))
  const app = await (await page.waitForSelector('iframe[name*="|"]')).contentFrame()
  if (!app)
    throw new Error('the portal page has no app frame')
  await app.waitForSelector('main')
  await app.evaluate(target => (location.hash = target), hash)
  await app.waitForSelector('[data-test="timesheet-title"]', { timeout: 30_000 })
  const sessionId = await page.evaluate(() => (window as unknown as { __emulator: { sessionId: string } }).__emulator.sessionId)
  return { page, app, sessionId }
}

/** The grid is there and the load has ended (no progress line). */
async function settled(app: Frame): Promise<void> {
  await app.waitForSelector('[data-test="pivot-grid"]', { timeout: 30_000 })
  await app.waitForFunction(() => !document.querySelector('[data-test="timesheet-progress"]') && document.querySelector('[data-test="report-tools"] [data-test="export-button"]'), undefined, { timeout: 30_000 })
}

/** What the grid shows: for each body row and the totals row, the label and every cell's exact seconds. */
async function gridOnScreen(app: Frame) {
  return app.evaluate(() => {
    const table = document.querySelector('[data-test="pivot-grid"] table')!
    const read = (row: Element) => ({
      label: row.querySelector('th')?.textContent?.trim() ?? '',
      seconds: [...row.querySelectorAll('td')].map(cell => Number(cell.getAttribute('data-seconds') ?? cell.querySelector('[data-seconds]')?.getAttribute('data-seconds') ?? 0)),
    })
    return {
      header: [...table.querySelectorAll('thead th')].map(cell => cell.textContent?.trim() ?? ''),
      rows: [...table.querySelectorAll('tbody tr')].map(read),
      totals: [...table.querySelectorAll('tfoot tr')].map(read)[0]!,
    }
  })
}

/** The pickers live in a disclosure that starts closed in a narrow frame. */
async function openFilters(app: Frame): Promise<void> {
  if (!await app.$eval('[data-test="report-filters"]', details => (details as HTMLDetailsElement).open))
    await app.click('[data-test="report-whose"]')
  await app.waitForSelector('[data-test="people-input"]', { state: 'visible', timeout: 30_000 })
}

async function download(page: Page, app: Frame, format: 'csv' | 'xlsx', files = 1) {
  await app.click('[data-test="export-button"]')
  await app.waitForSelector(`[data-test="export-${format}"]`)
  const seen = new Set<string>()
  const downloads = Promise.all(Array.from({ length: files }, (_, index) => page.waitForEvent('download', { predicate: item => !seen.has(item.suggestedFilename()) && Boolean(seen.add(item.suggestedFilename())), timeout: 30_000 + index })))
  const [all] = await Promise.all([downloads, app.click(`[data-test="export-${format}"]`)])
  return Promise.all(all.map(async item => ({ name: item.suggestedFilename(), bytes: new Uint8Array(await readFile(await item.path())) })))
}

function secondsOf(cell: ReadCell | undefined): number {
  return cell === undefined ? 0 : Math.round(Number(cell.value) * SECONDS_PER_DAY)
}

/** The whole card, and the app's frame alone (what a reviewer looks at). */
async function shot(page: Page, app: Frame, name: string): Promise<void> {
  await waitForFrameFit(page, app)
  await screenshot(page, name)
  await (await app.frameElement()).screenshot({ path: join(SCREENSHOT_DIR, `${name}-app.png`) })
}

describe('the team report as a workbook', () => {
  it('holds the grid on screen, typed: durations [h]:mm, the open cell\'s days as dates', async () => {
    const { page, app } = await open(`#/timesheet/report?period=this-week&group=person&people=${TEAM.join(',')}`)
    await settled(app)
    const grid = await gridOnScreen(app)
    expect(grid.rows.length).toBeGreaterThan(1)

    // Open the first non-empty cell, so its entries travel as a third sheet.
    const cell = (await app.$$('button[data-test^="cell-"]:not([data-seconds="0"])'))[0]!
    await cell.click()
    await app.waitForSelector('[data-test="cell-entries"]')
    const cellRows = await app.$$eval('[data-test="cell-entries"] [data-test="entry-duration"]', rows => rows.length)

    const [file] = await download(page, app, 'xlsx')
    expect(file!.name).toMatch(/^timesheet-2026-03-16-2026-03-22\.xlsx$/)
    const sheets = readXlsx(file!.bytes)
    expect(sheets.map(sheet => sheet.name)).toHaveLength(3)
    const [pivot, plan, entries] = sheets

    // Header: the row header, the days, Total; frozen and bold.
    expect(pivot!.frozenRows).toBe(1)
    expect(pivot!.rows[0]!.map(header => header.bold)).toEqual(pivot!.rows[0]!.map(() => true))
    expect(pivot!.rows[0]).toHaveLength(grid.header.length)
    // Every body row: the label as text, every cell the grid's exact seconds as a [h]:mm number.
    expect(pivot!.rows.length).toBe(1 + grid.rows.length + 1)
    grid.rows.forEach((row, index) => {
      const cells = pivot!.rows[index + 1]!
      expect(cells[0]).toMatchObject({ type: 'inlineStr', value: row.label, hasFormula: false })
      const byColumn = new Map(cells.map(read => [read.ref.replace(/\d+$/, ''), read]))
      row.seconds.forEach((seconds, column) => {
        const read = byColumn.get(String.fromCharCode(66 + column))
        if (seconds === 0) {
          expect(read, `${row.label} column ${column}`).toBeUndefined()
          return
        }
        expect(read).toMatchObject({ type: 'n', formatCode: '[h]:mm', hasFormula: false })
        expect(secondsOf(read)).toBe(seconds)
      })
    })
    const totals = pivot!.rows.at(-1)!
    expect(totals.every(read => read.bold)).toBe(true)
    expect(secondsOf(totals.at(-1))).toBe(grid.totals.seconds.at(-1))

    expect(plan!.rows.length).toBeGreaterThan(1)
    expect(plan!.rows.slice(1).every(row => row.slice(1).every(read => read.formatCode === '[h]:mm' && read.type === 'n'))).toBe(true)

    // The open cell: one row per entry listed, its day a real date on the cell's day.
    expect(entries!.rows.length).toBe(1 + cellRows + 1)
    const day = entries!.rows[1]![0]!
    expect(day).toMatchObject({ type: 'n', formatCode: 'yyyy\\-mm\\-dd' })
    expect(Number(day.value)).toBeGreaterThanOrEqual(46_097) // 2026-03-16
    expect(Number(day.value)).toBeLessThanOrEqual(46_103) // 2026-03-22
    await page.close()
  })
})

describe('the week as CSV', () => {
  it('a comment that starts formulas never starts a cell', async () => {
    const hostile = '=HYPERLINK("http://example.com","x")'
    const { page, app } = await open('#/timesheet/week')
    await settled(app)
    // An empty cell of one's own week takes new time on that day.
    await app.click('button[data-test^="cell-"][data-seconds="0"]')
    await app.click('[data-test="cell-add"]')
    await app.fill('input[data-test="form-duration"]', '0:05')
    await app.fill('[data-test="entry-form"] textarea', hostile)
    await app.click('[data-test="form-save"]')
    await app.waitForSelector('[data-test="entry-form"]', { state: 'detached' })
    await app.waitForSelector('[data-test="cell-entries"] [data-test="entry-duration"]')
    await shot(page, app, 'timesheet-week-cell-1280')

    const files = await download(page, app, 'csv', 2)
    expect(files).toHaveLength(2)
    const cellFile = files.find(file => new TextDecoder().decode(file.bytes).includes('HYPERLINK'))!
    const text = new TextDecoder().decode(cellFile.bytes).replace(/^\uFEFF/, '')
    // Read with any separator a spreadsheet may split on, no cell starts a formula.
    for (const separator of [',', ';', '\t', '|']) {
      const starts = text.split(/\r?\n/).flatMap(line => line.split(separator)).map(cell => cell.replace(/^[\s\u200B"]*/, '')[0] ?? '')
      expect(starts.filter(first => first !== '' && '=+-@＝＋－＠'.includes(first)), `cells read with "${separator}"`).toEqual([])
    }
    expect(text).toContain('\'=HYPERLINK')
    await page.close()
  })
})

describe('pickers and chart', () => {
  it('finds a person through user.search, keeps the choice in the link, and the chart table adds up to the grid', async () => {
    const { page, app, sessionId } = await open('#/timesheet/report?period=this-week&group=person')
    await settled(app)
    await openFilters(app)
    await app.focus('[data-test="people-input"]')
    await page.keyboard.type('Schmidt')
    await app.waitForSelector('[data-test="people-option-111"]', { timeout: 30_000 })
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await app.waitForFunction(() => location.hash.includes('people=111'))
    const searches = (await restRequests(sessionId)).filter(request => request.url.includes('user.search'))
    expect(searches.length).toBeGreaterThanOrEqual(1)
    await settled(app)
    expect(await app.$('[data-test="people-chip-111"]')).not.toBeNull()

    await app.click('[data-test="chart-button"]')
    await app.waitForSelector('[data-test="chart-svg"]', { timeout: 30_000 })
    // The chart's table writes the grid's numbers: the same total, the same per-day totals.
    const gridTotals = await app.$$eval('[data-test="pivot-grid"] tfoot td', cells => cells.map(cell => cell.textContent?.trim() ?? ''))
    const chartTotals = await app.$$eval('[data-test="chart-table"] tbody tr td:last-child', cells => cells.map(cell => cell.textContent?.trim() ?? ''))
    const chartTotal = await app.$eval('[data-test="chart-table"] tfoot td:last-child', cell => cell.textContent?.trim())
    expect(chartTotal).toBe(gridTotals.at(-1))
    expect(chartTotals.map(text => (text === '0:00' ? '' : text))).toEqual(gridTotals.slice(0, -1))
    await page.close()
  })
})

describe('screenshots', () => {
  for (const width of [320, 1280]) {
    it(`report and week with pickers, export menu and chart at ${width} px`, async () => {
      const { page, app } = await open(`#/timesheet/report?period=last-week&group=person&people=${TEAM.join(',')}`, width)
      await settled(app)
      await app.click('[data-test="chart-button"]')
      await app.waitForSelector('[data-test="chart-svg"]', { timeout: 30_000 })
      await app.click('[data-test="export-button"]')
      await app.waitForSelector('[data-test="export-menu"]')
      await shot(page, app, `timesheet-report-tools-${width}`)
      await page.keyboard.press('Escape')
      await shot(page, app, `timesheet-report-${width}`)
      await openFilters(app)
      await app.focus('[data-test="people-input"]')
      await page.keyboard.type('an')
      await app.waitForSelector('[data-test="people-options"]:not([style*="none"])', { timeout: 30_000 })
      await shot(page, app, `timesheet-report-picker-${width}`)
      await app.evaluate(() => (location.hash = '#/timesheet/week'))
      await settled(app)
      await app.click('[data-test="chart-button"]')
      await app.waitForSelector('[data-test="chart-svg"]', { timeout: 30_000 })
      await shot(page, app, `timesheet-week-tools-${width}`)
      await page.close()
    })
  }
})
