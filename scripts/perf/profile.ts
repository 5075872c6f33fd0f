/**
 * `npx tsx scripts/perf/profile.ts [--task 104] [--cpu 4] [--heap] [--no-build]`: where the time
 * (and memory) of loading one task's entries goes. Loads the task in the production build inside
 * the emulator, under CDP's CPU throttling, with the V8 sampling profiler running from navigation
 * until every entry is in; prints the functions with the most self time, and with `--heap` the
 * constructors holding the most memory once every entry is in (a heap snapshot after a GC).
 * A diagnostic companion of `npm run perf` (which measures; this one explains). Builds into
 * .artifacts/perf-dist/app like `npm run perf` (`--no-build` reuses it).
 * Ports: PERF_APP_PORT (14301), PERF_PORTAL_PORT (18301).
 */
import type { CDPSession } from 'playwright-core'
import type { Profile } from './diagnostics'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { startEmulator } from '../../emulator/server'
import { startStaticServer } from '../serve.mjs'
import { busyRuns, numberOption } from './diagnostics'
import { frameProbeSource } from './frame-probe'

const root = fileURLToPath(new URL('../..', import.meta.url))
const appDist = join(root, '.artifacts/perf-dist/app')
const args = process.argv.slice(2)
const option = (name: string, fallback: number): number => numberOption(args, name, fallback)
const taskId = option('--task', 104)
const cpu = option('--cpu', 4)
const top = option('--top', 40)
/** `--vendor`: busy runs also name the functions of the vendor chunk (Vue, the SDK, axios). */
const withVendor = args.includes('--vendor')

function printProfile(profile: Profile): void {
  const byId = new Map(profile.nodes.map(node => [node.id, node]))
  const self = new Map<string, number>()
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame
    const file = frame.url.split('/').pop() ?? ''
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000)
  })
  // Inclusive time: a sample counts once for every distinct function on its stack.
  const parent = new Map<number, number>()
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id)
  }
  const inclusive = new Map<string, number>()
  profile.samples.forEach((id, index) => {
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame
      if (!/assets\//.test(frame.url))
        continue
      const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`
      if (seen.has(name))
        continue
      seen.add(name)
      inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000)
    }
  })
  printBusyRuns(profile)
  const total = [...self.values()].reduce((sum, value) => sum + value, 0)
  process.stdout.write(`self time, ${total.toFixed(0)} ms sampled\n`)
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`${ms.toFixed(1).padStart(9)} ms  ${name}\n`)
  process.stdout.write('\ninclusive time, the app\'s own chunks\n')
  for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`${ms.toFixed(1).padStart(9)} ms  ${name}\n`)
}

/** The busy runs over 50 ms (long tasks or close), each with the app's functions taking most of it. */
function printBusyRuns(profile: Profile): void {
  for (const run of busyRuns(profile, 50, frame => /assets\//.test(frame.url) && (withVendor || !/vendor/.test(frame.url)))) {
    const parts = [...run.inclusive].sort((a, b) => b[1] - a[1]).slice(0, withVendor ? 24 : 8).map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    process.stdout.write(`busy ${run.ms.toFixed(0)} ms: ${parts.join(' | ')}\n`)
  }
}

async function printHeap(session: CDPSession): Promise<void> {
  const chunks: string[] = []
  session.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk))
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  const snapshot = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[], node_types: [string[]] } }, nodes: number[], strings: string[] }
  const fields = snapshot.snapshot.meta.node_fields
  const types = snapshot.snapshot.meta.node_types[0]
  const width = fields.length
  const typeAt = fields.indexOf('type')
  const nameAt = fields.indexOf('name')
  const sizeAt = fields.indexOf('self_size')
  const sizes = new Map<string, { bytes: number, count: number }>()
  for (let index = 0; index < snapshot.nodes.length; index += width) {
    const type = types[snapshot.nodes[index + typeAt]!]!
    const name = type === 'object' || type === 'native' || type === 'closure' ? snapshot.strings[snapshot.nodes[index + nameAt]!]! : `(${type})`
    const key = `${type}: ${name}`.slice(0, 90)
    const slot = sizes.get(key) ?? { bytes: 0, count: 0 }
    slot.bytes += snapshot.nodes[index + sizeAt]!
    slot.count++
    sizes.set(key, slot)
  }
  process.stdout.write('\nheap by constructor (self size)\n')
  for (const [name, { bytes, count }] of [...sizes].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top))
    process.stdout.write(`${(bytes / 1000).toFixed(0).padStart(8)} kB ${String(count).padStart(8)}×  ${name}\n`)
}

async function main(): Promise<void> {
  if (!args.includes('--no-build')) {
    process.env.NODE_ENV = 'production'
    // `--readable`: unminified, so the profile names the source's functions.
    await build({ root, configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir: appDist, emptyOutDir: true, minify: !args.includes('--readable') } })
  }
  const server = await startStaticServer({ root: appDist, port: Number(process.env.PERF_APP_PORT ?? 14301) })
  const portal = await startEmulator({ port: Number(process.env.PERF_PORTAL_PORT ?? 18301), appUrl: server.url })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addInitScript(frameProbeSource('[data-test="list-row"]'))
    const page = await context.newPage()
    const session = await context.newCDPSession(page)
    await session.send('Emulation.setCPUThrottlingRate', { rate: cpu })
    await session.send('Profiler.enable')
    await session.send('Profiler.setSamplingInterval', { interval: option('--interval', 200) })
    await session.send('Profiler.start')
    const url = new URL(portal.url)
    url.searchParams.set('placement', 'sidebar')
    url.searchParams.set('task', String(taskId))
    url.searchParams.set('user', '102')
    await page.goto(url.toString(), { timeout: 120_000 })
    const handle = await page.waitForSelector('iframe[name*="|"]', { timeout: 60_000 })
    const frame = (await handle.contentFrame())!
    await frame.waitForSelector('[data-test="entry-count"]', { timeout: 300_000 })
    await frame.waitForFunction('!document.querySelector(\'[data-test="loading-more"]\')', undefined, { timeout: 600_000, polling: 100 })
    const { profile } = await session.send('Profiler.stop') as unknown as { profile: Profile }
    const probe = await frame.evaluate('window.__perfProbe') as { firstRest: number | null, longTasks: Array<[number, number]> }
    const after = probe.longTasks.filter(([start, duration]) => start + duration > (probe.firstRest ?? Infinity))
    process.stdout.write(`task ${taskId} at ${cpu}× CPU: ${after.length} long tasks after the first request, longest ${Math.max(0, ...after.map(([, d]) => d)).toFixed(0)} ms: ${after.map(([, d]) => d.toFixed(0)).join(' ')}\n`)
    printProfile(profile)
    if (args.includes('--heap')) {
      await session.send('Emulation.setCPUThrottlingRate', { rate: 1 })
      await session.send('HeapProfiler.collectGarbage')
      process.stdout.write(`\nheap used ${((await session.send('Runtime.getHeapUsage')).usedSize / 1e6).toFixed(2)} MB\n`)
      await printHeap(session)
    }
    await context.close()
  }
  finally {
    await browser.close()
    await portal.close()
    await server.close()
  }
}

await main()
