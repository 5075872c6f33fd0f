/**
 * `npm run perf`: Task Lens's production build in the portal emulator, measured in Chromium through
 * playwright-core and CDP, next to a floor app (bench/floor-app: vue + pinia + the SDK, no router,
 * no kit) that boots in the same emulator and renders the same task's first rows. Every scenario
 * runs once per round, rounds interleave the scenarios and conditions (drift on a shared machine
 * hits all alike), and every time is also given as a ratio to the floor app under the same
 * condition. Prints a table of medians and minimums and writes .artifacts/perf.json.
 *
 *   npm run perf                  # 5 rounds
 *   npm run perf -- --quick       # 1 round, no warm-up, one floor run, the throttled 50,000-entry
 *                                 # run up to its first row only, fewer scroll frames (< 3 min on 2 cores)
 *   npm run perf -- --rounds 3 --no-build
 *   npm run perf -- --only ttfr   # the 3-entry sidebar and its floor only (time to first row), no timesheet
 *
 * Not a test: timing on a noisy machine is no pass/fail criterion (it stays out of `npm test`).
 * Ports: PERF_APP_PORT (14301), PERF_FLOOR_PORT (14302), PERF_PORTAL_PORT (18301), PERF_FLOOR_PORTAL_PORT (18302).
 *
 * Metrics (per run, on the frame's own clock unless said otherwise):
 * - first row: the first `[data-test="list-row"]` exists (template tab: the recurrence sentence,
 *   from the moment the tab is opened);
 * - handshake → REST: first message from the portal page (the `getInitData` answer) to the first
 *   `/rest/` request leaving the frame;
 * - long tasks from the opening request until every entry is in (count, longest); long tasks before
 *   it = boot, reported apart (total ms, and as a ratio to the floor app);
 * - scroll: rAF deltas while the list scrolls by script, share of frames over 50 ms;
 * - heap: HeapProfiler.collectGarbage + Runtime.getHeapUsage once every entry is in, before the
 *   scroll; per entry = (heap − heap of the 3-entry task) / (entries − 3);
 * - REST requests: the emulator session's log.
 */
import type { Browser, CDPSession, Frame, Page } from 'playwright-core'
import type { FrameProbe } from './frame-probe'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { startEmulator } from '../../emulator/server'
import { startStaticServer } from '../serve.mjs'
import { frameProbeSource } from './frame-probe'
import { summarize } from './stats'
import { measureTimesheet } from './timesheet'

const root = fileURLToPath(new URL('../..', import.meta.url))
const args = process.argv.slice(2)
const quick = args.includes('--quick')
const roundsArgument = args.indexOf('--rounds')
const rounds = roundsArgument === -1 ? (quick ? 1 : 5) : Math.max(1, Number(args[roundsArgument + 1]))
const skipBuild = args.includes('--no-build')
const outJson = join(root, '.artifacts/perf.json')
const appDist = join(root, '.artifacts/perf-dist/app')
const floorDist = join(root, '.artifacts/perf-dist/floor')
const SCROLL_FRAMES = quick ? 90 : 240
/** Pixels per frame of the scripted scroll: a brisk wheel or trackpad fling, not a jump. */
const SCROLL_STEP_PX = 120

interface Condition {
  name: string
  cpu: number
  latencyMs: number
}
const CONDITIONS: readonly Condition[] = [
  { name: 'none', cpu: 1, latencyMs: 0 },
  { name: '4x CPU + 150 ms', cpu: 4, latencyMs: 150 },
]

