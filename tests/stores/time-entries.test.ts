/**
 * useTimeEntriesStore against a fake portal at the RestClient seam: the opening batch is one HTTP
 * request, pages and authors follow in batches within the budget (5,000 entries = 3 requests), a
 * newer load wins, a failure mid-load keeps what arrived and resumes, writes follow Bitrix's rules.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTimeEntriesApi } from '@/api/time-entries'
import { useEntryDetailStore } from '@/stores/entry-detail'
import { useFrameStore } from '@/stores/frame'
import { usePeopleStore } from '@/stores/people'
import { DURATION_FORMAT_OPTION, usePreferencesStore } from '@/stores/preferences'
import { UNDO_WINDOW_MS, useTimeEntriesStore } from '@/stores/time-entries'
import { createFakeRest, fakePortal, manyEntries, rawEntry } from '../features/time-entries/fake-rest'
import { installStores } from '../helpers/app-context'

async function setup(fake: ReturnType<typeof createFakeRest>, context: Parameters<typeof fakePortal>[0] = {}, saved: Record<string, string> = {}) {
  const { portal, frame } = fakePortal(context, saved)
  installStores({ api: { timeEntries: createTimeEntriesApi(fake.rest) }, portal })
  await useFrameStore().boot()
  return { store: useTimeEntriesStore(), frame, people: usePeopleStore(), detail: useEntryDetailStore(), preferences: usePreferencesStore() }
}

type GetListParams = [number, { ID: string }, Record<string, unknown>, string[], { NAV_PARAMS: { nPageSize: number, iNumPage: number } }]

const three = [
  rawEntry(11, 691, 1, 3600, '2024-05-16T10:00:00+02:00', { COMMENT_TEXT: 'Design <b>review</b>' }),
  rawEntry(12, 691, 2, 1800, '2024-05-17T09:00:00+03:00'),
  rawEntry(13, 691, 3, 900, '2024-05-15T08:00:00+00:00', { SOURCE: '3', DATE_START: '2024-05-15T08:00:00+00:00', DATE_STOP: '2024-05-15T08:15:00+00:00' }),
]

describe('opening a task', () => {
  it('sends one batch with the task, page 1, the add permission and the current user, in positional order', async () => {
    const fake = createFakeRest([])
    const { store } = await setup(fake)
    const loading = store.load(691)
    expect(store.status).toBe('loading')
    await loading
    expect(store.status).toBe('success')
    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0]!.methods).toEqual(['tasks.task.get', 'task.elapseditem.getlist', 'task.elapseditem.isactionallowed', 'user.current'])
    // Keyset paging: ascending ids after a cursor, always the first page of 50.
    expect(fake.requests[0]!.params[1]).toEqual([691, { ID: 'asc' }, { '>ID': 0 }, ['ID', 'TASK_ID', 'USER_ID', 'COMMENT_TEXT', 'SECONDS', 'MINUTES', 'SOURCE', 'CREATED_DATE', 'DATE_START', 'DATE_STOP'], { NAV_PARAMS: { nPageSize: 50, iNumPage: 1 } }])
    expect(fake.requests[0]!.params[2]).toEqual([691, 1, 1])
    expect(store.task?.title).toBe('Prepare the release')
    expect(store.entries).toEqual([])
    expect(store.complete).toBe(true)
    expect(store.canAdd).toBe(true)
    expect(store.me?.id).toBe(1)
  })

  it('fetches the authors of a small task in one more request, skipping the current user', async () => {
    const fake = createFakeRest(three)
    const { store, people } = await setup(fake)
    await store.load(691)
    expect(fake.requests).toHaveLength(2)
    expect(fake.requests[1]).toMatchObject({ kind: 'batch', methods: ['user.get'] })
    expect(fake.requests[1]!.params[0]).toEqual({ FILTER: { ID: [2, 3] } })
    expect(store.entries.map(entry => entry.id)).toEqual([12, 11, 13])
    expect(people.users.get(2)?.name).toBe('Борис Иванов')
    expect(store.entries.find(entry => entry.id === 11)?.comment).toBe('Design <b>review</b>')
  })

  it('needs no user request when the current user wrote every entry', async () => {
    const fake = createFakeRest([rawEntry(1, 691, 1, 60, '2024-05-16T10:00:00+00:00')])
    const { store } = await setup(fake)
    await store.load(691)
    expect(fake.requests).toHaveLength(1)
  })

  it('loads 5,000 entries completely in 3 requests of at most 50 commands', async () => {
    const fake = createFakeRest(manyEntries(691, 5000, [1, 2, 3]))
    const { store, people } = await setup(fake)
    await store.load(691)
    expect(fake.requests).toHaveLength(3)
    expect(fake.requests.map(request => request.methods.length)).toEqual([4, 50, 50])
    // Each batch starts after the last id received, and chains its pages by batch references.
    const cursors = fake.requests.slice(1).map(request => request.params.filter(Array.isArray).map(params => (params as GetListParams)[2]['>ID']))
    expect(cursors[0]).toEqual([50, ...Array.from({ length: 49 }, (_, index) => `$result[page${index}][49][ID]`)])
    expect(cursors[1]).toEqual([2550, ...Array.from({ length: 48 }, (_, index) => `$result[page${index}][49][ID]`)])
    expect(fake.requests[2]!.methods.at(-1)).toBe('user.get')
    expect(store.entries).toHaveLength(5000)
    expect(new Set(store.entries.map(entry => entry.id)).size).toBe(5000)
    expect(store.complete).toBe(true)
    expect(people.users.size).toBe(3)
  })

  it('reports a missing task as an error, with nothing loaded', async () => {
    const fake = createFakeRest([])
    const { store } = await setup(fake)
    await store.load(999)
    expect(store.status).toBe('error')
    expect(store.error?.code).toBe('TASK_NOT_FOUND')
    expect(store.task).toBeNull()
  })

  it('falls back to the task action map when isactionallowed fails', async () => {
    const fake = createFakeRest([], { canAdd: false, fault: method => (method === 'task.elapseditem.isactionallowed' ? 'TASK_UNKNOWN_ERROR' : undefined) })
    const { store } = await setup(fake)
    await store.load(691)
    expect(store.canAdd).toBe(false)
    expect(store.status).toBe('success')
  })
})

describe('stale replies and failures', () => {
  it('lets a newer load win over an older, slower one', async () => {
    const fake = createFakeRest([...three, rawEntry(21, 692, 1, 60, '2024-05-16T10:00:00+00:00')], {
      tasks: [{ id: 691, title: 'Old' }, { id: 692, title: 'New' }],
    })
    const { store } = await setup(fake)
    const gate = fake.hold()
    const older = store.load(691)
    const newer = store.load(692)
    await vi.waitFor(() => expect(gate.pending()).toBe(2))
    gate.releaseLast()
    await newer
    expect(store.task?.title).toBe('New')
    gate.stop() // the older, slower reply arrives last
    await older
    expect(store.taskId).toBe(692)
    expect(store.task?.title).toBe('New')
    expect(store.entries.map(entry => entry.id)).toEqual([21])
  })

  it('keeps the loaded pages after a rate limit mid-load and resumes after the last id received', async () => {
    let failing = true
    // Command 14 is the 11th page of the first follow-up batch (the opening batch has 4 commands).
    const fake = createFakeRest(manyEntries(691, 5000, [1, 2, 3]), {
      fault: (method, _params, index) => failing && method === 'task.elapseditem.getlist' && index === 14 ? 'QUERY_LIMIT_EXCEEDED' : undefined,
    })
    const { store } = await setup(fake)
    await store.load(691)
    expect(store.status).toBe('error')
    expect(store.error?.code).toBe('QUERY_LIMIT_EXCEEDED')
    expect(store.error?.retryable).toBe(true)
    expect(store.complete).toBe(false)
    expect(store.entries.length).toBe(550)
    failing = false
    const before = fake.requests.length
    await store.retry()
    expect(store.status).toBe('success')
    expect(store.entries).toHaveLength(5000)
    const resumed = fake.requests.slice(before)
    expect((resumed[0]!.params[0] as GetListParams)[2]['>ID']).toBe(550)
    expect(resumed).toHaveLength(2)
  })

  it('shows the task with an error when only the first page fails, and retry starts over', async () => {
    let failing = true
    const fake = createFakeRest(three, { fault: method => (failing && method === 'task.elapseditem.getlist' ? 'expired_token' : undefined) })
    const { store } = await setup(fake)
    await store.load(691)
    expect(store.status).toBe('error')
    expect(store.task?.id).toBe(691)
    expect(store.error?.code).toBe('expired_token')
    failing = false
    await store.retry()
    expect(store.status).toBe('success')
    expect(store.entries).toHaveLength(3)
  })
})

describe('permissions', () => {
  it('lets the author modify their own entries only', async () => {
    const { store } = await setup(createFakeRest(three))
    await store.load(691)
    const [mine, other] = [store.entries.find(entry => entry.userId === 1)!, store.entries.find(entry => entry.userId === 2)!]
    expect(store.canModify(mine)).toBe(true)
    expect(store.canModify(other)).toBe(false)
  })

  it('lets an admin modify anyone\'s entries', async () => {
    const { store } = await setup(createFakeRest(three, { isAdmin: true }), { isAdmin: true })
    await store.load(691)
    expect(store.entries.every(entry => store.canModify(entry))).toBe(true)
  })

  it('hides add when the portal refuses it', async () => {
    const { store } = await setup(createFakeRest(three, { canAdd: false }))
    await store.load(691)
    expect(store.canAddEntry).toBe(false)
  })
})

describe('writes', () => {
  it('adds an entry with positional [TASKID, ARFIELDS], not retried, and shows it without reloading', async () => {
    const fake = createFakeRest(three)
    const { store } = await setup(fake)
    await store.load(691)
    const before = fake.requests.length
    const spent = store.task!.timeSpentInLogs
    const ok = await store.saveEntry({ taskId: 691, itemId: null }, { seconds: 5400, comment: 'Call', createdDate: '2024-05-18T10:00:00+03:00' })
    expect(ok).toBe(true)
    expect(fake.requests.length - before).toBe(1)
    expect(fake.rest.call).toHaveBeenLastCalledWith('task.elapseditem.add', [691, { SECONDS: 5400, COMMENT_TEXT: 'Call', CREATED_DATE: '2024-05-18T10:00:00+03:00' }], { idempotent: false })
    expect(store.entries[0]).toMatchObject({ id: 14, seconds: 5400, comment: 'Call', userId: 1, source: 'manual' })
    expect(store.task!.timeSpentInLogs).toBe(spent + 5400)
    expect(store.saveStatus).toBe('idle')
  })

  it('edits with only SECONDS, COMMENT_TEXT and CREATED_DATE', async () => {
    const fake = createFakeRest(three)
    const { store } = await setup(fake)
    await store.load(691)
    const ok = await store.saveEntry({ taskId: 691, itemId: 11 }, { seconds: 7200, comment: 'Longer', createdDate: '2024-05-16T10:00:00+02:00' })
    expect(ok).toBe(true)
    expect(fake.rest.call).toHaveBeenLastCalledWith('task.elapseditem.update', [691, 11, { SECONDS: 7200, COMMENT_TEXT: 'Longer', CREATED_DATE: '2024-05-16T10:00:00+02:00' }], { idempotent: false })
    expect(store.entries.find(entry => entry.id === 11)).toMatchObject({ seconds: 7200, comment: 'Longer' })
  })

  it('keeps the error of a failed save and leaves the list unchanged', async () => {
    const fake = createFakeRest(three, { fault: method => (method === 'task.elapseditem.update' ? 'TASK_ACTION_FAILED' : undefined) })
    const { store } = await setup(fake)
    await store.load(691)
    const ok = await store.saveEntry({ taskId: 691, itemId: 11 }, { seconds: 7200, comment: 'x', createdDate: '2024-05-16T10:00:00+02:00' })
    expect(ok).toBe(false)
    expect(store.saveStatus).toBe('error')
    expect(store.saveError?.code).toBe('TASK_ACTION_FAILED')
    expect(store.entries.find(entry => entry.id === 11)?.seconds).toBe(3600)
    store.clearSaveError()
    expect(store.saveStatus).toBe('idle')
  })
})

describe('delete with undo', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('sends the delete at once on confirm, with no timer and no dependence on the page staying open', async () => {
    const fake = createFakeRest(three)
    const { store } = await setup(fake)
    await store.load(691)
    const spent = store.task!.timeSpentInLogs
    await store.removeEntry(store.entries.find(candidate => candidate.id === 11)!)
    expect(fake.rest.call).toHaveBeenCalledWith('task.elapseditem.delete', [691, 11], { idempotent: false })
    expect(fake.data.entries.map(raw => raw.ID)).not.toContain('11')
    expect(store.entries.map(candidate => candidate.id)).not.toContain(11)
    expect(store.task!.timeSpentInLogs).toBe(spent - 3600)
    expect(store.pendingRemovals.get(11)?.phase).toBe('deleted')
    await vi.advanceTimersByTimeAsync(UNDO_WINDOW_MS)
    expect(store.pendingRemovals.size).toBe(0)
    expect(store.complete).toBe(true)
  })

  it('undo adds the entry back with the same date, duration and comment, under a new id', async () => {
    const fake = createFakeRest(three)
    const { store } = await setup(fake)
    await store.load(691)
    const original = store.entries.find(candidate => candidate.id === 11)!
    await store.removeEntry(original)
    expect(await store.undoRemoval(11)).toBe(true)
    const [, fields] = vi.mocked(fake.rest.call).mock.lastCall! as [string, [number, Record<string, unknown>]]
    expect(vi.mocked(fake.rest.call).mock.lastCall![0]).toBe('task.elapseditem.add')
    expect(fields[1]).toMatchObject({ SECONDS: 3600, COMMENT_TEXT: 'Design <b>review</b>' })
    expect(new Date(String(fields[1].CREATED_DATE)).getTime()).toBe(original.createdAt.getTime())
    const restored = store.pendingRemovals.get(11)
    expect(restored).toMatchObject({ phase: 'restored', restoredAs: 14 })
    expect(store.entries.find(candidate => candidate.id === 14)).toMatchObject({ seconds: 3600, comment: 'Design <b>review</b>' })
    expect(fake.data.entries.find(raw => raw.ID === '14')).toMatchObject({ SECONDS: '3600', COMMENT_TEXT: 'Design <b>review</b>' })
    expect(store.complete).toBe(true)
  })

  it('keeps the entry with an error when the delete fails', async () => {
    const fake = createFakeRest(three, { fault: method => (method === 'task.elapseditem.delete' ? 'NETWORK_ERROR' : undefined) })
    const { store } = await setup(fake)
    await store.load(691)
    await store.removeEntry(store.entries.find(candidate => candidate.id === 11)!)
    expect(store.removeError?.code).toBe('NETWORK_ERROR')
    expect(store.visibleEntries.map(candidate => candidate.id)).toContain(11)
  })

  it('takes "not found" for success only when getlist no longer lists the entry', async () => {
    const fake = createFakeRest(three)
    const { store } = await setup(fake)
    await store.load(691)
    fake.data.entries.splice(fake.data.entries.findIndex(raw => raw.ID === '12'), 1)
    await store.removeEntry(store.entries.find(candidate => candidate.id === 12)!)
    expect(store.removeRefusal).toBeNull()
    expect(store.entries.map(candidate => candidate.id)).not.toContain(12)
  })

  it('says an entry cannot be changed when delete cannot find it but getlist still lists it', async () => {
    // Bitrix's delete joins b_user: an entry whose author's account is gone answers "not found".
    const fake = createFakeRest(three, { isAdmin: true, fault: method => (method === 'task.elapseditem.delete' ? 'TASK_ITEM_NOT_FOUND' : undefined) })
    const { store } = await setup(fake, { isAdmin: true })
    await store.load(691)
    await store.removeEntry(store.entries.find(candidate => candidate.id === 12)!)
    expect(store.removeRefusal).toMatchObject({ kind: 'unchangeable', entry: { id: 12 } })
    expect(store.visibleEntries.map(candidate => candidate.id)).toContain(12)
    expect(store.pendingRemovals.size).toBe(0)
  })
})

describe('detail', () => {
  it('un-escapes the comment of get so it reads like getlist, and fetches the author', async () => {
    const fake = createFakeRest(three)
    const { store, detail } = await setup(fake)
    await store.loadDetail(691, 11)
    expect(detail.status).toBe('success')
    expect(detail.entry?.comment).toBe('Design <b>review</b>')
    expect(fake.requests[0]).toMatchObject({ kind: 'batch', methods: ['task.elapseditem.get', 'user.current'] })
    expect(fake.requests[0]!.params[0]).toEqual([691, 11])
    expect(fake.requests).toHaveLength(1)
  })

  it('reports a missing entry as TASK_ITEM_NOT_FOUND', async () => {
    const { store, detail } = await setup(createFakeRest(three))
    await store.loadDetail(691, 404)
    expect(detail.status).toBe('error')
    expect(detail.error?.code).toBe('TASK_ITEM_NOT_FOUND')
  })

  it('returns an entry of another task as it is, for the view to flag', async () => {
    const fake = createFakeRest([...three, rawEntry(50, 700, 2, 60, '2024-05-16T10:00:00+00:00')], { tasks: [{ id: 691, title: 'A' }, { id: 700, title: 'B' }] })
    const { store, detail } = await setup(fake)
    await store.loadDetail(691, 50)
    expect(detail.entry?.taskId).toBe(700)
  })
})

describe('duration format preference', () => {
  it('restores the saved format and saves a new one through options.userSet', async () => {
    const { preferences: store, frame } = await setup(createFakeRest([]), {}, { [DURATION_FORMAT_OPTION]: 'decimal' })
    expect(store.durationFormat).toBe('h:mm')
    store.restoreDurationFormat()
    expect(store.durationFormat).toBe('decimal')
    await store.setDurationFormat('hh:mm:ss')
    expect(frame.setUserOption).toHaveBeenCalledWith(DURATION_FORMAT_OPTION, 'hh:mm:ss')
  })

  it('ignores a saved value it does not know', async () => {
    const { preferences: store } = await setup(createFakeRest([]), {}, { [DURATION_FORMAT_OPTION]: 'weeks' })
    store.restoreDurationFormat()
    expect(store.durationFormat).toBe('h:mm')
  })
})
