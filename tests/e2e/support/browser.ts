/**
 * Chromium (Debian's, through playwright-core) opening the emulator's task card with Task Lens inside.
 */
import type { Browser, Frame, Page } from 'playwright-core'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-core'
import { inject } from 'vitest'

// Overridable, like E2E_DIST and the ports, so parallel runs on one machine keep their own screenshots.
export const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR ?? join(import.meta.dirname, '../../../.artifacts/screenshots')

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

export interface PortalPage {
  page: Page
  app: Frame
  sessionId: string
}

/** Query understood by the emulator's host page (emulator/README.md). */
export type PortalQuery = Record<string, string | number | boolean>

export function portalUrl(query: PortalQuery = {}): string {
  const url = new URL(inject('portalUrl'))
  for (const [key, value] of Object.entries(query))
    url.searchParams.set(key, String(value))
  return url.toString()
}

/** Opens the task card and returns the app's frame once its document has loaded. */
export async function openPortal(browser: Browser, query: PortalQuery = {}, viewport = { width: 1280, height: 900 }): Promise<PortalPage> {
  const page = await browser.newPage({ viewport })
  await page.goto(portalUrl(query))
  const handle = await page.waitForSelector('iframe[name*="|"]')
  const app = await handle.contentFrame()
  if (!app)
    throw new Error('the portal page has no app frame')
  await app.waitForLoadState('domcontentloaded')
  const sessionId = await page.evaluate(() => (window as unknown as { __emulator: { sessionId: string } }).__emulator.sessionId)
  return { page, app, sessionId }
}

/** Every postMessage the portal page received from the app, verbatim. */
export async function portalMessages(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { __emulator: { messages: string[] } }).__emulator.messages])
}

export interface LoggedRequest {
  method: string
  url: string
  body: unknown
  status: number
}

/** The REST requests the emulator saw for one portal session. */
export async function restRequests(sessionId: string): Promise<LoggedRequest[]> {
  const response = await fetch(new URL(`/__emulator/sessions/${sessionId}/requests`, inject('portalUrl')))
  return await response.json() as LoggedRequest[]
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}

/** Switches a session's injected faults off (the portal "recovers"). */
export async function clearFaults(sessionId: string): Promise<void> {
  await fetch(new URL(`/__emulator/sessions/${sessionId}/faults`, inject('portalUrl')), { method: 'POST', body: '{}' })
}

/**
 * Waits until the portal has sized the app's iframe to the app's content. Both sides are read
 * again on every poll: content that grows or shrinks while the portal catches up (a list still
 * loading, a row just removed) is a moving target, so a height measured once may never be met.
 */
export async function waitForFrameFit(page: Page, app: Frame, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = { frame: 0, content: 0 }
  while (Date.now() < deadline) {
    const content = await app.evaluate(() => document.documentElement.scrollHeight)
    const frame = await page.evaluate(() => document.querySelector('iframe[name*="|"]')?.getBoundingClientRect().height ?? 0)
    last = { frame, content }
    if (frame >= content - 2)
      return
    await page.waitForTimeout(50)
  }
  throw new Error(`the portal did not size the app frame to its content within ${timeoutMs} ms (frame ${last.frame} px, content ${last.content} px)`)
}