interface Scenario {
  name: string
  app: 'app' | 'floor'
  task: number
  entries: number
  placement: 'sidebar' | 'tab'
  /** Open the template tab after the entries view is up. */
  template?: boolean
  /** Wait for every entry, scroll the list and weigh the heap. */
  full?: boolean
}
const ALL_SCENARIOS: readonly Scenario[] = [
  { name: 'sidebar, 3 entries', app: 'app', task: 101, entries: 3, placement: 'sidebar', full: true },
  { name: 'sidebar, 5,000 entries', app: 'app', task: 104, entries: 5000, placement: 'sidebar', full: true },
  { name: 'sidebar, 50,000 entries', app: 'app', task: 107, entries: 50_000, placement: 'sidebar', full: true },
  { name: 'template tab', app: 'app', task: 101, entries: 3, placement: 'tab', template: true },
  { name: 'floor, 3 entries', app: 'floor', task: 101, entries: 3, placement: 'sidebar' },
  { name: 'floor, 5,000 entries', app: 'floor', task: 104, entries: 5000, placement: 'sidebar' },
  { name: 'floor, 50,000 entries', app: 'floor', task: 107, entries: 50_000, placement: 'sidebar' },
]
const onlyArgument = args.indexOf('--only')
/** `--only ttfr`: the time-to-first-row pair alone (the 3-entry sidebar and its floor), no timesheet. */
const onlyFirstRow = onlyArgument !== -1 && args[onlyArgument + 1] === 'ttfr'
if (onlyArgument !== -1 && !onlyFirstRow)
  throw new Error(`--only knows one scenario set: ttfr (got ${args[onlyArgument + 1] ?? 'nothing'})`)
/** Quick runs compare everything with the 3-entry floor: the floor reads one page whatever the task. */
const SCENARIOS = onlyFirstRow
  ? ALL_SCENARIOS.filter(scenario => scenario.entries === 3 && !scenario.template)
  : quick ? ALL_SCENARIOS.filter(scenario => scenario.app === 'app' || scenario.entries === 3) : ALL_SCENARIOS

/** The floor run a scenario's times are compared with. */
function floorOf(scenario: Scenario): string {
  if (quick)
    return 'floor, 3 entries'
  return scenario.entries >= 50_000 ? 'floor, 50,000 entries' : scenario.entries >= 5000 ? 'floor, 5,000 entries' : 'floor, 3 entries'
}

interface Sample {
  firstRowMs: number | null
  handshakeToRestMs: number | null
  longTasksAfterRequest: number
  longestAfterRequestMs: number
  bootLongTasksMs: number
  scrollFrames: number
  slowScrollFrames: number
  heapBytes: number | null
  restRequests: number
  loadedMs: number | null
}

const METRICS: ReadonlyArray<{ key: keyof Sample, label: string, unit: string, ratio?: boolean }> = [
  { key: 'firstRowMs', label: 'first row', unit: 'ms', ratio: true },
  { key: 'handshakeToRestMs', label: 'handshake → REST', unit: 'ms' },
  { key: 'loadedMs', label: 'all entries in', unit: 'ms' },
  { key: 'longTasksAfterRequest', label: 'long tasks (from request)', unit: '' },
  { key: 'longestAfterRequestMs', label: 'longest long task', unit: 'ms' },
  { key: 'bootLongTasksMs', label: 'boot long tasks', unit: 'ms', ratio: true },
  { key: 'slowScrollFrames', label: 'scroll frames > 50 ms', unit: '' },
  { key: 'restRequests', label: 'REST requests', unit: '' },
]

async function buildBundles(): Promise<void> {
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ root, configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir: appDist, emptyOutDir: true } })
    await build({
      root: join(root, 'bench/floor-app'),
      configFile: false,
      base: './',
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: floorDist, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } },
    })
  }
  finally {
    if (nodeEnv === undefined)
      delete process.env.NODE_ENV
    else
      process.env.NODE_ENV = nodeEnv
  }
}

async function appFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[name*="|"]', { timeout: 60_000 })
  const frame = await handle.contentFrame()
  if (!frame)
    throw new Error('the portal page has no app frame')
  return frame
}

/**
 * Scrolls the list by script for `frames` animation frames; returns the rAF deltas. Page scripts
 * are strings: the TypeScript loader would otherwise wrap named functions in its own helpers.
 */
async function scrollDeltas(frame: Frame, frames: number): Promise<number[]> {
  return frame.evaluate(`(async () => {
    const list = document.querySelector('[data-test="entry-list"]')
    if (!list || list.scrollHeight <= list.clientHeight) return []
    const deltas = []
    const nextFrame = () => new Promise(resolve => requestAnimationFrame(resolve))
    let last = await nextFrame()
    const step = ${SCROLL_STEP_PX}
    for (let index = 0; index < ${frames}; index++) {
      list.scrollTop = Math.min(list.scrollHeight, list.scrollTop + step)
      const now = await nextFrame()
      deltas.push(now - last)
      last = now
    }
    return deltas
  })()`)
}

