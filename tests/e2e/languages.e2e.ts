/**
 * Every portal language the app speaks besides English and Russian (de, la = Spanish, br =
 * Brazilian Portuguese, pl, ua = Ukrainian: docs/i18n.md) on every main screen: the list with its
 * breakdown and filters, the log-time form, an entry's page, the template tab, the timesheet's week
 * and report. Each screen's rendered text, tooltips and accessible names are scanned for English
 * words left untranslated, and the sidebar and the template tab are photographed at 320 px.
 *
 * "An English word" is a word of the app's English messages that the language's own messages never
 * use (so "Timer" in German or "Total" in Spanish are not flagged), read from the locale files
 * themselves. What the portal's data says (task titles, comments, people's names, template
 * descriptions: the emulator's demo data is English) is left out of the scan by its elements.
 */
import type { Browser, Frame } from 'playwright-core'
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, SCREENSHOT_DIR } from './support/browser'
import { go, listSettled, openTaskFrame, templateSettled } from './support/screens'

/** Portal code → the suffix of the app's locale files (`locales/<suffix>.json`). */
const LANGUAGES = [
  { portal: 'de', files: 'de', tag: 'de', templateHeading: 'Vorlage #139', sentence: 'Jeden Dienstag um 11:00' },
  { portal: 'la', files: 'es', tag: 'es', templateHeading: 'Plantilla #139', sentence: 'Cada martes a las 11:00' },
  { portal: 'br', files: 'pt-br', tag: 'pt-BR', templateHeading: 'Modelo #139', sentence: 'Toda terça-feira às 11:00' },
  { portal: 'pl', files: 'pl', tag: 'pl', templateHeading: 'Szablon #139', sentence: 'W każdy wtorek o 11:00' },
  { portal: 'ua', files: 'uk', tag: 'uk', templateHeading: 'Шаблон #139', sentence: 'Щовівторка об 11:00' },
] as const

/** Demo data (emulator/README.md): task 101 from template 139, its entry 1, its author 102. */
const DEMO = { task: 101, template: 139, entry: 1, author: 102 } as const

/** Elements that show the portal's data, not the app's words. */
const DATA_ELEMENTS = [
  '[data-test="task-title"]',
  '[data-test="entry-comment"]',
  '[data-test="detail-comment"]',
  '[data-test="user-name"]',
  '[data-user-id]',
  '[data-test="template-title"]',
  '[data-test="summary-description"]',
  '[data-test="created-tasks"] a',
  'tbody th[scope="row"]',
  'textarea',
].join(', ')

/** Names, not words: the brand, Bitrix24, file formats, the scope's own name. */
const NOT_WORDS = new Set(['task', 'lens', 'bitrix', 'csv', 'excel', 'xlsx', 'intranet', 'utc'])

const root = join(import.meta.dirname, '../..')

function localeFiles(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory())
      return localeFiles(path, suffix)
    return path.includes('/locales/') && (name === `${suffix}.json` || name.endsWith(`.${suffix}.json`)) ? [path] : []
  })
}

function strings(value: unknown): string[] {
  if (typeof value === 'string')
    return [value]
  return value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []
}

/** The words of a language's messages, lower case, placeholders left out. */
function vocabulary(suffix: string): Set<string> {
  const words = new Set<string>()
  for (const file of localeFiles(join(root, 'src'), suffix)) {
    for (const text of strings(JSON.parse(readFileSync(file, 'utf8')))) {
      for (const word of text.replace(/\{\w+\}/g, ' ').toLowerCase().match(/\p{L}+/gu) ?? [])
        words.add(word)
    }
  }
  return words
}

const english = vocabulary('en')

