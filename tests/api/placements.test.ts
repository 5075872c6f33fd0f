/**
 * The placements API: `placement.get` rows become typed bindings, `placement.get` + `app.info` go out
 * in one batch, all binds in another, and each bind succeeds or fails with its own ApiError.
 */
import type { ScriptedAnswer } from '../helpers/fake-sdk'
import { describe, expect, it, vi } from 'vitest'
import { createSdkRestClient } from '@/api/client'
import { ApiError } from '@/api/errors'
import { PayloadError } from '@/api/parse'
import { appHandlerUrl, bindParams, createPlacementsApi, isSameHandler, mapAppInstalled, mapPlacementBinding, planHandler } from '@/api/placements'
import { createFakeSdk } from '../helpers/fake-sdk'

const LANG_ALL = {
  en: { title: 'Task Lens', description: 'Time entries' },
  ru: { title: 'Task Lens', description: 'Учёт времени' },
}

/** A row as the emulator (and rest/lib/api/placement.php) answers `placement.get`. */
const SIDEBAR_ROW = {
  id: '1',
  placement: 'TASK_VIEW_SIDEBAR',
  userId: '0',
  handler: 'https://app.example.com/',
  options: [],
  title: 'Task Lens',
  description: 'Time entries',
  langAll: { en: { TITLE: 'Task Lens', DESCRIPTION: '', GROUP_NAME: '' }, ru: { TITLE: 'Линза', DESCRIPTION: '', GROUP_NAME: '' } },
}

function setup(script: (method: string, params: unknown) => ScriptedAnswer) {
  const fake = createFakeSdk(script)
  const rest = createSdkRestClient(fake.sdk, { sleep: vi.fn(async () => {}), newRequestId: () => 'req' })
  return { api: createPlacementsApi(rest), calls: fake.calls }
}

describe('mapping', () => {
  it('maps a placement.get row', () => {
    expect(mapPlacementBinding(SIDEBAR_ROW)).toEqual({
      placement: 'TASK_VIEW_SIDEBAR',
      handler: 'https://app.example.com/',
      title: 'Task Lens',
      titles: { en: 'Task Lens', ru: 'Линза' },
      userId: 0,
    })
  })

  it('accepts a minimal row and upper-cases the code', () => {
    expect(mapPlacementBinding({ placement: 'task_view_tab', handler: 'https://a.example/' })).toEqual({
      placement: 'TASK_VIEW_TAB',
      handler: 'https://a.example/',
      title: '',
      titles: {},
      userId: 0,
    })
  })

  it.each([
    { row: { placement: 'TASK_VIEW_TAB' }, problem: 'no handler' },
    { row: { handler: 'https://a.example/' }, problem: 'no placement' },
    { row: ['TASK_VIEW_TAB'], problem: 'not an object' },
    { row: { placement: 'TASK_VIEW_TAB', handler: 'https://a.example/', userId: 'x' }, problem: 'a non-numeric userId' },
  ])('rejects a row with $problem', ({ row }) => {
    expect(() => mapPlacementBinding(row)).toThrow(PayloadError)
  })

  it.each([
    { value: true, installed: true },
    { value: 'Y', installed: true },
    { value: false, installed: false },
    { value: 'N', installed: false },
  ])('reads app.info INSTALLED $value', ({ value, installed }) => {
    expect(mapAppInstalled({ ID: '7', INSTALLED: value })).toBe(installed)
  })

  it('rejects an app.info without INSTALLED', () => {
    expect(() => mapAppInstalled({ ID: '7' })).toThrow(PayloadError)
  })
})

