/**
 * The emulator's REST semantics follow documented Bitrix24 behaviour (research/rest.md), quirks included:
 * positional task.* params, paging with `next` offsets, escaping in `get` only, author-or-admin edits.
 */
import type { Session } from '../../emulator/sessions'
import { beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '../../emulator/rest/dispatch'
import { PortalApp } from '../../emulator/rest/placements'
import { SessionStore } from '../../emulator/sessions'

const AUTHOR = 102
const ADMIN = 1
const OTHER = 105

let store: SessionStore

function sessionFor(userId: number): Session {
  return store.create(userId, 'en', {}).session
}

function call(session: Session, method: string, params: Record<string, unknown> | unknown[]) {
  const named = Array.isArray(params) ? Object.fromEntries(params.map((value, index) => [String(index), value])) : params
  return dispatch(method, named, { session, app: new PortalApp(), portalOrigin: 'http://portal.test' })
}

beforeEach(() => {
  store = new SessionStore()
})

describe('positional parameters', () => {
  it('ignores names: {TASKID, ITEMID}, {a, b} and [691, 1] are the same call', () => {
    const session = sessionFor(AUTHOR)
    const byName = call(session, 'task.elapseditem.get', { TASKID: 101, ITEMID: 1 })
    const byOther = call(session, 'task.elapseditem.get', { a: 101, b: 1 })
    const byList = call(session, 'task.elapseditem.get', [101, 1])
    expect(byName.body.result).toEqual(byList.body.result)
    expect(byOther.body.result).toEqual(byList.body.result)
  })

  it('shifts values when an extra key comes first, failing the type check with #256', () => {
    const reply = call(sessionFor(AUTHOR), 'task.elapseditem.getlist', { bx24_request_id: 'abc', TASKID: 101 })
    expect(reply.status).toBe(400)
    expect(reply.body.error).toBe('ERROR_CORE')
    expect(reply.body.error_description).toMatch(/^TASKS_ERROR_EXCEPTION_#256; Param #0 \(taskId\) .*expected to be of type "integer".*256\/TE\/WRONG_ARGUMENTS/)
  })

  it('accepts numeric strings as integers, as PHP does', () => {
    expect(call(sessionFor(AUTHOR), 'task.elapseditem.get', ['101', '1']).status).toBe(200)
  })

  it('reports a missing mandatory param', () => {
    const reply = call(sessionFor(AUTHOR), 'task.elapseditem.get', [101])
    expect(reply.body.error_description).toContain('Param #1 (itemId) expected by method ctaskelapseditem::get(), but not given.')
  })
})

describe('task.elapseditem.getlist', () => {
  it('returns every entry of a task when NAV_PARAMS is absent', () => {
    const reply = call(sessionFor(AUTHOR), 'task.elapseditem.getlist', [104])
    expect((reply.body.result as unknown[]).length).toBe(5000)
    expect(reply.body.total).toBe(5000)
    expect(reply.body.next).toBeUndefined()
  })

  it.each([
    { page: 1, size: 50, rows: 50, next: 50 },
    { page: 2, size: 50, rows: 10, next: undefined },
    { page: 1, size: 500, rows: 50, next: 50 },
    { page: 3, size: 25, rows: 10, next: undefined },
  ])('pages 60 entries: page $page of $size → $rows rows, next $next', ({ page, size, rows, next }) => {
    const reply = call(sessionFor(AUTHOR), 'task.elapseditem.getlist', [103, { ID: 'asc' }, {}, ['*'], { NAV_PARAMS: { nPageSize: size, iNumPage: page } }])
    expect((reply.body.result as unknown[]).length).toBe(rows)
    expect(reply.body.total).toBe(60)
    expect(reply.body.next).toBe(next)
  })

  it('filters with prefixes and orders', () => {
    const reply = call(sessionFor(AUTHOR), 'task.elapseditem.getlist', [104, { SECONDS: 'desc' }, { 'USER_ID': 103, '>=CREATED_DATE': '2026-03-01' }, ['ID', 'SECONDS', 'USER_ID', 'CREATED_DATE'], { NAV_PARAMS: { nPageSize: 50, iNumPage: 1 } }])
    const rows = reply.body.result as Array<Record<string, string>>
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every(row => row.USER_ID === '103' && Object.keys(row).length === 4)).toBe(true)
    const seconds = rows.map(row => Number(row.SECONDS))
    expect(seconds).toEqual([...seconds].sort((a, b) => b - a))
  })

  it('rejects unknown order keys and select values with #256', () => {
    expect(call(sessionFor(AUTHOR), 'task.elapseditem.getlist', [101, { COMMENT_TEXT: 'asc' }]).body.error_description).toContain('must not contain key "COMMENT_TEXT"')
    expect(call(sessionFor(AUTHOR), 'task.elapseditem.getlist', [101, {}, {}, ['id']]).body.error_description).toContain('must not contain value "id"')
  })

  it('hides a private task: #1 not found or not accessible', () => {
    const reply = call(sessionFor(AUTHOR), 'task.elapseditem.getlist', [105])
    expect(reply.body.error_description).toMatch(/#1;.*1\/TE\/TASK_NOT_FOUND_OR_NOT_ACCESSIBLE/)
  })

  it('gives every value as a string and dates in ISO with the server offset', () => {
    const [row] = call(sessionFor(AUTHOR), 'task.elapseditem.getlist', [101]).body.result as Array<Record<string, string>>
    expect(Object.values(row!).every(value => typeof value === 'string')).toBe(true)
    expect(row!.CREATED_DATE).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/)
  })
})

describe('task.elapseditem.get', () => {
  it('hTML-escapes COMMENT_TEXT while getlist returns it raw', () => {
    const session = sessionFor(AUTHOR)
    const item = call(session, 'task.elapseditem.get', [101, 1]).body.result as Record<string, string>
    const [listed] = call(session, 'task.elapseditem.getlist', [101]).body.result as Array<Record<string, string>>
    expect(listed!.COMMENT_TEXT).toBe('Collected figures from <b>finance</b> & sales')
    expect(item.COMMENT_TEXT).toBe('Collected figures from &lt;b&gt;finance&lt;/b&gt; &amp; sales')
  })

  it('looks the item up by id only: an entry of another task comes back', () => {
    const item = call(sessionFor(AUTHOR), 'task.elapseditem.get', [101, 1001]).body.result as Record<string, string>
    expect(item.TASK_ID).toBe('103')
  })

  it('answers #512 for a missing item', () => {
    expect(call(sessionFor(AUTHOR), 'task.elapseditem.get', [101, 999999]).body.error_description).toMatch(/^TASKS_ERROR_EXCEPTION_#512; Check listitem not found or not accessible/)
  })
})

describe('writes and permissions', () => {
  it('adds with SOURCE forced to manual and returns the new id', () => {
    const session = sessionFor(AUTHOR)
    const reply = call(session, 'task.elapseditem.add', [101, { SECONDS: 600, COMMENT_TEXT: 'new', SOURCE: 3 }])
    expect(typeof reply.body.result).toBe('number')
    const item = call(session, 'task.elapseditem.get', [101, reply.body.result]).body.result as Record<string, string>
    expect(item).toMatchObject({ SECONDS: '600', MINUTES: '10', SOURCE: '2', USER_ID: String(AUTHOR) })
  })

  it('refuses add for a user who is not a member: #4', () => {
    expect(call(sessionFor(OTHER), 'task.elapseditem.add', [101, { SECONDS: 60 }]).body.error_description).toBe('TASKS_ERROR_EXCEPTION_#4; ; 4/TE/ACTION_NOT_ALLOWED<br>')
  })

  it('update needs SECONDS every time and rejects USER_ID', () => {
    const session = sessionFor(AUTHOR)
    expect(call(session, 'task.elapseditem.update', [101, 1, { COMMENT_TEXT: 'x' }]).body.error_description).toBe('TASKS_ERROR_ASSERT_EXCEPTION')
    expect(call(session, 'task.elapseditem.update', [101, 1, { SECONDS: 60, USER_ID: 1 }]).body.error_description).toContain('must not contain key "USER_ID"')
    expect(call(session, 'task.elapseditem.update', [101, 1, { SECONDS: 60, COMMENT_TEXT: 'x' }]).body.result).toBeNull()
  })

  it.each([
    { who: 'the author', userId: AUTHOR, allowed: true },
    { who: 'an admin', userId: ADMIN, allowed: true },
    { who: 'another member', userId: 103, allowed: false },
  ])('modify/remove by $who: $allowed', ({ userId, allowed }) => {
    const session = sessionFor(userId)
    expect(call(session, 'task.elapseditem.isactionallowed', [101, 1, 2]).body.result).toBe(allowed)
    expect(call(session, 'task.elapseditem.isactionallowed', [101, 1, 3]).body.result).toBe(allowed)
    const update = call(session, 'task.elapseditem.update', [101, 1, { SECONDS: 120 }])
    expect(update.status).toBe(allowed ? 200 : 400)
  })

  it('keeps each session\'s edits to itself', () => {
    const first = sessionFor(AUTHOR)
    const second = sessionFor(AUTHOR)
    call(first, 'task.elapseditem.delete', [101, 1])
    expect((call(first, 'task.elapseditem.getlist', [101]).body.result as unknown[]).length).toBe(2)
    expect((call(second, 'task.elapseditem.getlist', [101]).body.result as unknown[]).length).toBe(3)
  })
})

describe('named methods', () => {
  it('tasks.task.get wraps camelCase keys in result.task and answers [] for a hidden task', () => {
    const task = (call(sessionFor(AUTHOR), 'tasks.task.get', { taskId: 101 }).body.result as { task: Record<string, unknown> }).task
    expect(task).toMatchObject({ id: '101', forkedByTemplateId: '139', timeEstimate: '14400', allowTimeTracking: 'Y' })
    expect((task.action as Record<string, unknown>)['elapsedtime.add']).toBe(true)
    expect(call(sessionFor(AUTHOR), 'tasks.task.get', { taskId: 105 }).body.result).toEqual([])
  })

  it('tasks.template.get: template 139 verbatim, false for missing or forbidden, error 100 without an id', () => {
    const session = sessionFor(AUTHOR)
    const template = call(session, 'tasks.template.get', { templateId: 139 }).body.result as Record<string, string>
    expect(template.RESPONSIBLES).toBe('a:1:{i:0;s:3:"102";}')
    expect(template.REPLICATE_PARAMS).toHaveLength(547)
    expect(call(session, 'tasks.template.get', { templateId: 99999 }).body.result).toBe(false)
    expect(call(session, 'tasks.template.get', { templateId: 148 }).body.result).toBe(false)
    expect(call(sessionFor(ADMIN), 'tasks.template.get', { templateId: 148 }).body.result).not.toBe(false)
    const missing = call(session, 'tasks.template.get', {})
    expect(missing).toMatchObject({ status: 400, body: { error: '100', error_description: 'Could not find value for parameter {templateId}' } })
  })

  it('user.get leaves deleted users out', () => {
    const users = call(sessionFor(AUTHOR), 'user.get', { FILTER: { ID: [102, 108] } }).body.result as Array<Record<string, string>>
    expect(users.map(user => user.ID)).toEqual(['102'])
  })

  it('answers ERROR_METHOD_NOT_FOUND with 404 for an unknown method', () => {
    expect(call(sessionFor(AUTHOR), 'crm.deal.list', {})).toMatchObject({ status: 404, body: { error: 'ERROR_METHOD_NOT_FOUND' } })
  })
})

describe('batch', () => {
  it('answers each command on its own, with totals and errors by key', () => {
    const reply = call(sessionFor(AUTHOR), 'batch', {
      halt: 0,
      cmd: {
        list: 'task.elapseditem.getlist?0=103&1[ID]=asc&2[USER_ID]=102&3[0]=*&4[NAV_PARAMS][nPageSize]=5&4[NAV_PARAMS][iNumPage]=1',
        bad: 'task.elapseditem.get?0=101&1=999999',
        me: 'user.current',
      },
    })
    const body = reply.body.result as Record<string, Record<string, unknown>>
    expect((body.result!.list as unknown[]).length).toBeLessThanOrEqual(5)
    expect(body.result_total!.list).toBeGreaterThan(0)
    expect((body.result_error!.bad as Record<string, string>).error).toBe('ERROR_CORE')
    expect((body.result!.me as Record<string, string>).ID).toBe('102')
  })

  it('substitutes $result references from earlier commands', () => {
    const reply = call(sessionFor(AUTHOR), 'batch', {
      cmd: { task: 'tasks.task.get?taskId=101', author: 'user.get?FILTER[ID]=$result[task][task][responsibleId]' },
    })
    const users = (reply.body.result as Record<string, Record<string, unknown>>).result!.author as Array<Record<string, string>>
    expect(users.map(user => user.ID)).toEqual(['102'])
  })

  it('stops at the first failure with halt=1', () => {
    const reply = call(sessionFor(AUTHOR), 'batch', { halt: 1, cmd: ['task.elapseditem.get?0=101&1=999999', 'user.current'] })
    const body = reply.body.result as Record<string, unknown>
    expect(body.result).toEqual([])
    expect(Object.keys(body.result_error as object)).toEqual(['0'])
  })

  it('refuses more than 50 commands and nested batches', () => {
    const tooMany = Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`c${index}`, 'user.current']))
    expect(call(sessionFor(AUTHOR), 'batch', { cmd: tooMany }).body.error).toBe('ERROR_BATCH_LENGTH_EXCEEDED')
    const nested = call(sessionFor(AUTHOR), 'batch', { cmd: { inner: 'batch?cmd[a]=user.current' } })
    const errors = (nested.body.result as { result_error: Record<string, { error: string }> }).result_error
    expect(errors.inner?.error).toBe('ERROR_BATCH_METHOD_NOT_ALLOWED')
  })
})
