/**
 * The timesheet engine's request plan: keyset pages chained inside one batch, sized from `total`,
 * look-ups of the tasks and people the entries name, and the request budget (a month of a
 * 30-person team with 20,000 entries in at most 10 HTTP requests, never more than 50 commands).
 *
 * The fake portal below answers like Bitrix24 where the plan depends on it: positional getlist
 * without a task id, `$result[key][49][ID]` references resolved the way
 * `CRestUtil::processBatchElement` resolves them (a missing row substitutes the whole page), `total`
 * counting the filter from the cursor on, 50 rows a page.
 */
import type { BatchCommand, BatchOutcome, RestClient } from '@/api/client'
import type { TimesheetArrival, TimesheetBatchPlan, TimesheetQuery, TimesheetState } from '@/api/timesheet'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createApiError } from '@/api/errors'
import {
  advanceTimesheet,
  createTimesheetApi,
  entryPageParams,
  FIRST_BATCH_PAGES,
  initialTimesheetState,
  planTimesheetBatch,
  readTimesheetBatch,
  readTimesheetBatchSliced,
  timesheetBatchCommands,
  timesheetFilter,
} from '@/api/timesheet'

const MARCH: TimesheetQuery = { period: { from: '2026-03-01', to: '2026-03-31' }, timeZone: 'Europe/Moscow', userIds: null }

interface FakeEntry { ID: string, TASK_ID: string, USER_ID: string, SECONDS: string, COMMENT_TEXT: string, SOURCE: string, CREATED_DATE: string, DATE_START: string, DATE_STOP: string }

/** `count` entries of March 2026 spread over `people` authors and `tasks` tasks; ids with gaps. */
function entries(count: number, people = 30, tasks = 60): FakeEntry[] {
  return Array.from({ length: count }, (_, index) => {
    const day = String(1 + (index % 31)).padStart(2, '0')
    return {
      ID: String(3 * index + 7),
      TASK_ID: String(1000 + ((index * 7) % tasks)),
      USER_ID: String(1 + (index % people)),
      SECONDS: '1800',
      COMMENT_TEXT: '',
      SOURCE: '2',
      CREATED_DATE: `2026-03-${day}T10:00:00+03:00`,
      DATE_START: `2026-03-${day}T10:00:00+03:00`,
      DATE_STOP: `2026-03-${day}T10:30:00+03:00`,
    }
  })
}

interface FakePortal extends RestClient {
  requests: number
  commandCounts: number[]
}

/** `processBatchElement` for a value that is exactly one reference. */
function resolve(value: unknown, results: Map<string, unknown>): unknown {
  if (typeof value !== 'string')
    return value
  const match = /^\$result\[([^\]]+)\]\[(\d+)\]\[ID\]$/.exec(value)
  if (!match)
    return value
  const page = results.get(match[1]!) as FakeEntry[] | undefined
  if (page === undefined)
    return [...results.values()]
  return page[Number(match[2])]?.ID ?? page
}

function fakePortal(rows: FakeEntry[], options: { failKeys?: ReadonlySet<string> } = {}): FakePortal {
  const byFilter = new Map<string, FakeEntry[]>()
  /** The rows a filter selects apart from its cursor, in id order (cached: one filter per load). */
  function matchingRows(filter: Record<string, unknown>): FakeEntry[] {
    const { '>ID': _cursor, ...rest } = filter
    const key = JSON.stringify(rest)
    let matching = byFilter.get(key)
    if (!matching) {
      const from = Date.parse(rest['>=CREATED_DATE'] as string)
      const to = Date.parse(rest['<CREATED_DATE'] as string)
      const users = (rest.USER_ID as unknown[] | undefined)?.map(String)
      matching = rows.filter(row => Date.parse(row.CREATED_DATE) >= from && Date.parse(row.CREATED_DATE) < to
        && (users === undefined || users.includes(row.USER_ID)))
      byFilter.set(key, matching)
    }
    return matching
  }
  const portal: FakePortal = {
    requests: 0,
    commandCounts: [],
    async call() {
      throw new Error('the timesheet only batches')
    },
    async batch(commands: Readonly<Record<string, BatchCommand>>) {
      portal.requests++
      portal.commandCounts.push(Object.keys(commands).length)
      if (Object.keys(commands).length > 50)
        throw new Error('more than 50 commands')
      const results = new Map<string, unknown>()
      const outcomes: Record<string, BatchOutcome> = {}
      for (const [key, command] of Object.entries(commands)) {
        if (options.failKeys?.has(`${portal.requests}:${key}`)) {
          outcomes[key] = { ok: false, error: createApiError({ code: 'INTERNAL_SERVER_ERROR', status: 500 }) }
          continue
        }
        if (command.method === 'task.elapseditem.getlist') {
          const [order, filter, select] = command.params as [Record<string, string>, Record<string, unknown>, string[]]
          expect(order).toEqual({ ID: 'asc' })
          expect(select.length).toBeGreaterThan(0)
          const after = resolve(filter['>ID'], results)
          // A substituted page (an array) makes a meaningless filter: answer junk, which must be ignored.
          const cursor = typeof after === 'number' || typeof after === 'string' ? Number(after) : 0
          const matching = matchingRows(filter)
          let first = 0
          for (let last = matching.length; first < last;) {
            const middle = (first + last) >> 1
            if (Number(matching[middle]!.ID) > cursor)
              last = middle
            else
              first = middle + 1
          }
          const matches = matching.slice(first)
          const page = matches.slice(0, 50)
          results.set(key, page)
          outcomes[key] = { ok: true, value: { result: page, total: matches.length || null } }
        }
        else if (command.method === 'tasks.task.list') {
          const ids = ((command.params as { filter: { ID: number[] } }).filter.ID)
          const tasks = ids.map(id => ({ id: String(id), title: `Task ${id}`, status: '3', groupId: '7', group: { id: '7', name: 'Website relaunch' }, responsibleId: '1', timeEstimate: '0', timeSpentInLogs: '0' }))
          outcomes[key] = { ok: true, value: { result: { tasks }, total: tasks.length } }
        }
        else if (command.method === 'user.get') {
          const ids = ((command.params as { FILTER: { ID: number[] } }).FILTER.ID)
          outcomes[key] = { ok: true, value: { result: ids.map(id => ({ ID: String(id), NAME: `User ${id}` })), total: ids.length } }
        }
        else {
          throw new Error(`unexpected ${command.method}`)
        }
      }
      return outcomes
    },
  }
  return portal
}

