/**
 * The template inspector in Chromium against the emulator: template 139 (the docs' verbatim row),
 * one template per PERIOD, a missing and a forbidden id, a corrupted serialized field, and the task →
 * template path. Ids other than 139 come from the emulator's demo data (emulator/README.md).
 */
import type { Browser, Frame, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, openPortal, restRequests, screenshot } from './support/browser'

/** The emulator's demo data (emulator/data/templates.ts, tasks.ts); the default user is 102. */
const DEMO = {
  /** Task 101 was created from template 139 (FORKED_BY_TEMPLATE_ID). */
  taskFromTemplate: 101,
  /** Task 102 was not created from a template. */
  taskWithoutTemplate: 102,
  /** Template 148 exists but user 102 is none of its members: `false`, like a missing one. */
  forbidden: 148,
  missing: 999_999,
  /** AUDITORS written with UTF-16 lengths and a truncated REPLICATE_PARAMS. */
  corrupted: 147,
} as const

/** One template per PERIOD (and TYPE), with the sentence and runs a reader can check by hand. */
const PERIODS = [
  { period: 'daily, working days', id: 140, sentence: 'Every 2nd day at 09:30 (server time), working days only, from 16.03.2026, no end date', runs: ['18.03.2026 09:30', '20.03.2026 09:30', '23.03.2026 09:30', '25.03.2026 09:30', '27.03.2026 09:30'] },
  { period: 'daily, 10 times', id: 141, sentence: 'Every 3rd day at 18:00 (server time), from 16.03.2026, 10 times, 3 created so far', runs: ['25.03.2026 18:00', '28.03.2026 18:00', '31.03.2026 18:00', '03.04.2026 18:00', '06.04.2026 18:00'] },
  { period: 'weekly, month-first dates', id: 142, sentence: 'Every 2nd week on Monday, Wednesday, and Friday at 15:00 (server time), from 03/16/2026, until 12/31/2026', runs: ['03/18/2026 15:00', '03/20/2026 15:00', '03/30/2026 15:00', '04/01/2026 15:00', '04/03/2026 15:00'] },
  { period: 'monthly on the 31st', id: 143, sentence: 'Every month on the 31st at 10:00 (server time), from 16.03.2026, no end date', runs: ['31.03.2026 10:00', '01.05.2026 10:00', '31.05.2026 10:00', '01.07.2026 10:00', '31.07.2026 10:00'] },
  { period: 'monthly on the last Friday', id: 144, sentence: 'Every 2nd month on the last Friday at 16:30 (server time), from 16.03.2026, no end date', runs: ['27.03.2026 16:30', '29.05.2026 16:30', '31.07.2026 16:30', '25.09.2026 16:30', '27.11.2026 16:30'] },
  { period: 'yearly on a date', id: 145, sentence: 'Every year on 15 March at 09:00 (server time), from 16.03.2026, until 31.12.2030', runs: ['15.03.2027 09:00', '15.03.2028 09:00', '15.03.2029 09:00', '15.03.2030 09:00'] },
  { period: 'yearly on a weekday', id: 146, sentence: 'Every year on the first Monday of January at 08:00 (server time), from 16.03.2026, no end date', runs: ['04.01.2027 08:00', '03.01.2028 08:00', '01.01.2029 08:00', '07.01.2030 08:00', '06.01.2031 08:00'] },
]

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function openTemplate(templateId: number, query: Record<string, string | number> = {}, width = 1280) {
  const portal = await openPortal(browser, { placement: 'tab', task: DEMO.taskFromTemplate, ...query }, { width, height: 900 })
  await portal.app.waitForSelector('main')
  await portal.app.evaluate((id) => {
    location.hash = `#/templates/${id}`
  }, templateId)
  return portal
}

/** Waits until the portal has grown the iframe to the app's content (fitHeight after a layout change). */
async function settle(page: Page, app: Frame): Promise<void> {
  const height = await app.evaluate(() => document.documentElement.scrollHeight)
  await page.waitForFunction(wanted => (document.querySelector('iframe[name*="|"]')?.getBoundingClientRect().height ?? 0) >= wanted - 2, height, { timeout: 5000 }).catch(() => {})
}

async function shot(page: Page, app: Frame, name: string): Promise<void> {
  await settle(page, app)
  await screenshot(page, name)
}

async function text(app: Frame, selector: string): Promise<string> {
  const handle = await app.waitForSelector(selector, { timeout: 20_000 })
  return (await handle.textContent())?.replace(/\s+/g, ' ').trim() ?? ''
}

