/**
 * The time tab's rows in Chromium against the emulator, in a 320 px sidebar: a comment shows two
 * lines, and "More" (a real button, by keyboard) expands it in place and "Less" folds it back;
 * BBCode in a comment renders through the safe renderer (tags become markup, links open with
 * rel="noopener noreferrer", no script, no `javascript:` link, HTML stays text); the source icon
 * has a tooltip and an accessible name; dates read in the viewer's own zone; the shortcuts n, /,
 * e, Delete (twice) and ? act; a saved edit says "Saved" and Undo writes the previous values back;
 * axe finds nothing with a comment expanded or the shortcuts dialog open. The 220 px rule for the
 * first row at 320 px (en, ru) is layout.e2e.ts's. Screenshots at 320 px and 1280 px:
 * .artifacts/screenshots/entry-rows-*.png.
 */
import type { Browser, Frame, Page } from 'playwright-core'
import type { PortalQuery } from './support/browser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BASE_ENTRIES } from '../../emulator/data/entries'
import en from '../../src/features/time-entries/locales/en.json'
import shortcutsEn from '../../src/features/time-entries/locales/shortcuts.en.json'
import { animationsSettled, describeViolations, runAxe } from './support/axe'
import { launchBrowser, openPortal, restRequests, screenshot, waitForFrameFit } from './support/browser'

/**
 * Demo data (emulator/README.md): Peter Peters (102) authored entries in task 101 (3 entries);
 * Li Wei (105, Asia/Shanghai) works on task 104 (5,000 entries).
 */
const DEMO = { task: 101, author: 102, manyTask: 104, farUser: 105, farZone: 'Asia/Shanghai' } as const

/** Tags, two links (one hostile), raw HTML and enough words to need more than two lines at 320 px. */
const RICH_COMMENT = '[b]Release[/b] notes for the quarterly report, checked with finance and sales, see '
  + '[url=https://example.com/ticket/42]the ticket[/url] and [url=javascript:window.__xss=1]this[/url] '
  + '<script>window.__xss = 2</script><img src=x onerror="window.__xss = 3"> before the next review meeting on Friday'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** A sidebar (≈320 px frame) at a 1280 px window, or the wide slider; settled list. */
async function open(query: PortalQuery, placement: 'sidebar' | 'context' = 'sidebar'): Promise<{ page: Page, app: Frame, sessionId: string }> {
  const opened = await openPortal(browser, { placement, lang: 'en', ...query }, { width: 1280, height: 900 })
  await opened.app.waitForSelector('[data-test="entry-count"]', { timeout: 30_000 })
  await opened.app.waitForFunction(() => !document.querySelector('[data-test="loading-more"]'), undefined, { timeout: 30_000 })
  return opened
}

async function expectNoAxeViolations(app: Frame, label: string): Promise<void> {
  await animationsSettled(app)
  const violations = await runAxe(app)
  expect(violations, `axe on ${label}:\n${describeViolations(violations)}`).toEqual([])
}

/** Focus inside the frame on something that is not a field: the list's scroll box. */
async function focusList(app: Frame): Promise<void> {
  await app.focus('[data-test="entry-list"]')
}

/** The row showing a comment with these words. */
function rowWith(app: Frame, words: string) {
  return app.locator('[data-test="list-row"]', { has: app.locator('[data-test="entry-comment"]', { hasText: words }) })
}

async function activeTest(app: Frame): Promise<string | null> {
  return app.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.test ?? null)
}