/** Time from opening the template tab (hash route) to the recurrence sentence, in the frame. */
async function openTemplate(frame: Frame, taskId: number): Promise<number> {
  return frame.evaluate(`new Promise((resolve) => {
    const started = performance.now()
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-test="recurrence-sentence"]')) {
        observer.disconnect()
        resolve(performance.now() - started)
      }
    })
    observer.observe(document, { childList: true, subtree: true, characterData: true })
    location.hash = '#/tasks/${taskId}/template'
  })`)
}

async function throttle(session: CDPSession, condition: Condition): Promise<void> {
  await session.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu })
  await session.send('Network.enable')
  await session.send('Network.emulateNetworkConditions', { offline: false, latency: condition.latencyMs, downloadThroughput: -1, uploadThroughput: -1 })
}

async function runOnce(browser: Browser, portals: Record<Scenario['app'], string>, scenario: Scenario, condition: Condition): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.addInitScript(frameProbeSource('[data-test="list-row"]'))
  const page = await context.newPage()
  const session = await context.newCDPSession(page)
  try {
    await throttle(session, condition)
    const url = new URL(portals[scenario.app])
    url.searchParams.set('placement', scenario.placement)
    url.searchParams.set('task', String(scenario.task))
    url.searchParams.set('user', '102')
    const started = performance.now()
    await page.goto(url.toString(), { timeout: 120_000 })
    const frame = await appFrame(page)
    await frame.waitForSelector('[data-test="list-row"]', { timeout: 120_000 })
    let loadedMs: number | null = null
    let deltas: number[] = []
    let heapBytes: number | null = null
    // Quick runs skip the slowest part: every one of 50,000 entries at 4× CPU.
    if (scenario.full && !(quick && condition.cpu > 1 && scenario.entries >= 50_000)) {
      await frame.waitForSelector('[data-test="entry-count"]', { timeout: 120_000 })
      await frame.waitForFunction('!document.querySelector(\'[data-test="loading-more"]\')', undefined, { timeout: 300_000, polling: 100 })
      loadedMs = await frame.evaluate('performance.now()') as number
      // Weighed before the scroll: what the entries hold, not the code V8 compiles for scrolling.
      await session.send('HeapProfiler.collectGarbage')
      heapBytes = (await session.send('Runtime.getHeapUsage')).usedSize
      if (scenario.entries > 50)
        deltas = await scrollDeltas(frame, SCROLL_FRAMES)
    }
    let templateMs: number | null = null
    if (scenario.template)
      templateMs = await openTemplate(frame, scenario.task)
    const probe = await frame.evaluate('window.__perfProbe') as FrameProbe
    const sessionId = await page.evaluate('window.__emulator.sessionId') as string
    const log = await (await fetch(new URL(`/__emulator/sessions/${sessionId}/requests`, portals[scenario.app]))).json() as unknown[]
    const requestAt = probe.firstRest ?? Number.POSITIVE_INFINITY
    // While loading: from the opening request until every entry is in (the scripted scroll and
    // the forced GC after it are not loading; scrolling has its own metric).
    const loadedAt = loadedMs ?? Number.POSITIVE_INFINITY
    const afterRequest = probe.longTasks.filter(([start, duration]) => start + duration > requestAt && start < loadedAt)
    const boot = probe.longTasks.filter(([start, duration]) => start + duration <= requestAt)
    if (performance.now() - started > 600_000)
      process.stderr.write(`slow run: ${scenario.name}\n`)
    return {
      firstRowMs: scenario.template ? templateMs : probe.firstRow,
      handshakeToRestMs: probe.firstMessage !== null && probe.firstRest !== null ? probe.firstRest - probe.firstMessage : null,
      longTasksAfterRequest: afterRequest.length,
      longestAfterRequestMs: Math.max(0, ...afterRequest.map(([, duration]) => duration)),
      bootLongTasksMs: boot.reduce((sum, [, duration]) => sum + duration, 0),
      scrollFrames: deltas.length,
      slowScrollFrames: deltas.filter(delta => delta > 50).length,
      heapBytes,
      restRequests: log.length,
      loadedMs,
    }
  }
  finally {
    await context.close()
  }
}

function format(value: number, unit: string): string {
  if (!Number.isFinite(value))
    return '–'
  return unit === 'ms' ? value.toFixed(0) : Number.isInteger(value) ? String(value) : value.toFixed(1)
}

