/**
 * An entry whose author's account row is gone (user 108 on task 101, entry 3): `getlist` lists it,
 * while `get`, `update`, `delete` and `isactionallowed` for modify/remove look the item up through
 * `CTaskElapsedTime::GetList`, which INNER JOINs b_user, and answer "item not found"
 * (bitrix24-core-corp modules/tasks/classes/general/taskelapsed.php, elapseditem.php).
 */
import { describe, expect, it } from 'vitest'
import { ADMIN, call, failure, result, sessionFor } from './helpers'

const TASK = 101
const BY_DELETED_USER = 3
const ITEM_NOT_FOUND = 'TASKS_ERROR_EXCEPTION_#512; Check listitem not found or not accessible; 512/TE/ITEM_NOT_FOUND_OR_NOT_ACCESSIBLE<br>'

describe('an entry by a deleted user', () => {
  it('is listed by getlist', () => {
    const rows = result<Array<{ ID: string, USER_ID: string }>>(call(sessionFor(ADMIN), 'task.elapseditem.getlist', [TASK]))
    expect(rows.find(row => row.ID === String(BY_DELETED_USER))).toMatchObject({ USER_ID: '108' })
  })

  it.each([
    { method: 'task.elapseditem.get', params: [TASK, BY_DELETED_USER] },
    { method: 'task.elapseditem.update', params: [TASK, BY_DELETED_USER, { SECONDS: 60 }] },
    { method: 'task.elapseditem.delete', params: [TASK, BY_DELETED_USER] },
    { method: 'task.elapseditem.isactionallowed', params: [TASK, BY_DELETED_USER, 2] },
    { method: 'task.elapseditem.isactionallowed', params: [TASK, BY_DELETED_USER, 3] },
  ])('$method $params answers "item not found", even to an admin', ({ method, params }) => {
    const session = sessionFor(ADMIN)
    expect(failure(call(session, method, params))).toEqual({ status: 400, error: 'ERROR_CORE', description: ITEM_NOT_FOUND })
    const rows = result<Array<{ ID: string }>>(call(session, 'task.elapseditem.getlist', [TASK]))
    expect(rows.map(row => row.ID)).toContain(String(BY_DELETED_USER))
  })

  it('does not stop "may I add?" (action 1), which reads no item', () => {
    expect(result(call(sessionFor(ADMIN), 'task.elapseditem.isactionallowed', [TASK, BY_DELETED_USER, 1]))).toBe(true)
  })
})
