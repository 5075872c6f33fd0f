/**
 * The time-entry viewer in Chromium against the portal emulator: request budgets counted from the
 * emulator's log (0, 3 and 5,000 entries), an add-edit-delete cycle as the author, read-only for
 * someone else, an entry id of another task, a failed save that keeps the input, ru and en.
 * Demo ids come from emulator/README.md.
 */
import type { Browser, Frame, Page } from 'playwright-core'
import type { PortalQuery } from './support/browser'
import { readFile } from 'node:fs/promises'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, openPortal, portalUrl, restRequests, screenshot, waitForFrameFit } from './support/browser'

const DEMO = {
  emptyTask: Number(process.env.E2E_TASK_EMPTY ?? 102),
  threeTask: Number(process.env.E2E_TASK_THREE ?? 101),
  manyTask: Number(process.env.E2E_TASK_MANY ?? 104),
  /** Author of entries in the three-entry task, not an admin. */
  author: Number(process.env.E2E_USER_AUTHOR ?? 102),
  /** Neither admin nor author of the entry used below. */
  stranger: Number(process.env.E2E_USER_STRANGER ?? 103),
}

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function open(query: PortalQuery, hash?: string) {
  const opened = await openPortal(browser, { placement: 'sidebar', lang: 'en', ...query }, { width: 1100, height: 900 })
  if (hash) {
    // Let the app finish its own first navigation (`#/` → the placement's task) before ours.
    await opened.app.waitForSelector('[data-test="entries-view"]', { timeout: 30_000 })
    await opened.app.evaluate(target => (location.hash = target), hash)
  }
  return opened
}

async function restCalls(sessionId: string) {
  return (await restRequests(sessionId)).filter(request => request.url.includes('/rest/'))
}

/** Screenshots the card once the portal has grown the app frame to its content (the app's resizeWindow). */
async function shot(page: Page, app: Frame, name: string): Promise<void> {
  await waitForFrameFit(page, app)
  await screenshot(page, name)
}

/** Prints what was measured, so the numbers can be quoted from the test log. */
function report(label: string, calls: Array<{ method: string }>): void {
  console.warn(`[time-entries] ${label}: ${calls.length} HTTP request(s): ${calls.map(call => call.method).join(', ')}`)
}

/** Waits until the list has settled (no "Loaded … of …" progress line). */
async function settled(app: Frame) {
  await app.waitForSelector('[data-test="entry-count"]', { timeout: 30_000 })
  await app.waitForFunction(() => !document.querySelector('[data-test="loading-more"]'), undefined, { timeout: 30_000 })
}

describe('request budget', () => {
  it('opens a task without entries in one request', async () => {
    const { page, app, sessionId } = await open({ task: DEMO.emptyTask, user: DEMO.author })
    await app.waitForSelector('[data-test="entries-empty"]', { timeout: 30_000 })
    const calls = await restCalls(sessionId)
    report('0 entries', calls)
    expect(calls.map(call => call.method)).toEqual(['batch'])
    await shot(page, app, 'time-entries-empty-en')
    await page.close()
  })

  it('opens a task with 3 entries in at most two requests', async () => {
    const { page, app, sessionId } = await open({ task: DEMO.threeTask, user: DEMO.author })
    await settled(app)
    expect(await app.locator('[data-test="list-row"]').count()).toBe(3)
    const calls = await restCalls(sessionId)
    report('3 entries', calls)
    expect(calls.length).toBeLessThanOrEqual(2)
    expect(calls.every(call => call.method === 'batch')).toBe(true)
    await shot(page, app, 'time-entries-three-en')
    await page.close()
  })

  it('loads 5,000 entries completely in at most six requests and renders ≤ 100 rows', async () => {
    const { page, app, sessionId } = await open({ task: DEMO.manyTask, user: DEMO.author })
    await settled(app)
    expect(await app.textContent('[data-test="entry-count"]')).toContain('5,000')
    const calls = await restCalls(sessionId)
    report('5,000 entries', calls)
    // The opening, then batches of 20 pages (docs/development.md#request-budget).
    expect(calls.length).toBeLessThanOrEqual(6)
    expect(await app.locator('[data-test="list-row"]').count()).toBeLessThanOrEqual(100)
    await app.locator('[data-test="entry-list"]').evaluate((element) => {
      element.scrollTop = element.scrollHeight / 2
    })
    await app.waitForTimeout(200)
    expect(await app.locator('[data-test="list-row"]').count()).toBeLessThanOrEqual(100)
    await shot(page, app, 'time-entries-5000-en')
    await page.close()
  })
})

