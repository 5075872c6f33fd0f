/**
 * Accessibility in Chromium: axe-core runs inside the app frame on every main screen (en, and ru for
 * some) with zero serious or critical violations, and the sidebar works by keyboard alone: Tab reaches
 * every action with a visible focus ring, Enter/Space activate, Escape closes and focus goes back.
 */
import type { ImpactValue } from 'axe-core'
import type { Browser, Frame, Page } from 'playwright-core'
import type { PortalQuery } from './support/browser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeViolations, runAxe } from './support/axe'
import { launchBrowser, openPortal, screenshot } from './support/browser'

const BLOCKING: ReadonlyArray<ImpactValue> = ['serious', 'critical']

/**
 * Demo data (emulator/README.md): 102 authored entries in task 101 and is not an admin; task 102 has
 * no template; template 147 has corrupted serialized fields.
 */
const DEMO = { task: 101, manyTask: 104, taskWithoutTemplate: 102, template: 139, corruptedTemplate: 147, missingTemplate: 999_999, author: 102 } as const

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Waits until the entry list has finished loading. */
async function settled(app: Frame): Promise<void> {
  await app.waitForSelector('[data-test="entry-count"]', { timeout: 30_000 })
  await app.waitForFunction(() => !document.querySelector('[data-test="loading-more"]'), undefined, { timeout: 30_000 })
}

async function openTemplate(app: Frame, id: number): Promise<void> {
  await app.waitForSelector('main')
  await app.evaluate(target => (location.hash = `#/templates/${target}`), id)
}

interface Screen {
  name: string
  query: PortalQuery
  width?: number
  prepare: (app: Frame) => Promise<void>
}

