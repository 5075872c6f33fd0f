/**
 * Legacy `task.*` methods read parameters by position, names ignored (CTaskRestService): an extra
 * key shifts the values, types are checked loosely per index, and errors are ERROR_CORE #256.
 */
import { describe, expect, it } from 'vitest'
import { AUTHOR, call, failure, result, sessionFor } from './helpers'

const WRONG_TASK_ID_TYPE = 'TASKS_ERROR_EXCEPTION_#256; Param #0 (taskId) for method ctaskelapseditem::getlist() expected to be of type "integer", but given something else.; 256/TE/WRONG_ARGUMENTS<br>'

describe('positional parameters', () => {
  it('treats {TASKID, ITEMID}, {a, b}, {"0", "1"} and [101, 1] as the same call', () => {
    const session = sessionFor(AUTHOR)
    const expected = result(call(session, 'task.elapseditem.get', [101, 1]))
    expect(result(call(session, 'task.elapseditem.get', { TASKID: 101, ITEMID: 1 }))).toEqual(expected)
    expect(result(call(session, 'task.elapseditem.get', { a: 101, b: 1 }))).toEqual(expected)
    expect(result(call(session, 'task.elapseditem.get', { 0: 101, 1: 1 }))).toEqual(expected)
  })

  it('reads the order, not the names: {ITEMID, TASKID} asks for task 1, item 101', () => {
    const reply = failure(call(sessionFor(AUTHOR), 'task.elapseditem.get', { ITEMID: 1, TASKID: 101 }))
    expect(reply.description).toBe('TASKS_ERROR_EXCEPTION_#512; Check listitem not found or not accessible; 512/TE/ITEM_NOT_FOUND_OR_NOT_ACCESSIBLE<br>')
  })

  it('shifts every value when an extra key comes first: #256 on param 0', () => {
    const reply = failure(call(sessionFor(AUTHOR), 'task.elapseditem.getlist', [['bx24_request_id', 'abc'], ['TASKID', 101]]))
    expect(reply).toEqual({ status: 400, error: 'ERROR_CORE', description: WRONG_TASK_ID_TYPE })
  })

  it('shifts an array argument into a scalar slot when a key is missing', () => {
    const reply = failure(call(sessionFor(AUTHOR), 'task.elapseditem.update', [['TASKID', 101], ['ARFIELDS', { SECONDS: 60 }]]))
    expect(reply.description).toContain('Param #1 (itemId) for method ctaskelapseditem::update() expected to be of type "integer", but given something else.')
  })

  it('accepts digit strings as integers, as isLaxIntegers does, and refuses floats and padded strings', () => {
    const session = sessionFor(AUTHOR)
    expect(call(session, 'task.elapseditem.get', ['101', '1']).ok).toBe(true)
    expect(failure(call(session, 'task.elapseditem.get', [101.5, 1])).description).toContain('Param #0 (taskId)')
    expect(failure(call(session, 'task.elapseditem.get', [' 101', 1])).description).toContain('Param #0 (taskId)')
  })

  it('names a missing mandatory parameter', () => {
    expect(failure(call(sessionFor(AUTHOR), 'task.elapseditem.get', [101])).description)
      .toBe('TASKS_ERROR_EXCEPTION_#256; Param #1 (itemId) expected by method ctaskelapseditem::get(), but not given.; 256/TE/WRONG_ARGUMENTS<br>')
  })

  it('drops a string value that contains the method name before reading positions', () => {
    const session = sessionFor(AUTHOR)
    const rows = result<unknown[]>(call(session, 'task.elapseditem.getlist', [['method', 'task.elapseditem.getlist'], ['TASKID', 101]]))
    expect(rows).toHaveLength(3)
  })

  it('ignores `start`: the server removes it before the method sees the values', () => {
    const rows = result<unknown[]>(call(sessionFor(AUTHOR), 'task.elapseditem.getlist', [['start', 50], ['TASKID', 101]]))
    expect(rows).toHaveLength(3)
  })

  it('asserts a positive task id: TASKS_ERROR_ASSERT_EXCEPTION for 0 or negative ids', () => {
    const session = sessionFor(AUTHOR)
    expect(failure(call(session, 'task.elapseditem.get', [0, 1])).description).toBe('TASKS_ERROR_ASSERT_EXCEPTION<br>')
    expect(failure(call(session, 'task.elapseditem.get', [101, -1])).description).toBe('TASKS_ERROR_ASSERT_EXCEPTION<br>')
  })

  it('lists every readable task for a JSON 0, but asserts for the string "0" of a form or batch row', () => {
    const session = sessionFor(AUTHOR)
    expect(result<unknown[]>(call(session, 'task.elapseditem.getlist', [0]))).toHaveLength(50)
    expect(failure(call(session, 'task.elapseditem.getlist', ['0'])).description).toBe('TASKS_ERROR_ASSERT_EXCEPTION<br>')
  })

  it('inserts task id 0 when the first value is an array ([ORDER, FILTER, …])', () => {
    const rows = result<Array<{ TASK_ID: string }>>(call(sessionFor(AUTHOR), 'task.elapseditem.getlist', [{ ID: 'desc' }, { TASK_ID: 101 }]))
    expect(rows.map(row => row.TASK_ID)).toEqual(['101', '101', '101'])
  })

  it('skips an argument passed as [""] (the "little fix" for key 0 with an empty value)', () => {
    const rows = result<unknown[]>(call(sessionFor(AUTHOR), 'task.elapseditem.getlist', [101, [''], [''], ['ID']]))
    expect(rows).toEqual([{ ID: '1' }, { ID: '2' }, { ID: '3' }])
  })

  it('answers the method under its class alias and in any letter case', () => {
    const session = sessionFor(AUTHOR)
    expect(call(session, 'task.ctaskelapseditem.get', [101, 1]).ok).toBe(true)
    expect(call(session, 'TASK.ElapsedItem.IsActionAllowed', [101, 1, 2]).ok).toBe(true)
  })
})
