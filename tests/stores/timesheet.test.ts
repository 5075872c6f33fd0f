/**
 * The timesheet store on the emulator in process (tests/helpers/emulator-rest.ts): what the grid
 * gets is computed here from the session's own data and access rules, never from the code under
 * test; HTTP requests are counted on the emulator's side.
 */
import type { EmulatorRestOptions } from '../helpers/emulator-rest'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApi } from '@/api'
import { createTimesheetApi } from '@/api/timesheet'
import { instantInPeriod } from '@/lib/time/period'
import { useFrameStore } from '@/stores/frame'
import { useTimesheetStore } from '@/stores/timesheet'
import { GROUPS, TASKS } from '../../emulator/data/tasks'
import { canReadTask } from '../../emulator/rest/access'
import { installStores } from '../helpers/app-context'
import { apiError, createEmulatorRest } from '../helpers/emulator-rest'
import { fakePortal } from '../helpers/fake-portal'

/**
 * `unsliced`: batches are read in one go. Under fake timers a slice's yield (a MessageChannel
 * message, which fake timers leave alone) would let `runAllTimersAsync` return before the retry's
 * timer is set.
 */
async function setup(userId: number, options: EmulatorRestOptions = {}, { unsliced = false } = {}) {
  const emulator = createEmulatorRest({ userId, ...options })
  const { portal } = fakePortal({ placement: 'DEFAULT', placementOptions: {}, isAdmin: userId === 1 })
  const api = createApi(emulator.rest)
  if (unsliced)
    api.timesheet = async () => createTimesheetApi(emulator.rest, { slicer: () => ({ maybeYield: () => undefined }) })
  installStores({ api, portal })
  await useFrameStore().boot()
  return { emulator, store: useTimesheetStore() }
}

/** What the portal holds for a user in a period, as seen in a zone (the expected answer). */
function expected(emulator: ReturnType<typeof createEmulatorRest>, viewer: number, period: { from: string, to: string }, zone: string, authors: readonly number[] | null) {
  const readable = new Set(TASKS.filter(task => canReadTask(task, viewer)).map(task => task.id))
  return emulator.session.entries.list()
    .filter(entry => readable.has(entry.taskId) && (authors === null || authors.includes(entry.userId)) && instantInPeriod(new Date(entry.createdDate), period, zone))
}

afterEach(() => {
  vi.useRealTimers()
})

describe('my week', () => {
  const WEEK = { from: '2026-03-09', to: '2026-03-15' }

  it('is every entry of mine in the week, in two HTTP requests (entries with user.current, then tasks and names)', async () => {
    const { emulator, store } = await setup(102)
    await store.load({ period: WEEK, people: 'me' })
    expect(store.status).toBe('success')
    expect(store.me?.id).toBe(102)
    const want = expected(emulator, 102, WEEK, store.timeZone, [102])
    expect(want.length).toBeGreaterThan(0)
    expect(store.entries.map(entry => entry.id).sort((a, b) => a - b)).toEqual(want.map(entry => entry.id).sort((a, b) => a - b))
    expect(store.verdict).toEqual({ kind: 'complete' })
    for (const id of new Set(want.map(entry => entry.taskId))) expect(store.tasks.get(id)?.title).toBeTruthy()
    expect(emulator.requests).toHaveLength(2)
    expect(emulator.requests[0]!.methods[0]).toBe('user.current')
  })

  it('a newer load wins: the superseded one writes nothing', async () => {
    const { store } = await setup(102)
    const first = store.load({ period: { from: '2026-02-02', to: '2026-02-08' }, people: 'me' })
    const second = store.load({ period: WEEK, people: 'me' })
    await Promise.all([first, second])
    expect(store.request?.period).toEqual(WEEK)
    expect(store.entries.every(entry => entry.day >= WEEK.from && entry.day <= WEEK.to)).toBe(true)
    expect(store.status).toBe('success')
  })

  it('needs no request for nobody', async () => {
    const { emulator, store } = await setup(102)
    await store.load({ period: WEEK, people: [] })
    expect(store.status).toBe('success')
    expect(store.entries).toEqual([])
    expect(emulator.requests).toHaveLength(0)
  })
})

