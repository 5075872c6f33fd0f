/**
 * The foundation end to end: the real SDK boots inside the emulator's task card, the shell shows the
 * placement's task, the iframe is sized to its content, and faults (expired token, rate limit,
 * HTML error page, network failure) are survived or explained with a way to retry.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { clearFaults, launchBrowser, openPortal, portalMessages, restRequests, screenshot } from './support/browser'

const TASK_WITH_THREE_ENTRIES = 101

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('boot', () => {
  it('boots the real SDK in the sidebar and shows the placement task', async () => {
    const { page, app, sessionId } = await openPortal(browser, { placement: 'sidebar', task: TASK_WITH_THREE_ENTRIES, lang: 'en' })
    await app.waitForSelector('[data-test="task-title"]')
    expect(await app.textContent('[data-test="task-title"]')).toBeTruthy()
    const messages = await portalMessages(page)
    expect(messages.some(message => message.startsWith('getInitData:'))).toBe(true)
    await expect.poll(async () => (await portalMessages(page)).some(message => message.startsWith('resizeWindow:'))).toBe(true)
    const requests = await restRequests(sessionId)
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.every(request => request.status === 200)).toBe(true)
    await screenshot(page, 'shell-sidebar-en')
    await page.close()
  })

  it('fits the iframe to its content: no inner scrollbar', async () => {
    const { page, app } = await openPortal(browser, { placement: 'sidebar', task: TASK_WITH_THREE_ENTRIES })
    await app.waitForSelector('[data-test="task-title"]')
    await expect.poll(async () => app.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true)
    await page.close()
  })

  it('speaks Russian when the portal does', async () => {
    const { page, app } = await openPortal(browser, { placement: 'sidebar', task: TASK_WITH_THREE_ENTRIES, lang: 'ru' })
    await app.waitForSelector('[data-test="task-title"]')
    expect(await app.getAttribute('[data-test="app-root"]', 'lang')).toBe('ru')
    expect(await app.textContent('nav')).toContain('Время')
    await screenshot(page, 'shell-sidebar-ru')
    await page.close()
  })

  it('opens My week from the app menu; the task picker is one address away', async () => {
    const { page, app } = await openPortal(browser, { placement: 'default' })
    await app.waitForSelector('[data-test="timesheet-week"]')
    expect(await app.evaluate(() => location.hash)).toBe('#/timesheet/week')
    await app.evaluate(() => (location.hash = '#/pick'))
    await app.waitForSelector('[data-test="task-picker"]')
    await app.fill('[data-test="task-id-input"] input, input[data-test="task-id-input"]', String(TASK_WITH_THREE_ENTRIES))
    await app.press('[data-test="task-id-input"] input, input[data-test="task-id-input"]', 'Enter')
    await app.waitForSelector('[data-test="task-title"]')
    await screenshot(page, 'shell-app-menu')
    await page.close()
  })

  it('shows the outside-portal page when opened directly', async () => {
    const page = await browser.newPage()
    await page.goto(inject('appUrl'))
    await page.waitForSelector('[data-test="outside-portal"]')
    expect(await page.textContent('h1')).toContain('Bitrix24')
    await screenshot(page, 'shell-outside-portal')
    await page.close()
  })
})

describe('faults', () => {
  it('survives an expired token: refreshes through the frame and repeats the call', async () => {
    const { page, app, sessionId } = await openPortal(browser, { placement: 'sidebar', task: TASK_WITH_THREE_ENTRIES, fault: 'expired_token' })
    await app.waitForSelector('[data-test="task-title"]')
    expect((await portalMessages(page)).some(message => message.startsWith('refreshAuth:'))).toBe(true)
    const requests = await restRequests(sessionId)
    expect(requests.some(request => request.status === 401)).toBe(true)
    await page.close()
  })

  it('survives a rate limit: retries with backoff and loads', async () => {
    const { page, app, sessionId } = await openPortal(browser, { placement: 'sidebar', task: TASK_WITH_THREE_ENTRIES, fault: 'query_limit', faultCount: 1 })
    await app.waitForSelector('[data-test="task-title"]', { timeout: 20_000 })
    const requests = await restRequests(sessionId)
    expect(requests.some(request => request.status === 503)).toBe(true)
    await page.close()
  })

  it('explains an HTML error page and recovers on retry', async () => {
    const { page, app, sessionId } = await openPortal(browser, { placement: 'sidebar', task: TASK_WITH_THREE_ENTRIES, fault: 'http500', faultCount: 20 })
    await app.waitForSelector('[data-test="error-notice"]')
    await screenshot(page, 'shell-fault-http500')
    await clearFaults(sessionId)
    await app.click('[data-test="error-notice"] button')
    await app.waitForSelector('[data-test="task-title"]')
    await page.close()
  })

  it('explains a network failure and recovers on retry', async () => {
    const { page, app, sessionId } = await openPortal(browser, { placement: 'sidebar', task: TASK_WITH_THREE_ENTRIES, fault: 'network', faultCount: 20 })
    await app.waitForSelector('[data-test="error-notice"]')
    expect(await app.textContent('[data-test="error-notice"]')).toContain('No connection to Bitrix24')
    await screenshot(page, 'shell-fault-network')
    await clearFaults(sessionId)
    await app.click('[data-test="error-notice"] button')
    await app.waitForSelector('[data-test="task-title"]')
    await page.close()
  })
})
