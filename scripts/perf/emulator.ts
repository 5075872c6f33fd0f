/**
 * `npm run perf:emulator`: how fast the portal emulator starts with its 55,000 demo entries and how
 * fast it answers the app's heaviest call, a `batch` of 50 `task.elapseditem.getlist` pages of the
 * 50,000-entry task 107. Timing is not a test (a shared machine is noisy): this prints medians and
 * minimums, and fails only when the medians miss the budgets by a wide margin.
 *
 *   npm run perf:emulator               # 15 rounds
 *   npm run perf:emulator -- --rounds 5
 *
 * Env: PERF_PORTAL_PORT (default 14399) for the child emulator.
 */
import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import process from 'node:process'
import { summarize } from './stats'

const BUDGET = { startMs: 2000, batchMs: 300 } as const
const port = Number(process.env.PERF_PORTAL_PORT ?? 14399)
const roundsArgument = process.argv.indexOf('--rounds')
const rounds = roundsArgument === -1 ? 15 : Math.max(1, Number(process.argv[roundsArgument + 1]))
const base = `http://localhost:${port}`
const BIG_TASK = 107
const SELECT = ['ID', 'TASK_ID', 'USER_ID', 'COMMENT_TEXT', 'SECONDS', 'SOURCE', 'CREATED_DATE', 'DATE_START', 'DATE_STOP']

/** PHP's `http_build_query` for the nested values of a batch row. */
function buildQuery(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value) || (typeof value === 'object' && value !== null)) {
    return Object.entries(value).flatMap(([key, item]) => buildQuery(item, prefix === '' ? key : `${prefix}[${key}]`))
  }
  return [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`]
}

/** The rows of one batch: pages `first`…`first + 49`, newest first, as the app asks for them. */
function pageBatch(first: number, order: 'asc' | 'desc'): Record<string, string> {
  const cmd: Record<string, string> = {}
  for (let page = first; page < first + 50; page++)
    cmd[`p${page}`] = `task.elapseditem.getlist?${buildQuery([BIG_TASK, { ID: order }, { '>ID': 0 }, SELECT, { NAV_PARAMS: { nPageSize: 50, iNumPage: page } }]).join('&')}`
  return cmd
}

async function rest(method: string, token: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(`${base}/rest/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...body, auth: token }) })
  const json = await response.json() as Record<string, unknown>
  if (!response.ok)
    throw new Error(`${method}: HTTP ${response.status} ${JSON.stringify(json).slice(0, 200)}`)
  return json
}

async function session(): Promise<string> {
  const response = await fetch(`${base}/__emulator/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId: 102 }) })
  return (await response.json() as { token: string }).token
}

async function main(): Promise<void> {
  const startedAt = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'emulator/server.ts'], {
    env: { ...process.env, PORTAL_PORT: String(port), APP_URL: 'http://localhost:14398/' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  try {
    await new Promise<void>((resolve, reject) => {
      child.once('exit', code => reject(new Error(`the emulator exited with ${code}`)))
      child.stdout.on('data', (chunk: Uint8Array) => {
        if (new TextDecoder().decode(chunk).includes('Portal emulator:'))
          resolve()
      })
    })
    const listening = performance.now() - startedAt
    const token = await session()
    const first = await rest('task.elapseditem.getlist', token, { 0: BIG_TASK, 1: { ID: 'desc' }, 2: { '>ID': 0 }, 3: SELECT, 4: { NAV_PARAMS: { nPageSize: 50, iNumPage: 1 } } })
    const firstAnswer = performance.now() - startedAt
    if (first.total !== 50_000)
      throw new Error(`task ${BIG_TASK} has ${String(first.total)} entries, expected 50000`)

    const samples: Record<string, number[]> = { 'batch 50 pages, ID desc, pages 1–50': [], 'batch 50 pages, ID asc, pages 951–1000': [], 'one page (getlist)': [] }
    for (let round = 0; round < rounds; round++) {
      const fresh = await session()
      for (const [label, run] of [
        ['batch 50 pages, ID desc, pages 1–50', () => rest('batch', fresh, { halt: 0, cmd: pageBatch(1, 'desc') })],
        ['batch 50 pages, ID asc, pages 951–1000', () => rest('batch', fresh, { halt: 0, cmd: pageBatch(951, 'asc') })],
        ['one page (getlist)', () => rest('task.elapseditem.getlist', fresh, { 0: BIG_TASK, 1: { ID: 'desc' }, 2: { '>ID': 0 }, 3: SELECT, 4: { NAV_PARAMS: { nPageSize: 50, iNumPage: 7 } } })],
      ] as const) {
        const before = performance.now()
        const reply = await run()
        samples[label]!.push(performance.now() - before)
        const rows = (reply.result as { result?: Record<string, unknown[]> }).result
        if (rows && Object.values(rows).reduce((sum, page) => sum + page.length, 0) !== 2500)
          throw new Error(`${label}: expected 2500 rows`)
      }
    }

    const lines = [
      ['what', 'median ms', 'min ms', 'budget ms'],
      ['start → listening (tsx, data built)', listening.toFixed(0), '', ''],
      ['start → first getlist answered', firstAnswer.toFixed(0), '', String(BUDGET.startMs)],
      ...Object.entries(samples).map(([label, values]) => {
        const { median, min } = summarize(values)
        return [label, median.toFixed(1), min.toFixed(1), label.startsWith('batch') ? String(BUDGET.batchMs) : '']
      }),
    ]
    const widths = lines[0]!.map((_, column) => Math.max(...lines.map(line => line[column]!.length)))
    for (const line of lines)
      process.stdout.write(`${line.map((cell, column) => column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)).join('  ')}\n`)
    process.stdout.write(`(${rounds} rounds, each on a fresh session)\n`)
    const slowBatch = Object.entries(samples).some(([label, values]) => label.startsWith('batch') && summarize(values).median > 2 * BUDGET.batchMs)
    if (firstAnswer > 2 * BUDGET.startMs || slowBatch)
      process.exitCode = 1
  }
  finally {
    child.kill()
  }
}

await main()