describe('template inspector', () => {
  it('shows template 139: weekly on Tuesday at 11:00, next run 17.03.2026 11:00, one user.get', async () => {
    const { page, app, sessionId } = await openTemplate(139)
    expect(await text(app, '[data-test="template-title"]')).toBe('Preparation of Weekly Project Status')
    expect(await text(app, '[data-test="recurrence-sentence"]')).toMatch(/^Every week on Tuesday at 11:00 \(server time(, UTC[+-]\d{2}:\d{2})?\), from 16\.03\.2026, no end date$/)
    expect(await text(app, '[data-test="next-run"]')).toContain('17.03.2026 11:00')
    expect(await text(app, '[data-test="summary-crm"]')).toContain('Lead #1179')
    await app.waitForSelector('[data-test="person"][data-user-id="102"]')
    const requests = await restRequests(sessionId)
    expect(requests.filter(request => request.url.includes('tasks.template.get'))).toHaveLength(1)
    expect(requests.filter(request => request.url.includes('user.get'))).toHaveLength(1)
    await shot(page, app, 'template-139')
    await page.close()
  })

  it('shows template 139 in Russian at 320 px and its raw fields', async () => {
    const { page, app } = await openTemplate(139, { lang: 'ru' }, 320)
    expect(await text(app, '[data-test="recurrence-sentence"]')).toMatch(/^Каждую неделю во вторник в 11:00/)
    await shot(page, app, 'template-139-ru-320')
    await app.click('[data-test="raw-toggle"] button, button[role="switch"]')
    expect(await text(app, '[data-test="serialized-RESPONSIBLES"] [data-test="php-leaf"]')).toContain('"102"')
    await shot(page, app, 'template-139-ru-320-raw')
    await page.close()
  })

  it.each(PERIODS)('renders template $id ($period)', async ({ id, sentence, runs }) => {
    const { page, app } = await openTemplate(id)
    // The offset appears once the REST client passes the envelope's `time` through.
    expect((await text(app, '[data-test="recurrence-sentence"]')).replace(/, UTC[+-]\d{2}:\d{2}\)/, ')')).toBe(sentence)
    await app.waitForSelector('[data-test="next-run"]')
    const shown = await app.$$eval('[data-test="next-run"]', items => items.map(item => item.lastElementChild?.textContent?.trim() ?? ''))
    expect(shown).toEqual(runs)
    await shot(page, app, `template-${id}`)
    await page.close()
  })

  it('offers to type a template id when the task has none', async () => {
    const { page, app } = await openPortal(browser, { placement: 'tab', task: DEMO.taskWithoutTemplate })
    await app.click('[data-test="nav-task-template"]')
    await app.waitForSelector('[data-test="no-template"]')
    await app.fill('[data-test="template-id-input"] input, input[data-test="template-id-input"]', '0')
    await app.click('[data-test="template-id-open"]')
    expect(await text(app, '[data-test="template-id-form"]')).toContain('A template ID is a positive whole number.')
    await app.fill('[data-test="template-id-input"] input, input[data-test="template-id-input"]', '144')
    await app.click('[data-test="template-id-open"]')
    expect(await text(app, '[data-test="template-title"]')).toBe('Design review, last Friday')
    await shot(page, app, 'task-without-template')
    await page.close()
  })

  it.each([
    { name: 'missing', id: DEMO.missing },
    { name: 'forbidden', id: DEMO.forbidden },
  ])('says "not found or no access" for a $name id', async ({ name, id }) => {
    const { page, app } = await openTemplate(id)
    expect(await text(app, '[data-test="template-not-found"]')).toContain(`Template #${id} was not found, or you do not have access to it.`)
    await shot(page, app, `template-${name}`)
    await page.close()
  })

  it('renders a template with a corrupted serialized field and shows the caret', async () => {
    const { page, app } = await openTemplate(DEMO.corrupted)
    await app.waitForSelector('[data-test="template-title"]')
    await app.click('[data-test="raw-toggle"] button, button[role="switch"]')
    expect(await text(app, '[data-test="decode-error-message"]')).toMatch(/Error at byte \d+ of \d+/)
    await app.waitForSelector('[data-test="caret"]')
    // The rest of the template still renders: the people and summary come back with the toggle.
    expect(await text(app, '[data-test="serialized-RESPONSIBLES"] [data-test="php-leaf"]')).toContain('"102"')
    await shot(page, app, 'template-corrupted-raw')
    await app.click('[data-test="raw-toggle"] button, button[role="switch"]')
    expect(await text(app, '[data-test="recurrence-problem"]')).toContain('could not be read')
    expect(await text(app, '[data-test="people-auditors"] [data-test="members-error"]')).toMatch(/Error at byte \d+/)
    expect(await text(app, '[data-test="people-responsibles"]')).toContain('Peter Peters')
    await shot(page, app, 'template-corrupted')
    await page.close()
  })

  it('goes from the task to its template through the Template tab', async () => {
    const { page, app } = await openPortal(browser, { placement: 'tab', task: DEMO.taskFromTemplate })
    await app.click('[data-test="nav-task-template"]')
    expect(await text(app, '[data-test="from-task"]')).toContain(`Task #${DEMO.taskFromTemplate}`)
    await app.waitForSelector('[data-test="template-inspector"][data-template-id="139"]')
    await shot(page, app, 'task-to-template')
    await page.close()
  })

  it('rejects a non-numeric template id before any REST call', async () => {
    const { page, app, sessionId } = await openTemplate(139)
    await app.waitForSelector('[data-test="template-title"]')
    const templateCalls = async () => (await restRequests(sessionId)).filter(request => request.url.includes('tasks.template.get')).length
    const before = await templateCalls()
    await app.evaluate(() => {
      location.hash = '#/templates/abc'
    })
    await page.waitForTimeout(500)
    expect(await templateCalls()).toBe(before)
    await page.close()
  })
})
