/**
 * Every documented error code maps to one stable ApiError code with the right retry flag,
 * and legacy task errors are classified by their flag number or /TE/ name, never by prose.
 */
import { describe, expect, it } from 'vitest'
import { ApiError, classifyRestError, createApiError, taskErrorCode, toApiError } from '@/api/errors'

describe('classifyRestError: statuses and system codes from the seed pages', () => {
  it.each([
    { raw: 'INTERNAL_SERVER_ERROR', status: 500, code: 'INTERNAL_SERVER_ERROR', retryable: true },
    { raw: 'ERROR_UNEXPECTED_ANSWER', status: 500, code: 'ERROR_UNEXPECTED_ANSWER', retryable: true },
    { raw: 'QUERY_LIMIT_EXCEEDED', status: 503, code: 'QUERY_LIMIT_EXCEEDED', retryable: true },
    { raw: 'OPERATION_TIME_LIMIT', status: 429, code: 'OPERATION_TIME_LIMIT', retryable: true },
    { raw: 'ERROR_BATCH_METHOD_NOT_ALLOWED', status: 405, code: 'ERROR_BATCH_METHOD_NOT_ALLOWED', retryable: false },
    { raw: 'ERROR_BATCH_LENGTH_EXCEEDED', status: 400, code: 'ERROR_BATCH_LENGTH_EXCEEDED', retryable: false },
    { raw: 'NO_AUTH_FOUND', status: 401, code: 'NO_AUTH_FOUND', retryable: false },
    { raw: 'INVALID_REQUEST', status: 400, code: 'INVALID_REQUEST', retryable: false },
    { raw: 'OVERLOAD_LIMIT', status: 503, code: 'OVERLOAD_LIMIT', retryable: false },
    { raw: 'ACCESS_DENIED', status: 403, code: 'ACCESS_DENIED', retryable: false },
    { raw: 'INVALID_CREDENTIALS', status: 403, code: 'INVALID_CREDENTIALS', retryable: false },
    { raw: 'ERROR_MANIFEST_IS_NOT_AVAILABLE', status: 404, code: 'ERROR_MANIFEST_IS_NOT_AVAILABLE', retryable: false },
    { raw: 'insufficient_scope', status: 403, code: 'insufficient_scope', retryable: false },
    { raw: 'invalid_scope', status: 403, code: 'insufficient_scope', retryable: false },
    { raw: 'expired_token', status: 401, code: 'expired_token', retryable: true },
    { raw: 'user_access_error', status: 403, code: 'user_access_error', retryable: false },
    { raw: 'PORTAL_DELETED', status: 500, code: 'PORTAL_DELETED', retryable: false },
    { raw: 'ERROR_METHOD_NOT_FOUND', status: 404, code: 'ERROR_METHOD_NOT_FOUND', retryable: false },
    { raw: 'WRONG_AUTH_TYPE', status: 403, code: 'WRONG_AUTH_TYPE', retryable: false },
    { raw: 'ERROR_PLACEMENT_NOT_FOUND', status: 400, code: 'ERROR_PLACEMENT_NOT_FOUND', retryable: false },
    { raw: 'ERR_BAD_RESPONSE', status: 502, code: 'BAD_RESPONSE', retryable: true },
    { raw: 'NETWORK_ERROR', status: 0, code: 'NETWORK_ERROR', retryable: true },
    { raw: 'REQUEST_TIMEOUT', status: 408, code: 'REQUEST_TIMEOUT', retryable: true },
  ])('$raw ($status) → $code', ({ raw, status, code, retryable }) => {
    const error = createApiError(classifyRestError(raw, 'server prose', status))
    expect(error).toBeInstanceOf(ApiError)
    expect(error.code).toBe(code)
    expect(error.status).toBe(status)
    expect(error.retryable).toBe(retryable)
    expect(error.message).toContain(code)
  })

  it.each([
    { description: 'Could not find value for parameter {templateId}', code: 'MISSING_PARAMETER' },
    { description: 'Invalid value {} to match with parameter {templateId}. Should be value of type int.', code: 'INVALID_PARAMETER' },
  ])('engine code "100" → $code', ({ description, code }) => {
    expect(classifyRestError('100', description, 400).code).toBe(code)
  })

  it.each([
    { raw: 'SOMETHING_NEW', status: 503, code: 'QUERY_LIMIT_EXCEEDED' },
    { raw: 'SOMETHING_NEW', status: 429, code: 'OPERATION_TIME_LIMIT' },
    { raw: 'SOMETHING_NEW', status: 502, code: 'INTERNAL_SERVER_ERROR' },
    { raw: 'SOMETHING_NEW', status: 403, code: 'ACCESS_DENIED' },
    { raw: 'SOMETHING_NEW', status: 400, code: 'UNKNOWN' },
  ])('unknown code falls back on the HTTP status: $status → $code', ({ raw, status, code }) => {
    expect(classifyRestError(raw, '', status).code).toBe(code)
  })
})

