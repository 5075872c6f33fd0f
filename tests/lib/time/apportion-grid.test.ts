/**
 * Controlled rounding of a two-way table: for any table of seconds, the shown cells add up to the
 * shown row and column totals, those to the shown grand total, and that is the exact sum rounded.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { apportionGrid } from '@/lib/time/apportion-grid'
import { formatDuration } from '@/lib/time/duration'

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)

/** Tables like a timesheet's: many empty cells, some on the minute, most not. */
const cell = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 * 3600 }), fc.integer({ min: 0, max: 600 }).map(minutes => minutes * 60))
const table = fc.integer({ min: 0, max: 14 }).chain(width => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 20 }))

describe('apportionGrid', () => {
  it('adds up both ways and to the rounded grand total, each value less than one step from exact', () => {
    fc.assert(fc.property(table, fc.constantFrom(1, 36, 60), (values, step) => {
      const grid = apportionGrid(values, step)
      const total = sum(values.map(sum))
      expect(grid.seconds).toBe(Math.round(total / step) * step)
      grid.cells.forEach((row, r) => {
        expect(sum(row)).toBe(grid.rowSeconds[r])
        expect(Math.abs(grid.rowSeconds[r]! - sum(values[r]!))).toBeLessThan(step)
        row.forEach((value, column) => {
          const exact = values[r]![column]!
          expect(value % step).toBe(0)
          expect(Math.abs(value - exact)).toBeLessThan(step)
          // A value already on a step never moves: an empty cell stays empty.
          if (exact % step === 0)
            expect(value).toBe(exact)
        })
      })
      grid.columnSeconds.forEach((value, column) => {
        const exact = sum(values.map(row => row[column]!))
        expect(sum(grid.cells.map(row => row[column]!))).toBe(value)
        expect(Math.abs(value - exact)).toBeLessThan(step)
      })
      expect(sum(grid.rowSeconds)).toBe(grid.seconds)
      expect(sum(grid.columnSeconds)).toBe(grid.seconds)
    }))
  })

  it('reads in h:mm as a table an accountant can add up', () => {
    // Two people, two days, 30 s over the minute each: rounded one by one every cell reads 0:01 (4 min) under a 0:02 total.
    const grid = apportionGrid([[30, 30], [30, 30]], 60)
    expect(formatDuration(120, 'h:mm')).toBe('0:02')
    expect(grid.cells.flat().map(value => formatDuration(value, 'h:mm')).sort()).toEqual(['0:00', '0:00', '0:01', '0:01'])
    expect(grid.rowSeconds).toEqual([60, 60])
    expect(grid.columnSeconds).toEqual([60, 60])
  })

  it('keeps exact seconds at a 1 s step and refuses a ragged table or a bad step', () => {
    expect(apportionGrid([[1, 2], [3, 4]], 1)).toEqual({ cells: [[1, 2], [3, 4]], rowSeconds: [3, 7], columnSeconds: [4, 6], seconds: 10 })
    expect(apportionGrid([], 60)).toEqual({ cells: [], rowSeconds: [], columnSeconds: [], seconds: 0 })
    expect(() => apportionGrid([[1, 2], [3]], 60)).toThrow(RangeError)
    expect(() => apportionGrid([[1]], 0)).toThrow(RangeError)
    expect(() => apportionGrid([[1]], 0.5)).toThrow(RangeError)
  })
})
