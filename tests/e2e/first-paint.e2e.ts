/**
 * What `npm run size` counts is what Chromium fetches: until the sidebar's entry list has rendered,
 * the app's origin serves exactly the scripts and stylesheets index.html references (entry, its
 * modulepreloads, the CSS), nothing lazy but the comments' BBCode renderer, which a row with a tag
 * asks for while it paints the comment's words (src/features/time-entries/rich-comment.ts); the
 * entry form's chunks arrive only when it opens.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser, portalUrl } from './support/browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** The `src`/`href` of every script, modulepreload and stylesheet in the served index.html. */
async function referencedByHtml(appUrl: string): Promise<string[]> {
  const html = await (await fetch(appUrl)).text()
  return [...html.matchAll(/<(?:script|link)\s[^>]*?\s(?:src|href)="([^"]+\.(?:js|css))"/g)]
    .map(match => new URL(match[1]!, appUrl).toString())
    .sort()
}

describe('first paint', () => {
  it('loads only what index.html references, and the entry form on demand', async () => {
    const appUrl = inject('appUrl')
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
    const fetched: string[] = []
    page.on('request', (request) => {
      const url = request.url()
      if (url.startsWith(appUrl) && /\.(?:js|css)$/.test(url))
        fetched.push(url)
    })
    // The production bundle replaces luxon with a stand-in that throws (vite.config.ts sdkWithoutLuxon):
    // booting, listing and opening the form must never reach it, nor fail otherwise.
    const pageErrors: string[] = []
    page.on('pageerror', error => pageErrors.push(error.message))
    await page.goto(portalUrl({ placement: 'sidebar', lang: 'en', task: 101 }))
    const frame = await (await page.waitForSelector('iframe[name*="|"]')).contentFrame()
    await frame!.waitForSelector('[data-test="entry-count"]', { timeout: 30_000 })

    const expected = await referencedByHtml(appUrl)
    expect(expected.some(url => url.endsWith('.css'))).toBe(true)
    expect(expected.filter(url => !fetched.includes(url))).toEqual([])
    expect(fetched.filter(url => !expected.includes(url)).filter(url => !/\/BbcodeContent-[\w-]+\.js$/.test(url))).toEqual([])
    const firstComment = await frame!.textContent('[data-test="entry-comment"]')
    expect(firstComment).not.toMatch(/\[\/?[a-z]+(?:=[^\]]*)?\]/i)

    await frame!.click('[data-test="add-entry"]')
    await frame!.waitForSelector('[data-test="entry-form"]')
    expect(fetched.filter(url => !expected.includes(url)).some(url => /\/EntryForm-[\w-]+\.js$/.test(url))).toBe(true)
    expect(pageErrors).toEqual([])
    await page.close()
  })
})
