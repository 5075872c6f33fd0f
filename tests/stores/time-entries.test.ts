/**
 * useTimeEntriesStore against the portal emulator at the RestClient seam (tests/helpers/emulator-rest.ts,
 * demo data of emulator/data/*): the opening batch is one HTTP request, pages and authors follow in
 * batches within the budget (5,000 entries = 3 requests), a newer load wins, a failure mid-load keeps
 * what arrived and resumes, writes follow Bitrix's rules.
 */
import type { EmulatorRestOptions } from '../helpers/emulator-rest'
import type { RestResult } from '@/api/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTimeEntriesApi } from '@/api/time-entries'
import { useEntryDetailStore } from '@/stores/entry-detail'
import { useFrameStore } from '@/stores/frame'
import { usePeopleStore } from '@/stores/people'
import { DURATION_FORMAT_OPTION, usePreferencesStore } from '@/stores/preferences'
import { UNDO_WINDOW_MS, useTimeEntriesStore } from '@/stores/time-entries'
import { installStores } from '../helpers/app-context'
import { apiError, createEmulatorRest } from '../helpers/emulator-rest'
import { fakePortal } from '../helpers/fake-portal'

type Emulator = ReturnType<typeof createEmulatorRest>

async function setup(emulator: Emulator, context: Parameters<typeof fakePortal>[0] = {}, saved: Record<string, string> = {}) {
  const { portal, frame } = fakePortal(context, saved)
  installStores({ api: { timeEntries: createTimeEntriesApi(emulator.rest) }, portal })
  await useFrameStore().boot()
  return { store: useTimeEntriesStore(), frame, people: usePeopleStore(), detail: useEntryDetailStore(), preferences: usePreferencesStore() }
}

/** Demo users (emulator/data/users.ts). */
const ADMIN = 1
const PETER = 102
/**
 * Demo task 101 (emulator/data/entries.ts): entry 1 by Peter (5,400 s, HTML comment), 2 by
 * Мария Иванова (103), 3 by deleted user 108; task 102 has none; task 104 has 5,000 (ids
 * 10001–15000, six authors).
 */
const THREE = 101
const EMPTY = 102
const FIVE_THOUSAND = 104
const PETERS_COMMENT = 'Collected figures from <b>finance</b> & sales'

/** A session of demo user `userId` (default 102, Peter Peters) on the emulator's demo data. */
const portalAs = (userId = PETER, options: EmulatorRestOptions = {}) => createEmulatorRest({ userId, ...options })

/** `tasks.task.get` as the portal answers a user who may not add time (`action["elapsedtime.add"]` false). */
function refuseAdd(answer: RestResult<unknown>): RestResult<unknown> {
  const { task } = answer.result as { task: { action: Record<string, boolean> } }
  return { ...answer, result: { task: { ...task, action: { ...task.action, 'elapsedtime.add': false } } } }
}

type GetListParams = [number, { ID: string }, Record<string, unknown>, string[], { NAV_PARAMS: { nPageSize: number, iNumPage: number } }]

