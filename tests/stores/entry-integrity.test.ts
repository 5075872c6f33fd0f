/**
 * Numbers that must not be wrong and writes that must not be lost, against a misbehaving portal:
 * a short or empty page, a duplicated row, a bogus total, unreadable rows, a lost add answer.
 * The store never claims "complete" unless what arrived adds up, and never repeats a write blindly.
 * The portal is the emulator in process (tests/helpers/emulator-rest.ts) with its explicit faults
 * (emulator/faults.ts); rows are seeded into demo task 102, which has none of its own.
 */
import type { EmulatorRestOptions } from '../helpers/emulator-rest'
import { describe, expect, it, vi } from 'vitest'
import { createTimeEntriesApi } from '@/api/time-entries'
import { useFrameStore } from '@/stores/frame'
import { useTimeEntriesStore } from '@/stores/time-entries'
import { installStores } from '../helpers/app-context'
import { createEmulatorRest } from '../helpers/emulator-rest'
import { fakePortal } from '../helpers/fake-portal'

/** Demo task 102: no entries of its own; user 102 (the session's) is its responsible person. */
const TASK = 102
const ME = 102

async function setup(rows: Parameters<ReturnType<typeof createEmulatorRest>['seed']>[0], options: EmulatorRestOptions = {}) {
  const emulator = createEmulatorRest({ userId: ME, ...options })
  const ids = emulator.seed(rows)
  const { portal } = fakePortal({ placementOptions: { taskId: String(TASK) } })
  installStores({ api: { timeEntries: createTimeEntriesApi(emulator.rest) }, portal })
  await useFrameStore().boot()
  return { emulator, ids, store: useTimeEntriesStore() }
}

const mine = (count: number) => Array.from({ length: count }, (_, index) => ({ taskId: TASK, userId: ME, seconds: 600 + (index % 7) * 300 }))

describe('counts against total', () => {
  it('says "X of Y" when page 2 comes back empty, instead of a confident total', async () => {
    const { store } = await setup(mine(60), { faults: { listFault: 'page2_empty' } })
    await store.load(TASK)
    expect(store.status).toBe('success')
    expect(store.entries).toHaveLength(50)
    expect(store.complete).toBe(false)
    expect(store.verdict).toEqual({ kind: 'partial', loaded: 50, total: 60 })
  })

  it('counts a duplicated row once and says the list does not add up', async () => {
    const { store } = await setup(mine(60), { faults: { listFault: 'duplicate_row' } })
    await store.load(TASK)
    expect(store.entries).toHaveLength(60)
    expect(new Set(store.entries.map(entry => entry.id)).size).toBe(60)
    expect(store.log.duplicates).toBe(1)
    expect(store.complete).toBe(false)
  })

  it.each<{ total: number, options: EmulatorRestOptions }>([
    { total: 100_000, options: { mangle: (method, _params, answer) => method === 'task.elapseditem.getlist' ? { ...answer, total: 100_000 } : answer } },
    { total: 2e9, options: { faults: { listFault: 'bogus_total' } } },
  ])('stops at the short page with a bogus total of $total, in one follow-up request', async ({ options }) => {
    const { emulator, store } = await setup(mine(60), options)
    await store.load(TASK)
    expect(store.status).toBe('success')
    expect(store.entries).toHaveLength(60)
    expect(emulator.requests).toHaveLength(2)
    expect(emulator.requests[1]!.methods.length).toBeLessThanOrEqual(50)
    expect(store.verdict.kind).toBe('partial')
  })

  it('never invents a total when the answer carries none', async () => {
    const { store } = await setup(mine(3), { mangle: (method, _params, answer) => method === 'task.elapseditem.getlist' ? { result: answer.result, total: null } : answer })
    await store.load(TASK)
    expect(store.total).toBeNull()
    expect(store.entries).toHaveLength(3)
  })
})