describe('editing as the author', () => {
  it('adds, edits and deletes an entry', async () => {
    const { page, app, sessionId } = await open({ task: DEMO.threeTask, user: DEMO.author })
    await settled(app)
    const before = await app.locator('[data-test="list-row"]').count()

    await app.click('[data-test="add-entry"]')
    await app.fill('input[data-test="form-duration"]', 'soon')
    await app.click('[data-test="form-save"]')
    await app.waitForSelector('text=Could not read this duration.')
    await app.fill('input[data-test="form-duration"]', '1h 30m')
    await app.fill('[data-test="entry-form"] textarea', 'E2E <b>added</b>')
    await app.click('[data-test="form-save"]')
    await app.waitForSelector('[data-test="entry-form"]', { state: 'detached' })
    expect(await app.locator('[data-test="list-row"]').count()).toBe(before + 1)
    const added = app.locator('[data-test="list-row"]', { hasText: 'E2E <b>added</b>' })
    expect(await added.locator('[data-test="entry-duration"]').textContent()).toBe('1:30')
    await shot(page, app, 'time-entries-added-en')

    await added.locator('[data-test="entry-edit"]').click()
    await app.fill('input[data-test="form-duration"]', '2:15')
    await app.click('[data-test="form-save"]')
    await app.waitForSelector('[data-test="entry-form"]', { state: 'detached' })
    const edited = app.locator('[data-test="list-row"]', { hasText: 'E2E <b>added</b>' })
    expect(await edited.locator('[data-test="entry-duration"]').textContent()).toBe('2:15')

    await edited.locator('[data-test="entry-delete"]').click()
    await app.click('[data-test="entry-confirm-delete"]')
    await app.waitForSelector('[data-test="undo"]')
    await shot(page, app, 'time-entries-undo-en')
    expect(await app.locator('[data-test="list-row"]').count()).toBe(before)
    await app.waitForSelector('[data-test="undo"]', { state: 'detached', timeout: 15_000 })

    const writes = (await restCalls(sessionId)).map(call => call.method).filter(method => method.startsWith('task.elapseditem.'))
    expect(writes).toEqual(['task.elapseditem.add', 'task.elapseditem.update', 'task.elapseditem.delete'])
    const update = (await restCalls(sessionId)).find(call => call.method === 'task.elapseditem.update')!
    expect(Object.keys((update.body as Record<string, Record<string, unknown>>)['2']!).sort()).toEqual(['COMMENT_TEXT', 'CREATED_DATE', 'SECONDS'])
    await page.close()
  })

  it('keeps the input when the save fails', async () => {
    const { page, app, sessionId } = await open({ task: DEMO.threeTask, user: DEMO.author })
    await settled(app)
    await app.click('[data-test="add-entry"]')
    await app.fill('input[data-test="form-duration"]', '0:45')
    await app.fill('[data-test="entry-form"] textarea', 'Will not be lost')
    // From now on the portal answers with an HTML error page.
    await fetch(new URL(`/__emulator/sessions/${sessionId}/faults`, portalUrl()), { method: 'POST', body: JSON.stringify({ fault: 'http500', faultCount: 5 }) })
    await app.click('[data-test="form-save"]')
    await app.waitForSelector('[data-test="form-error"]', { timeout: 30_000 })
    expect(await app.inputValue('input[data-test="form-duration"]')).toBe('0:45')
    expect(await app.inputValue('[data-test="entry-form"] textarea')).toBe('Will not be lost')
    expect(await app.locator('[data-test="list-row"]').count()).toBe(3)
    await shot(page, app, 'time-entries-save-failed-en')
    await page.close()
  })
})

describe('someone else\'s entry', () => {
  it('is read-only for a non-admin who is not its author', async () => {
    const { page, app } = await open({ task: DEMO.threeTask, user: DEMO.stranger })
    await settled(app)
    const others = app.locator('[data-test="list-row"]', { hasNot: app.locator('[data-test="entry-edit"]') })
    expect(await others.count()).toBeGreaterThan(0)
    const firstId = await others.first().locator('[data-test^="entry-"]').first().getAttribute('data-test')
    await others.first().locator('[data-test="entry-date"]').click()
    await app.waitForSelector('[data-test="entry-fields"]')
    expect(await app.locator('[data-test="detail-actions"]').count()).toBe(0)
    // `get` escapes the comment, `getlist` does not: the detail shows the same text as the list.
    if (firstId === 'entry-1')
      expect(await app.textContent('[data-test="detail-comment"]')).toBe('Collected figures from <b>finance</b> & sales')
    expect(firstId).toMatch(/^entry-\d+$/)
    await shot(page, app, 'time-entries-readonly-en')
    await page.close()
  })

  it('flags an entry id of another task', async () => {
    const probe = await open({ task: DEMO.manyTask, user: DEMO.author })
    await settled(probe.app)
    const foreign = await probe.app.locator('[data-test="list-row"] [data-test^="entry-"]').first().getAttribute('data-test')
    await probe.page.close()
    const itemId = foreign!.replace('entry-', '')
    const { page, app } = await open({ task: DEMO.threeTask, user: DEMO.author }, `#/tasks/${DEMO.threeTask}/entries/${itemId}`)
    await app.waitForSelector('[data-test="entry-other-task"]', { timeout: 30_000 })
    expect(await app.textContent('[data-test="entry-other-task"]')).toContain(`belongs to task #${DEMO.manyTask}`)
    await shot(page, app, 'time-entries-other-task-en')
    await page.close()
  })
})