describe('handler URLs', () => {
  it.each([
    { href: 'https://app.example.com/install.html?DOMAIN=x&APP_SID=y', handler: 'https://app.example.com/index.html' },
    { href: 'https://app.example.com/lens/install.html#top', handler: 'https://app.example.com/lens/index.html' },
    { href: 'http://127.0.0.1:5173/install.html', handler: 'http://127.0.0.1:5173/index.html' },
    { href: 'https://app-bucket.example.com/abc123/install.html', handler: 'https://app-bucket.example.com/abc123/index.html' },
  ])('derives $handler from $href', ({ href, handler }) => {
    expect(appHandlerUrl(href)).toBe(handler)
  })

  it.each([
    { a: 'https://app.example.com/', b: 'https://app.example.com/index.html', same: true },
    { a: 'https://APP.example.com/lens/', b: 'https://app.example.com/lens/index.html', same: true },
    { a: 'https://app.example.com/', b: 'https://app.example.com/#/tasks', same: true },
    { a: 'https://app.example.com/', b: 'https://other.example.com/', same: false },
    { a: 'https://app.example.com/', b: 'http://app.example.com/', same: false },
    { a: 'https://app.example.com/lens/', b: 'https://app.example.com/', same: false },
  ])('$a vs $b: same page $same', ({ a, b, same }) => {
    expect(isSameHandler(a, b)).toBe(same)
  })

  it('plans a placement: the exact handler is bound, other forms of the same page are stale', () => {
    const row = (placement: string, handler: string, userId = 0) => ({ placement, handler, title: '', titles: {}, userId })
    const handler = 'https://app.example.com/lens/index.html'
    expect(planHandler([], 'TASK_VIEW_TAB', handler)).toEqual({ bound: false, stale: [] })
    expect(planHandler([row('TASK_VIEW_TAB', 'https://APP.example.com/lens/index.html')], 'TASK_VIEW_TAB', handler)).toEqual({ bound: true, stale: [] })
    expect(planHandler([row('TASK_VIEW_TAB', 'https://app.example.com/lens/')], 'TASK_VIEW_TAB', handler)).toEqual({ bound: false, stale: ['https://app.example.com/lens/'] })
    expect(planHandler([row('TASK_VIEW_TAB', handler), row('TASK_VIEW_TAB', 'https://app.example.com/lens/')], 'TASK_VIEW_TAB', handler)).toEqual({ bound: true, stale: ['https://app.example.com/lens/'] })
    // Another placement, another app, or a one-user binding is not ours to replace.
    expect(planHandler([row('TASK_VIEW_SIDEBAR', 'https://app.example.com/lens/'), row('TASK_VIEW_TAB', 'https://other.example.com/'), row('TASK_VIEW_TAB', 'https://app.example.com/lens/', 5)], 'TASK_VIEW_TAB', handler)).toEqual({ bound: false, stale: [] })
  })

  it('sends LANG_ALL for every language and the first as the default title', () => {
    expect(bindParams({ placement: 'TASK_VIEW_TAB', handler: 'https://a.example/', langAll: LANG_ALL })).toEqual({
      PLACEMENT: 'TASK_VIEW_TAB',
      HANDLER: 'https://a.example/',
      TITLE: 'Task Lens',
      DESCRIPTION: 'Time entries',
      LANG_ALL: { en: { TITLE: 'Task Lens', DESCRIPTION: 'Time entries' }, ru: { TITLE: 'Task Lens', DESCRIPTION: 'Учёт времени' } },
    })
  })
})

describe('inspect', () => {
  it('reads bindings and INSTALLED in one batch', async () => {
    const { api, calls } = setup(method => (method === 'placement.get' ? { result: [SIDEBAR_ROW] } : method === 'app.info' ? { result: { ID: '7', INSTALLED: false } } : {}))
    const inspection = await api.inspect()
    expect(calls.map(call => call.kind)).toEqual(['batch'])
    expect(Object.values(calls[0]!.params as Record<string, { method: string }>).map(command => command.method)).toEqual(['placement.get', 'app.info'])
    expect(inspection).toEqual({ bindings: [mapPlacementBinding(SIDEBAR_ROW)], installed: false })
  })

  it('throws the placement.get error as an ApiError (not an admin)', async () => {
    const { api } = setup(method => (method === 'placement.get'
      ? { error: { code: 'ACCESS_DENIED', message: 'Access denied!', status: 403 } }
      : { result: { INSTALLED: true } }))
    const error = await api.inspect().catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ code: 'ACCESS_DENIED', status: 403 })
  })

  it('keeps the bindings when only app.info fails', async () => {
    const { api } = setup(method => (method === 'app.info' ? { error: { code: 'ERROR_METHOD_NOT_FOUND', message: '', status: 404 } } : { result: [] }))
    await expect(api.inspect()).resolves.toEqual({ bindings: [], installed: null })
  })

  it('reports a malformed placement.get as MALFORMED_RESPONSE', async () => {
    const { api } = setup(method => (method === 'placement.get' ? { result: { not: 'a list' } } : { result: { INSTALLED: true } }))
    await expect(api.inspect()).rejects.toMatchObject({ code: 'MALFORMED_RESPONSE' })
  })
})

