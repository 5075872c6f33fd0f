/**
 * Nothing lost, nothing wrong, in Chromium against the emulator's opt-in faults: a confirmed
 * delete reaches the server even when the frame is torn down 300 ms later, Undo restores the
 * entry (new id, same fields), an add whose answer is lost is stored exactly once and said so, and
 * misbehaving list answers end in "Loaded X of Y" with Reload, never in an empty state.
 * The server's state is read through its REST API in the same session, never from the UI.
 */
import type { Browser, Frame, Page } from 'playwright-core'
import type { PortalQuery } from './support/browser'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser, openPortal, screenshot, waitForFrameFit } from './support/browser'

/** Demo data (emulator/README.md): task 101 has entries 1–3, entry 1 by user 102; task 103 has 60. */
const DEMO = { threeTask: 101, sixtyTask: 103, author: 102 } as const

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Every page a test opened is closed after it, pass or fail, so no hidden page lingers. */
const opened: Page[] = []
afterEach(async () => {
  await Promise.all(opened.splice(0).map(page => page.close()))
})

interface ServerRow { ID: string, SECONDS: string, COMMENT_TEXT: string, CREATED_DATE: string, USER_ID: string }

/** The task's entries as the emulator holds them for this session (its copy-on-write data set). */
async function serverEntries(sessionId: string, taskId: number): Promise<ServerRow[]> {
  const base = inject('portalUrl')
  const tokens = await (await fetch(new URL(`/__emulator/sessions/${sessionId}/refresh`, base), { method: 'POST', body: '{}' })).json() as { access_token: string }
  const body = new URLSearchParams({ auth: tokens.access_token, 0: String(taskId) })
  const reply = await (await fetch(new URL('/rest/task.elapseditem.getlist.json', base), { method: 'POST', body })).json() as { result: ServerRow[] }
  return reply.result
}

async function open(query: PortalQuery, width = 1100) {
  const portal = await openPortal(browser, { placement: 'sidebar', lang: 'en', user: DEMO.author, ...query }, { width, height: 900 })
  opened.push(portal.page)
  await portal.app.waitForSelector('[data-test="entry-count"]', { timeout: 30_000 })
  await portal.app.waitForFunction(() => !document.querySelector('[data-test="loading-more"]') && document.querySelector('[data-test="entries-view"] [aria-busy="false"]'), undefined, { timeout: 30_000, polling: 100 })
  return portal
}

/** Screenshots the card once the portal has grown the app frame to its content (the app's resizeWindow). */
async function shot(page: Page, app: Frame, name: string): Promise<void> {
  await waitForFrameFit(page, app)
  await screenshot(page, name)
}

async function confirmDelete(app: Frame, id: number): Promise<void> {
  await app.click(`[data-test="entry-${id}"] [data-test="entry-delete"]`)
  await app.click(`[data-test="entry-${id}"] [data-test="entry-confirm-delete"]`)
}

