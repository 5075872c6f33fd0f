/**
 * `npx tsx scripts/perf/boot-timeline.ts [--task 101] [--cpu 1] [--rounds 3] [--no-build] [--floor]`: what the
 * app's frame does between its navigation and its first list row, on the frame's own clock: the
 * document, every script and stylesheet (request start → response end), DOMContentLoaded, the
 * portal's handshake answer, the first REST request, the first row, and the tasks over 5 ms in
 * between. A diagnostic companion of `npm run perf` (time to first row), like long-tasks.ts.
 * `--floor`: the floor app of `npm run perf` instead (its build in .artifacts/perf-dist/floor, as
 * `npm run perf` left it). Builds into .artifacts/perf-dist/app (`--no-build` reuses it). Ports: PERF_APP_PORT (14301),
 * PERF_PORTAL_PORT (18301).
 */
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { startEmulator } from '../../emulator/server'
import { startStaticServer } from '../serve.mjs'
import { numberOption } from './diagnostics'
import { frameProbeSource } from './frame-probe'

const root = fileURLToPath(new URL('../..', import.meta.url))
const floor = process.argv.includes('--floor')
const appDist = join(root, floor ? '.artifacts/perf-dist/floor' : '.artifacts/perf-dist/app')
const args = process.argv.slice(2)
const option = (name: string, fallback: number): number => numberOption(args, name, fallback)
const taskId = option('--task', 101)
const cpu = option('--cpu', 1)
const rounds = option('--rounds', 3)

/** Runs in the frame once the first row exists: its own timeline, in ms since its navigation. */
const READ_TIMELINE = `(() => {
  const probe = window.__perfProbe
  const nav = performance.getEntriesByType('navigation')[0]
  const lines = [['document', nav.requestStart, nav.responseEnd], ['DOMContentLoaded', nav.domContentLoadedEventStart, nav.domContentLoadedEventEnd]]
  for (const entry of performance.getEntriesByType('resource')) {
    if (/\\.(js|css|woff2?)$/.test(entry.name)) lines.push([entry.name.split('/').pop(), entry.requestStart || entry.startTime, entry.responseEnd])
    else if (/\\/rest\\//.test(entry.name)) lines.push(['REST ' + new URL(entry.name).pathname.replace(/^\\/rest\\//, ''), entry.startTime, entry.responseEnd])
  }
  for (const entry of performance.getEntriesByType('paint')) lines.push([entry.name, entry.startTime, entry.startTime])
  lines.push(['handshake answer', probe.firstMessage, probe.firstMessage], ['first REST request', probe.firstRest, probe.firstRest], ['first row', probe.firstRow, probe.firstRow])
  for (const [start, duration] of probe.longTasks) lines.push(['long task', start, start + duration])
  return lines.filter(line => line[1] !== null && line[1] <= probe.firstRow).sort((a, b) => a[1] - b[1])
})()`

async function main(): Promise<void> {
  if (!floor && !args.includes('--no-build')) {
    process.env.NODE_ENV = 'production'
    await build({ root, configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir: appDist, emptyOutDir: true } })
  }
  const server = await startStaticServer({ root: appDist, port: Number(process.env.PERF_APP_PORT ?? 14301) })
  const portal = await startEmulator({ port: Number(process.env.PERF_PORTAL_PORT ?? 18301), appUrl: server.url })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    for (let round = 1; round <= rounds; round++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      await context.addInitScript(frameProbeSource('[data-test="list-row"]'))
      const page = await context.newPage()
      const session = await context.newCDPSession(page)
      await session.send('Emulation.setCPUThrottlingRate', { rate: cpu })
      const url = new URL(portal.url)
      url.searchParams.set('placement', 'sidebar')
      url.searchParams.set('task', String(taskId))
      url.searchParams.set('user', '102')
      await page.goto(url.toString(), { timeout: 120_000 })
      const handle = await page.waitForSelector('iframe[name*="|"]', { timeout: 60_000 })
      const frame = (await handle.contentFrame())!
      await frame.waitForSelector('[data-test="list-row"]', { timeout: 120_000 })
      const lines = await frame.evaluate(READ_TIMELINE) as Array<[string, number, number]>
      process.stdout.write(`round ${round}, ${floor ? 'floor app' : 'Task Lens'}, task ${taskId} at ${cpu}× CPU\n`)
      for (const [name, start, end] of lines)
        process.stdout.write(`  ${start.toFixed(0).padStart(6)} → ${end.toFixed(0).padStart(6)} ms  ${name}\n`)
      await context.close()
    }
  }
  finally {
    await browser.close()
    await portal.close()
    await server.close()
  }
}

void main()
