/**
 * `npx tsx scripts/perf/long-tasks.ts [--task 104] [--cpu 4] [--scroll] [--no-build] [--readable]`:
 * what every long task of loading one task's entries is made of. Records a Chromium trace (CDP
 * `Tracing`, no sampling profiler: the times are the real ones under throttling) from navigation
 * until every entry is in (and, with `--scroll`, while the list scrolls by script as in
 * `npm run perf`), then prints each main-thread task over 50 ms of the app's frame with its parts:
 * script evaluation per chunk, function calls per chunk and line, timers, message events, style,
 * layout, paint, GC. A diagnostic companion of `npm run perf`, like profile.ts.
 * Builds into .artifacts/perf-dist/app (`--no-build` reuses it). Ports: PERF_APP_PORT (14301),
 * PERF_PORTAL_PORT (18301).
 */
import type { TraceEvent } from './diagnostics'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { startEmulator } from '../../emulator/server'
import { startStaticServer } from '../serve.mjs'
import { describeTraceEvent, numberOption, TASK_PARTS } from './diagnostics'

const root = fileURLToPath(new URL('../..', import.meta.url))
const appDist = join(root, '.artifacts/perf-dist/app')
const args = process.argv.slice(2)
const option = (name: string, fallback: number): number => numberOption(args, name, fallback)
const taskId = option('--task', 104)
const cpu = option('--cpu', 4)
const limitMs = option('--over', 50)

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
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const session = await context.newCDPSession(page)
    await session.send('Emulation.setCPUThrottlingRate', { rate: cpu })
    const events: TraceEvent[] = []
    session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])))
    const done = new Promise<void>(resolve => session.once('Tracing.tracingComplete', () => resolve()))
    await session.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', '__metadata'] },
    })
    const url = new URL(portal.url)
    url.searchParams.set('placement', 'sidebar')
    url.searchParams.set('task', String(taskId))
    url.searchParams.set('user', '102')
    await page.goto(url.toString(), { timeout: 120_000 })
    const handle = await page.waitForSelector('iframe[name*="|"]', { timeout: 60_000 })
    const frame = (await handle.contentFrame())!
    await frame.waitForSelector('[data-test="entry-count"]', { timeout: 300_000 })
    await frame.waitForFunction('!document.querySelector(\'[data-test="loading-more"]\')', undefined, { timeout: 600_000, polling: 100 })
    if (args.includes('--scroll')) {
      await frame.evaluate(`(async () => {
        const list = document.querySelector('[data-test="entry-list"]')
        const nextFrame = () => new Promise(resolve => requestAnimationFrame(resolve))
        for (let index = 0; index < 240; index++) { list.scrollTop += 120; await nextFrame() }
      })()`)
    }
    await session.send('Tracing.end')
    await done
    await context.close()

    // The app's frame runs in the portal page's renderer (same site); its main thread is the
    // renderer's CrRendererMain. Tasks are `RunTask` there; their parts are the events inside.
    const names = events.filter(event => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
    const mains = new Set(names.map(event => `${event.pid}:${event.tid}`))
    const onMain = events.filter(event => mains.has(`${event.pid}:${event.tid}`) && event.ph === 'X').sort((a, b) => a.ts - b.ts)
    const tasks = onMain.filter(event => event.name === 'RunTask' && (event.dur ?? 0) / 1000 > limitMs)
    const start = Math.min(...onMain.map(event => event.ts))
    process.stdout.write(`task ${taskId} at ${cpu}× CPU: ${tasks.length} tasks over ${limitMs} ms on the renderer's main thread\n`)
    // Frame ids to their documents, so each task says whose it is (portal page or app frame).
    const frames = new Map<string, string>()
    for (const event of events) {
      const data = event.args?.data as { frame?: string, url?: string, frames?: Array<{ frame: string, url: string }> } | undefined
      for (const known of data?.frames ?? []) frames.set(known.frame, known.url)
      if ((event.name === 'FrameCommittedInBrowser' || event.name === 'CommitLoad') && data?.frame && data.url)
        frames.set(data.frame, data.url)
    }
    for (const task of tasks) {
      const end = task.ts + (task.dur ?? 0)
      const parts = new Map<string, number>()
      let owner = ''
      for (const event of onMain) {
        if (event.ts < task.ts || event.ts >= end || !TASK_PARTS.has(event.name))
          continue
        const frameId = (event.args?.data as { frame?: string } | undefined)?.frame
        if (!owner && frameId)
          owner = new URL(frames.get(frameId) ?? 'about:blank').port || frameId.slice(0, 6)
        const key = describeTraceEvent(event)
        parts.set(key, Math.max(parts.get(key) ?? 0, 0) + (event.dur ?? 0) / 1000)
      }
      const listed = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
      process.stdout.write(`at ${((task.ts - start) / 1000).toFixed(0).padStart(6)} ms  ${((task.dur ?? 0) / 1000).toFixed(0).padStart(4)} ms  ${owner.padEnd(6)}: ${listed.join(' | ')}\n`)
    }
  }
  finally {
    await browser.close()
    await portal.close()
    await server.close()
  }
}

await main()