describe('taskErrorCode: ERROR_CORE descriptions of legacy task.* methods', () => {
  it.each([
    { description: 'TASKS_ERROR_EXCEPTION_#1; Task not found or not accessible; 1/TE/TASK_NOT_FOUND_OR_NOT_ACCESSIBLE', code: 'TASK_NOT_FOUND' },
    { description: 'TASKS_ERROR_EXCEPTION_#1048578; Доступ запрещён; 1048578/TE/ACCESS_DENIED', code: 'TASK_ACCESS_DENIED' },
    { description: 'TASKS_ERROR_EXCEPTION_#4; ; 4/TE/ACTION_NOT_ALLOWED', code: 'TASK_ACTION_NOT_ALLOWED' },
    { description: 'TASKS_ERROR_EXCEPTION_#8; ; 8/TE/ACTION_FAILED_TO_BE_PROCESSED', code: 'TASK_ACTION_FAILED' },
    { description: 'TASKS_ERROR_EXCEPTION_#64; ; 64/TE/UNKNOWN_ERROR', code: 'TASK_UNKNOWN_ERROR' },
    { description: 'TASKS_ERROR_EXCEPTION_#256; Param #0 (taskId) for method ctaskelapseditem::getlist() expected to be of type "integer", but given something else.; 256/TE/WRONG_ARGUMENTS<br>', code: 'TASK_WRONG_ARGUMENTS' },
    { description: 'TASKS_ERROR_EXCEPTION_#512; Check listitem not found or not accessible; 512/TE/ITEM_NOT_FOUND_OR_NOT_ACCESSIBLE', code: 'TASK_ITEM_NOT_FOUND' },
    { description: 'TASKS_ERROR_EXCEPTION_#512; translated prose only', code: 'TASK_ITEM_NOT_FOUND' },
    { description: 'TASKS_ERROR_EXCEPTION_#1048578; текст', code: 'TASK_ACCESS_DENIED' },
    { description: 'TASKS_ERROR_ASSERT_EXCEPTION', code: 'TASK_ASSERTION_FAILED' },
    { description: 'Task not found', code: 'TASK_NOT_FOUND' },
    { description: 'ACTION_NOT_ALLOWED', code: 'TASK_ACTION_NOT_ALLOWED' },
    { description: 'Задача не найдена', code: 'TASK_UNKNOWN_ERROR' },
    // TE_ACCESS_DENIED (0x100002) carries the serialized-messages flag: CTaskRestService unserializes
    // the (empty) message instead of writing the TASKS_ERROR_EXCEPTION_# form, so only `<br>` is left.
    { description: '<br>', code: 'TASK_ACCESS_DENIED' },
    { description: '', code: 'TASK_ACCESS_DENIED' },
    { description: 'TASKS_ERROR_UNKNOWN<br>', code: 'TASK_UNKNOWN_ERROR' },
  ])('$code ← $description', ({ description, code }) => {
    expect(taskErrorCode(description)).toBe(code)
    expect(classifyRestError('ERROR_CORE', description, 400).code).toBe(code)
  })
})