describe('opening a task', () => {
  it('sends one batch with the task, page 1, the add permission and the current user, in positional order', async () => {
    const emulator = portalAs()
    const { store } = await setup(emulator)
    const loading = store.load(EMPTY)
    expect(store.status).toBe('loading')
    await loading
    expect(store.status).toBe('success')
    expect(emulator.requests).toHaveLength(1)
    expect(emulator.requests[0]!.methods).toEqual(['tasks.task.get', 'task.elapseditem.getlist', 'task.elapseditem.isactionallowed', 'user.current'])
    // Keyset paging: descending ids below a cursor (none yet), always the first page of 50.
    expect(emulator.requests[0]!.params[1]).toEqual([EMPTY, { ID: 'desc' }, { '>ID': 0 }, ['ID', 'TASK_ID', 'USER_ID', 'COMMENT_TEXT', 'SECONDS', 'MINUTES', 'SOURCE', 'CREATED_DATE', 'DATE_START', 'DATE_STOP'], { NAV_PARAMS: { nPageSize: 50, iNumPage: 1 } }])
    expect(emulator.requests[0]!.params[2]).toEqual([EMPTY, 1, 1])
    expect(store.task?.title).toBe('Согласовать договор с подрядчиком')
    expect(store.entries).toEqual([])
    expect(store.complete).toBe(true)
    expect(store.canAdd).toBe(true)
    expect(store.me?.id).toBe(PETER)
  })

  it('fetches the authors of a small task in one more request, skipping the current user', async () => {
    const emulator = portalAs()
    const { store, people } = await setup(emulator)
    await store.load(THREE)
    expect(emulator.requests).toHaveLength(2)
    expect(emulator.requests[1]).toMatchObject({ kind: 'batch', methods: ['user.get'] })
    expect(emulator.requests[1]!.params[0]).toEqual({ FILTER: { ID: [103, 108] } })
    expect(store.entries.map(entry => entry.id)).toEqual([2, 1, 3])
    expect(people.users.get(103)?.name).toBe('Мария Иванова')
    expect(store.entries.find(entry => entry.id === 1)?.comment).toBe(PETERS_COMMENT)
  })

  it('needs no user request when the current user wrote every entry', async () => {
    const emulator = portalAs()
    emulator.seed([{ taskId: EMPTY, userId: PETER, seconds: 60 }])
    const { store } = await setup(emulator)
    await store.load(EMPTY)
    expect(emulator.requests).toHaveLength(1)
  })

  it('loads 5,000 entries completely in 6 requests of at most 21 commands', async () => {
    const emulator = portalAs()
    const { store, people } = await setup(emulator)
    await store.load(FIVE_THOUSAND)
    // The opening, then 20 pages with the first page's authors, 20, 20, 20 and the last 19 pages.
    expect(emulator.requests.map(request => request.methods.length)).toEqual([4, 21, 20, 20, 20, 19])
    // Each batch starts below the lowest id received, and chains its pages by batch references.
    const cursors = emulator.requests.slice(1).map(request => request.params.filter(Array.isArray).map(params => (params as GetListParams)[2]['<ID']))
    const chained = (count: number) => Array.from({ length: count }, (_, index) => `$result[page${index}][49][ID]`)
    expect(cursors[0]).toEqual([14951, ...chained(19)])
    expect(cursors[1]).toEqual([13951, ...chained(19)])
    expect(cursors[4]).toEqual([10951, ...chained(18)])
    expect(emulator.requests[1]!.methods.at(-1)).toBe('user.get')
    expect(store.entries).toHaveLength(5000)
    expect(new Set(store.entries.map(entry => entry.id)).size).toBe(5000)
    expect(store.complete).toBe(true)
    expect(people.users.size).toBe(6)
  })

  it('reports a missing task as an error, with nothing loaded', async () => {
    const { store } = await setup(portalAs())
    await store.load(999)
    expect(store.status).toBe('error')
    expect(store.error?.code).toBe('TASK_NOT_FOUND')
    expect(store.task).toBeNull()
  })

  it('falls back to the task action map when isactionallowed fails', async () => {
    // Every demo user who sees a task may add time to it, so the portal's "no" is played on the real answers.
    const emulator = portalAs(PETER, { mangle: (method, _params, answer) => method === 'task.elapseditem.isactionallowed' ? apiError('TASK_UNKNOWN_ERROR') : method === 'tasks.task.get' ? refuseAdd(answer) : answer })
    const { store } = await setup(emulator)
    await store.load(THREE)
    expect(store.canAdd).toBe(false)
    expect(store.status).toBe('success')
  })
})

