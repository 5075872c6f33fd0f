/**
 * Mapping a batch in slices that yield to the event loop changes when the work runs, never what
 * it gives: the same pages, rows and totals as mapping in one go.
 */
import { describe, expect, it } from 'vitest'
import { createTimeEntriesApi } from '@/api/time-entries'
import { createSlicer } from '@/lib/yield-to-main'
import { createEmulatorRest } from '../helpers/emulator-rest'

/** Demo task 104 (emulator/data/entries.ts): 5,000 entries. */
const FIVE_THOUSAND = 104

describe('a sliced batch', () => {
  it('maps 50 pages to exactly what the unsliced mapping gives', async () => {
    let yields = 0
    const sliced = createTimeEntriesApi(createEmulatorRest({ userId: 1 }).rest, {
      slicer: () => {
        const inner = createSlicer(0)
        return { maybeYield: () => {
          yields++
          return inner.maybeYield()
        } }
      },
    })
    const whole = createTimeEntriesApi(createEmulatorRest({ userId: 1 }).rest)
    const [a, b] = await Promise.all([sliced.fetch(FIVE_THOUSAND, { after: 0, count: 50 }, []), whole.fetch(FIVE_THOUSAND, { after: 0, count: 50 }, [])])
    expect(yields).toBe(50)
    expect(a).toEqual(b)
    expect(a.pages).toHaveLength(50)
  })
})
