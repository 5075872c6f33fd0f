/**
 * Numbers that must not be wrong and writes that must not be lost, against a misbehaving portal:
 * a short or empty page, a duplicated row, a bogus total, unreadable rows, a lost add answer.
 * The store never claims "complete" unless what arrived adds up, and never repeats a write blindly.
 */
import type { RawEntry } from '../features/time-entries/fake-rest'
import type { RestResult } from '@/api/client'
import { describe, expect, it, vi } from 'vitest'
import { createTimeEntriesApi } from '@/api/time-entries'
import { useFrameStore } from '@/stores/frame'
import { useTimeEntriesStore } from '@/stores/time-entries'
import { apiError, createFakeRest, fakePortal, manyEntries, rawEntry } from '../features/time-entries/fake-rest'
import { installStores } from '../helpers/app-context'

type Fake = ReturnType<typeof createFakeRest>
type Mangle = (method: string, params: unknown, answer: RestResult<unknown>) => RestResult<unknown>

async function setup(entries: RawEntry[], mangle?: Mangle, fault?: Parameters<typeof createFakeRest>[1] extends infer O ? O extends { fault?: infer F } ? F : never : never): Promise<{ fake: Fake, store: ReturnType<typeof useTimeEntriesStore> }> {
  const fake = createFakeRest(entries, { mangle, fault })
  const { portal } = fakePortal()
  installStores({ api: { timeEntries: createTimeEntriesApi(fake.rest) }, portal })
  await useFrameStore().boot()
  return { fake, store: useTimeEntriesStore() }
}

const cursorOf = (params: unknown) => ((params as unknown[])[2] as Record<string, unknown>)['>ID']
const isPageAfterStart = (method: string, params: unknown) => method === 'task.elapseditem.getlist' && cursorOf(params) !== 0 && cursorOf(params) !== undefined

describe('counts against total', () => {
  it('says "X of Y" when page 2 comes back empty, instead of a confident total', async () => {
    const { store } = await setup(manyEntries(691, 60, [1]), (method, params, answer) => isPageAfterStart(method, params) ? { result: [], total: answer.total } : answer)
    await store.load(691)
    expect(store.status).toBe('success')
    expect(store.entries).toHaveLength(50)
    expect(store.complete).toBe(false)
    expect(store.verdict).toEqual({ kind: 'partial', loaded: 50, total: 60 })
  })

  it('counts a duplicated row once and says the list does not add up', async () => {
    const { store } = await setup(manyEntries(691, 60, [1]), (method, params, answer) => {
      if (!isPageAfterStart(method, params) || !Array.isArray(answer.result))
        return answer
      return { ...answer, result: [...answer.result, answer.result[0]] }
    })
    await store.load(691)
    expect(store.entries).toHaveLength(60)
    expect(new Set(store.entries.map(entry => entry.id)).size).toBe(60)
    expect(store.log.duplicates).toBe(1)
    expect(store.complete).toBe(false)
  })

  it.each([{ total: 100_000 }, { total: 2e9 }])('stops at the short page with a bogus total of $total, in one follow-up request', async ({ total }) => {
    const { fake, store } = await setup(manyEntries(691, 60, [1]), (method, _params, answer) => method === 'task.elapseditem.getlist' ? { ...answer, total } : answer)
    await store.load(691)
    expect(store.status).toBe('success')
    expect(store.entries).toHaveLength(60)
    expect(fake.requests).toHaveLength(2)
    expect(fake.requests[1]!.methods.length).toBeLessThanOrEqual(50)
    expect(store.verdict.kind).toBe('partial')
  })

  it('never invents a total when the answer carries none', async () => {
    const { store } = await setup(manyEntries(691, 3, [1]), (method, _params, answer) => method === 'task.elapseditem.getlist' ? { result: answer.result, total: null } : answer)
    await store.load(691)
    expect(store.total).toBeNull()
    expect(store.entries).toHaveLength(3)
  })
})

