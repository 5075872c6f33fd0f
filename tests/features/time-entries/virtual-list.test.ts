/**
 * Row slots of the virtual list: within one render every row has its own slot, and a row that
 * stays rendered keeps its slot from one render to the next (so its component is never re-created).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lowerIndex, slotAssigner } from '@/features/time-entries/composables/useVirtualList'

describe('slotAssigner', () => {
  it('gives distinct slots, keeps the slot of every row that stays, and reuses freed ones', () => {
    const windows = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 20 }), { minLength: 1, maxLength: 12 })
    fc.assert(fc.property(windows, (renders) => {
      const assign = slotAssigner<number>()
      let previous = new Map<number, number>()
      let most = 0
      for (const keys of renders) {
        most = Math.max(most, keys.length)
        const slots = assign(keys)
        expect(new Set(slots).size).toBe(keys.length)
        // The pool never grows beyond the most rows ever rendered at once.
        expect(Math.max(-1, ...slots)).toBeLessThan(most)
        keys.forEach((key, index) => {
          if (previous.has(key))
            expect(slots[index]).toBe(previous.get(key))
        })
        previous = new Map(keys.map((key, index) => [key, slots[index]!]))
      }
    }))
  })

  it('hands a window scrolled by one row the slot that row left', () => {
    const assign = slotAssigner<string>()
    expect(assign(['a', 'b', 'c'])).toEqual([0, 1, 2])
    expect(assign(['b', 'c', 'd'])).toEqual([1, 2, 0])
  })
})

describe('lowerIndex', () => {
  it('finds the last offset not above the value', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 50 }), fc.integer({ min: 0, max: 12_000 }), (heights, value) => {
      const offsets = [0]
      for (const height of heights) offsets.push(offsets.at(-1)! + height)
      const index = lowerIndex(offsets, value)
      const expected = Math.max(0, offsets.reduce((last, offset, index) => (offset <= value ? index : last), -1))
      expect(index).toBe(expected)
    }))
  })
})
