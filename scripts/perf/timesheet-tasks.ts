/**
 * `npx tsx scripts/perf/timesheet-tasks.ts [--cpu 1] [--latency 0] [--rounds 1] [--trace | --profile] [--over 50] [--readable] [--no-build]`:
 * what every long task of the timesheet scenario (scripts/perf/timesheet.ts: the ≈20,000-entry team
 * report opened from My week) is made of. The same navigation and measures as `npm run perf`'s
 * timesheet table (alone, every long task's duration listed); with `--trace` a Chromium trace
 * (CDP `Tracing`) over the measured span, which prints each
 * main-thread task over `--over` ms with its parts (function calls by chunk and line, timers,
 * message events, XHR events, style, layout, paint, GC). With `--profile` the V8 sampling profiler
 * runs instead and each busy run over 50 ms is printed with the functions taking most of it
 * (`--readable`: an unminified build, so they carry the source's names).
 * Builds into .artifacts/perf-dist/timesheet-app (`--no-build` reuses it).
 * Ports: PERF_APP_PORT (14301), PERF_PORTAL_PORT (18301).
 */
import type { CDPSession } from 'playwright-core'
import type { Profile, TraceEvent } from './diagnostics'
import type { TimesheetInstrument } from './timesheet'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { startEmulator } from '../../emulator/server'
import { startStaticServer } from '../serve.mjs'
import { busyRuns, describeTraceEvent, frameName, numberOption, TASK_PARTS } from './diagnostics'
import { runTimesheetOnce } from './timesheet'

const root = fileURLToPath(new URL('../..', import.meta.url))
const appDist = join(root, '.artifacts/perf-dist/timesheet-app')
const args = process.argv.slice(2)
const option = (name: string, fallback: number): number => numberOption(args, name, fallback)
const cpu = option('--cpu', 1)
const latencyMs = option('--latency', 0)
const limitMs = option('--over', 50)
const profiling = args.includes('--profile')
const tracingOn = args.includes('--trace')
const rounds = option('--rounds', 1)

/** The trace's tasks over the limit on the renderer's main thread, each with its heaviest parts. */
function printTrace(events: TraceEvent[]): void {
  const mains = new Set(events.filter(event => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map(event => `${event.pid}:${event.tid}`))
  const onMain = events.filter(event => mains.has(`${event.pid}:${event.tid}`) && event.ph === 'X').sort((a, b) => a.ts - b.ts)
  const tasks = onMain.filter(event => event.name === 'RunTask' && (event.dur ?? 0) / 1000 > limitMs)
  const start = Math.min(...onMain.map(event => event.ts))
  // On a shared machine a task's wall time includes the time its thread waited for a core; its
  // thread time does not, so it tells what the task itself costs.
  const cpuLong = onMain.filter(event => event.name === 'RunTask' && (event.tdur ?? 0) / 1000 > limitMs)
  const longestCpu = Math.max(0, ...onMain.filter(event => event.name === 'RunTask').map(event => (event.tdur ?? 0) / 1000))
  process.stdout.write(`${tasks.length} tasks over ${limitMs} ms on the renderer's main thread (wall); ${cpuLong.length} over it in thread time, the longest ${longestCpu.toFixed(0)} ms\n`)
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0)
    const parts = new Map<string, number>()
    for (const event of onMain) {
      if (event.ts < task.ts || event.ts >= end || !TASK_PARTS.has(event.name))
        continue
      const key = describeTraceEvent(event)
      parts.set(key, (parts.get(key) ?? 0) + (event.dur ?? 0) / 1000)
    }
    const listed = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    process.stdout.write(`at ${((task.ts - start) / 1000).toFixed(0).padStart(6)} ms  ${((task.dur ?? 0) / 1000).toFixed(0).padStart(4)} ms (thread ${((task.tdur ?? 0) / 1000).toFixed(0).padStart(4)} ms): ${listed.join(' | ')}\n`)
  }
}

/** Busy runs (samples between idle ones) over the limit, each with the functions (inclusive) taking most of it. */
function printProfile(profile: Profile): void {
  const runs = busyRuns(profile, limitMs, frame => /assets\//.test(frame.url) || frame.functionName.startsWith('('))
  for (const run of runs) {
    const parts = [...run.inclusive].sort((a, b) => b[1] - a[1]).slice(0, 18).map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    process.stdout.write(`busy ${run.ms.toFixed(0)} ms:\n    ${parts.join('\n    ')}\n`)
  }
  process.stdout.write(`${runs.length} busy runs over ${limitMs} ms (sampled: a run may span several tasks)\n`)
  const byId = new Map(profile.nodes.map(node => [node.id, node]))
  const self = new Map<string, number>()
  profile.samples.forEach((id, index) => {
    const name = frameName(byId.get(id)!.callFrame)
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[index + 1] ?? 0) / 1000)
  })
  process.stdout.write('self time over the whole span\n')
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30))
    process.stdout.write(`${ms.toFixed(1).padStart(9)} ms  ${name}\n`)
}

function tracing(): TimesheetInstrument & { events: TraceEvent[] } {
  const events: TraceEvent[] = []
  return {
    events,
    async start(session: CDPSession) {
      session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])))
      await session.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', '__metadata'] },
      })
    },
    async stop(session: CDPSession) {
      const done = new Promise<void>(resolve => session.once('Tracing.tracingComplete', () => resolve()))
      await session.send('Tracing.end')
      await done
    },
  }
}

function sampling(): TimesheetInstrument & { profile: Profile | null } {
  const instrument: TimesheetInstrument & { profile: Profile | null } = {
    profile: null,
    async start(session: CDPSession) {
      await session.send('Profiler.enable')
      await session.send('Profiler.setSamplingInterval', { interval: option('--interval', 200) })
      await session.send('Profiler.start')
    },
    async stop(session: CDPSession) {
      instrument.profile = (await session.send('Profiler.stop') as unknown as { profile: Profile }).profile
    },
  }
  return instrument
}

async function main(): Promise<void> {
  if (!args.includes('--no-build')) {
    process.env.NODE_ENV = 'production'
    await build({ root, configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir: appDist, emptyOutDir: true, minify: !args.includes('--readable') } })
  }
  const server = await startStaticServer({ root: appDist, port: Number(process.env.PERF_APP_PORT ?? 14301) })
  const portal = await startEmulator({ port: Number(process.env.PERF_PORTAL_PORT ?? 18301), appUrl: server.url })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
  })
  try {
    for (let round = 0; round < rounds; round++) {
      const trace = tracingOn ? tracing() : null
      const profile = profiling ? sampling() : null
      const sample = await runTimesheetOnce(browser, portal.url, { name: `${cpu}x`, cpu, latencyMs }, trace ?? profile ?? undefined)
      const longest = sample.longTaskDurations.map(ms => ms.toFixed(0)).join(' ')
      process.stdout.write(`timesheet at ${cpu}× CPU + ${latencyMs} ms: ${sample.entries} entries, all in ${sample.loadedMs.toFixed(0)} ms · REST ${sample.restRequests} (first grid after ${sample.firstGridRequests}) · long tasks ${sample.longTasks}, longest ${sample.longestMs.toFixed(0)} ms · heap ${(sample.heapPerEntryBytes / 1000).toFixed(2)} kB per entry · ${sample.elements} elements\n  long tasks (ms): ${longest}\n`)
      if (trace)
        printTrace(trace.events)
      if (profile?.profile)
        printProfile(profile.profile)
    }
  }
  finally {
    await browser.close()
    await portal.close()
    await server.close()
  }
}

await main()