describe('unreadable rows', () => {
  const rows = Array.from({ length: 7 }, (_, index) => rawEntry(index + 1, 691, 1, 600, '2024-05-16T10:00:00+00:00'))
  /** What the portal sends instead of rows 2..6, and a row of another task appended. */
  const broken: Record<string, Partial<Record<keyof RawEntry, unknown>>> = {
    2: { SECONDS: 'abc' },
    3: { SECONDS: '-5' },
    4: { SECONDS: '999999999999' },
    5: { CREATED_DATE: '2024-02-30T10:00:00+00:00' },
    6: { CREATED_DATE: '2024-05-16T10:00:00' },
    7: { SECONDS: null },
  }

  it('skips and counts each bad row, shows the rest, and does not call the list complete', async () => {
    const { store } = await setup(rows, (method, _params, answer) => {
      if (method !== 'task.elapseditem.getlist' || !Array.isArray(answer.result))
        return answer
      const result = answer.result.map(row => ({ ...(row as RawEntry), ...broken[(row as RawEntry).ID] }))
      return { ...answer, result: [...result, { ...rows[0]!, ID: '8', TASK_ID: '692' }] }
    })
    await store.load(691)
    expect(store.status).toBe('success')
    expect(store.entries.map(entry => entry.id)).toEqual([1])
    expect(store.log.unreadable).toBe(7)
    expect(store.log.seconds).toBe(600)
    expect(store.complete).toBe(false)
  })
})

describe('an add whose answer was lost', () => {
  const fields = { seconds: 5400, comment: 'Call', createdDate: '2024-05-18T10:00:00+03:00' }

  it('finds the stored entry instead of offering a retry', async () => {
    const { fake, store } = await setup([rawEntry(11, 691, 1, 3600, '2024-05-16T10:00:00+02:00', { COMMENT_TEXT: 'Call' })])
    await store.load(691)
    // The fake stores the add, then the answer is lost like a dropped connection.
    vi.mocked(fake.rest.call).mockImplementationOnce(async () => {
      fake.data.entries.push(rawEntry(12, 691, 1, 5400, fields.createdDate, { COMMENT_TEXT: 'Call' }))
      throw apiError('NETWORK_ERROR', 0)
    })
    expect(await store.saveEntry({ taskId: 691, itemId: null }, fields)).toBe(true)
    expect(store.saveOutcome).toBe('stored')
    expect(store.entries.filter(entry => entry.seconds === 5400)).toHaveLength(1)
    expect(fake.data.entries.filter(raw => raw.SECONDS === '5400')).toHaveLength(1)
    expect(vi.mocked(fake.rest.call).mock.calls.filter(([method]) => method === 'task.elapseditem.add')).toHaveLength(1)
  })

  it('says it was not stored when the read-back does not find it', async () => {
    const { store } = await setup([], undefined, method => (method === 'task.elapseditem.add' ? 'NETWORK_ERROR' : undefined))
    await store.load(691)
    expect(await store.saveEntry({ taskId: 691, itemId: null }, fields)).toBe(false)
    expect(store.saveOutcome).toBe('not-stored')
    expect(store.saveError?.code).toBe('NETWORK_ERROR')
  })
})

describe('sOURCE after an edit', () => {
  it('becomes manual when the stored MINUTES differ, even with the same SECONDS', async () => {
    const { store } = await setup([rawEntry(11, 691, 1, 3600, '2024-05-16T10:00:00+02:00', { SOURCE: '3', MINUTES: '59' })])
    await store.load(691)
    await store.saveEntry({ taskId: 691, itemId: 11 }, { seconds: 3600, comment: 'same', createdDate: '2024-05-16T10:00:00+02:00' })
    expect(store.entries[0]!.source).toBe('manual')
  })

  it('stays timer when neither changes', async () => {
    const { store } = await setup([rawEntry(11, 691, 1, 3600, '2024-05-16T10:00:00+02:00', { SOURCE: '3', MINUTES: '60' })])
    await store.load(691)
    await store.saveEntry({ taskId: 691, itemId: 11 }, { seconds: 3600, comment: 'new text', createdDate: '2024-05-16T10:00:00+02:00' })
    expect(store.entries[0]!.source).toBe('timer')
  })
})
