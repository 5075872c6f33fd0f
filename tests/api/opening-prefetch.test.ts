/**
 * The opening batch started at the handshake is adopted by the store's first load of the same
 * task: one HTTP request in all, never a second `open()`; a retry, a reload or another task asks
 * afresh, and a newer load still wins over the adopted one.
 */
import type { TaskOpening } from '@/api/time-entries'
import { describe, expect, it, vi } from 'vitest'
import { createOpeningPrefetch } from '@/api/opening-prefetch'
import { createTimeEntriesApi } from '@/api/time-entries'
import { useFrameStore } from '@/stores/frame'
import { useTimeEntriesStore } from '@/stores/time-entries'
import { installStores } from '../helpers/app-context'
import { createEmulatorRest } from '../helpers/emulator-rest'
import { fakePortal } from '../helpers/fake-portal'

/** Demo task 101 (emulator/data/entries.ts): entries 1, 2 and 3, newest first 2, 1, 3. */
const THREE = 101
/** Demo task 102 has no entries. */
const EMPTY = 102

describe('createOpeningPrefetch', () => {
  it('sends open() once and hands it out once, only for its own task', async () => {
    const opening = { task: {} } as unknown as TaskOpening
    const open = vi.fn(async () => opening)
    const prefetch = createOpeningPrefetch()
    expect(prefetch.take(691)).toBeNull()
    prefetch.start(691, { open })
    prefetch.start(692, { open })
    expect(open).toHaveBeenCalledTimes(1)
    expect(open).toHaveBeenCalledWith(691)
    await expect(prefetch.take(691)).resolves.toBe(opening)
    expect(prefetch.take(691)).toBeNull()
  })

  it('drops a prefetch of another task instead of handing it out', () => {
    const prefetch = createOpeningPrefetch()
    prefetch.start(691, { open: async () => ({}) as TaskOpening })
    expect(prefetch.take(692)).toBeNull()
    expect(prefetch.take(691)).toBeNull()
  })

  it('leaves no unhandled rejection when a failed prefetch is never taken', async () => {
    const prefetch = createOpeningPrefetch()
    prefetch.start(691, { open: () => Promise.reject(new Error('offline')) })
    await new Promise(resolve => setTimeout(resolve, 0))
    await expect(prefetch.take(691)).rejects.toThrow('offline')
  })
})

async function setupWithPrefetch(fake: ReturnType<typeof createEmulatorRest>) {
  const { portal } = fakePortal({})
  const timeEntries = createTimeEntriesApi(fake.rest)
  const prefetch = createOpeningPrefetch()
  installStores({ api: { timeEntries }, portal, prefetch })
  await useFrameStore().boot()
  return { store: useTimeEntriesStore(), prefetch, timeEntries }
}

describe('the store adopts the prefetched opening', () => {
  it('loads the task with the batch already in flight: still one request for the opening', async () => {
    const fake = createEmulatorRest()
    // The opening is the batch that asks for the task; the authors' names may follow in another.
    const openings = () => fake.requests.filter(request => request.methods.includes('tasks.task.get')).length
    const { store, prefetch, timeEntries } = await setupWithPrefetch(fake)
    prefetch.start(THREE, timeEntries)
    expect(openings()).toBe(1)
    await store.load(THREE)
    expect(openings()).toBe(1)
    expect(store.status).toBe('success')
    expect(store.entries.map(entry => entry.id)).toEqual([2, 1, 3])
    await store.load(THREE)
    expect(openings()).toBe(2)
  })

  it('keeps the stale-response guard: a newer load of another task wins over the adopted one', async () => {
    const fake = createEmulatorRest()
    const { store, prefetch, timeEntries } = await setupWithPrefetch(fake)
    prefetch.start(THREE, timeEntries)
    const first = store.load(THREE)
    const second = store.load(EMPTY)
    await Promise.all([first, second])
    expect(store.taskId).toBe(EMPTY)
    expect(store.entries).toEqual([])
  })
})
