/**
 * The demo data set at scale: the 50,000-entry task, every session's copy-on-write view and the
 * cache of matched rows behind `getlist` paging (a write must show on the very next page).
 */
import type { Row } from './helpers'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EntryStore } from '../../emulator/data/data-set'
import { BASE_ENTRIES } from '../../emulator/data/entries'
import { TIMESHEET_FIRST_ENTRY_ID } from '../../emulator/data/timesheet-work'
import { hasAccountRow } from '../../emulator/rest/access'
import { ADMIN, AUTHOR, call, result, sessionFor } from './helpers'

const BIG_TASK = 107

function page(session: ReturnType<typeof sessionFor>, taskId: number, order: 'asc' | 'desc', number: number, size = 50) {
  const reply = call(session, 'task.elapseditem.getlist', [taskId, { ID: order }, { '>ID': 0 }, ['ID', 'SECONDS'], { NAV_PARAMS: { nPageSize: size, iNumPage: number } }])
  if (!reply.ok)
    throw new Error(reply.error.message)
  return { rows: reply.outcome.result as Row[], total: reply.outcome.total }
}

describe('the demo data', () => {
  it('keeps the counts the README lists and adds task 107 with 50,000 entries, ids 100001–150000', () => {
    const counts = new Map<number, number>()
    for (const entry of BASE_ENTRIES.filter(entry => entry.id < TIMESHEET_FIRST_ENTRY_ID))
      counts.set(entry.taskId, (counts.get(entry.taskId) ?? 0) + 1)
    expect(Object.fromEntries(counts)).toEqual({ 101: 3, 103: 60, 104: 5000, 105: 4, 107: 50_000 })
    const big = BASE_ENTRIES.filter(entry => entry.taskId === BIG_TASK)
    expect(big[0]!.id).toBe(100_001)
    expect(big.at(-1)!.id).toBe(150_000)
    expect(BASE_ENTRIES.every((entry, index) => index === 0 || entry.id > BASE_ENTRIES[index - 1]!.id)).toBe(true)
  })

  it('gives a new session every entry of a task in id order, and a write only to the session that made it', () => {
    const mine = new EntryStore()
    const theirs = new EntryStore()
    mine.delete(100_001)
    mine.update(100_002, { seconds: 61 })
    const added = mine.add({ taskId: BIG_TASK, userId: AUTHOR, comment: '', seconds: 60, source: 2, createdDate: 0, dateStart: 0, dateStop: 0 })
    const firstNewId = BASE_ENTRIES.at(-1)!.id + 1
    expect(added.id).toBe(firstNewId)
    const rows = mine.list(BIG_TASK)
    expect(rows).toHaveLength(50_000)
    expect(rows[0]!).toMatchObject({ id: 100_002, seconds: 61 })
    expect(rows.at(-1)!.id).toBe(firstNewId)
    expect(theirs.list(BIG_TASK)[0]!.id).toBe(100_001)
    expect(mine.get(firstNewId)).toBe(added)
  })
})

describe('getlist paging over 50,000 entries', () => {
  it('pages cover the task exactly once, newest first, with total 50,000', () => {
    const session = sessionFor(AUTHOR)
    const ids: number[] = []
    for (let number = 1; number <= 1000; number++)
      ids.push(...page(session, BIG_TASK, 'desc', number).rows.map(row => Number(row.ID)))
    expect(ids).toHaveLength(50_000)
    expect(ids[0]).toBe(150_000)
    expect(ids.every((id, index) => index === 0 || id === ids[index - 1]! - 1)).toBe(true)
    expect(page(session, BIG_TASK, 'desc', 1001).rows).toEqual([])
  })

  it('shows every write on the next page although the matched rows are cached between pages', () => {
    const writes = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), offset: fc.nat(59) }),
      fc.record({ kind: fc.constant('update' as const), offset: fc.nat(59), seconds: fc.integer({ min: 60, max: 9999 }) }),
      fc.record({ kind: fc.constant('add' as const), seconds: fc.integer({ min: 60, max: 9999 }) }),
    )
    fc.assert(fc.property(fc.array(writes, { maxLength: 6 }), (plan) => {
      // An admin may edit anyone's entry.
      const session = sessionFor(ADMIN)
      const expected = new Map(BASE_ENTRIES.filter(entry => entry.taskId === 103).map(entry => [entry.id, entry.seconds]))
      // Entries whose author's account row is gone cannot be changed by anyone (the b_user join).
      const locked = new Set(BASE_ENTRIES.filter(entry => entry.taskId === 103 && !hasAccountRow(entry.userId)).map(entry => entry.id))
      for (const write of plan) {
        page(session, 103, 'asc', 1, 7)
        const ids = [...expected.keys()].filter(id => !locked.has(id))
        if (write.kind === 'add') {
          const id = result<number>(call(session, 'task.elapseditem.add', [103, { SECONDS: write.seconds, COMMENT_TEXT: 'x' }]))
          expected.set(id, write.seconds)
        }
        else if (ids.length > 0) {
          const id = ids[write.offset % ids.length]!
          if (write.kind === 'delete') {
            result(call(session, 'task.elapseditem.delete', [103, id]))
            expected.delete(id)
          }
          else {
            result(call(session, 'task.elapseditem.update', [103, id, { SECONDS: write.seconds }]))
            expected.set(id, write.seconds)
          }
        }
      }
      const seen = new Map<number, number>()
      for (let number = 1; seen.size < expected.size && number < 100; number++) {
        const { rows, total } = page(session, 103, 'asc', number, 7)
        expect(total).toBe(expected.size)
        for (const row of rows)
          seen.set(Number(row.ID), Number(row.SECONDS))
      }
      expect(seen).toEqual(expected)
    }), { numRuns: 40 })
  })
})
