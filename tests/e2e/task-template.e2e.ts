/**
 * The template inspector in Chromium against the emulator: template 139 (the docs' verbatim row),
 * one template per PERIOD, a missing and a forbidden id, a corrupted serialized field, and the task →
 * template path. Ids other than 139 come from the emulator's demo data (emulator/README.md).
 */
import type { AxeResults } from 'axe-core'
import type { Browser, Frame, Page } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, openPortal, portalUrl, restRequests, screenshot, waitForFrameFit } from './support/browser'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** The demo clock (emulator/data/clock.ts): Monday 16.03.2026 12:00 at the server's UTC+03:00. */
const DEMO_NOW = new Date('2026-03-16T09:00:00Z')

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
  await waitForFrameFit(page, app)
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
    await app.waitForSelector('[data-test="created-tasks"][data-created-status="success"]')
    expect(await text(app, '[data-test="created-count"]')).toBe('1 task created so far')
    expect(await app.getAttribute('[data-test="created-task"][data-task-id="101"] a', 'href')).toMatch(/\/company\/personal\/user\/101\/tasks\/task\/view\/101\/$/)
    expect(requests.filter(request => request.url.includes('tasks.task.list'))).toHaveLength(1)
    await shot(page, app, 'template-139')
    await page.close()
  })

  it.each([
    { width: 320, name: 'template-139-created-refused-320' },
    { width: 1280, name: 'template-139-created-refused-wide' },
  ])('says calmly that the portal does not list tasks by template when it refuses the filter ($width px)', async ({ width, name }) => {
    const { page, app } = await openTemplate(139, {}, width)
    // A portal whose task query refuses FORKED_BY_TEMPLATE_ID: the controller's error form, HTTP 400.
    await page.route('**/rest/tasks.task.list*', route => route.fulfill({ status: 400, contentType: 'application/json', body: JSON.stringify({ error: 'ERROR_CORE', error_description: 'Unknown filter field' }) }))
    await app.evaluate(() => {
      location.hash = '#/templates/140'
    })
    await app.waitForSelector('[data-test="template-inspector"][data-template-id="140"] [data-test="created-tasks"][data-created-kind="unavailable"]', { timeout: 20_000 })
    expect(await text(app, '[data-test="created-unavailable"]')).toBe('Bitrix24 does not list tasks by template here.')
    expect(await text(app, '[data-test="created-unavailable-why"]')).toContain('refused to filter by template')
    expect(await app.$('[data-test="created-error"]')).toBeNull()
    await app.$eval('[data-test="created-tasks"]', element => element.scrollIntoView())
    await shot(page, app, name)
    await page.close()
  })

  it('shows template 139 in Russian at 320 px and its raw fields', async () => {
    const { page, app } = await openTemplate(139, { lang: 'ru' }, 320)
    expect(await text(app, '[data-test="recurrence-sentence"]')).toMatch(/^Каждую неделю во вторник в 11:00/)
    await shot(page, app, 'template-139-ru-320')
    await app.click('[data-test="raw-toggle"] button, button[role="switch"]')
    await app.click('[data-test="raw-RESPONSIBLES"] summary')
    expect(await text(app, '[data-test="serialized-RESPONSIBLES"] [data-test="php-leaf"]')).toContain('"102"')
    await shot(page, app, 'template-139-ru-320-raw')
    await page.close()
  })

  it.each(PERIODS)('renders template $id ($period)', async ({ id, sentence, runs }) => {
    const { page, app } = await openTemplate(id)
    // The offset appears once the REST client passes the envelope's `time` through.
    expect((await text(app, '[data-test="recurrence-sentence"]')).replace(/, UTC[+-]\d{2}:\d{2}\)/, ')')).toBe(sentence)
    await app.waitForSelector('[data-test="next-run"]')
    const shown = await app.$$eval('[data-test="next-run"]', items => items.map(item => item.children[1]?.textContent?.trim() ?? ''))
    expect(shown).toEqual(runs)
    await shot(page, app, `template-${id}`)
    await page.close()
  })

  it.each([320, 1280])('leaves no gap under "Created by": the settings follow as any section does (%i px)', async (width) => {
    const { page, app } = await openTemplate(139, {}, width)
    await app.waitForSelector('[data-test="template-inspector"][data-people-status="success"] [data-test="summary-creator"]')
    const gaps = await app.evaluate(() => {
      const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().top
      const bottom = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().bottom
      return {
        // From the creator's chip to the first settings label, and from the last settings row to the next section's heading.
        underCreator: top('[data-test="summary"] dt') - bottom('[data-test="summary-creator"]'),
        betweenSections: top('[data-test="next-runs"] h2') - bottom('[data-test="summary"] dl'),
        divider: getComputedStyle(document.querySelector('[data-test="summary"]')!).borderTopColor,
      }
    })
    await shot(page, app, `template-139-people-gap-${width}`)
    await page.close()
    expect(gaps.underCreator).toBeLessThanOrEqual(gaps.betweenSections + 4)
    // The line between the sections is painted: not the page's own grey.
    expect(gaps.divider).not.toBe('rgb(240, 240, 240)')
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
    expect(await app.$('[role="alert"]')).toBeNull()
    expect(await text(app, '[data-test="template-back"]')).toBe('Back to the time entries')
    await shot(page, app, `template-${name}`)
    await page.close()
  })

  it('renders a template with a corrupted serialized field and shows the caret', async () => {
    const { page, app } = await openTemplate(DEMO.corrupted)
    await app.waitForSelector('[data-test="template-title"]')
    await app.click('[data-test="raw-toggle"] button, button[role="switch"]')
    expect(await text(app, '[data-test="decode-error-message"]')).toMatch(/Error at byte \d+ of \d+/)
    await app.waitForSelector('[data-test="caret"]')
    await app.click('[data-test="raw-RESPONSIBLES"] summary')
    // The rest of the template still renders: the people and summary come back with the toggle.
    expect(await text(app, '[data-test="serialized-RESPONSIBLES"] [data-test="php-leaf"]')).toContain('"102"')
    await shot(page, app, 'template-corrupted-raw')
    await app.click('[data-test="raw-toggle"] button, button[role="switch"]')
    expect(await text(app, '[data-test="recurrence-problem"]')).toContain('could not be read')
    // Outside the Raw view the reason is in words; the byte offset stays with the caret.
    expect(await text(app, '[data-test="people-auditors"] [data-test="members-error"]')).toBe('This list could not be read: a piece of text in it is longer or shorter than its recorded length. Raw fields show it as stored.')
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

/** One template per verdict of the doctor (emulator/README.md, templates 139 and 153–159). */
const VERDICTS = [
  { id: 139, verdict: 'healthy', title: 'Next task: Tue 17.03.2026 11:00', why: 'The next run stored in the template, 17.03.2026 11:00, is a run of this rule and still ahead.', sentence: /^Every week on Tuesday at 11:00/, clocks: '11:00 server time (UTC+03:00) — 09:00 for you (UTC+01:00)' },
  { id: 153, verdict: 'stopped', title: 'Stopped: the creator, Игорь Белов, has been deactivated', why: 'Bitrix24 lists the account of the template\'s creator (user #109) as deactivated.', sentence: /^Every week on Thursday at 10:00/ },
  { id: 154, verdict: 'finished', title: 'Finished: the end date 28.02.2026 has passed', why: 'The repetition ends on 28.02.2026: the next run would fall after it.', sentence: /until 28\.02\.2026$/ },
  { id: 155, verdict: 'finished', title: 'Finished: all runs done, 7 of 7', why: 'The template repeats 7 times, and 7 tasks have been created from it.', sentence: /7 times, 7 created so far$/ },
  { id: 156, verdict: 'overdue', title: 'Overdue: the task planned for Mon 02.03.2026 09:00 was not created (14 d 3 h late)', why: 'The next run stored in the template, 02.03.2026 09:00, is in the past: the portal\'s agent for this template most likely got lost.', sentence: /^Every week on Monday at 09:00/ },
  { id: 157, verdict: 'healthy', title: 'Next task: Tue 17.03.2026 05:00', why: 'The next run stored in the template, 17.03.2026 05:00, is a run of this rule', sentence: /^Every week on Tuesday and Thursday at 10:00/, clocks: '10:00 for Li Wei (UTC+08:00) — 05:00 server time (UTC+03:00) — 03:00 for you (UTC+01:00)' },
  { id: 140, verdict: 'healthy', title: 'Next task: Wed 18.03.2026 09:30', why: 'The next run stored in the template, 18.03.2026 09:30, is a run of this rule', sentence: /working days only/ },
  { id: 158, verdict: 'inconsistent', title: 'Inconsistent: Bitrix24 plans Wed 18.03.2026 11:00, the rule gives Tue 24.03.2026 11:00', why: 'The next run stored in the template, 18.03.2026 11:00, is not a run of this rule.', sentence: /^Every week on Tuesday at 11:00/ },
  { id: 147, verdict: 'unreadable', title: 'Unreadable: the recurrence settings cannot be read', why: 'The text ends too early, as if cut off. Raw fields show it as stored.', sentence: null },
] as const

/**
 * The portal at the demo clock, for a viewer in Europe/Berlin (UTC+01:00 in March): `Date` in the
 * frame reads 16.03.2026 12:00 server time, timers run as usual.
 */
async function openAtDemoClock(query: Record<string, string | number>, width: number) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, timezoneId: 'Europe/Berlin' })
  await page.clock.setSystemTime(DEMO_NOW)
  await page.goto(portalUrl({ task: DEMO.taskFromTemplate, ...query }))
  const app = await (await page.waitForSelector('iframe[name*="|"]')).contentFrame()
  if (!app)
    throw new Error('the portal page has no app frame')
  await app.waitForSelector('main')
  return { page, app }
}