describe('entry rows', () => {
  it('adds an entry with n, renders its BBCode safely, clamps it to two lines and expands it in place by keyboard', async () => {
    const { page, app } = await open({ task: DEMO.task, user: DEMO.author })
    expect((await (await page.waitForSelector('iframe[name*="|"]')).boundingBox())!.width).toBeLessThanOrEqual(320)

    // n opens the add form (the first key also loads the shortcuts' code).
    await focusList(app)
    await page.keyboard.press('n')
    await app.waitForSelector('[data-test="entry-form"]')
    await app.fill('input[data-test="form-duration"]', '0:45')
    await app.fill('[data-test="entry-form"] textarea', RICH_COMMENT)
    await app.click('[data-test="form-save"]')
    await app.waitForSelector('[data-test="entry-form"]', { state: 'detached' })

    const row = rowWith(app, 'Release notes')
    const comment = row.locator('[data-test="entry-comment"]')
    // The renderer is a lazy chunk: the tags become markup once it is in.
    await comment.locator('b, strong').first().waitFor()
    expect(await comment.locator('b, strong').first().textContent()).toBe('Release')
    const link = comment.locator('a[href="https://example.com/ticket/42"]')
    expect(await link.textContent()).toBe('the ticket')
    expect((await link.getAttribute('rel'))?.split(/\s+/).sort()).toEqual(['noopener', 'noreferrer'])
    expect(await link.getAttribute('target')).toBe('_blank')
    expect(await comment.locator('a[href^="javascript:" i], script, img').count()).toBe(0)
    expect(await comment.textContent()).toContain('<script>window.__xss = 2</script>')
    expect(await app.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null)).toBeNull()

    // Two lines, cut: "More" appears once the row has measured its comment.
    const toggle = row.locator('[data-test="entry-comment-toggle"]')
    await toggle.waitFor()
    const lineHeight = await comment.evaluate(element => Number.parseFloat(getComputedStyle(element).lineHeight))
    const collapsed = await comment.evaluate(element => ({ client: element.clientHeight, scroll: element.scrollHeight }))
    expect(collapsed.client).toBeLessThanOrEqual(Math.ceil(2 * lineHeight) + 1)
    expect(collapsed.scroll).toBeGreaterThan(collapsed.client + 1)
    const rowHeight = async () => row.evaluate(element => element.getBoundingClientRect().height)
    const collapsedRow = await rowHeight()
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    expect(await toggle.getAttribute('aria-controls')).toBe(await comment.getAttribute('id'))
    await screenshot(page, 'entry-rows-clamped-320')

    // By keyboard: focus the button, Enter. The row grows in place and shows the whole comment; focus stays.
    await toggle.focus()
    await page.keyboard.press('Enter')
    await app.waitForFunction(() => document.querySelector('[data-test="entry-comment-toggle"][aria-expanded="true"]') !== null)
    await app.waitForFunction((height) => {
      const expanded = document.querySelector('[data-test="entry-comment-toggle"][aria-expanded="true"]')?.closest('[data-test="list-row"]')
      return expanded !== null && expanded !== undefined && expanded.getBoundingClientRect().height > height
    }, collapsedRow)
    const expanded = await comment.evaluate(element => ({ client: element.clientHeight, scroll: element.scrollHeight }))
    expect(expanded.scroll).toBeLessThanOrEqual(expanded.client + 1)
    expect(await toggle.textContent()).toContain(en.list.less)
    expect(await activeTest(app)).toBe('entry-comment-toggle')
    await waitForFrameFit(page, app)
    await screenshot(page, 'entry-rows-expanded-320')
    await expectNoAxeViolations(app, 'a comment expanded at 320 px')

    await page.keyboard.press('Space')
    await app.waitForFunction(() => document.querySelector('[data-test="entry-comment-toggle"][aria-expanded="false"]') !== null)
    await app.waitForFunction((height) => {
      const folded = document.querySelector('[data-test="entry-comment-toggle"]')?.closest('[data-test="list-row"]')
      return folded !== null && folded !== undefined && Math.abs(folded.getBoundingClientRect().height - height) < 1
    }, collapsedRow)
    expect(await toggle.textContent()).toContain(en.list.more)

    // The source: an icon with a tooltip and a name for screen readers.
    const source = row.locator('[data-test="entry-source"]')
    expect(await source.getAttribute('title')).toBe(en.source.manual)
    expect((await source.locator('.sr-only').textContent())?.trim()).toBe(en.source.manual)
    expect(await source.locator('svg').getAttribute('aria-hidden')).toBe('true')
    await page.close()
  })

  it('shows dates in the viewer\'s own zone', async () => {
    const { page, app } = await open({ task: DEMO.manyTask, user: DEMO.farUser })
    const first = app.locator('[data-test="list-row"] [data-test^="entry-"][data-entry-id]').first()
    const id = Number(await first.getAttribute('data-entry-id'))
    const entry = BASE_ENTRIES.find(candidate => candidate.id === id)
    expect(entry, `entry ${id} in the demo data`).toBeDefined()
    const shown = (await first.locator('[data-test="entry-date"]').evaluate(link => link.firstChild?.textContent ?? '')).trim()
    // The browser's own Intl, from the emulator's data: the expected words do not come from the app.
    const expected = await app.evaluate(({ at, zone }) => new Intl.DateTimeFormat('en', { dateStyle: 'short', timeStyle: 'short', timeZone: zone }).format(new Date(at)), { at: entry!.createdDate, zone: DEMO.farZone })
    const inServerTime = await app.evaluate(at => new Intl.DateTimeFormat('en', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Etc/GMT-3' }).format(new Date(at)), entry!.createdDate)
    expect(shown).toBe(expected)
    expect(shown).not.toBe(inServerTime)
    await page.close()
  })

  it('acts on the shortcuts: ? lists them, / searches, e edits with Saved and Undo, Delete asks then deletes', async () => {
    const { page, app, sessionId } = await open({ task: DEMO.task, user: DEMO.author })

    // ? opens the list of shortcuts from the focused row; Escape closes it and focus returns.
    const mine = app.locator('[data-test="list-row"]', { has: app.locator('[data-test="entry-edit"]') }).first()
    const date = mine.locator('[data-test="entry-date"]')
    await date.focus()
    await page.keyboard.press('Shift+Slash')
    const dialog = app.locator('[data-test="shortcuts-dialog"]')
    await dialog.waitFor()
    expect(await dialog.evaluate(element => (element as HTMLDialogElement).open)).toBe(true)
    for (const key of ['n', '/', 'e', shortcutsEn.deleteKey, '?'])
      expect(await dialog.locator('kbd', { hasText: key }).count(), `the dialog lists ${key}`).toBeGreaterThan(0)
    await waitForFrameFit(page, app)
    await screenshot(page, 'entry-rows-shortcuts-320')
    await expectNoAxeViolations(app, 'the shortcuts dialog at 320 px')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(await activeTest(app)).toBe('entry-date')

    // e edits the focused row's entry; the save says "Saved" and Undo writes the old values back.
    const oldComment = (await mine.locator('[data-test="entry-comment"]').textContent())!.trim()
    const entryId = Number(await mine.locator('[data-entry-id]').getAttribute('data-entry-id'))
    await date.focus()
    await page.keyboard.press('e')
    await app.waitForSelector('[data-test="entry-form"]')
    expect(await app.inputValue('[data-test="entry-form"] textarea')).toBe(oldComment)
    await app.fill('[data-test="entry-form"] textarea', 'Changed by the e shortcut')
    await app.click('[data-test="form-save"]')
    const saved = app.locator('[data-test="saved"]')
    await saved.waitFor()
    expect(await saved.getAttribute('role')).toBe('status')
    expect(await saved.textContent()).toContain(en.saved.done)
    await rowWith(app, 'Changed by the e shortcut').waitFor()
    await app.click('[data-test="saved-undo"]')
    await rowWith(app, oldComment).waitFor()
    await saved.waitFor({ state: 'detached' })
    const updates = (await restRequests(sessionId)).filter(request => request.method === 'task.elapseditem.update')
    expect(updates).toHaveLength(2)
    expect((updates[1]!.body as Record<string, Record<string, unknown>>)['2']!.COMMENT_TEXT).toBe(oldComment)

    // Delete asks in the row (focus on its safe answer); Delete again confirms, at once.
    const row = app.locator(`[data-test="entry-${entryId}"]`)
    await row.locator('[data-test="entry-date"]').focus()
    await page.keyboard.press('Delete')
    await row.locator('[data-test="entry-confirm-delete"]').waitFor()
    expect(await activeTest(app)).toBe('entry-cancel-delete')
    await page.keyboard.press('Delete')
    await app.waitForSelector(`[data-test="undo-${entryId}"]`)
    await row.waitFor({ state: 'detached' })
    await app.waitForFunction(() => document.querySelector('[data-test="undo-bar"] [data-phase="deleted"]') !== null, undefined, { timeout: 15_000 })
    expect((await restRequests(sessionId)).filter(request => request.method === 'task.elapseditem.delete')).toHaveLength(1)

    // / opens the filters and puts the cursor in the comment search.
    await focusList(app)
    await page.keyboard.press('/')
    await app.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.testid === 'entries-search')
    await page.keyboard.type('figures')
    expect(await app.inputValue('[data-testid="entries-search"]')).toBe('figures')
    await page.close()
  })

  it('looks right at 320 px and in a 1280 px slider', async () => {
    for (const placement of ['sidebar', 'context'] as const) {
      const { page, app } = await open({ task: DEMO.task, user: DEMO.author }, placement)
      await waitForFrameFit(page, app)
      const width = placement === 'sidebar' ? 320 : 1280
      await screenshot(page, `entry-rows-${width}`)
      await expectNoAxeViolations(app, `the list in the ${placement}`)
      await page.close()
    }
  })
})
