/**
 * The emulator's opt-in list faults bend only what they name, and `get`/`delete` find an entry
 * through a join on the author's account, as `CTaskElapsedTime::GetByID` does, while `getlist`
 * still lists it.
 */
import type { Row } from './helpers'
import { describe, expect, it } from 'vitest'
import { parseFaults, takeFault } from '../../emulator/faults'
import { ADMIN, call, failure, result, sessionFor } from './helpers'

const SELECT = ['ID', 'SECONDS']
const page = (after: number) => [103, { ID: 'asc' }, { '>ID': after }, SELECT, { NAV_PARAMS: { nPageSize: 50, iNumPage: 1 } }]

function list(fault: Parameters<typeof parseFaults>[0] | null, after: number) {
  const session = sessionFor(ADMIN)
  if (fault)
    session.faults = { ...session.faults, ...parseFaults(fault) }
  const reply = call(session, 'task.elapseditem.getlist', page(after))
  return { rows: result<Row[]>(reply), total: reply.ok ? reply.outcome.total : undefined }
}

describe('list faults', () => {
  it('are off unless asked for', () => {
    expect(list(null, 1050).rows.map(row => row.ID)).toEqual(Array.from({ length: 10 }, (_, index) => String(1051 + index)))
  })

  it('page2_empty answers a later page with no rows and the true count', () => {
    expect(list({ listFault: 'page2_empty' }, 0).rows).toHaveLength(50)
    expect(list({ listFault: 'page2_empty' }, 1050)).toEqual({ rows: [], total: 10 })
  })

  it('duplicate_row repeats the row before a later page', () => {
    expect(list({ listFault: 'duplicate_row' }, 1050).rows.map(row => row.ID).slice(0, 2)).toEqual(['1050', '1051'])
  })

  it('bogus_total and malformed_row', () => {
    expect(list({ listFault: 'bogus_total' }, 0).total).toBe(2_000_000_000)
    expect(list({ listFault: 'malformed_row' }, 0).rows[0]!.SECONDS).toBe('abc')
  })

  it('commit_then_drop waits for an add and lets other requests pass', () => {
    const faults = { kind: 'commit_then_drop' as const, remaining: 1, latencyMs: 0, rateLimit: false, listFault: null }
    expect(takeFault(faults, 'batch')).toBeNull()
    expect(takeFault(faults, 'task.elapseditem.add')).toBe('commit_then_drop')
    expect(takeFault(faults, 'task.elapseditem.add')).toBeNull()
  })
})

describe('an entry whose author\'s account is gone', () => {
  it('is listed by getlist but not found by get and delete', () => {
    const session = sessionFor(ADMIN)
    const listed = result<Row[]>(call(session, 'task.elapseditem.getlist', [101, { ID: 'asc' }, { ID: 3 }, SELECT, { NAV_PARAMS: { nPageSize: 50, iNumPage: 1 } }]))
    expect(listed.map(row => row.ID)).toEqual(['3'])
    expect(failure(call(session, 'task.elapseditem.get', [101, 3])).description).toContain('not found')
    expect(failure(call(session, 'task.elapseditem.delete', [101, 3])).description).toContain('not found')
    expect(result<Row[]>(call(session, 'task.elapseditem.getlist', [101, { ID: 'asc' }, { ID: 3 }, SELECT, { NAV_PARAMS: { nPageSize: 50, iNumPage: 1 } }]))).toHaveLength(1)
  })
})