const SCREENS: Screen[] = [
  { name: 'entries-sidebar-en', query: { placement: 'sidebar', task: DEMO.task }, prepare: settled },
  { name: 'entries-sidebar-ru', query: { placement: 'sidebar', task: DEMO.task, lang: 'ru' }, prepare: settled },
  { name: 'entries-5000-en', query: { placement: 'tab', task: DEMO.manyTask }, prepare: settled },
  {
    name: 'entries-filters-grouped-en',
    query: { placement: 'tab', task: DEMO.manyTask },
    prepare: async (app) => {
      await settled(app)
      await app.click('[data-test="toggle-filters"]')
      await app.click('[data-test="toggle-view"]')
      await app.click('label:has(> [data-test="group-user"])')
      await app.waitForSelector('[data-test="list-group"]')
    },
  },
  {
    name: 'entry-detail-en',
    query: { placement: 'sidebar', task: DEMO.task },
    prepare: async (app) => {
      await settled(app)
      await app.click('[data-test="list-row"] [data-test="entry-date"]')
      await app.waitForSelector('[data-test="entry-fields"]', { timeout: 30_000 })
    },
  },
  {
    name: 'entry-form-add-en',
    query: { placement: 'sidebar', task: DEMO.task },
    prepare: async (app) => {
      await settled(app)
      await app.click('[data-test="add-entry"]')
      await app.waitForSelector('[data-test="entry-form"]')
    },
  },
  {
    name: 'entry-form-invalid-ru',
    query: { placement: 'sidebar', task: DEMO.task, lang: 'ru' },
    prepare: async (app) => {
      await settled(app)
      await app.click('[data-test="entry-edit"]')
      await app.fill('input[data-test="form-duration"]', 'soon')
      await app.click('[data-test="form-save"]')
      await app.waitForSelector('[data-test="entry-form"] [id$="-error"]')
    },
  },
  {
    name: 'entry-delete-confirm-en',
    query: { placement: 'sidebar', task: DEMO.task },
    prepare: async (app) => {
      await settled(app)
      await app.click('[data-test="entry-delete"]')
      await app.waitForSelector('[data-test="entry-confirm-delete"]')
    },
  },
  {
    name: 'template-139-en',
    query: { placement: 'tab', task: DEMO.task },
    prepare: async (app) => {
      await openTemplate(app, DEMO.template)
      await app.waitForSelector('[data-test="next-run"]', { timeout: 30_000 })
    },
  },
  {
    name: 'template-139-raw-en',
    query: { placement: 'tab', task: DEMO.task },
    prepare: async (app) => {
      await openTemplate(app, DEMO.template)
      await app.waitForSelector('[data-test="template-title"]', { timeout: 30_000 })
      await app.click('button[role="switch"]')
      await app.waitForSelector('[data-test="raw-view"]')
    },
  },
  {
    name: 'template-139-raw-ru',
    query: { placement: 'sidebar', task: DEMO.task, lang: 'ru' },
    prepare: async (app) => {
      await openTemplate(app, DEMO.template)
      await app.waitForSelector('[data-test="template-title"]', { timeout: 30_000 })
      await app.click('button[role="switch"]')
      await app.waitForSelector('[data-test="raw-view"]')
    },
  },
  {
    name: 'template-not-found-en',
    query: { placement: 'tab', task: DEMO.task },
    prepare: async (app) => {
      await openTemplate(app, DEMO.missingTemplate)
      await app.waitForSelector('[data-test="template-not-found"]', { timeout: 30_000 })
    },
  },
  {
    name: 'template-tab-sidebar-ru',
    query: { placement: 'sidebar', task: DEMO.task, lang: 'ru' },
    prepare: async (app) => {
      await app.waitForSelector('main')
      await app.evaluate(task => (location.hash = `#/tasks/${task}/template`), DEMO.task)
      await app.waitForSelector('[data-test="template-inspector"][data-people-status="success"] [data-test="template-verdict"]', { timeout: 30_000 })
    },
  },
  {
    name: 'template-find-en',
    query: { placement: 'sidebar', task: DEMO.taskWithoutTemplate },
    prepare: async (app) => {
      await app.waitForSelector('main')
      await app.evaluate(task => (location.hash = `#/tasks/${task}/template`), DEMO.taskWithoutTemplate)
      await app.waitForSelector('[data-test="template-id-form"]', { timeout: 30_000 })
    },
  },
  {
    name: 'template-corrupted-en',
    query: { placement: 'tab', task: DEMO.task },
    prepare: async (app) => {
      await openTemplate(app, DEMO.corruptedTemplate)
      await app.waitForSelector('[data-test="template-inspector"][data-people-status="success"] [data-test="members-error"]', { timeout: 30_000 })
    },
  },
  {
    name: 'template-not-found-sidebar-ru',
    query: { placement: 'sidebar', task: DEMO.task, lang: 'ru' },
    prepare: async (app) => {
      await openTemplate(app, DEMO.missingTemplate)
      await app.waitForSelector('[data-test="template-not-found"]', { timeout: 30_000 })
    },
  },
  {
    name: 'timesheet-week-app-page-ru',
    query: { placement: 'default', lang: 'ru' },
    prepare: async (app) => {
      // The browser's clock is real here, so this week may hold no entries: the grid or its empty state.
      await app.waitForSelector('[data-test="timesheet-week"] :is([data-test="pivot-grid"], [data-test="week-empty"])', { timeout: 30_000 })
    },
  },
  {
    name: 'task-picker-en',
    query: { placement: 'default' },
    prepare: async (app) => {
      // The app menu opens My week (router.ts `homeLocation`); the picker is at #/pick.
      await app.waitForSelector('[data-test="timesheet-week"]', { timeout: 30_000 })
      await app.evaluate(() => (location.hash = '#/pick'))
      await app.waitForSelector('[data-test="task-picker"]', { timeout: 30_000 })
    },
  },
  {
    name: 'task-picker-invalid-ru',
    query: { placement: 'default', lang: 'ru' },
    prepare: async (app) => {
      // The app menu opens My week (router.ts `homeLocation`); the picker is at #/pick.
      await app.waitForSelector('[data-test="timesheet-week"]', { timeout: 30_000 })
      await app.evaluate(() => (location.hash = '#/pick'))
      await app.waitForSelector('[data-test="task-picker"]', { timeout: 30_000 })
      await app.click('[data-test="task-id-open"]')
      await app.waitForSelector('[data-test="task-picker"] [id$="-error"]')
    },
  },
]