interface LoadResult {
  requests: number
  commandCounts: number[]
  entryIds: number[]
  taskIds: Set<number>
  userIds: Set<number>
  state: TimesheetState
  arrivals: TimesheetArrival[]
}

async function load(portal: FakePortal, query: TimesheetQuery = MARCH): Promise<LoadResult> {
  const api = createTimesheetApi(portal)
  let state = initialTimesheetState(query)
  const result: LoadResult = { requests: 0, commandCounts: [], entryIds: [], taskIds: new Set(), userIds: new Set(), state, arrivals: [] }
  for (let plan = planTimesheetBatch(state); plan; plan = planTimesheetBatch(state)) {
    const arrival = await api.fetchBatch(query, plan, state.remaining)
    result.arrivals.push(arrival)
    result.entryIds.push(...arrival.entries.map(entry => entry.id))
    arrival.tasks.forEach(task => result.taskIds.add(task.id))
    arrival.users.forEach(user => result.userIds.add(user.id))
    state = advanceTimesheet(state, plan, arrival)
    if (portal.requests > 50)
      throw new Error('runaway load')
  }
  return { ...result, requests: portal.requests, commandCounts: portal.commandCounts, state }
}

describe('commands', () => {
  it('sends getlist without a task id: ORDER first, so the portal inserts the task id 0 itself', () => {
    const params = entryPageParams(MARCH, 0) as unknown[]
    expect(params).toHaveLength(4)
    expect(params[0]).toEqual({ ID: 'asc' })
    expect(params[1]).toEqual({ '>ID': 0, '>=CREATED_DATE': '2026-03-01T00:00:00+03:00', '<CREATED_DATE': '2026-04-01T00:00:00+03:00' })
    expect(params[3]).toEqual({ NAV_PARAMS: { nPageSize: 50, iNumPage: 1 } })
  })

  it('filters people on the server and refuses an empty list, which a batch would turn into "everyone"', () => {
    expect(timesheetFilter({ ...MARCH, userIds: [5, 3, 5] }).USER_ID).toEqual([5, 3])
    expect(() => timesheetFilter({ ...MARCH, userIds: [] })).toThrow(RangeError)
    expect(planTimesheetBatch(initialTimesheetState({ userIds: [] }))).toBeNull()
  })

  it('chains pages through the previous page\'s 50th id and names look-ups by chunk', () => {
    const commands = timesheetBatchCommands(MARCH, { cursor: 700, entryPages: 3, taskChunks: [[1, 2]], userChunks: [[9]] })
    expect(Object.keys(commands)).toEqual(['e0', 'e1', 'e2', 't0', 'u0'])
    const cursorOf = (key: string) => ((commands[key]!.params as unknown[])[1] as Record<string, unknown>)['>ID']
    expect([cursorOf('e0'), cursorOf('e1'), cursorOf('e2')]).toEqual([700, '$result[e0][49][ID]', '$result[e1][49][ID]'])
    expect(commands.t0!.method).toBe('tasks.task.list')
    expect(commands.u0).toEqual({ method: 'user.get', params: { FILTER: { ID: [9] } } })
  })
})

