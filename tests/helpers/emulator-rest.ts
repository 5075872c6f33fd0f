import type { DemoEntry } from '../../emulator/data/entries'
import type { Faults } from '../../emulator/faults'
import type { RestCall } from '../../emulator/rest/batch'
import type { Session } from '../../emulator/sessions'
/**
 * A `RestClient` (src/api/client.ts) over the emulator, in process: every call and batch runs the
 * emulator's own method table (emulator/rest/dispatch.ts) for one session, so the portal's truth
 * (demo data, paging, escaping, access rules, batch decoding and references) comes from the
 * emulator, never from the code under test or a second fake. Calls go in as the SDK's JSON body,
 * batch rows as the SDK's query strings (decoded by the emulator's `parse_str`), answers come back
 * through the emulator's PHP-style JSON.
 *
 * Faults are the session's explicit opt-ins (emulator/faults.ts), taken per request as the HTTP
 * endpoint takes them (emulator/rest/http-endpoint.ts); a dropped connection surfaces as the
 * client's `NETWORK_ERROR`. `mangle` alters a real answer for a portal that misbehaves in a way
 * the faults do not cover. Every request is recorded.
 */
import type { BatchCommand, BatchOutcome, RestClient, RestParams, RestResult } from '@/api/client'
import type { ApiErrorCode } from '@/api/errors'
import { vi } from 'vitest'
import { ApiError, classifyRestError, createApiError } from '@/api/errors'
import { takeFault } from '../../emulator/faults'
import { encodePhpJson } from '../../emulator/php/json'
import { PortalState } from '../../emulator/portal-state'
import { invoke } from '../../emulator/rest/dispatch'
import { successBody } from '../../emulator/rest/envelope'
import { SessionStore } from '../../emulator/sessions'

export interface RecordedRequest {
  kind: 'call' | 'batch'
  /** For a call: its method; for a batch: the methods of its commands. */
  methods: string[]
  params: unknown[]
}

/** Alters a real answer; an `ApiError` fails that call (or that batch row) instead. */
export type Mangle = (method: string, params: unknown, answer: RestResult<unknown>) => RestResult<unknown> | ApiError

export interface EmulatorRestOptions {
  /** The session's user (a demo user id, emulator/data/users.ts). Default 102. */
  userId?: number
  faults?: Partial<Faults>
  /** Alters real answers (reads: the method has run; for a write use `refuse`). */
  mangle?: Mangle
  /** Answers a call with this error without running it: a portal refusing a write stores nothing. */
  refuse?: (method: string, params: RestParams | undefined) => ApiError | undefined
  /** The app's scopes the session's token carries (default: every scope of the demo app). */
  scopes?: readonly string[]
  /** The portal's installation state and bindings (default: a fresh `PortalState()`). */
  portal?: PortalState
}