/** Month and weekday names as `Intl` writes them in the language (es "may.", pt "set.", "out."). */
function calendarWords(tag: string): string[] {
  const words: string[] = []
  for (let month = 0; month < 12; month++) {
    for (const style of ['long', 'short'] as const)
      words.push(...new Intl.DateTimeFormat(tag, { month: style, day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, month, 1)).toLowerCase().match(/\p{L}+/gu) ?? [])
  }
  for (let day = 0; day < 7; day++) {
    for (const style of ['long', 'short'] as const)
      words.push(...new Intl.DateTimeFormat(tag, { weekday: style, timeZone: 'UTC' }).format(Date.UTC(2026, 2, 16 + day)).toLowerCase().match(/\p{L}+/gu) ?? [])
  }
  return words
}

/** English words the language's messages and calendar never use: those must not be on its screens. */
function untranslatedWords(suffix: string, tag: string): Set<string> {
  const own = vocabulary(suffix)
  for (const word of calendarWords(tag))
    own.add(word)
  return new Set([...english].filter(word => word.length >= 3 && !own.has(word) && !NOT_WORDS.has(word)))
}

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/**
 * The frame's words without the portal's data: rendered text outside the data elements, tooltips
 * and accessible names, each with the data's own text cut out ("{task}, {day}: 1:30").
 */
async function appWords(app: Frame): Promise<string[]> {
  return app.evaluate((dataElements) => {
    const data = [...document.querySelectorAll(dataElements)]
    const dataTexts = data.map(element => element.textContent?.trim() ?? '').filter(text => text !== '').sort((a, b) => b.length - a.length)
    const withoutData = (text: string) => dataTexts.reduce((rest, cut) => rest.split(cut).join(' '), text)
    const texts: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!parent || data.some(element => element.contains(parent)) || parent.closest('script, style, template'))
        continue
      // Rendered only: a closed <details> or a display:none element has no client rects.
      if (parent.getClientRects().length === 0)
        continue
      // A heading such as "{task} · {day}" carries the data's text outside its element.
      texts.push(withoutData(node.textContent ?? ''))
    }
    for (const element of document.querySelectorAll('[title], [aria-label], [alt], [placeholder]')) {
      for (const name of ['title', 'aria-label', 'alt', 'placeholder']) {
        const value = element.getAttribute(name)
        if (value)
          texts.push(withoutData(value))
      }
    }
    return texts
  }, DATA_ELEMENTS)
}

function leftovers(screen: string, texts: readonly string[], untranslated: ReadonlySet<string>): string[] {
  const found: string[] = []
  for (const text of texts) {
    for (const match of text.matchAll(/\p{L}+/gu)) {
      if (untranslated.has(match[0].toLowerCase())) {
        const at = match.index ?? 0
        found.push(`${screen}: “${match[0]}” in “…${text.slice(Math.max(0, at - 30), at + match[0].length + 30).replace(/\s+/g, ' ')}…”`)
      }
    }
  }
  return found
}

async function timesheetSettled(app: Frame, view: string): Promise<void> {
  await app.waitForSelector(`[data-test="${view}"] :is([data-test="pivot-grid"], [data-test="week-empty"], [data-test="report-empty"], [data-test="timesheet-error"])`, { timeout: 60_000 })
  await app.waitForFunction(() => !document.querySelector('[role="progressbar"]'), undefined, { timeout: 60_000 })
}

