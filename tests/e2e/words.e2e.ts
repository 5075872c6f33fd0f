/**
 * Words for people: outside the Raw view no screen shows code-ish text. Every main screen (the
 * list with its breakdown, an entry, the log-time form, the template tab and every demo template,
 * the timesheet) is opened in en and ru; its visible text, tooltips and accessible names are matched
 * against the patterns below. The raw fields stay where they belong: in the Raw view, not shown here.
 */
import type { Browser, Frame } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from './support/browser'
import { go, listSettled, openTaskFrame, templateSettled } from './support/screens'

/** Demo data (emulator/README.md): task 101 (from template 139), its entries 1 (manual) and 2 (timer), templates 139–159. */
const DEMO = { task: 101, author: 102, entries: [1, 2], templates: Array.from({ length: 21 }, (_, index) => 139 + index) } as const

/** What people should never read: a zone twice in code form, bare seconds, FIELD_NAMES, byte offsets. */
const CODE_ISH: ReadonlyArray<{ name: string, pattern: RegExp }> = [
  { name: 'doubled zone', pattern: /\bUTC[+-]\d\d:\d\d\s*·\s*UTC\b/g },
  { name: 'bare seconds', pattern: /\(\d+ s\)/g },
  { name: 'raw field name', pattern: /\b[A-Z]{3,}_[A-Z_]{3,}\b/g },
  { name: 'byte offset', pattern: /byte|offset \d+|байт|смещени/gi },
]

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** The frame's words: rendered text, tooltips and accessible names. */
async function words(app: Frame): Promise<string[]> {
  return app.evaluate(() => {
    // innerText, not textContent: what is rendered (a closed <details> or a hidden template is not read).
    // eslint-disable-next-line unicorn/prefer-dom-node-text-content
    const texts = [document.body.innerText]
    for (const element of document.querySelectorAll('[title], [aria-label], [alt], [placeholder]')) {
      for (const name of ['title', 'aria-label', 'alt', 'placeholder']) {
        const value = element.getAttribute(name)
        if (value)
          texts.push(value)
      }
    }
    return texts
  })
}

/** Every code-ish match on one screen, with a little context for the failure message. */
function findings(screen: string, texts: readonly string[]): string[] {
  const found: string[] = []
  for (const text of texts) {
    for (const { name, pattern } of CODE_ISH) {
      for (const match of text.matchAll(pattern)) {
        const at = match.index ?? 0
        found.push(`${screen}: ${name} “${match[0]}” in “…${text.slice(Math.max(0, at - 40), at + match[0].length + 40).replace(/\s+/g, ' ')}…”`)
      }
    }
  }
  return found
}

describe.each(['en', 'ru'])('words for people (%s)', (lang) => {
  it('no raw field names, bare seconds, doubled zones or byte offsets on the task screens', async () => {
    const { page, app } = await openTaskFrame(browser, { lang, placement: 'tab', task: DEMO.task, user: DEMO.author })
    const found: string[] = []
    await listSettled(app)
    // Entry 3's author, 108, is a deleted user: user.get answers without them (emulator/README.md).
    expect(await app.$eval('[data-test="entry-3"] [data-test="user-name"]', element => element.textContent?.trim())).toBe(lang === 'ru' ? 'Удалённый пользователь (№108)' : 'Deleted user (#108)')
    await app.click('[data-test="add-entry"]')
    await app.waitForSelector('[data-test="entry-form"]')
    found.push(...findings('list with form', await words(app)))
    for (const entry of DEMO.entries) {
      await go(app, `#/tasks/${DEMO.task}/entries/${entry}`)
      await app.waitForSelector(`[data-test="entry-fields"]`, { timeout: 30_000 })
      found.push(...findings(`entry ${entry}`, await words(app)))
    }
    await go(app, `#/tasks/${DEMO.task}/template`)
    await templateSettled(app, 139)
    found.push(...findings('template tab', await words(app)))
    await page.close()
    expect(found).toEqual([])
  })

  it('no raw field names or byte offsets on any demo template, broken ones included', async () => {
    const { page, app } = await openTaskFrame(browser, { lang, placement: 'tab', task: DEMO.task, user: DEMO.author })
    const found: string[] = []
    for (const id of DEMO.templates) {
      await go(app, `#/templates/${id}`)
      await templateSettled(app, id)
      found.push(...findings(`template ${id}`, await words(app)))
    }
    await page.close()
    expect(found).toEqual([])
  })
})