async function main(): Promise<void> {
  const wallStart = performance.now()
  if (!skipBuild)
    await buildBundles()
  const appServer = await startStaticServer({ root: appDist, port: Number(process.env.PERF_APP_PORT ?? 14301) })
  const floorServer = await startStaticServer({ root: floorDist, port: Number(process.env.PERF_FLOOR_PORT ?? 14302) })
  const appPortal = await startEmulator({ port: Number(process.env.PERF_PORTAL_PORT ?? 18301), appUrl: appServer.url })
  const floorPortal = await startEmulator({ port: Number(process.env.PERF_FLOOR_PORTAL_PORT ?? 18302), appUrl: floorServer.url })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
  })
  const samples = new Map<string, Sample[]>()
  let timesheet: Awaited<ReturnType<typeof measureTimesheet>> = []
  const key = (scenario: Scenario, condition: Condition) => `${scenario.name} | ${condition.name}`
  try {
    // One warm-up of each app, so the first measured round does not pay for cold caches alone.
    for (const scenario of quick ? [] : [SCENARIOS[0]!, SCENARIOS.find(candidate => candidate.app === 'floor')!])
      await runOnce(browser, { app: appPortal.url, floor: floorPortal.url }, scenario, CONDITIONS[0]!)
    for (let round = 0; round < rounds; round++) {
      for (const condition of CONDITIONS) {
        for (const scenario of SCENARIOS) {
          const sample = await runOnce(browser, { app: appPortal.url, floor: floorPortal.url }, scenario, condition)
          samples.set(key(scenario, condition), [...(samples.get(key(scenario, condition)) ?? []), sample])
          process.stderr.write(`round ${round + 1}/${rounds} · ${condition.name} · ${scenario.name}: first row ${format(sample.firstRowMs ?? Number.NaN, 'ms')} ms\n`)
        }
      }
    }
    // The timesheet's team report (scripts/perf/timesheet.ts): its own table, printed at once.
    if (!onlyFirstRow)
      timesheet = await measureTimesheet(browser, appPortal.url, CONDITIONS, rounds)
  }
  finally {
    await browser.close()
    await appPortal.close()
    await floorPortal.close()
    await appServer.close()
    await floorServer.close()
  }

  const median = (scenario: Scenario, condition: Condition, metric: keyof Sample) =>
    summarize((samples.get(key(scenario, condition)) ?? []).map(sample => sample[metric]).filter((value): value is number => typeof value === 'number'))
  const results = CONDITIONS.flatMap(condition => SCENARIOS.map((scenario) => {
    const floor = SCENARIOS.find(candidate => candidate.name === floorOf(scenario))!
    const metrics = Object.fromEntries(METRICS.map(({ key: metric, ratio }) => {
      const own = median(scenario, condition, metric)
      const base = median(floor, condition, metric)
      return [metric, { ...own, ratioToFloor: ratio && base.median > 0 ? own.median / base.median : null }]
    }))
    const runs = samples.get(key(scenario, condition)) ?? []
    const frames = runs.reduce((sum, run) => sum + run.scrollFrames, 0)
    const slow = runs.reduce((sum, run) => sum + run.slowScrollFrames, 0)
    const baseline = median(SCENARIOS[0]!, condition, 'heapBytes').median
    const heap = median(scenario, condition, 'heapBytes').median
    return {
      scenario: scenario.name,
      condition: condition.name,
      entries: scenario.entries,
      runs: runs.length,
      metrics,
      scrollSlowShare: frames > 0 ? slow / frames : null,
      heapBytes: Number.isFinite(heap) ? heap : null,
      heapPerEntryBytes: scenario.full && scenario.entries > 3 && Number.isFinite(heap) && Number.isFinite(baseline) ? (heap - baseline) / (scenario.entries - 3) : null,
    }
  }))

  const header = ['scenario', 'condition', 'first row med/min', '× floor', 'hs→REST', 'all in', 'long tasks', 'longest', 'boot LT', 'boot × floor', 'scroll >50ms', 'heap/entry', 'REST']
  const lines = [header, ...results.map((result) => {
    const m = result.metrics as Record<keyof Sample, ReturnType<typeof summarize> & { ratioToFloor: number | null }>
    return [
      result.scenario,
      result.condition,
      `${format(m.firstRowMs.median, 'ms')} / ${format(m.firstRowMs.min, 'ms')}`,
      m.firstRowMs.ratioToFloor === null ? '' : `${m.firstRowMs.ratioToFloor.toFixed(2)}×`,
      format(m.handshakeToRestMs.median, 'ms'),
      format(m.loadedMs.median, 'ms'),
      format(m.longTasksAfterRequest.median, ''),
      format(m.longestAfterRequestMs.median, 'ms'),
      format(m.bootLongTasksMs.median, 'ms'),
      m.bootLongTasksMs.ratioToFloor === null ? '' : `${m.bootLongTasksMs.ratioToFloor.toFixed(2)}×`,
      result.scrollSlowShare === null ? '' : `${(result.scrollSlowShare * 100).toFixed(1)} %`,
      result.heapPerEntryBytes === null ? '' : `${(result.heapPerEntryBytes / 1000).toFixed(2)} kB`,
      format(m.restRequests.median, ''),
    ]
  })]
  const widths = header.map((_, column) => Math.max(...lines.map(line => line[column]!.length)))
  process.stdout.write(`${lines.map(line => line.map((cell, column) => column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)).join('  ')).join('\n')}\n`)
  const find = (scenario: string, condition: string) => results.find(result => result.scenario === scenario && result.condition === condition)
  const metric = (scenario: string, condition: string, name: keyof Sample) => (find(scenario, condition)?.metrics as Record<string, { median: number, ratioToFloor: number | null }> | undefined)?.[name]
  const throttled = CONDITIONS[1]!.name
  const appScenarios = SCENARIOS.filter(scenario => scenario.app === 'app' && !scenario.template)
  const targets = [
    { target: 'handshake → first REST request ≤ 20 ms', measured: appScenarios.map(scenario => metric(scenario.name, CONDITIONS[0]!.name, 'handshakeToRestMs')?.median ?? Number.NaN), limit: 20, unit: 'ms' },
    { target: 'time to first row ≤ 1.3× floor (both conditions)', measured: CONDITIONS.flatMap(condition => appScenarios.map(scenario => metric(scenario.name, condition.name, 'firstRowMs')?.ratioToFloor ?? Number.NaN)), limit: 1.3, unit: '×' },
    { target: 'longest long task while loading 5,000 / 50,000 at 4× CPU ≤ 50 ms', measured: ['sidebar, 5,000 entries', 'sidebar, 50,000 entries'].map(name => metric(name, throttled, 'longestAfterRequestMs')?.median ?? Number.NaN), limit: 50, unit: 'ms' },
    { target: 'scroll frames > 50 ms at 4× CPU ≤ 2 %', measured: ['sidebar, 5,000 entries', 'sidebar, 50,000 entries'].map(name => (find(name, throttled)?.scrollSlowShare ?? Number.NaN) * 100), limit: 2, unit: '%' },
    { target: 'heap ≤ 0.5 kB per entry', measured: results.filter(result => result.heapPerEntryBytes !== null).map(result => result.heapPerEntryBytes! / 1000), limit: 0.5, unit: 'kB' },
  ].map(row => ({ ...row, met: row.measured.every(value => Number.isFinite(value) && value <= row.limit) }))
  process.stdout.write('\ntargets\n')
  for (const row of targets)
    process.stdout.write(`  ${row.met ? 'met    ' : 'NOT met'}  ${row.target}: ${row.measured.map(value => Number.isFinite(value) ? `${value.toFixed(row.unit === 'ms' ? 0 : 2)}${row.unit === '×' ? '×' : ` ${row.unit}`}` : '–').join(', ')}\n`)
  const wallMs = performance.now() - wallStart
  process.stdout.write(`${rounds} round(s), medians of runs (min after the slash); times in ms on the frame's clock; ${(wallMs / 1000).toFixed(0)} s in all\n`)
  mkdirSync(dirname(outJson), { recursive: true })
  writeFileSync(outJson, `${JSON.stringify({ at: new Date().toISOString(), rounds, quick, wallMs, targets, results, samples: Object.fromEntries(samples), timesheet }, null, 2)}\n`)
  process.stdout.write(`written ${outJson}\n`)
}

await main()