describe.each(LANGUAGES)('the app in portal language $portal', ({ portal, files, tag, templateHeading, sentence }) => {
  const untranslated = untranslatedWords(files, tag)

  it('has a vocabulary to look for', () => {
    // The scan is only as good as its word list: hundreds of English words, a few dozen shared.
    expect(untranslated.size).toBeGreaterThan(300)
  })

  it('leaves no English word on the task screens, the template tab and the timesheet', async () => {
    const { page, app } = await openTaskFrame(browser, { lang: portal, placement: 'tab', task: DEMO.task, user: DEMO.author, width: 1280 })
    const found: string[] = []
    await listSettled(app)
    await app.click('[data-test="breakdown-toggle"]')
    await app.click('[data-test="toggle-filters"]')
    await app.waitForSelector('[data-test="entry-filters"]', { timeout: 30_000 })
    found.push(...leftovers('list, breakdown and filters', await appWords(app), untranslated))
    await app.click('[data-test="toggle-view"]')
    await app.waitForSelector('[data-test="open-shortcuts"]', { timeout: 30_000 })
    found.push(...leftovers('view menu', await appWords(app), untranslated))
    await app.click('[data-test="open-shortcuts"]')
    await app.waitForSelector('[data-test="shortcuts-dialog"]', { timeout: 30_000 })
    found.push(...leftovers('shortcuts dialog', await appWords(app), untranslated))
    await app.click('[data-test="shortcuts-close"]')
    await app.waitForSelector('[data-test="shortcuts-dialog"]', { state: 'hidden' })
    await app.click('[data-test="add-entry"]')
    await app.waitForSelector('[data-test="entry-form"]', { timeout: 30_000 })
    found.push(...leftovers('log-time form', await appWords(app), untranslated))

    await go(app, `#/tasks/${DEMO.task}/entries/${DEMO.entry}`)
    await app.waitForSelector('[data-test="entry-fields"]', { timeout: 30_000 })
    found.push(...leftovers('entry page', await appWords(app), untranslated))

    await go(app, `#/tasks/${DEMO.task}/template`)
    await templateSettled(app, DEMO.template)
    expect(await app.textContent('[data-test="template-inspector"]')).toContain(templateHeading)
    expect(await app.textContent('[data-test="template-inspector"]')).toContain(sentence)
    found.push(...leftovers('template tab', await appWords(app), untranslated))

    await go(app, '#/timesheet/week')
    await timesheetSettled(app, 'timesheet-week')
    found.push(...leftovers('timesheet week', await appWords(app), untranslated))
    // The week's chart and a cell's entries with their form: the demo author has time in this week.
    await app.click('[data-test="chart-button"]')
    await app.waitForSelector('[data-test="chart-svg"]', { timeout: 30_000 })
    await app.click('button[data-test^="cell-"]:not([data-seconds="0"])')
    await app.waitForSelector('[data-test="cell-entries"] [data-test="entry-duration"]', { timeout: 30_000 })
    await app.click('[data-test="cell-add"]')
    await app.waitForSelector('[data-test="cell-entries"] [data-test="entry-form"]', { timeout: 30_000 })
    found.push(...leftovers('timesheet week: chart, cell and its form', await appWords(app), untranslated))
    await go(app, '#/timesheet/report')
    await timesheetSettled(app, 'timesheet-report')
    found.push(...leftovers('timesheet report', await appWords(app), untranslated))
    await app.click('[data-test="export-button"]')
    await app.waitForSelector('[data-test="export-menu"]', { timeout: 30_000 })
    found.push(...leftovers('timesheet report: export menu', await appWords(app), untranslated))
    await page.close()
    expect(found).toEqual([])
  })

  it('fits the classic card\'s sidebar (a frame of at most 320 px) on the list and the template tab (screenshots)', async () => {
    const { page, app } = await openTaskFrame(browser, { lang: portal, placement: 'sidebar', task: DEMO.task, user: DEMO.author, width: 1280 })
    const frame = await page.$('iframe[name*="|"]')
    const photograph = async (name: string) => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true })
      await frame!.screenshot({ path: join(SCREENSHOT_DIR, `languages-${portal}-${name}-320.png`) })
    }
    expect((await frame!.boundingBox())!.width).toBeLessThanOrEqual(320)
    await listSettled(app)
    expect(await app.getAttribute('[data-test="app-root"]', 'lang')).toBe(tag)
    await photograph('sidebar')
    expect(await app.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    await go(app, `#/tasks/${DEMO.task}/template`)
    await templateSettled(app, DEMO.template)
    await photograph('template')
    expect(await app.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    await page.close()
  })
})