describe('planner', () => {
  const base = initialTimesheetState()

  it.each([
    { remaining: null, tasks: 0, users: 0, pages: FIRST_BATCH_PAGES },
    { remaining: 0, tasks: 0, users: 0, pages: 0 },
    { remaining: 1, tasks: 0, users: 0, pages: 1 },
    { remaining: 19_500, tasks: 60, users: 30, pages: 47 },
    { remaining: 100, tasks: 2_600, users: 30, pages: 0 },
  ])('remaining $remaining, $tasks tasks and $users people pending → $pages pages', ({ remaining, tasks, users, pages }) => {
    const state: TimesheetState = { ...base, remaining, entriesDone: remaining === 0, pendingTaskIds: Array.from({ length: tasks }, (_, i) => i + 1), pendingUserIds: Array.from({ length: users }, (_, i) => i + 1) }
    const plan = planTimesheetBatch(state)
    if (remaining === 0 && tasks === 0) {
      expect(plan).toBeNull()
      return
    }
    expect(plan!.entryPages).toBe(pages)
    expect(plan!.entryPages + plan!.taskChunks.length + plan!.userChunks.length).toBeLessThanOrEqual(50)
  })

  it('never plans more than 50 commands, and plans something until the load is done', () => {
    fc.assert(fc.property(
      fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
      fc.integer({ min: 0, max: 3_000 }),
      fc.integer({ min: 0, max: 3_000 }),
      (remaining, tasks, users) => {
        const state: TimesheetState = { ...base, remaining, entriesDone: remaining === 0, pendingTaskIds: Array.from({ length: tasks }, (_, i) => i), pendingUserIds: Array.from({ length: users }, (_, i) => i) }
        const plan = planTimesheetBatch(state)
        if (remaining === 0 && tasks === 0 && users === 0)
          return expect(plan).toBeNull()
        expect(plan).not.toBeNull()
        const commands = plan!.entryPages + plan!.taskChunks.length + plan!.userChunks.length
        expect(commands).toBeGreaterThan(0)
        expect(commands).toBeLessThanOrEqual(50)
      },
    ))
  })
})

describe('request budget (30 people, 60 tasks, March 2026)', () => {
  it.each([
    { count: 0, requests: 1 },
    { count: 1, requests: 2 },
    { count: 50, requests: 2 },
    { count: 500, requests: 2 },
    { count: 2_500, requests: 2 },
    // 1 + ceil((390 pages + 2 task chunks + 1 user chunk) / 50) = 9, within the budget of 10.
    { count: 20_000, requests: 9 },
  ])('$count entries load in $requests HTTP requests, each entry once, every task and person looked up', async ({ count, requests }) => {
    const rows = entries(count)
    const portal = fakePortal(rows)
    const result = await load(portal)
    expect(result.requests).toBe(requests)
    expect(Math.max(...result.commandCounts)).toBeLessThanOrEqual(50)
    expect(result.entryIds).toEqual(rows.map(row => Number(row.ID)))
    expect(result.taskIds).toEqual(new Set(rows.map(row => Number(row.TASK_ID))))
    expect(result.userIds).toEqual(new Set(rows.map(row => Number(row.USER_ID))))
    expect(result.state.entriesDone).toBe(true)
  })

  it('loads only the chosen people, filtered on the server', async () => {
    const rows = entries(3_000)
    const result = await load(fakePortal(rows), { ...MARCH, userIds: [1, 2] })
    expect(result.entryIds).toEqual(rows.filter(row => row.USER_ID === '1' || row.USER_ID === '2').map(row => Number(row.ID)))
  })
})