describe('unreadable rows', () => {
  /** What the portal sends instead of rows 2..7 (by position), and a row of another task appended. */
  const broken: Array<Record<string, unknown>> = [
    {},
    { SECONDS: 'abc' },
    { SECONDS: '-5' },
    { SECONDS: '999999999999' },
    { CREATED_DATE: '2024-02-30T10:00:00+00:00' },
    { CREATED_DATE: '2024-05-16T10:00:00' },
    { SECONDS: null },
  ]

  it('skips and counts each bad row, shows the rest, and does not call the list complete', async () => {
    const { ids, store } = await setup(Array.from({ length: 7 }, () => ({ taskId: TASK, userId: ME, seconds: 600 })), {
      mangle: (method, _params, answer) => {
        if (method !== 'task.elapseditem.getlist' || !Array.isArray(answer.result))
          return answer
        const rows = answer.result as Array<Record<string, unknown>>
        return { ...answer, result: [...rows.map((row, index) => ({ ...row, ...broken[index] })), { ...rows[0], ID: '999999', TASK_ID: '101' }] }
      },
    })
    await store.load(TASK)
    expect(store.status).toBe('success')
    // The first row of the answer is the newest entry (pages run newest id first).
    expect(store.entries.map(entry => entry.id)).toEqual([ids.at(-1)])
    expect(store.log.unreadable).toBe(7)
    expect(store.log.seconds).toBe(600)
    expect(store.complete).toBe(false)
  })

  it('skips the emulator\'s malformed row and keeps the others', async () => {
    const { ids, store } = await setup(mine(3), { faults: { listFault: 'malformed_row' } })
    await store.load(TASK)
    // The emulator breaks the first row of the first page: the newest entry.
    expect(store.entries.map(entry => entry.id).sort((a, b) => a - b)).toEqual(ids.slice(0, -1))
    expect(store.log.unreadable).toBe(1)
    expect(store.complete).toBe(false)
  })
})

describe('an add whose answer was lost', () => {
  const fields = { seconds: 5400, comment: 'Call', createdDate: '2026-03-15T10:00:00+03:00' }

  it('finds the stored entry instead of offering a retry', async () => {
    const { emulator, store } = await setup([{ taskId: TASK, userId: ME, seconds: 3600, comment: 'Call' }])
    await store.load(TASK)
    // The portal stores the add, then the answer is lost like a dropped connection.
    emulator.session.faults = { ...emulator.session.faults, kind: 'commit_then_drop', remaining: 1 }
    expect(await store.saveEntry({ taskId: TASK, itemId: null }, fields)).toBe(true)
    expect(store.saveOutcome).toBe('stored')
    expect(store.entries.filter(entry => entry.seconds === 5400)).toHaveLength(1)
    expect(emulator.session.entries.list(TASK).filter(entry => entry.seconds === 5400)).toHaveLength(1)
    expect(vi.mocked(emulator.rest.call).mock.calls.filter(([method]) => method === 'task.elapseditem.add')).toHaveLength(1)
  })

  it('says it was not stored when the read-back does not find it', async () => {
    const { emulator, store } = await setup([])
    await store.load(TASK)
    // The connection drops before the add reaches the portal.
    emulator.session.faults = { ...emulator.session.faults, kind: 'network', remaining: 1 }
    expect(await store.saveEntry({ taskId: TASK, itemId: null }, fields)).toBe(false)
    expect(store.saveOutcome).toBe('not-stored')
    expect(store.saveError?.code).toBe('NETWORK_ERROR')
    expect(emulator.session.entries.list(TASK)).toHaveLength(0)
  })
})

describe('sOURCE after an edit', () => {
  const timer = { taskId: TASK, userId: ME, seconds: 3600, source: 3 as const, createdDate: Date.parse('2026-03-15T08:00:00Z') }

  it('becomes manual when the stored MINUTES differ, even with the same SECONDS', async () => {
    // A timer row whose MINUTES were rounded differently when it was stored.
    const { ids, store } = await setup([timer], {
      mangle: (method, _params, answer) => method === 'task.elapseditem.getlist' && Array.isArray(answer.result)
        ? { ...answer, result: (answer.result as Array<Record<string, unknown>>).map(row => ({ ...row, MINUTES: '59' })) }
        : answer,
    })
    await store.load(TASK)
    await store.saveEntry({ taskId: TASK, itemId: ids[0]! }, { seconds: 3600, comment: 'same', createdDate: '2026-03-15T11:00:00+03:00' })
    expect(store.entries[0]!.source).toBe('manual')
  })

  it('stays timer when neither changes', async () => {
    const { ids, store } = await setup([timer])
    await store.load(TASK)
    await store.saveEntry({ taskId: TASK, itemId: ids[0]! }, { seconds: 3600, comment: 'new text', createdDate: '2026-03-15T11:00:00+03:00' })
    expect(store.entries[0]!.source).toBe('timer')
  })
})