describe('axe-core on every main screen', () => {
  it.each(SCREENS)('$name has no serious or critical violations', async ({ name, query, width, prepare }) => {
    const { page, app } = await openPortal(browser, { lang: 'en', user: DEMO.author, ...query }, { width: width ?? 1280, height: 900 })
    await prepare(app)
    // Let transitions finish: axe measures colours as painted.
    await page.waitForTimeout(300)
    const violations = await runAxe(app)
    const minor = violations.filter(violation => !BLOCKING.includes(violation.impact ?? 'minor'))
    if (minor.length > 0)
      console.warn(`[a11y] ${name}: ${minor.length} moderate/minor finding(s)\n${describeViolations(minor)}`)
    await screenshot(page, `a11y-${name}`)
    await page.close()
    const blocking = violations.filter(violation => BLOCKING.includes(violation.impact ?? 'minor'))
    expect(blocking, `axe on ${name}:\n${describeViolations(blocking)}`).toEqual([])
  })
})

/** What has focus inside the app frame: its test hook (or tag and text) and whether a ring is painted. */
async function focused(app: Frame): Promise<{ test: string, ring: boolean }> {
  return app.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body)
      return { test: 'body', ring: false }
    const hook = element.closest('[data-test]')?.getAttribute('data-test')
    const style = getComputedStyle(element)
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== ''
    // Radio options draw their ring on the label's <span> (peer-focus-visible).
    const sibling = element.nextElementSibling ? getComputedStyle(element.nextElementSibling) : null
    const siblingRing = sibling !== null && sibling.outlineStyle !== 'none' && Number.parseFloat(sibling.outlineWidth) > 0
    return { test: hook ?? `${element.tagName.toLowerCase()}:${element.textContent?.trim().slice(0, 20)}`, ring: outline || shadow || siblingRing }
  })
}

/** Presses Tab until focus leaves the app frame; returns every stop on the way. */
async function tabThrough(page: Page, app: Frame, limit = 80): Promise<Array<{ test: string, ring: boolean }>> {
  const stops: Array<{ test: string, ring: boolean }> = []
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const stop = await focused(app)
    if (stop.test === 'body')
      return stops
    stops.push(stop)
  }
  throw new Error(`Tab never left the app; stops: ${stops.map(stop => stop.test).join(' → ')}`)
}