describe('stale replies and failures', () => {
  it('lets a newer load win over an older, slower one', async () => {
    const emulator = portalAs()
    const [newId] = emulator.seed([{ taskId: EMPTY, userId: PETER, seconds: 60 }])
    const { store } = await setup(emulator)
    const gate = emulator.hold()
    const older = store.load(THREE)
    const newer = store.load(EMPTY)
    await vi.waitFor(() => expect(gate.pending()).toBe(2))
    gate.releaseLast()
    await newer
    expect(store.task?.title).toBe('Согласовать договор с подрядчиком')
    gate.stop() // the older, slower reply arrives last
    await older
    expect(store.taskId).toBe(EMPTY)
    expect(store.task?.title).toBe('Согласовать договор с подрядчиком')
    expect(store.entries.map(entry => entry.id)).toEqual([newId])
  })

  it('keeps the loaded pages after a rate limit mid-load and resumes below the last id received', async () => {
    let failing = true
    let getlists = 0
    // The 12th getlist is the 11th page of the first follow-up batch; the portal refuses that row.
    // A failed page sends nothing more until the retry.
    const emulator = portalAs(PETER, {
      mangle: (method, _params, answer) => method === 'task.elapseditem.getlist' && failing && ++getlists === 12 ? apiError('QUERY_LIMIT_EXCEEDED', 503) : answer,
    })
    const { store } = await setup(emulator)
    await store.load(FIVE_THOUSAND)
    expect(store.status).toBe('error')
    expect(store.error?.code).toBe('QUERY_LIMIT_EXCEEDED')
    expect(store.error?.retryable).toBe(true)
    expect(store.complete).toBe(false)
    expect(store.entries.length).toBe(550)
    failing = false
    const before = emulator.requests.length
    await store.retry()
    expect(store.status).toBe('success')
    expect(store.entries).toHaveLength(5000)
    const resumed = emulator.requests.slice(before)
    expect((resumed[0]!.params[0] as GetListParams)[2]['<ID']).toBe(14451)
    // 4,450 entries left: 89 pages in batches of 20.
    expect(resumed.map(request => request.methods.length)).toEqual([20, 20, 20, 20, 9])
  })

  it('shows the task with an error when only the first page fails, and retry starts over', async () => {
    let failing = true
    const emulator = portalAs(PETER, { mangle: (method, _params, answer) => failing && method === 'task.elapseditem.getlist' ? apiError('expired_token', 401) : answer })
    const { store } = await setup(emulator)
    await store.load(THREE)
    expect(store.status).toBe('error')
    expect(store.task?.id).toBe(THREE)
    expect(store.error?.code).toBe('expired_token')
    failing = false
    await store.retry()
    expect(store.status).toBe('success')
    expect(store.entries).toHaveLength(3)
  })
})

describe('permissions', () => {
  it('lets the author modify their own entries only', async () => {
    const { store } = await setup(portalAs())
    await store.load(THREE)
    const [mine, other] = [store.entries.find(entry => entry.userId === PETER)!, store.entries.find(entry => entry.userId === 103)!]
    expect(store.canModify(mine)).toBe(true)
    expect(store.canModify(other)).toBe(false)
  })

  it('lets an admin modify anyone\'s entries', async () => {
    const { store } = await setup(portalAs(ADMIN), { isAdmin: true })
    await store.load(THREE)
    expect(store.entries.every(entry => store.canModify(entry))).toBe(true)
  })

  it('hides add when the portal refuses it', async () => {
    const { store } = await setup(portalAs(PETER, { mangle: (method, _params, answer) => method === 'task.elapseditem.isactionallowed' ? { ...answer, result: false } : method === 'tasks.task.get' ? refuseAdd(answer) : answer }))
    await store.load(THREE)
    expect(store.canAddEntry).toBe(false)
  })
})

