/**
 * The timesheet scenario of `npm run perf`: a team report of ≈20,000 entries (the timesheet
 * dataset's 43 people, the latest period up to today holding 20,000 of their entries the admin may
 * see; emulator/README.md, "Timesheet dataset"), opened from My week by its link, as a user would.
 * Measured on the frame's clock from the moment the route changes until the progress bar is gone:
 * - REST requests (the emulator session's log) in all, and those answered when the grid first appears;
 * - long tasks in that span (count, longest, every duration): a batch is read, turned into records
 *   and summed into the report in slices that yield (docs/timesheet.md#budgets), so none should
 *   pass 50 ms but the SDK's own handling of an answer; `timesheet-tasks.ts` says what each one is;
 * - heap per entry: CDP `HeapProfiler.collectGarbage` + `Runtime.getHeapUsage` after the load,
 *   minus the same before it (My week loaded), over the entries shown.
 * Expectations come from the emulator's data and access rules, never from the app.
 */
import type { Browser, CDPSession, Frame, Page } from 'playwright-core'
import type { FrameProbe } from './frame-probe'
import process from 'node:process'
import { BASE_ENTRIES } from '../../emulator/data/entries'
import { findTask } from '../../emulator/data/tasks'
import { TIMESHEET_ENTRIES } from '../../emulator/data/timesheet-work'
import { findUser } from '../../emulator/data/users'
import { canReadTask } from '../../emulator/rest/access'
import { frameProbeSource } from './frame-probe'

/** The admin sees every task (emulator/rest/access.ts). */
const VIEWER = 1
/** The zone of a user without one of their own: the server's UTC+03:00 (emulator/data/clock.ts). */
const SERVER_ZONE = 'Etc/GMT-3'
export const TIMESHEET_TARGET_ENTRIES = 20_000

export interface TimesheetCondition {
  name: string
  cpu: number
  latencyMs: number
}

/** Around the measured span (route change → progress bar gone): a diagnostic's profiler or trace. */
export interface TimesheetInstrument {
  start: (session: CDPSession) => Promise<void>
  stop: (session: CDPSession) => Promise<void>
}

export interface TimesheetSample {
  entries: number
  people: number
  period: string
  restRequests: number
  firstGridRequests: number | null
  loadedMs: number
  longTasks: number
  longestMs: number
  /** Every long task of the span, in order (ms). */
  longTaskDurations: number[]
  /** Elements in the app's document once loaded (what layout and style work on). */
  elements: number
  heapPerEntryBytes: number
}

function dayIn(epochMs: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(epochMs))
}

/** The report's hash and how many entries it shows, from the demo data (the period ends on the data's last day). */
export function timesheetReport(): { hash: string, entries: number, people: number, period: string } {
  const zone = findUser(VIEWER)?.timeZone || SERVER_ZONE
  const authors = new Set(TIMESHEET_ENTRIES.map(entry => entry.userId))
  const days = new Map<string, number>()
  for (const entry of BASE_ENTRIES) {
    if (!authors.has(entry.userId))
      continue
    const task = findTask(entry.taskId)
    if (!task || !canReadTask(task, VIEWER))
      continue
    const day = dayIn(entry.createdDate, zone)
    days.set(day, (days.get(day) ?? 0) + 1)
  }
  const sorted = [...days.keys()].sort()
  const to = dayIn(Math.max(...TIMESHEET_ENTRIES.map(entry => entry.createdDate)), zone)
  let entries = 0
  let from = to
  for (const day of sorted.filter(candidate => candidate <= to).reverse()) {
    entries += days.get(day)!
    from = day
    if (entries >= TIMESHEET_TARGET_ENTRIES)
      break
  }
  const people = [...authors].sort((a, b) => a - b)
  return { hash: `#/timesheet/report?period=custom&from=${from}&to=${to}&people=${people.join(',')}`, entries, people: people.length, period: `${from}…${to}` }
}

/** What the app frame counts once the route changes: REST requests answered when the report's grid appears. */
const FIRST_GRID_WATCH = `(() => {
  const state = { done: 0, firstGrid: null }
  window.__timesheetWatch = state
  const open = XMLHttpRequest.prototype.open
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    if (String(url).includes('/rest/')) this.addEventListener('loadend', () => { state.done++ })
    return open.call(this, method, url, ...rest)
  }
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-test="timesheet-report"] [data-test="pivot-grid"]')) {
      state.firstGrid = state.done
      observer.disconnect()
    }
  })
  observer.observe(document, { childList: true, subtree: true })
})()`

async function appFrame(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('iframe[name*="|"]', { timeout: 60_000 })).contentFrame()
  if (!frame)
    throw new Error('the portal page has no app frame')
  return frame
}

const LOADED = `!document.querySelector('[data-test="timesheet-progress"]') && !!document.querySelector(':is([data-test="timesheet-week"], [data-test="timesheet-report"]) :is([data-test="pivot-grid"], [data-test="week-empty"], [data-test="report-empty"])')`

/**
 * One run of the scenario under a condition.
 *
 * @example
 * const sample = await runTimesheetOnce(browser, portal.url, { name: 'none', cpu: 1, latencyMs: 0 })
 */