it('keeps placement.bind\'s ERROR_HANDLER_URL_MATCH verbatim, not retryable', () => {
  expect(classifyRestError('ERROR_HANDLER_URL_MATCH', 'Handler URL host doesn\'t match application URL', 400)).toMatchObject({ code: 'ERROR_HANDLER_URL_MATCH' })
  expect(createApiError(classifyRestError('ERROR_HANDLER_URL_MATCH', '', 400)).retryable).toBe(false)
})

it('an ACCESS_DENIED of a task method is final: no retry', () => {
  expect(toApiError(Object.assign(new Error('<br>'), { code: 'ERROR_CORE', status: 400 }))).toMatchObject({ code: 'TASK_ACCESS_DENIED', retryable: false })
})

describe('toApiError', () => {
  it('keeps an ApiError as it is', () => {
    const original = createApiError({ code: 'TASK_NOT_FOUND', status: 400 })
    expect(toApiError(original)).toBe(original)
  })

  it('reads code, status and description of an SDK AjaxError-like object', () => {
    const thrown = Object.assign(new Error('TASKS_ERROR_EXCEPTION_#4; ; 4/TE/ACTION_NOT_ALLOWED'), { code: 'ERROR_CORE', status: 400 })
    const error = toApiError(thrown)
    expect(error).toMatchObject({ code: 'TASK_ACTION_NOT_ALLOWED', status: 400, retryable: false })
    expect(error.detail).toContain('ACTION_NOT_ALLOWED')
  })

  it('treats an SDK refresh-auth timeout as an expired session', () => {
    const thrown = Object.assign(new Error('refreshAuth timeout'), { code: 'JSSDK_UNKNOWN_ERROR', status: 0 })
    expect(toApiError(thrown).code).toBe('expired_token')
  })

  it('treats a 200 without the time envelope as a malformed response', () => {
    const thrown = Object.assign(new Error('Cannot destructure property \'operating\' of \'data\' as it is undefined.'), { code: 'JSSDK_UNKNOWN_ERROR', status: 0 })
    expect(toApiError(thrown).code).toBe('MALFORMED_RESPONSE')
  })

  it('turns a plain exception into UNKNOWN', () => {
    expect(toApiError(new TypeError('x is undefined')).code).toBe('UNKNOWN')
  })
})

describe('an ApiError can be diagnosed and leaks nothing', () => {
  it('keeps method, requestId and the thrown error as a non-enumerable cause', () => {
    const thrown = Object.assign(new Error('TASKS_ERROR_EXCEPTION_#4; ; 4/TE/ACTION_NOT_ALLOWED'), { code: 'ERROR_CORE', status: 400, originalError: { config: { auth: 'secret' } } })
    const error = toApiError(thrown, { method: 'task.elapseditem.delete', requestId: 'req-7' })
    expect(error).toMatchObject({ code: 'TASK_ACTION_NOT_ALLOWED', method: 'task.elapseditem.delete', requestId: 'req-7' })
    expect(error.cause).toBe(thrown)
    expect(Object.keys(error)).not.toContain('cause')
    expect(JSON.stringify({ ...error })).not.toContain('secret')
  })

  it('adds the call context to an ApiError that lacks it, keeps what it has', () => {
    const inner = createApiError({ code: 'NETWORK_ERROR', status: 0, method: 'user.current' })
    expect(toApiError(inner, { method: 'batch', requestId: 'req-1' })).toMatchObject({ method: 'user.current', requestId: 'req-1' })
    const complete = createApiError({ code: 'NETWORK_ERROR', status: 0, method: 'x', requestId: 'r' })
    expect(toApiError(complete, { method: 'y', requestId: 's' })).toBe(complete)
  })

  it('keeps no credential in its detail or message', () => {
    const error = createApiError({ code: 'UNKNOWN', status: 0, detail: 'POST https://portal/rest/user.current?auth=abc123&x=1 {"access_token":"t0k3n","refresh_token":"r3fr3sh"}' })
    for (const text of [error.detail!, error.message, JSON.stringify({ ...error })]) {
      for (const secret of ['abc123', 't0k3n', 'r3fr3sh'])
        expect(text).not.toContain(secret)
    }
  })
})