describe('writes', () => {
  it('adds an entry with positional [TASKID, ARFIELDS], not retried, and shows it without reloading', async () => {
    const emulator = portalAs()
    const { store } = await setup(emulator)
    await store.load(THREE)
    const before = emulator.requests.length
    const spent = store.task!.timeSpentInLogs
    const ok = await store.saveEntry({ taskId: THREE, itemId: null }, { seconds: 5400, comment: 'Call', createdDate: '2026-03-16T10:00:00+03:00' })
    expect(ok).toBe(true)
    expect(emulator.requests.length - before).toBe(1)
    expect(emulator.rest.call).toHaveBeenLastCalledWith('task.elapseditem.add', [THREE, { SECONDS: 5400, COMMENT_TEXT: 'Call', CREATED_DATE: '2026-03-16T10:00:00+03:00' }], { idempotent: false })
    const stored = emulator.session.entries.list(THREE).find(entry => entry.comment === 'Call')!
    expect(store.entries[0]).toMatchObject({ id: stored.id, seconds: 5400, comment: 'Call', userId: PETER, source: 'manual' })
    expect(store.task!.timeSpentInLogs).toBe(spent + 5400)
    expect(store.saveStatus).toBe('idle')
  })

  it('edits with only SECONDS, COMMENT_TEXT and CREATED_DATE', async () => {
    const emulator = portalAs()
    const { store } = await setup(emulator)
    await store.load(THREE)
    const ok = await store.saveEntry({ taskId: THREE, itemId: 1 }, { seconds: 7200, comment: 'Longer', createdDate: '2026-03-14T09:00:00+03:00' })
    expect(ok).toBe(true)
    expect(emulator.rest.call).toHaveBeenLastCalledWith('task.elapseditem.update', [THREE, 1, { SECONDS: 7200, COMMENT_TEXT: 'Longer', CREATED_DATE: '2026-03-14T09:00:00+03:00' }], { idempotent: false })
    expect(store.entries.find(entry => entry.id === 1)).toMatchObject({ seconds: 7200, comment: 'Longer' })
    expect(emulator.session.entries.get(1)).toMatchObject({ seconds: 7200, comment: 'Longer' })
  })

  it('keeps the error of a failed save and leaves the list unchanged', async () => {
    const emulator = portalAs(PETER, { refuse: method => method === 'task.elapseditem.update' ? apiError('TASK_ACTION_FAILED') : undefined })
    const { store } = await setup(emulator)
    await store.load(THREE)
    const ok = await store.saveEntry({ taskId: THREE, itemId: 1 }, { seconds: 7200, comment: 'x', createdDate: '2026-03-14T09:00:00+03:00' })
    expect(ok).toBe(false)
    expect(store.saveStatus).toBe('error')
    expect(store.saveError?.code).toBe('TASK_ACTION_FAILED')
    expect(store.entries.find(entry => entry.id === 1)?.seconds).toBe(5400)
    expect(emulator.session.entries.get(1)?.seconds).toBe(5400)
    store.clearSaveError()
    expect(store.saveStatus).toBe('idle')
  })
})

describe('delete with undo', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('sends the delete at once on confirm, with no timer and no dependence on the page staying open', async () => {
    const emulator = portalAs()
    const { store } = await setup(emulator)
    await store.load(THREE)
    const spent = store.task!.timeSpentInLogs
    await store.removeEntry(store.entries.find(candidate => candidate.id === 1)!)
    expect(emulator.rest.call).toHaveBeenCalledWith('task.elapseditem.delete', [THREE, 1], { idempotent: false })
    expect(emulator.session.entries.list(THREE).map(entry => entry.id)).not.toContain(1)
    expect(store.entries.map(candidate => candidate.id)).not.toContain(1)
    expect(store.task!.timeSpentInLogs).toBe(spent - 5400)
    expect(store.pendingRemovals.get(1)?.phase).toBe('deleted')
    await vi.advanceTimersByTimeAsync(UNDO_WINDOW_MS)
    expect(store.pendingRemovals.size).toBe(0)
    expect(store.complete).toBe(true)
  })

  it('undo adds the entry back with the same date, duration and comment, under a new id', async () => {
    const emulator = portalAs()
    const { store } = await setup(emulator)
    await store.load(THREE)
    const original = store.entries.find(candidate => candidate.id === 1)!
    await store.removeEntry(original)
    expect(await store.undoRemoval(1)).toBe(true)
    const [, fields] = vi.mocked(emulator.rest.call).mock.lastCall! as [string, [number, Record<string, unknown>]]
    expect(vi.mocked(emulator.rest.call).mock.lastCall![0]).toBe('task.elapseditem.add')
    expect(fields[1]).toMatchObject({ SECONDS: 5400, COMMENT_TEXT: PETERS_COMMENT })
    expect(new Date(String(fields[1].CREATED_DATE)).getTime()).toBe(original.createdAt.getTime())
    const restoredAs = emulator.session.entries.list(THREE).find(entry => entry.comment === PETERS_COMMENT)!.id
    expect(restoredAs).not.toBe(1)
    expect(store.pendingRemovals.get(1)).toMatchObject({ phase: 'restored', restoredAs })
    expect(store.entries.find(candidate => candidate.id === restoredAs)).toMatchObject({ seconds: 5400, comment: PETERS_COMMENT })
    expect(emulator.session.entries.get(restoredAs)).toMatchObject({ seconds: 5400, comment: PETERS_COMMENT, createdDate: original.createdAt.getTime() })
    expect(store.complete).toBe(true)
  })

  it('keeps the entry with an error when the delete fails', async () => {
    const emulator = portalAs()
    const { store } = await setup(emulator)
    await store.load(THREE)
    // The connection drops on the delete request.
    emulator.session.faults = { ...emulator.session.faults, kind: 'network', remaining: 1 }
    await store.removeEntry(store.entries.find(candidate => candidate.id === 1)!)
    expect(store.removeError?.code).toBe('NETWORK_ERROR')
    expect(store.visibleEntries.map(candidate => candidate.id)).toContain(1)
  })

  it('takes "not found" for success only when getlist no longer lists the entry', async () => {
    const emulator = portalAs()
    const { store } = await setup(emulator)
    await store.load(THREE)
    // Deleted elsewhere (another tab) after the list was read.
    emulator.session.entries.delete(1)
    await store.removeEntry(store.entries.find(candidate => candidate.id === 1)!)
    expect(store.removeRefusal).toBeNull()
    expect(store.entries.map(candidate => candidate.id)).not.toContain(1)
  })

  it('says an entry cannot be changed when delete cannot find it but getlist still lists it', async () => {
    // Bitrix's delete joins b_user: entry 3's author (108) has no account any more, so delete answers "not found".
    const { store } = await setup(portalAs(ADMIN), { isAdmin: true })
    await store.load(THREE)
    await store.removeEntry(store.entries.find(candidate => candidate.id === 3)!)
    expect(store.removeRefusal).toMatchObject({ kind: 'unchangeable', entry: { id: 3 } })
    expect(store.visibleEntries.map(candidate => candidate.id)).toContain(3)
    expect(store.pendingRemovals.size).toBe(0)
  })
})