export async function runTimesheetOnce(browser: Browser, portalUrl: string, condition: TimesheetCondition, instrument?: TimesheetInstrument): Promise<TimesheetSample> {
  const report = timesheetReport()
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.addInitScript(frameProbeSource('[data-test="pivot-grid"]'))
  const page = await context.newPage()
  const session = await context.newCDPSession(page)
  try {
    await session.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu })
    await session.send('Network.enable')
    await session.send('Network.emulateNetworkConditions', { offline: false, latency: condition.latencyMs, downloadThroughput: -1, uploadThroughput: -1 })
    const url = new URL(portalUrl)
    url.searchParams.set('placement', 'default')
    url.searchParams.set('user', String(VIEWER))
    await page.goto(url.toString(), { timeout: 120_000 })
    const frame = await appFrame(page)
    await frame.waitForFunction(LOADED, undefined, { timeout: 120_000, polling: 100 })
    const sessionId = await page.evaluate('window.__emulator.sessionId') as string
    const logLength = async () => (await (await fetch(new URL(`/__emulator/sessions/${sessionId}`, portalUrl))).json() as { requests: number }).requests
    await session.send('HeapProfiler.collectGarbage')
    const heapBefore = (await session.send('Runtime.getHeapUsage')).usedSize
    const requestsBefore = await logLength()
    await frame.evaluate(FIRST_GRID_WATCH)
    await instrument?.start(session)
    const startedAt = await frame.evaluate(`(() => { const at = performance.now(); location.hash = ${JSON.stringify(report.hash)}; return at })()`) as number
    await frame.waitForSelector('[data-test="timesheet-report"]', { timeout: 60_000 })
    await frame.waitForFunction(LOADED, undefined, { timeout: 600_000, polling: 100 })
    const loadedAt = await frame.evaluate('performance.now()') as number
    await instrument?.stop(session)
    if (await frame.$('[data-test="timesheet-partial"], [data-test="timesheet-error"]'))
      throw new Error('the timesheet report ended incomplete or with an error')
    await session.send('HeapProfiler.collectGarbage')
    const heapAfter = (await session.send('Runtime.getHeapUsage')).usedSize
    const probe = await frame.evaluate('window.__perfProbe') as FrameProbe
    const watch = await frame.evaluate('window.__timesheetWatch') as { done: number, firstGrid: number | null }
    const during = probe.longTasks.filter(([start, duration]) => start + duration > startedAt && start < loadedAt)
    return {
      entries: report.entries,
      people: report.people,
      period: report.period,
      restRequests: await logLength() - requestsBefore,
      firstGridRequests: watch.firstGrid,
      loadedMs: loadedAt - startedAt,
      longTasks: during.length,
      longestMs: Math.max(0, ...during.map(([, duration]) => duration)),
      longTaskDurations: during.map(([, duration]) => duration),
      elements: await frame.evaluate('document.getElementsByTagName("*").length') as number,
      heapPerEntryBytes: (heapAfter - heapBefore) / report.entries,
    }
  }
  finally {
    await context.close()
  }
}

export interface TimesheetResult {
  condition: string
  samples: TimesheetSample[]
}

/**
 * Runs the scenario `rounds` times under every condition (interleaved) and prints its table and
 * targets to stdout; the results go into .artifacts/perf.json next to the task view's.
 *
 * @example
 * const timesheet = await measureTimesheet(browser, appPortal.url, CONDITIONS, 1)
 */
export async function measureTimesheet(browser: Browser, portalUrl: string, conditions: readonly TimesheetCondition[], rounds: number): Promise<TimesheetResult[]> {
  const results = conditions.map(condition => ({ condition: condition.name, samples: [] as TimesheetSample[] }))
  for (let round = 0; round < rounds; round++) {
    for (const [index, condition] of conditions.entries()) {
      const sample = await runTimesheetOnce(browser, portalUrl, condition)
      results[index]!.samples.push(sample)
      process.stderr.write(`round ${round + 1}/${rounds} · ${condition.name} · timesheet, ${sample.entries} entries: ${sample.loadedMs.toFixed(0)} ms\n`)
    }
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b)
    return sorted.length === 0 ? Number.NaN : sorted.length % 2 === 1 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2
  }
  const first = results[0]?.samples[0]
  process.stdout.write(`\ntimesheet report: ${first?.entries ?? '?'} entries of ${first?.people ?? '?'} people (${first?.period ?? '?'}), from My week by its link; medians of ${rounds} run(s)\n`)
  const rows = results.map(({ condition, samples }) => ({
    condition,
    loaded: median(samples.map(sample => sample.loadedMs)),
    requests: median(samples.map(sample => sample.restRequests)),
    firstGrid: median(samples.map(sample => sample.firstGridRequests ?? Number.NaN)),
    longTasks: median(samples.map(sample => sample.longTasks)),
    longest: median(samples.map(sample => sample.longestMs)),
    heap: median(samples.map(sample => sample.heapPerEntryBytes)),
  }))
  for (const row of rows)
    process.stdout.write(`  ${row.condition.padEnd(18)} all in ${row.loaded.toFixed(0)} ms · REST ${row.requests} (first grid after ${row.firstGrid}) · long tasks ${row.longTasks}, longest ${row.longest.toFixed(0)} ms · heap ${(row.heap / 1000).toFixed(2)} kB per entry\n`)
  const targets = [
    { target: 'timesheet: ≤ 10 HTTP requests, first grid after ≤ 2', met: rows.every(row => row.requests <= 10 && row.firstGrid <= 2) },
    { target: 'timesheet: no long task over 50 ms while processing', met: rows.every(row => row.longest <= 50) },
    { target: 'timesheet: heap ≤ 1 kB per entry', met: rows.every(row => row.heap <= 1000) },
  ]
  for (const row of targets)
    process.stdout.write(`  ${row.met ? 'met    ' : 'NOT met'}  ${row.target}\n`)
  return results
}