describe('a month of 30 people', () => {
  it('reads 20,000 entries in at most 10 HTTP requests, each once, and says complete', async () => {
    const { emulator, store } = await setup(1)
    const people = Array.from({ length: 30 }, (_, index) => 1001 + index)
    const tasks = TASKS.map(task => task.id)
    const start = Date.parse('2026-01-02T06:00:00Z')
    emulator.seed(Array.from({ length: 20_000 }, (_, index) => ({
      taskId: tasks[index % tasks.length]!,
      userId: people[index % people.length]!,
      seconds: 600 + (index % 13) * 60,
      createdDate: start + (index % 28) * 86_400_000 + (index % 9) * 3_600_000,
    })))
    const month = { from: '2026-01-01', to: '2026-01-31' }
    await store.load({ period: month, people })
    expect(store.status).toBe('success')
    expect(store.entries).toHaveLength(20_000)
    expect(store.progress).toMatchObject({ entries: 20_000, total: 20_000, people: 30 })
    expect(store.verdict).toEqual({ kind: 'complete' })
    expect(emulator.requests.length, `commands per request: ${emulator.requests.map(request => request.methods.length).join(', ')}`).toBe(9)
    expect(emulator.requests.every(request => request.methods.length <= 50)).toBe(true)
  }, 60_000)
})

describe('the progress line\'s people', () => {
  it('are the authors of the records kept, as writes of ours add, move and delete entries', async () => {
    const { store } = await setup(102)
    const WEEK = { from: '2026-03-09', to: '2026-03-15' }
    await store.load({ period: WEEK, people: null })
    const authors = () => new Set(store.entries.map(entry => entry.userId)).size
    expect(store.progress.people).toBe(authors())
    const [first] = store.entries
    expect(first).toBeDefined()
    const stranger = 9_999
    store.put({ ...first!, id: 987_654, userId: stranger })
    expect(store.progress.people).toBe(authors())
    // The same entry rewritten to another author, then outside the period: counted where it is.
    store.put({ ...first!, id: 987_654, userId: first!.userId })
    expect(store.progress.people).toBe(authors())
    store.put({ ...first!, id: 987_654, createdAt: new Date('2026-01-01T10:00:00Z') })
    expect(store.progress.people).toBe(authors())
    for (const entry of store.entries.filter(entry => entry.userId === first!.userId)) store.drop(entry.id)
    expect(store.progress.people).toBe(authors())
    store.drop(123_456_789)
    expect(store.progress.people).toBe(authors())
  })
})

describe('navigation', () => {
  const WEEK = { from: '2026-03-09', to: '2026-03-15' }

  it('a superseded 20,000-entry load sends nothing after the request it has in flight', async () => {
    const isMonth = (params: unknown) => JSON.stringify(params).includes('"<CREATED_DATE":"2026-02-02T')
    // While the month's first batch is on the wire, the user moves on to a week.
    let next: Promise<void> | null = null
    const { emulator, store } = await setup(1, { mangle: (method, params, answer) => {
      if (next === null && method === 'task.elapseditem.getlist' && isMonth(params))
        next = useTimesheetStore().load({ period: WEEK, people: 'me' })
      return answer
    } })
    const people = Array.from({ length: 30 }, (_, index) => 1001 + index)
    const start = Date.parse('2026-01-02T06:00:00Z')
    emulator.seed(Array.from({ length: 20_000 }, (_, index) => ({ taskId: TASKS[index % TASKS.length]!.id, userId: people[index % people.length]!, seconds: 600, createdDate: start + (index % 28) * 86_400_000 })))
    await store.load({ period: { from: '2026-01-01', to: '2026-01-31' }, people })
    await next
    // The month's load stops at its next check: of its 9 requests only the one in flight went out.
    expect(emulator.requests.filter(request => isMonth(request.params))).toHaveLength(1)
    expect(store.request?.period).toEqual(WEEK)
    expect(store.status).toBe('success')
    expect(store.entries.every(entry => entry.day >= WEEK.from && entry.day <= WEEK.to)).toBe(true)
  }, 60_000)
})

