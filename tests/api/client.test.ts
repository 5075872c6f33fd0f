/**
 * The REST client over the SDK: positional params go out in order, every call has a requestId,
 * soft and hard failures both become ApiError, and only rate limits (and read-side network drops) retry.
 */
import { describe, expect, it, vi } from 'vitest'
import { createSdkRestClient } from '@/api/client'
import { ApiError } from '@/api/errors'
import { createFakeSdk } from '../helpers/fake-sdk'

function setup(script: Parameters<typeof createFakeSdk>[0]) {
  const fake = createFakeSdk(script)
  const sleep = vi.fn(async (_ms: number) => {})
  let id = 0
  const client = createSdkRestClient(fake.sdk, { sleep, random: () => 0.5, now: () => 1_000_000, newRequestId: () => `req-${++id}` })
  return { client, sleep, calls: fake.calls }
}

describe('call', () => {
  it('sends a positional list as an ordered object with numeric keys', async () => {
    const { client, calls } = setup(() => ({ result: { ID: '1' } }))
    await client.call('task.elapseditem.get', [691, 5])
    expect(calls).toHaveLength(1)
    expect(JSON.stringify(calls[0]!.params)).toBe('{"0":691,"1":5}')
  })

  it('passes named params through and gives every call its own requestId', async () => {
    const { client, calls } = setup(() => ({ result: true }))
    await client.call('tasks.template.get', { templateId: 139 })
    await client.call('tasks.template.get', { templateId: 140 })
    expect(calls.map(call => call.requestId)).toEqual(['req-1', 'req-2'])
    expect(calls[0]!.params).toEqual({ templateId: 139 })
  })

  it('returns result and total', async () => {
    const { client } = setup(() => ({ result: [1, 2], total: 120 }))
    await expect(client.call('task.elapseditem.getlist', [1])).resolves.toEqual({ result: [1, 2], total: 120 })
  })

  it('keeps `false` as a successful result (tasks.template.get for a missing id)', async () => {
    const { client } = setup(() => ({ result: false }))
    await expect(client.call('tasks.template.get', { templateId: 999 })).resolves.toEqual({ result: false, total: null })
  })

  it('turns a soft failure into an ApiError', async () => {
    const { client } = setup(() => ({ error: { code: 'ERROR_ENTITY_NOT_FOUND', message: 'Not found', status: 400 } }))
    await expect(client.call('x')).rejects.toMatchObject({ code: 'ERROR_ENTITY_NOT_FOUND', status: 400 })
  })

  it('turns a thrown AjaxError into an ApiError without retrying a 4xx', async () => {
    const { client, calls, sleep } = setup(() => ({ throws: { code: 'ERROR_CORE', message: 'TASKS_ERROR_EXCEPTION_#512; x; 512/TE/ITEM_NOT_FOUND_OR_NOT_ACCESSIBLE', status: 400 } }))
    const error = await client.call('task.elapseditem.get', [1, 2]).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'TASK_ITEM_NOT_FOUND', retryable: false })
    expect(calls).toHaveLength(1)
    expect(sleep).not.toHaveBeenCalled()
  })

  it('retries QUERY_LIMIT_EXCEEDED with growing waits, then succeeds', async () => {
    const { client, calls, sleep } = setup((_method, _params, attempt) =>
      attempt < 2 ? { throws: { code: 'QUERY_LIMIT_EXCEEDED', message: 'Too many requests', status: 503 } } : { result: 'ok' })
    await expect(client.call('user.current')).resolves.toEqual({ result: 'ok', total: null })
    expect(calls).toHaveLength(3)
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([1000, 2000])
    expect(new Set(calls.map(call => call.requestId)).size).toBe(1)
  })

  it('surfaces QUERY_LIMIT_EXCEEDED after the last attempt', async () => {
    const { client, calls } = setup(() => ({ throws: { code: 'QUERY_LIMIT_EXCEEDED', message: '', status: 503 } }))
    await expect(client.call('user.current')).rejects.toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', retryable: true })
    expect(calls).toHaveLength(4)
  })

  it('waits for operating_reset_at on a 429 when the reset is near', async () => {
    const nowSeconds = 1_000_000 / 1000
    const { client, sleep } = setup((method, _params, attempt) => {
      if (method === 'warmup')
        return { result: 1, time: { operating_reset_at: nowSeconds + 3 } }
      return attempt === 0 ? { throws: { code: 'OPERATION_TIME_LIMIT', message: '', status: 429 } } : { result: 2 }
    })
    await client.call('warmup')
    await expect(client.call('tasks.template.get')).resolves.toMatchObject({ result: 2 })
    expect(sleep).toHaveBeenCalledWith(3000)
  })

  it('never repeats a write after a network failure', async () => {
    const { client, calls } = setup(() => ({ throws: { code: 'NETWORK_ERROR', message: 'Network Error', status: 0 } }))
    await expect(client.call('task.elapseditem.add', [1, { SECONDS: 60 }], { idempotent: false })).rejects.toMatchObject({ code: 'NETWORK_ERROR' })
    expect(calls).toHaveLength(1)
  })

  it('repeats a read once after a network failure', async () => {
    const { client, calls } = setup(() => ({ throws: { code: 'NETWORK_ERROR', message: 'Network Error', status: 0 } }))
    await expect(client.call('user.current')).rejects.toMatchObject({ code: 'NETWORK_ERROR', retryable: true })
    expect(calls).toHaveLength(2)
  })
})

