/**
 * Mapping a batch in slices that yield to the event loop changes when the work runs, never what
 * it gives: the same pages, rows and totals as mapping in one go.
 */
import { describe, expect, it } from 'vitest'
import { createTimeEntriesApi } from '@/api/time-entries'
import { createSlicer } from '@/lib/yield-to-main'
import { createFakeRest, manyEntries } from '../features/time-entries/fake-rest'

describe('a sliced batch', () => {
  it('maps 50 pages to exactly what the unsliced mapping gives', async () => {
    const rows = manyEntries(691, 2600, [1, 2, 3])
    let yields = 0
    const sliced = createTimeEntriesApi(createFakeRest(rows).rest, {
      slicer: () => {
        const inner = createSlicer(0)
        return { maybeYield: () => {
          yields++
          return inner.maybeYield()
        } }
      },
    })
    const whole = createTimeEntriesApi(createFakeRest(rows).rest)
    const [a, b] = await Promise.all([sliced.fetch(691, { after: 0, count: 50 }, []), whole.fetch(691, { after: 0, count: 50 }, [])])
    expect(yields).toBe(50)
    expect(a).toEqual(b)
    expect(a.pages).toHaveLength(50)
  })
})
