/**
 * The entry log never claims more than arrived: for any sequence of pages (duplicates, unreadable
 * rows, short or empty pages, any `total`) the sum equals the logged entries' seconds, each id is
 * kept once, and "complete" is said only when the rows add up to the server's total.
 */
import type { LogPage } from '@/lib/time/entry-log'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { appendPages, appendPagesInPlace, emptyLog, logVerdict, pagesWanted, positionAfter, withEntry, withoutEntry } from '@/lib/time/entry-log'

interface Row { id: number, seconds: number }
const SIZE = 5

function page(entries: Row[], extra: Partial<LogPage<Row>> = {}): LogPage<Row> {
  return {
    entries,
    unreadable: 0,
    received: entries.length + (extra.unreadable ?? 0),
    lastId: entries.length > 0 ? Math.min(...entries.map(entry => entry.id)) : null,
    total: null,
    ...extra,
  }
}

const row = fc.record({ id: fc.integer({ min: 1, max: 40 }), seconds: fc.integer({ min: 0, max: 100_000 }) })
const pageArb = fc.record({
  entries: fc.array(row, { maxLength: SIZE }),
  unreadable: fc.integer({ min: 0, max: 2 }),
  total: fc.option(fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constant(2e9)), { nil: null }),
}).map(({ entries, unreadable, total }) => page(entries, { unreadable, received: Math.min(SIZE, entries.length + unreadable), total }))