describe('batch', () => {
  it('sends named commands in one request and reports each row on its own', async () => {
    const { client, calls } = setup((method) => {
      if (method === 'task.elapseditem.get')
        return { error: { code: 'ERROR_CORE', message: 'TASKS_ERROR_EXCEPTION_#512; x; 512/TE/ITEM_NOT_FOUND_OR_NOT_ACCESSIBLE', status: 400 } }
      return { result: [{ ID: '1' }], total: 61 }
    })
    const rows = await client.batch({
      list: { method: 'task.elapseditem.getlist', params: [1, { ID: 'asc' }] },
      item: { method: 'task.elapseditem.get', params: [1, 99] },
    })
    expect(calls.filter(call => call.kind === 'batch')).toHaveLength(1)
    expect(rows.list).toEqual({ ok: true, value: { result: [{ ID: '1' }], total: 61 } })
    expect(rows.item).toMatchObject({ ok: false, error: { code: 'TASK_ITEM_NOT_FOUND' } })
    const sent = calls[0]!.params as Record<string, { params: unknown }>
    expect(JSON.stringify(sent.list!.params)).toBe('{"0":1,"1":{"ID":"asc"}}')
  })

  it('refuses more than 50 commands before sending anything', async () => {
    const { client, calls } = setup(() => ({ result: 1 }))
    const commands = Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`c${index}`, { method: 'user.current' }]))
    await expect(client.batch(commands)).rejects.toMatchObject({ code: 'ERROR_BATCH_LENGTH_EXCEEDED' })
    expect(calls).toHaveLength(0)
  })

  it('retries the whole batch when the transport is rate limited', async () => {
    const { client, calls } = setup((method, _params, attempt) =>
      method === 'batch' && attempt === 0 ? { throws: { code: 'QUERY_LIMIT_EXCEEDED', message: '', status: 503 } } : { result: 1 })
    const rows = await client.batch({ me: { method: 'user.current' } })
    expect(rows.me).toEqual({ ok: true, value: { result: 1, total: null } })
    expect(calls.filter(call => call.kind === 'batch')).toHaveLength(2)
  })

  it('re-sends only the rows refused for operating time, never a row that ran', async () => {
    const sent = new Map<string, number>()
    const { client, calls, sleep } = setup((method, params) => {
      if (method === 'batch')
        return {}
      const placement = (params as { PLACEMENT: string }).PLACEMENT
      const count = (sent.get(placement) ?? 0) + 1
      sent.set(placement, count)
      if (placement === 'TASK_VIEW_TAB' && count === 1)
        return { error: { code: 'OPERATION_TIME_LIMIT', message: 'Method is blocked due to operation time limit.', status: 429 } }
      if (placement === 'TASK_VIEW_SIDEBAR' && count > 1)
        return { error: { code: 'ERROR_CORE', message: 'Unable to set placement handler: Handler already binded', status: 400 } }
      return { result: true }
    })
    const rows = await client.batch({
      sidebar: { method: 'placement.bind', params: { PLACEMENT: 'TASK_VIEW_SIDEBAR' } },
      tab: { method: 'placement.bind', params: { PLACEMENT: 'TASK_VIEW_TAB' } },
    }, { idempotent: false })
    expect(rows).toEqual({ sidebar: { ok: true, value: { result: true, total: null } }, tab: { ok: true, value: { result: true, total: null } } })
    const batches = calls.filter(call => call.kind === 'batch').map(call => Object.keys(call.params as object))
    expect(batches).toEqual([['sidebar', 'tab'], ['tab']])
    expect([...sent]).toEqual([['TASK_VIEW_SIDEBAR', 1], ['TASK_VIEW_TAB', 2]])
    expect(sleep).toHaveBeenCalledTimes(1)
  })

  it('keeps the rows that ran when a refused row stays refused', async () => {
    const { client, calls } = setup((method, params) => {
      if (method === 'batch')
        return {}
      return (params as { n: number }).n === 2
        ? { error: { code: 'OPERATION_TIME_LIMIT', message: '', status: 429 } }
        : { result: (params as { n: number }).n, time: { operating_reset_at: 1_000_005 } }
    })
    const rows = await client.batch({ one: { method: 'task.elapseditem.add', params: { n: 1 } }, two: { method: 'task.elapseditem.add', params: { n: 2 } } }, { idempotent: false })
    expect(rows.one).toEqual({ ok: true, value: { result: 1, total: null } })
    expect(rows.two).toMatchObject({ ok: false, error: { code: 'OPERATION_TIME_LIMIT' } })
    const batches = calls.filter(call => call.kind === 'batch').map(call => Object.keys(call.params as object))
    expect(batches[0]).toEqual(['one', 'two'])
    expect(batches.slice(1).every(keys => keys.length === 1 && keys[0] === 'two')).toBe(true)
  })

  it('tells which method and which request failed, keeping the SDK\'s error as the cause', async () => {
    const { client } = setup((method) => {
      if (method === 'task.elapseditem.get')
        return { error: { code: 'ERROR_CORE', message: 'TASKS_ERROR_EXCEPTION_#512; x; 512/TE/ITEM_NOT_FOUND_OR_NOT_ACCESSIBLE', status: 400 } }
      if (method === 'task.elapseditem.add')
        return { throws: { code: 'ACCESS_DENIED', message: 'Access denied!', status: 403 } }
      return { result: 1 }
    })
    const rows = await client.batch({ item: { method: 'task.elapseditem.get', params: [1, 99] } })
    expect(rows.item).toMatchObject({ ok: false, error: { code: 'TASK_ITEM_NOT_FOUND', method: 'task.elapseditem.get', requestId: 'req-1' } })
    const thrown = await client.call('task.elapseditem.add', [1, {}], { idempotent: false }).catch((error: unknown) => error as ApiError)
    expect(thrown).toMatchObject({ code: 'ACCESS_DENIED', method: 'task.elapseditem.add', requestId: 'req-2' })
    expect((thrown as ApiError).cause).toMatchObject({ code: 'ACCESS_DENIED', message: 'Access denied!' })
  })

  it('answers an empty batch without a request', async () => {
    const { client, calls } = setup(() => ({ result: 1 }))
    await expect(client.batch({})).resolves.toEqual({})
    expect(calls).toHaveLength(0)
  })
})