describe('bind', () => {
  const requests = [
    { placement: 'TASK_VIEW_SIDEBAR', handler: 'https://a.example/', langAll: LANG_ALL },
    { placement: 'TASK_VIEW_TAB', handler: 'https://a.example/', langAll: LANG_ALL },
  ]

  it('binds every placement in one batch and reports each', async () => {
    const { api, calls } = setup(() => ({ result: true }))
    const outcomes = await api.bind(requests)
    expect(calls.map(call => call.kind)).toEqual(['batch'])
    const commands = Object.values(calls[0]!.params as Record<string, { method: string, params: Record<string, unknown> }>)
    expect(commands.map(command => [command.method, command.params.PLACEMENT])).toEqual([['placement.bind', 'TASK_VIEW_SIDEBAR'], ['placement.bind', 'TASK_VIEW_TAB']])
    expect(commands[0]!.params.LANG_ALL).toEqual({ en: { TITLE: 'Task Lens', DESCRIPTION: 'Time entries' }, ru: { TITLE: 'Task Lens', DESCRIPTION: 'Учёт времени' } })
    expect([...outcomes]).toEqual([['TASK_VIEW_SIDEBAR', { ok: true }], ['TASK_VIEW_TAB', { ok: true }]])
  })

  it('fails one placement without failing the other', async () => {
    const { api } = setup((_method, params) => ((params as { PLACEMENT?: string }).PLACEMENT === 'TASK_VIEW_TAB'
      ? { error: { code: 'ERROR_PLACEMENT_NOT_FOUND', message: 'Placement not found', status: 400 } }
      : { result: true }))
    const outcomes = await api.bind(requests)
    expect(outcomes.get('TASK_VIEW_SIDEBAR')).toEqual({ ok: true })
    expect(outcomes.get('TASK_VIEW_TAB')).toMatchObject({ ok: false, error: { code: 'ERROR_PLACEMENT_NOT_FOUND' } })
  })

  it.each([
    { code: 'ERROR_WRONG_HANDLER_URL', expected: 'ERROR_WRONG_HANDLER_URL' },
    { code: 'WRONG_AUTH_TYPE', expected: 'WRONG_AUTH_TYPE' },
    { code: 'insufficient_scope', expected: 'insufficient_scope' },
    // "Unable to set placement handler: …" is ERROR_CORE, which the shared classifier reads as a task error.
    { code: 'ERROR_CORE', expected: 'UNKNOWN' },
  ])('maps $code to $expected', async ({ code, expected }) => {
    const { api } = setup(() => ({ error: { code, message: 'Unable to set placement handler: Handler already binded', status: 400 } }))
    const outcome = (await api.bind(requests.slice(0, 1))).get('TASK_VIEW_SIDEBAR')
    expect(outcome).toMatchObject({ ok: false, error: { code: expected } })
  })

  it('treats a result other than true as malformed', async () => {
    const { api } = setup(() => ({ result: false }))
    expect((await api.bind(requests.slice(0, 1))).get('TASK_VIEW_SIDEBAR')).toMatchObject({ ok: false, error: { code: 'MALFORMED_RESPONSE' } })
  })

  it('sends nothing when there is nothing to bind', async () => {
    const { api, calls } = setup(() => ({ result: true }))
    expect((await api.bind([])).size).toBe(0)
    expect(calls).toHaveLength(0)
  })

  it('throws when the batch itself fails', async () => {
    const { api } = setup(method => (method === 'batch' ? { throws: { code: 'NO_AUTH_FOUND', message: 'Wrong authorization data', status: 401 } } : { result: true }))
    await expect(api.bind(requests)).rejects.toMatchObject({ code: 'NO_AUTH_FOUND' })
  })
})

describe('unbind', () => {
  it('unbinds each stale handler in one batch and reports per placement', async () => {
    const { api, calls } = setup((_method, params) => ((params as { PLACEMENT?: string }).PLACEMENT === 'TASK_VIEW_TAB'
      ? { error: { code: 'ACCESS_DENIED', message: 'Access denied!', status: 403 } }
      : { result: { count: 2 } }))
    const outcomes = await api.unbind([
      { placement: 'TASK_VIEW_SIDEBAR', handler: 'https://a.example/' },
      { placement: 'TASK_VIEW_TAB', handler: 'https://a.example/' },
    ])
    expect(calls.map(call => call.kind)).toEqual(['batch'])
    const commands = Object.values(calls[0]!.params as Record<string, { method: string, params: Record<string, unknown> }>)
    expect(commands).toEqual([
      { method: 'placement.unbind', params: { PLACEMENT: 'TASK_VIEW_SIDEBAR', HANDLER: 'https://a.example/' } },
      { method: 'placement.unbind', params: { PLACEMENT: 'TASK_VIEW_TAB', HANDLER: 'https://a.example/' } },
    ])
    expect(outcomes.get('TASK_VIEW_SIDEBAR')).toEqual({ ok: true })
    expect(outcomes.get('TASK_VIEW_TAB')).toMatchObject({ ok: false, error: { code: 'ACCESS_DENIED' } })
  })
})