describe('the name of a project without entries in the period', () => {
  const EMPTY_MONTH = { from: '2010-01-01', to: '2010-01-31' }
  const project = GROUPS.find(group => group.id === 7)!

  it('comes from one look-up of its tasks once the load has ended, and is asked once', async () => {
    const { emulator, store } = await setup(102)
    expect(TASKS.some(task => task.groupId === project.id && canReadTask(task, 102))).toBe(true)
    await store.load({ period: EMPTY_MONTH, people: null })
    expect([...store.tasks.values()].some(task => task.groupId === project.id)).toBe(false)
    const before = emulator.requests.length
    await store.nameProject(project.id)
    await store.nameProject(project.id)
    expect(store.projects.get(project.id)).toEqual({ id: project.id, name: project.name })
    expect(emulator.requests.slice(before).map(request => request.methods)).toEqual([['tasks.task.list']])
  })

  it('is not asked for when a loaded task already names the project', async () => {
    const { emulator, store } = await setup(102)
    await store.load({ period: { from: '2026-01-01', to: '2026-03-31' }, people: null })
    const named = [...store.tasks.values()].find(task => task.project !== null)?.project
    expect(named).toBeDefined()
    const before = emulator.requests.length
    await store.nameProject(named!.id)
    expect(emulator.requests.length).toBe(before)
    expect(store.projects.has(named!.id)).toBe(false)
  })

  it('stays unknown for a viewer who sees none of its tasks', async () => {
    const viewer = [1001, 1002, 1003, 1010, 1020].find(id => !TASKS.some(task => task.groupId === project.id && canReadTask(task, id)))
    expect(viewer).toBeDefined()
    const { store } = await setup(viewer!)
    await store.nameProject(project.id)
    expect(store.projects.has(project.id)).toBe(false)
  })

  it('stays unknown when the look-up fails, without an error, and is asked again next time', async () => {
    let fail = true
    const { emulator, store } = await setup(102, { mangle: (method, _params, answer) => (method === 'tasks.task.list' && fail ? apiError('ACCESS_DENIED', 403) : answer) })
    await store.nameProject(project.id)
    expect(store.projects.has(project.id)).toBe(false)
    expect(store.error).toBeNull()
    fail = false
    await store.nameProject(project.id)
    expect(store.projects.get(project.id)?.name).toBe(project.name)
    expect(emulator.requests.filter(request => request.methods.includes('tasks.task.list'))).toHaveLength(2)
  })
})

describe('a misbehaving portal', () => {
  const WEEK = { from: '2026-03-09', to: '2026-03-15' }

  it('reports a task the portal no longer returns, and keeps its entries', async () => {
    let gone = 0
    const { emulator, store } = await setup(102, { mangle: (method, _params, answer) => {
      if (method !== 'tasks.task.list')
        return answer
      const result = answer.result as { tasks: Array<{ id: string }> }
      return { ...answer, result: { tasks: result.tasks.filter(task => task.id !== String(gone)) } }
    } })
    gone = expected(emulator, 102, WEEK, 'UTC', [102])[0]!.taskId
    await store.load({ period: WEEK, people: 'me' })
    expect(store.status).toBe('success')
    expect(store.missingTaskIds).toEqual([gone])
    expect(store.entries.some(entry => entry.taskId === gone)).toBe(true)
  })

  it('retries a failed look-up row by itself under the retry rules, then gives up on it without an error', async () => {
    vi.useFakeTimers()
    let failures = 0
    const { emulator, store } = await setup(102, { mangle: (method, _params, answer) => {
      if (method === 'tasks.task.list') {
        failures++
        return apiError('QUERY_LIMIT_EXCEEDED', 503)
      }
      return answer
    } }, { unsliced: true })
    const loading = store.load({ period: WEEK, people: 'me' })
    await vi.runAllTimersAsync()
    await loading
    expect(store.status).toBe('success')
    expect(failures).toBe(4)
    expect(store.tasks.size).toBe(0)
    expect(store.missingTaskIds).toEqual([])
    expect(store.entries.length).toBeGreaterThan(0)
    expect(emulator.requests).toHaveLength(5)
  })

  it('stops at a page that cannot be read, then resumes from its cursor on retry', async () => {
    let fail = true
    const { emulator, store } = await setup(102, { mangle: (method, _params, answer) => method === 'task.elapseditem.getlist' && fail ? apiError('ACCESS_DENIED', 403) : answer })
    await store.load({ period: WEEK, people: 'me' })
    expect(store.status).toBe('error')
    expect(store.error?.code).toBe('ACCESS_DENIED')
    fail = false
    await store.retry()
    expect(store.status).toBe('success')
    expect(store.entries.length).toBe(expected(emulator, 102, WEEK, store.timeZone, [102]).length)
  })

  it('says "X of Y" when a row does not read', async () => {
    const { store } = await setup(102, { mangle: (method, _params, answer) => {
      if (method !== 'task.elapseditem.getlist' || !Array.isArray(answer.result) || answer.result.length === 0)
        return answer
      const [first, ...rest] = answer.result as Array<Record<string, unknown>>
      return { ...answer, result: [{ ...first, SECONDS: 'many' }, ...rest] }
    } })
    await store.load({ period: WEEK, people: 'me' })
    expect(store.status).toBe('success')
    expect(store.unreadable).toBeGreaterThan(0)
    expect(store.verdict).toMatchObject({ kind: 'partial', loaded: store.progress.entries - store.unreadable })
  })
})