async function openDoctor(id: number, width: number, placement = 'sidebar') {
  const portal = await openAtDemoClock({ placement }, width)
  await portal.app.evaluate((templateId) => {
    location.hash = `#/templates/${templateId}`
  }, id)
  await portal.app.waitForSelector(`[data-test="template-inspector"][data-template-id="${id}"] [data-test="template-verdict"]`, { timeout: 20_000 })
  // The verdict depends on user.get (the creator's ACTIVE): wait until the people have loaded.
  await portal.app.waitForSelector('[data-test="template-inspector"][data-people-status="success"]')
  return portal
}

/** Top of an element relative to the top of the app frame's document. */
async function bottomInFrame(app: Frame, selector: string): Promise<number> {
  return app.$eval(selector, element => element.getBoundingClientRect().bottom + window.scrollY)
}

async function axeViolations(app: Frame): Promise<string[]> {
  await app.addScriptTag({ content: AXE_SOURCE })
  return app.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }
    const results = await axe.run(document, { resultTypes: ['violations'] })
    return results.violations.map(violation => `${violation.id} (${violation.impact}): ${violation.nodes.map(node => node.target.join(' ')).join(', ')}`)
  })
}

describe('recurring-task doctor', () => {
  it.each(VERDICTS)('template $id: $verdict, answered within the first 320 px of a 320 px sidebar', async ({ id, verdict, title, why, sentence, ...rest }) => {
    const { page, app } = await openDoctor(id, 1280)
    const frameWidth = await page.$eval('iframe[name*="|"]', frame => frame.getBoundingClientRect().width)
    expect(frameWidth).toBeLessThanOrEqual(320)
    expect(await app.getAttribute('[data-test="template-verdict"]', 'data-verdict')).toBe(verdict)
    expect(await text(app, '[data-test="verdict-title"]')).toBe(title)
    expect(await text(app, '[data-test="verdict-why"]')).toContain(why)
    expect(await bottomInFrame(app, '[data-test="verdict-why"]')).toBeLessThanOrEqual(320)
    if (sentence) {
      expect(await text(app, '[data-test="recurrence-sentence"]')).toMatch(sentence)
      expect(await bottomInFrame(app, '[data-test="recurrence-sentence"]')).toBeLessThanOrEqual(320)
    }
    if ('clocks' in rest)
      expect(await text(app, '[data-test="verdict-clocks"]')).toBe(rest.clocks)
    await shot(page, app, `doctor-${id}-${verdict}-sidebar`)
    await page.close()
  })

  it('answers in Russian within the first 320 px of a 320 px sidebar too (template 139)', async () => {
    const { page, app } = await openAtDemoClock({ placement: 'sidebar', lang: 'ru' }, 1280)
    await app.evaluate(() => {
      location.hash = '#/templates/139'
    })
    await app.waitForSelector('[data-test="template-inspector"][data-template-id="139"][data-people-status="success"] [data-test="template-verdict"]', { timeout: 20_000 })
    expect(await page.$eval('iframe[name*="|"]', frame => frame.getBoundingClientRect().width)).toBeLessThanOrEqual(320)
    expect(await text(app, '[data-test="verdict-title"]')).toBe('Следующая задача: вт 17.03.2026 11:00')
    expect(await text(app, '[data-test="recurrence-sentence"]')).toMatch(/^Каждую неделю во вторник в 11:00/)
    expect(await bottomInFrame(app, '[data-test="verdict-title"]')).toBeLessThanOrEqual(320)
    expect(await bottomInFrame(app, '[data-test="recurrence-sentence"]')).toBeLessThanOrEqual(320)
    await shot(page, app, 'doctor-139-healthy-sidebar-ru')
    await page.close()
  })

  it.each(VERDICTS)('template $id: $verdict, wide tab, axe clean', async ({ id, verdict }) => {
    const { page, app } = await openDoctor(id, 1280, 'tab')
    await shot(page, app, `doctor-${id}-${verdict}-wide`)
    if (verdict === 'overdue')
      expect(await text(app, '[data-test="verdict-fix"]')).toContain('open the template in Bitrix24 and save it again')
    expect(await axeViolations(app)).toEqual([])
    await page.close()
  })

  it('shows the weekend WORKDAY_ONLY skipped in the year strip (template 140)', async () => {
    const { page, app } = await openDoctor(140, 1280, 'tab')
    const march = await app.getAttribute('[data-test="strip-month"]', 'aria-label')
    expect(march).toBe('March 2026: 6 runs; skipped 22, 29')
    expect(await text(app, '[data-test="work-week-note"]')).toContain('Monday to Friday')
    await page.close()
  })

  it('marks the runs PHP rolls over and shows more on request (template 143, the 31st)', async () => {
    const { page, app } = await openDoctor(143, 1280, 'tab')
    expect(await app.$$eval('[data-test="next-run"]', rows => rows.length)).toBe(5)
    expect(await text(app, '[data-test="next-run"][data-rolled="31"]')).toMatch(/01\.05\.2026 10:00 ?moved from day 31/)
    expect(await text(app, '[data-test="verdict-findings"]')).toContain('Day 31 does not exist in February, April, June, September, and November')
    await app.click('[data-test="runs-show-more"]')
    expect(await app.$$eval('[data-test="next-run"]', rows => rows.length)).toBe(50)
    await shot(page, app, 'doctor-143-rolled-over')
    await page.close()
  })

  it('flags 30 February, an end date before the start date and a 55-hour offset (template 159)', async () => {
    const { page, app } = await openDoctor(159, 1280, 'tab')
    const found = await text(app, '[data-test="verdict-findings"]')
    expect(found).toContain('The start date “30.02.2026” names a day that does not exist; Bitrix24 reads it as 02.03.2026.')
    expect(found).toContain('The end date 01.02.2026 is before the start date 30.02.2026: no task will ever be created.')
    expect(found).toContain('The template shifts its times by 55 h, more than any time zone does')
    await shot(page, app, 'doctor-159-flagged')
    await page.close()
  })

  it('says "not found" calmly in the sidebar, with the way back to the task, axe clean', async () => {
    const { page, app } = await openAtDemoClock({ placement: 'sidebar' }, 1280)
    await app.evaluate(() => {
      location.hash = '#/tasks/101/template'
    })
    await app.waitForSelector('[data-test="template-inspector"]')
    await app.evaluate(() => {
      location.hash = '#/templates/999999'
    })
    await app.waitForSelector('[data-test="template-not-found"]')
    expect(await app.$('[role="alert"]')).toBeNull()
    expect(await text(app, '[data-test="template-ask-access"]')).toContain('ask its creator or a portal administrator')
    await shot(page, app, 'doctor-not-found-sidebar')
    expect(await axeViolations(app)).toEqual([])
    await app.click('[data-test="template-back"]')
    await app.waitForSelector('[data-test="template-not-found"]', { state: 'detached' })
    await page.close()
  })
})