describe('detail', () => {
  it('un-escapes the comment of get so it reads like getlist, and fetches the author', async () => {
    const emulator = portalAs()
    const { store, detail } = await setup(emulator)
    await store.loadDetail(THREE, 1)
    expect(detail.status).toBe('success')
    expect(detail.entry?.comment).toBe(PETERS_COMMENT)
    expect(emulator.requests[0]).toMatchObject({ kind: 'batch', methods: ['task.elapseditem.get', 'user.current'] })
    expect(emulator.requests[0]!.params[0]).toEqual([THREE, 1])
    expect(emulator.requests).toHaveLength(1)
  })

  it('reports a missing entry as TASK_ITEM_NOT_FOUND', async () => {
    const { store, detail } = await setup(portalAs())
    await store.loadDetail(THREE, 404)
    expect(detail.status).toBe('error')
    expect(detail.error?.code).toBe('TASK_ITEM_NOT_FOUND')
  })

  it('returns an entry of another task as it is, for the view to flag', async () => {
    // get looks the item up by id only: entry 1001 belongs to task 103.
    const { store, detail } = await setup(portalAs())
    await store.loadDetail(THREE, 1001)
    expect(detail.entry?.taskId).toBe(103)
  })
})

describe('duration format preference', () => {
  it('restores the saved format and saves a new one through options.userSet', async () => {
    const { preferences: store, frame } = await setup(portalAs(), {}, { [DURATION_FORMAT_OPTION]: 'decimal' })
    expect(store.durationFormat).toBe('h:mm')
    store.restoreDurationFormat()
    expect(store.durationFormat).toBe('decimal')
    await store.setDurationFormat('hh:mm:ss')
    expect(frame.setUserOption).toHaveBeenCalledWith(DURATION_FORMAT_OPTION, 'hh:mm:ss')
  })

  it('ignores a saved value it does not know', async () => {
    const { preferences: store } = await setup(portalAs(), {}, { [DURATION_FORMAT_OPTION]: 'weeks' })
    store.restoreDurationFormat()
    expect(store.durationFormat).toBe('h:mm')
  })
})