describe('what arrives', () => {
  it('ignores the pages after a short page, whatever the portal answered for them', async () => {
    const rows = entries(60)
    const portal = fakePortal(rows)
    const plan: TimesheetBatchPlan = { cursor: 0, entryPages: 5, taskChunks: [], userChunks: [] }
    const arrival = await createTimesheetApi(portal).fetchBatch(MARCH, plan, null)
    // e1 is short (10 rows); e2 ran with the substituted page as its cursor and answered junk.
    expect(arrival.entries.map(entry => entry.id)).toEqual(rows.map(row => Number(row.ID)))
    expect(arrival.entriesDone).toBe(true)
    expect(arrival.repeatedEntries).toBe(0)
  })

  it('counts an unreadable row and keeps the others, and still moves the cursor past it', () => {
    const rows = entries(50)
    rows[10] = { ...rows[10]!, SECONDS: 'lots' }
    rows[49] = { ...rows[49]!, CREATED_DATE: 'yesterday' }
    const plan: TimesheetBatchPlan = { cursor: 0, entryPages: 1, taskChunks: [], userChunks: [] }
    const arrival = readTimesheetBatch(plan, { e0: { ok: true, value: { result: rows, total: 120 } } })
    expect(arrival.entries).toHaveLength(48)
    expect(arrival.unreadableEntries).toBe(2)
    expect(arrival.cursor).toBe(Number(rows[49]!.ID))
    expect(arrival.remaining).toBe(70)
    expect(arrival.entriesDone).toBe(false)
  })

  it('resumes at the last good page when a page of the chain fails, losing and repeating nothing', async () => {
    const rows = entries(2_000)
    const portal = fakePortal(rows, { failKeys: new Set(['2:e7', '2:t0']) })
    const result = await load(portal)
    expect(result.entryIds).toEqual(rows.map(row => Number(row.ID)))
    expect(result.taskIds.size).toBe(60)
    expect(result.arrivals[1]!.entriesError?.code).toBe('INTERNAL_SERVER_ERROR')
    expect(result.arrivals[1]!.failedTaskIds.length).toBeGreaterThan(0)
  })

  it('does not call a full page without `total` the end: the rest stays unknown and the load goes on', () => {
    const rows = entries(50)
    const plan: TimesheetBatchPlan = { cursor: 0, entryPages: 1, taskChunks: [], userChunks: [] }
    const arrival = readTimesheetBatch(plan, { e0: { ok: true, value: { result: rows, total: null } } })
    expect(arrival.entriesDone).toBe(false)
    expect(arrival.remaining).toBeNull()
    const state = advanceTimesheet(initialTimesheetState(), plan, arrival)
    expect(planTimesheetBatch(state)?.entryPages).toBe(FIRST_BATCH_PAGES)
  })

  it('treats a malformed page as an error of that page, not of the load', () => {
    const plan: TimesheetBatchPlan = { cursor: 40, entryPages: 2, taskChunks: [], userChunks: [] }
    const arrival = readTimesheetBatch(plan, { e0: { ok: true, value: { result: { not: 'a list' }, total: 5 } } })
    expect(arrival.entriesError?.code).toBe('MALFORMED_RESPONSE')
    expect(arrival.cursor).toBe(40)
    expect(arrival.entriesDone).toBe(false)
  })
})

describe('readTimesheetBatchSliced', () => {
  /** A slicer that yields (a resolved promise) at every check and counts the checks. */
  function countingSlicer() {
    const slicer = { checks: 0, maybeYield: () => {
      slicer.checks++
      return Promise.resolve()
    } }
    return slicer
  }

  it('reads any batch exactly as readTimesheetBatch does, pausing between its pages', async () => {
    const page = fc.oneof(
      fc.record({ rows: fc.integer({ min: 0, max: 50 }), total: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: null }), broken: fc.boolean() }),
      fc.constant('failed' as const),
    )
    await fc.assert(fc.asyncProperty(fc.array(page, { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 40 }), async (pages, cursor) => {
      const plan: TimesheetBatchPlan = { cursor, entryPages: pages.length, taskChunks: [], userChunks: [] }
      const rows: Record<string, BatchOutcome> = {}
      let next = 0
      pages.forEach((shape, index) => {
        if (shape === 'failed') {
          rows[`e${index}`] = { ok: false, error: createApiError({ code: 'INTERNAL_SERVER_ERROR', status: 500 }) }
          return
        }
        const list = entries(next + shape.rows).slice(next)
        next += shape.rows
        if (shape.broken && list.length > 1)
          list[0] = { ...list[0]!, SECONDS: 'lots' }
        rows[`e${index}`] = { ok: true, value: { result: list, total: shape.total } }
      })
      const slicer = countingSlicer()
      const sliced = await readTimesheetBatchSliced(plan, rows, null, slicer)
      expect(sliced).toEqual(readTimesheetBatch(plan, rows, null))
      // Once before the first page, then after every page read.
      expect(slicer.checks).toBeGreaterThanOrEqual(1)
      expect(slicer.checks).toBeLessThanOrEqual(pages.length + 1)
    }))
  })

  it('gives the main thread back before reading and between the pages of a 50-page batch', async () => {
    const rows = entries(2_500)
    const plan: TimesheetBatchPlan = { cursor: 0, entryPages: 50, taskChunks: [], userChunks: [] }
    const answer: Record<string, BatchOutcome> = {}
    for (let page = 0; page < 50; page++) answer[`e${page}`] = { ok: true, value: { result: rows.slice(page * 50, page * 50 + 50), total: 2_500 - page * 50 } }
    const slicer = countingSlicer()
    const arrival = await readTimesheetBatchSliced(plan, answer, null, slicer)
    expect(arrival.entries).toHaveLength(2_500)
    expect(slicer.checks).toBe(50)
  })
})