describe('preferences', () => {
  it('keeps the duration format per user across reloads (options.userSet) and grouping in the URL', async () => {
    // A task member no other test opens as: user options live for the emulator's lifetime, as on a portal.
    const user = Number(process.env.E2E_USER_PREFERENCES ?? 101)
    const first = await open({ task: DEMO.threeTask, user })
    await settled(first.app)
    await first.app.click('[data-test="toggle-view"]')
    await first.app.click('label:has([data-test="format-hh:mm:ss"])')
    await first.app.click('label:has([data-test="group-day"])')
    expect(await first.app.evaluate(() => location.hash)).toMatch(/group=day/)
    expect(await first.app.textContent('[data-test="shown-total"]')).toMatch(/\b\d{2}:\d{2}:\d{2}$/)
    await first.page.waitForFunction(() => (window as unknown as { __emulator: { messages: string[] } }).__emulator.messages.some(message => message.startsWith('setUserOption')))
    await first.page.close()

    const second = await open({ task: DEMO.threeTask, user })
    await settled(second.app)
    expect(await second.app.textContent('[data-test="shown-total"]')).toMatch(/\b\d{2}:\d{2}:\d{2}$/)
    await second.app.click('[data-test="toggle-view"]')
    await second.app.click('label:has([data-test="format-h:mm"])')
    await second.page.close()
  })
})

describe('csv export', () => {
  it.each([
    { lang: 'en', separator: ',', header: 'Date', hours: 'Decimal hours' },
    { lang: 'ru', separator: ';', header: 'Дата', hours: 'Десятичные часы' },
  ])('downloads the visible rows as UTF-8 CSV with a BOM ($lang, "$separator")', async ({ lang, separator, header, hours }) => {
    const { page, app } = await open({ task: DEMO.threeTask, user: DEMO.author, lang })
    await settled(app)
    await app.click('[data-test="toggle-view"]')
    const [download] = await Promise.all([page.waitForEvent('download'), app.click('[data-test="export-csv"]')])
    expect(download.suggestedFilename()).toBe(`task-${DEMO.threeTask}-time.csv`)
    const text = await readFile(await download.path(), 'utf8')
    expect(text.startsWith('\uFEFF')).toBe(true)
    const lines = text.slice(1).trimEnd().split('\r\n')
    expect(lines[0]!.split(separator)[0]).toBe(`"${header}"`)
    // The number column says what it is: hours as a decimal number, not h:mm.
    expect(lines[0]!.split(separator)).toContain(`"${hours}"`)
    expect(lines).toHaveLength(1 + 3)
    await page.close()
  })
})

/** RFC 4180 fields of one CSV text, split on `separator` (quotes respected, as spreadsheets read them). */
function csvCells(text: string, separator: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!
    if (quoted) {
      if (char === '"' && text[index + 1] === '"')
        cell += text[index++]
      else if (char === '"')
        quoted = false
      else
        cell += char
    }
    else if (char === '"' && cell === '') {
      quoted = true
    }
    else if (char === separator || char === '\n' || char === '\r') {
      cells.push(cell)
      cell = ''
    }
    else {
      cell += char
    }
  }
  cells.push(cell)
  return cells
}

describe('csv export of hostile comments', () => {
  it('writes a comment that holds formulas after other separators so that no cell starts a formula', async () => {
    const hostile = 'done;=1+1|＝2+2\t@SUM(A1), -3'
    const { page, app } = await open({ task: DEMO.threeTask, user: DEMO.author })
    await settled(app)
    await app.click('[data-test="add-entry"]')
    await app.fill('input[data-test="form-duration"]', '0:05')
    await app.fill('[data-test="entry-form"] textarea', hostile)
    await app.click('[data-test="form-save"]')
    await app.waitForSelector('[data-test="entry-form"]', { state: 'detached' })
    await app.click('[data-test="toggle-view"]')
    const [download] = await Promise.all([page.waitForEvent('download'), app.click('[data-test="export-csv"]')])
    const text = (await readFile(await download.path(), 'utf8')).slice(1)
    for (const separator of [',', ';', '\t', '|']) {
      const starts = csvCells(text, separator).map(cell => cell.replace(/^[\s\u200B"]*/, '')[0] ?? '')
      expect(starts.filter(first => first !== '' && '=+-@＝＋－＠'.includes(first)), `cells read with "${separator}"`).toEqual([])
    }
    expect(text).toContain('done;')
    await page.close()
  })
})

describe('russian', () => {
  it('shows the list in Russian', async () => {
    const { page, app } = await open({ task: DEMO.threeTask, user: DEMO.author, lang: 'ru' })
    await settled(app)
    expect(await app.textContent('[data-test="entry-count"]')).toMatch(/запис/)
    expect(await app.textContent('[data-test="add-entry"]')).toBe('Добавить время')
    await shot(page, app, 'time-entries-three-ru')
    await page.close()
  })
})