describe('entry log', () => {
  it('appends in place exactly as appendPages does, and names the entries it added', () => {
    fc.assert(fc.property(fc.array(fc.array(pageArb, { maxLength: 3 }), { maxLength: 6 }), (batches) => {
      let pure = emptyLog<Row>()
      let owned = emptyLog<Row>()
      for (const batch of batches) {
        const before = new Set(pure.byId.keys())
        const next = appendPages(pure, batch, SIZE)
        const { log, added } = appendPagesInPlace(owned, batch, SIZE)
        expect({ ...log, byId: [...log.byId] }).toEqual({ ...next, byId: [...next.byId] })
        expect(added).toEqual([...next.byId.values()].filter(entry => !before.has(entry.id)))
        for (const entry of added) expect(next.byId.get(entry.id)).toBe(entry)
        pure = next
        owned = log
      }
    }))
  })

  it('foresees the position appending gives, so the next request can leave before the pages are published', () => {
    fc.assert(fc.property(fc.array(fc.array(pageArb, { maxLength: 3 }), { maxLength: 6 }), (batches) => {
      let log = emptyLog<Row>()
      for (const batch of batches) {
        const foreseen = positionAfter(log, batch, SIZE)
        log = appendPages(log, batch, SIZE)
        expect(foreseen).toEqual({ cursor: log.cursor, received: log.received, total: log.total, exhausted: log.exhausted })
      }
    }))
  })

  it('keeps each id once, sums exactly what it keeps, and counts every row received', () => {
    fc.assert(fc.property(fc.array(pageArb, { maxLength: 8 }), (pages) => {
      const log = pages.reduce((current, next) => appendPages(current, [next], SIZE), emptyLog<Row>())
      expect(log.seconds).toBe([...log.byId.values()].reduce((sum, entry) => sum + entry.seconds, 0))
      expect(log.byId.size + log.duplicates + log.unreadable).toBeLessThanOrEqual(log.received + log.unreadable)
      for (const [id, entry] of log.byId) expect(entry.id).toBe(id)
    }))
  })

  it('says complete only when the rows received match the total, with no duplicate and no unreadable row', () => {
    fc.assert(fc.property(fc.array(pageArb, { maxLength: 8 }), (pages) => {
      const log = pages.reduce((current, next) => appendPages(current, [next], SIZE), emptyLog<Row>())
      const verdict = logVerdict(log)
      if (verdict.kind === 'complete') {
        expect(log.exhausted).toBe(true)
        expect(log.duplicates).toBe(0)
        expect(log.unreadable).toBe(0)
        if (log.total !== null)
          expect(log.byId.size).toBe(log.total)
      }
      if (verdict.kind === 'partial')
        expect(verdict).toEqual({ kind: 'partial', loaded: log.byId.size, total: log.total })
    }))
  })

  it('stops at the first short page and ignores pages after it', () => {
    fc.assert(fc.property(fc.array(row, { maxLength: SIZE - 1 }), fc.array(row, { minLength: 1, maxLength: SIZE }), (short, later) => {
      const log = appendPages(emptyLog<Row>(), [page(short), page(later.map(entry => ({ ...entry, id: entry.id + 100 })))], SIZE)
      expect(log.exhausted).toBe(true)
      expect([...log.byId.keys()].every(id => id <= 40)).toBe(true)
    }))
  })

  it('moves the keyset cursor down to the lowest id seen, unreadable rows included', () => {
    const log = appendPages(emptyLog<Row>(), [page([{ id: 30, seconds: 1 }], { unreadable: 4, received: SIZE, lastId: 9 })], SIZE)
    expect(log.cursor).toBe(9)
    expect(log.exhausted).toBe(false)
    const next = appendPages(log, [page([{ id: 8, seconds: 1 }], { unreadable: 4, received: SIZE, lastId: 4 })], SIZE)
    expect(next.cursor).toBe(4)
    expect(next.exhausted).toBe(false)
  })

  it('ends the list at a full page that does not move the cursor down', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 40 }), (cursor, offset) => {
      const log = appendPages(emptyLog<Row>(), [page([], { unreadable: SIZE, received: SIZE, lastId: cursor })], SIZE)
      const stuck = appendPages(log, [page([], { unreadable: SIZE, received: SIZE, lastId: cursor + offset })], SIZE)
      expect(stuck.exhausted).toBe(true)
      expect(stuck.cursor).toBe(cursor)
    }))
  })

  it('keeps the cursor when this client adds an entry (it is newer than every page to come)', () => {
    const log = appendPages(emptyLog<Row>(), [page([{ id: 30, seconds: 1 }], { unreadable: 4, received: SIZE, lastId: 9 })], SIZE)
    expect(withEntry(log, { id: 100, seconds: 5 }).cursor).toBe(9)
  })

  it('treats a bogus total as a number to compare, never as work to do', () => {
    const full = Array.from({ length: SIZE }, (_, index) => ({ id: index + 1, seconds: 60 }))
    const log = appendPages(emptyLog<Row>(), [page(full, { total: 2e9 }), page([], { total: 2e9 })], SIZE)
    expect(log.exhausted).toBe(true)
    expect(logVerdict(log)).toEqual({ kind: 'partial', loaded: SIZE, total: SIZE + 2e9 })
    expect(pagesWanted({ received: 5, total: 2e9 }, SIZE, 50)).toBe(50)
    expect(pagesWanted({ received: 5, total: 7 }, SIZE, 50)).toBe(1)
  })

  it('reads a keyset page\'s total as the rows from its cursor on', () => {
    const full = Array.from({ length: SIZE }, (_, index) => ({ id: 7 - index, seconds: 60 }))
    const first = appendPages(emptyLog<Row>(), [page(full, { total: 7 })], SIZE)
    expect(first.total).toBe(7)
    expect(pagesWanted(first, SIZE, 50)).toBe(1)
    // Someone deleted a row meanwhile: the second page counts 1 row from the cursor on, not 2.
    const second = appendPages(first, [page([{ id: 1, seconds: 60 }], { total: 1 })], SIZE)
    expect(second.total).toBe(6)
    expect(logVerdict(second)).toEqual({ kind: 'complete' })
  })

  it('never invents a total when the server sent none', () => {
    const log = appendPages(emptyLog<Row>(), [page([{ id: 1, seconds: 60 }])], SIZE)
    expect(log.total).toBeNull()
    expect(withEntry(log, { id: 2, seconds: 30 }).total).toBeNull()
    expect(logVerdict(log)).toEqual({ kind: 'complete' })
  })

  it('keeps counts in step with local writes', () => {
    fc.assert(fc.property(fc.array(row, { maxLength: SIZE - 1 }), row, (rows, extra) => {
      const unique = [...new Map(rows.map(entry => [entry.id, entry])).values()]
      const log = appendPages(emptyLog<Row>(), [page(unique, { total: unique.length })], SIZE)
      const added = withEntry(log, { ...extra, id: 1000 })
      expect(logVerdict(added)).toEqual({ kind: 'complete' })
      expect(added.seconds).toBe(log.seconds + extra.seconds)
      const removed = withoutEntry(added, 1000)
      expect(removed.seconds).toBe(log.seconds)
      expect(logVerdict(removed)).toEqual({ kind: 'complete' })
    }))
  })
})
