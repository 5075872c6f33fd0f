/**
 * Loading under pacing (usePacing, provided by main.ts): the opening's rows are published one
 * step after the opening itself (with it when they are the whole list), a batch's pages five at a
 * time, each step after the main thread was given back, while the next batch is already on its way.
 * The result is the list an unpaced load gives, in the same requests; a newer
 * load during a pause wins, and the paused one writes nothing.
 */
import process from 'node:process'
import { describe, expect, it } from 'vitest'
import { createTimeEntriesApi } from '@/api/time-entries'
import { PAGES_PER_STEP } from '@/composables/useEntryCollection'
import { useFrameStore } from '@/stores/frame'
import { useTimeEntriesStore } from '@/stores/time-entries'
import { installStores } from '../helpers/app-context'
import { createEmulatorRest } from '../helpers/emulator-rest'
import { fakePortal } from '../helpers/fake-portal'

/** Demo tasks (emulator/data/entries.ts): 101 has three entries, 104 has 5,000. */
const THREE = 101
const FIVE_THOUSAND = 104

/** A pace whose pauses end only when the test says so. */
function manualPace() {
  const waiting: Array<() => void> = []
  return {
    pace: () => new Promise<void>(resolve => waiting.push(resolve)),
    get pending() {
      return waiting.length
    },
    /** Ends the oldest pause and lets its continuation run up to its next pause or request. */
    async step() {
      waiting.shift()?.()
      for (let turn = 0; turn < 20; turn++) await Promise.resolve()
    },
  }
}

async function setup(pace?: () => Promise<void>) {
  const emulator = createEmulatorRest({ userId: 102 })
  const { portal } = fakePortal({})
  installStores({ api: { timeEntries: createTimeEntriesApi(emulator.rest) }, portal, pace })
  await useFrameStore().boot()
  return { store: useTimeEntriesStore(), emulator }
}

async function settle(condition: () => boolean, clock: ReturnType<typeof manualPace>): Promise<void> {
  for (let turn = 0; turn < 500 && !condition(); turn++) {
    if (clock.pending > 0)
      await clock.step()
    else
      await new Promise(resolve => setTimeout(resolve, 0))
  }
}

describe('paced loading', () => {
  it('publishes the opening first, its rows one step later, then each batch ten pages at a time', async () => {
    const clock = manualPace()
    const { store } = await setup(clock.pace)
    const loading = store.load(FIVE_THOUSAND)
    await settle(() => clock.pending > 0, clock)
    // The opening is in (the header can render) but its rows wait for the next step.
    expect(store.task?.id).toBe(FIVE_THOUSAND)
    expect(store.entries).toHaveLength(0)
    await clock.step()
    expect(store.entries).toHaveLength(50)
    // Step by step: every published part is at most ten pages.
    const sizes: number[] = [store.entries.length]
    await settle(() => {
      if (store.entries.length !== sizes.at(-1))
        sizes.push(store.entries.length)
      return store.status === 'success'
    }, clock)
    await loading
    const steps = sizes.slice(1).map((size, index) => size - sizes[index]!)
    expect(Math.max(...steps)).toBeLessThanOrEqual(PAGES_PER_STEP * 50)
    expect(steps.length).toBeGreaterThanOrEqual(Math.ceil(4950 / (PAGES_PER_STEP * 50)))
    expect(store.entries).toHaveLength(5000)
    expect(store.complete).toBe(true)
  })

  it('sends the next batch before publishing the pages of the one that arrived', async () => {
    const clock = manualPace()
    const { store, emulator } = await setup(clock.pace)
    const loading = store.load(FIVE_THOUSAND)
    // Up to the first follow-up answer: the opening is published, the first batch is out.
    await settle(() => emulator.requests.length >= 2 && clock.pending > 0 && store.entries.length === 50, clock)
    // Nothing of the first batch is published yet, and its successor has already left.
    for (let turn = 0; turn < 50 && emulator.requests.length < 3; turn++) await new Promise(resolve => setTimeout(resolve, 0))
    expect(store.entries).toHaveLength(50)
    expect(emulator.requests).toHaveLength(3)
    await settle(() => store.status === 'success', clock)
    await loading
    expect(store.entries).toHaveLength(5000)
  })

  it('publishes a list that fits its opening page with the opening, without a pause', async () => {
    let pauses = 0
    const { store } = await setup(async () => {
      pauses++
    })
    await store.load(THREE)
    expect(pauses).toBe(0)
    expect(store.task?.id).toBe(THREE)
    expect(store.entries).toHaveLength(3)
    expect(store.status).toBe('success')
  })

  it('ends with the list and the requests of an unpaced load', async () => {
    const clock = manualPace()
    const paced = await setup(clock.pace)
    const loading = paced.store.load(FIVE_THOUSAND)
    await settle(() => paced.store.status === 'success', clock)
    await loading
    const pacedIds = paced.store.entries.map(entry => entry.id)
    const pacedRequests = paced.emulator.requests.map(request => request.methods.length)

    const plain = await setup()
    await plain.store.load(FIVE_THOUSAND)
    expect(pacedIds).toEqual(plain.store.entries.map(entry => entry.id))
    expect(pacedRequests).toEqual(plain.emulator.requests.map(request => request.methods.length))
    expect(paced.store.log.seconds).toBe(plain.store.log.seconds)
  })

  it('lets a newer load win while a paused one waits', async () => {
    const clock = manualPace()
    const { store } = await setup(clock.pace)
    const first = store.load(FIVE_THOUSAND)
    await settle(() => clock.pending > 0 && store.entries.length === 0 && store.task !== null, clock)
    const second = store.load(THREE)
    await settle(() => store.status === 'success' && store.taskId === THREE && store.entries.length === 3, clock)
    await Promise.all([first, second])
    // Whatever the paused load of 5,000 still held, none of it came in.
    expect(store.entries.map(entry => entry.taskId)).toEqual([THREE, THREE, THREE])
    expect(store.log.byId.size).toBe(3)
  })
})

describe('a batch sent ahead of publishing', () => {
  it('does not leave its failure unhandled when a newer load takes over while it is on its way', async () => {
    const unhandled: unknown[] = []
    const record = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', record)
    try {
      const clock = manualPace()
      const emulator = createEmulatorRest({ userId: 102 })
      let batches = 0
      // The second follow-up batch (the one sent while the first one's pages are published) fails.
      const rest = { ...emulator.rest, batch: ((commands, options) => ++batches === 3 ? Promise.reject(new Error('offline')) : emulator.rest.batch(commands, options)) as typeof emulator.rest.batch }
      const { portal } = fakePortal({})
      installStores({ api: { timeEntries: createTimeEntriesApi(rest) }, portal, pace: clock.pace })
      await useFrameStore().boot()
      const store = useTimeEntriesStore()
      void store.load(FIVE_THOUSAND)
      await settle(() => batches >= 3 && clock.pending > 0, clock)
      // A newer load while the first is paused between published parts: the first one ends there.
      const newer = store.load(THREE)
      await settle(() => store.status === 'success' && store.task?.id === THREE, clock)
      await newer
      await new Promise(resolve => setTimeout(resolve, 20))
      expect(batches).toBeGreaterThanOrEqual(3)
      expect(unhandled).toEqual([])
    }
    finally {
      process.off('unhandledRejection', record)
    }
  })
})
