/**
 * The list's newest-first order is merged batch by batch instead of re-sorted: whatever the dates
 * and however the rows are split into batches, the merge gives exactly the full sort's order.
 */
import type { TimeEntry } from '@/api/time-entries'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mergeNewest } from '@/composables/useEntryCollection'
import { mergeAt, mergeNewestAt } from '@/lib/time/newest-first'

function entry(id: number, at: number): TimeEntry {
  return { id, taskId: 1, userId: 1, seconds: 60, minutes: 1, comment: '', source: 'manual', createdAt: new Date(at), startedAt: null, stoppedAt: null }
}

function fullSort(entries: readonly TimeEntry[]): number[] {
  return [...entries].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id).map(item => item.id)
}

describe('mergeNewest', () => {
  it('equals one full sort over every batch split, ties by id', () => {
    fc.assert(fc.property(
      // Few distinct instants, so equal dates (ties) are common.
      fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { maxLength: 120 }).chain(ids => fc.tuple(
        fc.constant(ids),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: ids.length, maxLength: ids.length }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }),
      )),
      ([ids, times, sizes]) => {
        const all = ids.map((id, index) => entry(id, times[index]! * 86_400_000))
        let ordered: readonly TimeEntry[] = []
        let at = 0
        let batch = 0
        while (at < all.length) {
          const size = sizes[batch++ % sizes.length]!
          ordered = mergeNewest(ordered, all.slice(at, at + size))
          at += size
        }
        expect(ordered.map(item => item.id)).toEqual(fullSort(all))
      },
    ))
  })

  it('returns a new array even when nothing was added', () => {
    const ordered = [entry(1, 0)]
    const merged = mergeNewest(ordered, [])
    expect(merged).not.toBe(ordered)
    expect(merged).toEqual(ordered)
  })

  it('tells where each added entry went, so a parallel list merged at those places stays parallel', () => {
    fc.assert(fc.property(
      fc.uniqueArray(fc.integer({ min: 1, max: 10_000 }), { maxLength: 80 }),
      fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 80, maxLength: 80 }),
      fc.nat({ max: 80 }),
      (ids, times, split) => {
        const all = ids.map((id, index) => entry(id, times[index]! * 86_400_000))
        const base = mergeNewest([], all.slice(0, split))
        const added = all.slice(split)
        const { merged, points } = mergeNewestAt(base, added)
        expect(merged.map(item => item.id)).toEqual(fullSort(all))
        // Ids alone, merged at the same places, give the same order.
        expect(mergeAt(base.map(item => item.id), added.map(item => item.id), points)).toEqual(merged.map(item => item.id))
      },
    ))
  })
})