describe('keyboard', () => {
  it('reaches every sidebar action with a visible focus ring; Enter, Space and Escape work and focus returns', async () => {
    const { page, app } = await openPortal(browser, { placement: 'sidebar', task: DEMO.task, user: DEMO.author, lang: 'en' })
    await settled(app)
    await app.click('[data-test="toggle-filters"]')
    await app.click('[data-test="toggle-view"]')
    await app.focus('[data-test="nav-entries"]')

    // Every stop after the first tab to the end of the app shows where focus is (the first was
    // focused by script after a click, which rightly draws no keyboard ring).
    const stops = await tabThrough(page, app)
    console.warn(`[a11y] tab order: ${stops.map(stop => stop.test).join(' → ')}`)
    const order = stops.map(stop => stop.test)
    for (const action of ['nav-task-template', 'add-entry', 'toggle-filters', 'toggle-view', 'export-csv', 'breakdown-toggle', 'filter-clear', 'entry-date', 'entry-edit', 'entry-delete'])
      expect(order).toContain(action)
    expect(order.indexOf('add-entry')).toBeLessThan(order.indexOf('entry-edit'))
    expect(stops.filter(stop => !stop.ring).map(stop => stop.test)).toEqual([])

    // Enter on "Add time" opens the form with focus inside; Escape closes it and focus returns.
    await app.focus('[data-test="add-entry"]')
    await page.keyboard.press('Enter')
    await app.waitForSelector('[data-test="entry-form"]')
    await expect.poll(async () => app.evaluate(() => document.activeElement?.closest('[data-test="entry-form"]') !== null)).toBe(true)
    await page.keyboard.press('Escape')
    await app.waitForSelector('[data-test="entry-form"]', { state: 'detached' })
    await expect.poll(async () => (await focused(app)).test).toBe('add-entry')

    // Space on a row's "Edit" opens the edit form; Escape returns focus to that "Edit".
    await app.focus('[data-test="entry-edit"]')
    await page.keyboard.press('Space')
    await app.waitForSelector('[data-test="entry-form"]')
    await expect.poll(async () => app.evaluate(() => document.activeElement?.closest('[data-test="entry-form"]') !== null)).toBe(true)
    await page.keyboard.press('Escape')
    await app.waitForSelector('[data-test="entry-form"]', { state: 'detached' })
    await expect.poll(async () => (await focused(app)).test).toBe('entry-edit')

    // Enter on "Delete" asks inline with focus on the safe choice; Escape cancels and returns focus.
    await app.focus('[data-test="entry-delete"]')
    await page.keyboard.press('Enter')
    await app.waitForSelector('[data-test="entry-confirm-delete"]')
    await expect.poll(async () => (await focused(app)).test).toBe('entry-cancel-delete')
    await screenshot(page, 'a11y-keyboard-confirm')
    await page.keyboard.press('Escape')
    await app.waitForSelector('[data-test="entry-confirm-delete"]', { state: 'detached' })
    await expect.poll(async () => (await focused(app)).test).toBe('entry-delete')
    await page.close()
  })

  it('works the entry page by keyboard: Escape closes the form and the question, focus returns', async () => {
    const { page, app } = await openPortal(browser, { placement: 'sidebar', task: DEMO.task, user: DEMO.author, lang: 'en' })
    await settled(app)
    // Entry 1 of task 101 is the author's (emulator demo data).
    await app.evaluate(task => (location.hash = `#/tasks/${task}/entries/1`), DEMO.task)
    await app.waitForSelector('[data-test="detail-edit"]', { timeout: 30_000 })
    await app.focus('[data-test="back-to-list"]')
    const stops = await tabThrough(page, app)
    expect(stops.map(stop => stop.test)).toEqual(expect.arrayContaining(['detail-edit', 'detail-delete']))
    expect(stops.filter(stop => !stop.ring).map(stop => stop.test)).toEqual([])

    await app.focus('[data-test="detail-edit"]')
    await page.keyboard.press('Enter')
    await app.waitForSelector('[data-test="entry-form"]')
    await expect.poll(async () => app.evaluate(() => document.activeElement?.closest('[data-test="entry-form"]') !== null)).toBe(true)
    await page.keyboard.press('Escape')
    await app.waitForSelector('[data-test="entry-form"]', { state: 'detached' })
    await expect.poll(async () => (await focused(app)).test).toBe('detail-edit')

    await app.focus('[data-test="detail-delete"]')
    await page.keyboard.press('Space')
    await expect.poll(async () => (await focused(app)).test).toBe('detail-cancel-delete')
    await page.keyboard.press('Escape')
    await expect.poll(async () => (await focused(app)).test).toBe('detail-delete')
    await page.close()
  })

  it('moves between the tabs with the keyboard', async () => {
    const { page, app } = await openPortal(browser, { placement: 'sidebar', task: DEMO.task, user: DEMO.author, lang: 'en' })
    await settled(app)
    await app.focus('[data-test="nav-entries"]')
    await page.keyboard.press('Tab')
    expect((await focused(app)).test).toBe('nav-task-template')
    await page.keyboard.press('Enter')
    await app.waitForSelector('[data-test="task-template-view"]', { timeout: 30_000 })
    expect(await app.getAttribute('[data-test="nav-task-template"]', 'aria-current')).toBe('page')
    await page.close()
  })
})