/** `qs.stringify` with brackets, as the SDK encodes a batch row. */
export function phpQuery(value: unknown, prefix = ''): string[] {
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => phpQuery(item, prefix === '' ? key : `${prefix}[${key}]`))
  return [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`]
}

/** What arrives over the wire: the emulator's JSON encoding, parsed. */
function overTheWire<T>(value: T): T {
  return JSON.parse(encodePhpJson(value)) as T
}

function apiErrorOf(code: string, description: string, status: number): ApiError {
  return createApiError(classifyRestError(code, description, status))
}

const networkError = () => createApiError({ code: 'NETWORK_ERROR', status: 0 })

/** Positional params as the JSON body carries them: a list is an object keyed 0, 1, 2 … */
function toQuery(params: RestParams | undefined): Map<string, unknown> {
  const body = overTheWire(params ?? {}) as Record<string, unknown> | unknown[]
  return Array.isArray(body) ? new Map(body.map((value, index) => [String(index), value])) : new Map(Object.entries(body))
}

/** An error as the client reports it, for a `mangle` that plays a refusing portal. */
export function apiError(code: ApiErrorCode, status = 400): ApiError {
  return createApiError({ code, status })
}

/**
 * A RestClient over a fresh emulator session (its own copy of the demo data).
 *
 * @example
 * const { rest, session, requests } = createEmulatorRest({ userId: 1 })
 */
export function createEmulatorRest(options: EmulatorRestOptions = {}) {
  const session: Session = new SessionStore().create({ userId: options.userId ?? 102, lang: 'en', faults: options.faults, scopes: options.scopes }).session
  const portal = options.portal ?? new PortalState()
  const requests: RecordedRequest[] = []
  /** Resolves pending answers one by one when a test holds them. */
  let gate: (() => Promise<void>) | null = null

  function run(method: string, query: Map<string, unknown>): RestCall {
    return invoke({ session, portal, portalOrigin: 'http://portal.test', method: method.toLowerCase(), start: 0, nowMs: Date.now(), inBatch: false }, method, query)
  }

  /** One HTTP request as emulator/rest/http-endpoint.ts handles it: faults, rate limit, then the method. */
  function request(method: string, query: Map<string, unknown>): Record<string, unknown> {
    session.log.push({ method, url: `/rest/${method}`, body: Object.fromEntries(query), status: 0, at: Date.now() })
    const fault = takeFault(session.faults, method)
    switch (fault) {
      case 'network': throw networkError()
      case 'http500': throw createApiError({ code: 'INTERNAL_SERVER_ERROR', status: 500 })
      case 'query_limit': throw apiErrorOf('QUERY_LIMIT_EXCEEDED', 'Too many requests', 503)
      case 'operation_limit': throw apiErrorOf('OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit.', 429)
      default: break
    }
    if (session.faults.rateLimit && !session.bucket.take())
      throw apiErrorOf('QUERY_LIMIT_EXCEEDED', 'Too many requests', 503)
    const reply = run(method, query)
    if (!reply.ok)
      throw apiErrorOf(reply.error.code, reply.error.message, reply.error.status)
    if (fault === 'commit_then_drop')
      throw networkError()
    return overTheWire(successBody(reply.outcome, reply.startedMs))
  }

  function mangled(method: string, params: unknown, answer: RestResult<unknown>): RestResult<unknown> | ApiError {
    return options.mangle ? options.mangle(method, params, answer) : answer
  }

  const rest: RestClient = {
    call: vi.fn(async (method: string, params?: RestParams) => {
      requests.push({ kind: 'call', methods: [method], params: [params] })
      await gate?.()
      const refusal = options.refuse?.(method, params)
      if (refusal)
        throw refusal
      const body = request(method, toQuery(params))
      const answer: RestResult<unknown> = { result: body.result, total: typeof body.total === 'number' ? body.total : null, time: body.time as RestResult<unknown>['time'] }
      const altered = mangled(method, params, answer)
      if (altered instanceof ApiError)
        throw altered
      return altered
    }) as RestClient['call'],
    batch: vi.fn(async (commands: Readonly<Record<string, BatchCommand>>) => {
      const keys = Object.keys(commands)
      requests.push({ kind: 'batch', methods: keys.map(key => commands[key]!.method), params: keys.map(key => commands[key]!.params) })
      await gate?.()
      const cmd = Object.fromEntries(keys.map(key => [key, `${commands[key]!.method}?${phpQuery(commands[key]!.params ?? {}).join('&')}`]))
      const body = request('batch', new Map([['cmd', cmd]]))
      const { result, result_error: errors, result_total: totals, result_time: times } = body.result as Record<string, Record<string, unknown> | unknown[] | undefined>
      // An empty table arrives as `[]`: read own keys only (`[].entries` is a function).
      const own = (table: unknown, key: string): unknown => table !== null && typeof table === 'object' && Object.hasOwn(table, key) ? (table as Record<string, unknown>)[key] : undefined
      const outcomes: Record<string, BatchOutcome> = {}
      for (const key of keys) {
        const error = own(errors, key) as { error: string, error_description?: string } | undefined
        if (error) {
          outcomes[key] = { ok: false, error: apiErrorOf(error.error, error.error_description ?? '', 400) }
          continue
        }
        const total = own(totals, key)
        const answer = { result: own(result, key), total: typeof total === 'number' ? total : null, time: own(times, key) as RestResult<unknown>['time'] }
        const altered = mangled(commands[key]!.method, commands[key]!.params, answer)
        outcomes[key] = altered instanceof ApiError ? { ok: false, error: altered } : { ok: true, value: altered }
      }
      return outcomes
    }),
  }

  return {
    rest,
    session,
    portal,
    requests,
    /**
     * Stores rows in this session's copy of the data (`EntryStore.add`, the same store
     * `task.elapseditem.add` writes to) and returns their new ids, in order.
     */
    seed(rows: ReadonlyArray<Partial<Omit<DemoEntry, 'id'>> & Pick<DemoEntry, 'taskId' | 'userId' | 'seconds'>>): number[] {
      return rows.map(row => session.entries.add({ comment: '', source: 2, createdDate: Date.parse('2026-03-16T09:00:00Z'), dateStart: null, dateStop: null, ...row }).id)
    },
    /** Holds every answer until released (one answer per request). */
    hold() {
      const waiting: Array<() => void> = []
      gate = () => new Promise<void>(resolve => waiting.push(resolve))
      return {
        releaseNext: () => waiting.shift()?.(),
        releaseLast: () => waiting.pop()?.(),
        pending: () => waiting.length,
        stop: () => {
          gate = null
          waiting.splice(0).forEach(resolve => resolve())
        },
      }
    },
  }
}