describe('a confirmed delete', () => {
  it('reaches the server although the frame is torn down 300 ms after the confirm', async () => {
    const { page, app, sessionId } = await open({ task: DEMO.threeTask })
    expect(await app.locator('[data-test="entry-1"]').count()).toBe(1)
    await app.click('[data-test="entry-1"] [data-test="entry-delete"]')
    const confirm = app.locator('[data-test="entry-1"] [data-test="entry-confirm-delete"]')
    await confirm.waitFor()
    // The portal page tears the frame down 300 ms after the confirm (armed just before the click).
    await page.evaluate(() => setTimeout(() => {
      document.querySelector<HTMLIFrameElement>('iframe[name*="|"]')!.src = 'about:blank'
    }, 300))
    await confirm.click()
    await expect.poll(() => app.url(), { timeout: 10_000 }).toBe('about:blank')
    await expect.poll(async () => (await serverEntries(sessionId, DEMO.threeTask)).map(row => row.ID), { timeout: 10_000 }).not.toContain('1')
  })

  it('is undone by putting the entry back under a new id with the same date, duration and comment', async () => {
    const { page, app, sessionId } = await open({ task: DEMO.threeTask })
    // Read only after the UI is done: reading the server refreshes the session's token.
    const original = { SECONDS: '5400', COMMENT_TEXT: 'Collected figures from <b>finance</b> & sales' }
    await confirmDelete(app, 1)
    await app.waitForSelector('[data-test="undo-1"][data-phase="deleted"] [data-test="undo"]')
    await shot(page, app, 'integrity-deleted')
    await app.click('[data-test="undo-1"] [data-test="undo"]')
    const restored = await app.waitForSelector('[data-test="undo-1"][data-phase="restored"]')
    expect(await restored.textContent()).toMatch(/Restored as entry #\d+: a restored entry gets a new number/)
    await shot(page, app, 'integrity-restored')
    const rows = await serverEntries(sessionId, DEMO.threeTask)
    expect(rows.map(row => row.ID)).not.toContain('1')
    const back = rows.filter(row => row.SECONDS === original.SECONDS && row.COMMENT_TEXT === original.COMMENT_TEXT)
    expect(back).toHaveLength(1)
    expect(Date.parse(back[0]!.CREATED_DATE)).toBe(Date.parse(await app.getAttribute('[data-test="undo-1"]', 'data-created') ?? ''))
    expect(Number(back[0]!.ID)).toBeGreaterThan(3)
  })
})

describe('an add whose answer is lost', () => {
  it('is stored exactly once, and the app says it was stored', async () => {
    const { page, app, sessionId } = await open({ task: DEMO.threeTask, fault: 'commit_then_drop' })
    const before = await app.locator('[data-test="list-row"]').count()
    await app.click('[data-test="add-entry"]')
    await app.fill('input[data-test="form-duration"]', '1h 10m')
    await app.fill('[data-test="entry-form"] textarea', 'Lost answer')
    await app.click('[data-test="form-save"]')
    const outcome = await app.waitForSelector('[data-test="save-outcome"][data-outcome="stored"]', { timeout: 20_000 })
    expect(await outcome.textContent()).toContain('the entry was stored, once')
    expect(await app.locator('[data-test="list-row"]', { hasText: 'Lost answer' }).count()).toBe(1)
    await shot(page, app, 'integrity-lost-add-stored')
    const rows = await serverEntries(sessionId, DEMO.threeTask)
    expect(rows).toHaveLength(before + 1)
    expect(rows.filter(row => row.COMMENT_TEXT === 'Lost answer')).toHaveLength(1)
  })
})

describe('list answers that do not add up', () => {
  it.each([
    { listFault: 'page2_empty', partial: 'Loaded 50 of 60 entries', notice: null },
    { listFault: 'duplicate_row', partial: 'Loaded 60 of 60 entries', notice: '1 entry arrived twice and is counted once.' },
    { listFault: 'bogus_total', partial: 'Loaded 60 of 2,000,000,050 entries', notice: null },
    { listFault: 'malformed_row', partial: 'Loaded 59 of 60 entries', notice: '1 entry could not be read and is not in the totals.' },
  ])('$listFault: "X of Y" with Reload, never the empty state', async ({ listFault, partial, notice }) => {
    const { page, app } = await open({ task: DEMO.sixtyTask, listFault })
    const line = await app.waitForSelector('[data-test="partial-count"]')
    expect(await line.textContent()).toContain(partial)
    expect(await app.isVisible('[data-test="reload"]')).toBe(true)
    if (notice)
      expect(await app.textContent('[data-test="completeness"]')).toContain(notice)
    expect(await app.locator('[data-test="entries-empty"]').count()).toBe(0)
    expect(await app.locator('[data-test="list-row"]').count()).toBeGreaterThan(0)
    await shot(page, app, `integrity-${listFault}`)
  })
})
