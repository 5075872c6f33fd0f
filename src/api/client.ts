/**
 * The narrow REST surface the app uses, and its adapter over `@bitrix24/b24jssdk`.
 *
 * Only `actions.v2.call.make` and `actions.v2.batch.make` are used (never the deprecated `callMethod`).
 * Every call carries a `requestId`; every failure leaves as an `ApiError`; 503/429 are retried here
 * with backoff (`lib/retry.ts`) because the SDK is initialised with its own retries switched off,
 * so that writes are never repeated behind our back. In a batch, only the rows the portal refused
 * for a rate limit are sent again; a row that ran is never repeated.
 */
import type { ApiError, CallContext } from './errors'
import type { RetryPolicy } from '@/lib/retry'
import { DEFAULT_RETRY_POLICY, retryDelay } from '@/lib/retry'
import { classifyRestError, createApiError, toApiError } from './errors'

/** Named params, or a positional list for legacy `task.*` methods (sent in documented order). */
export type RestParams = Readonly<Record<string, unknown>> | readonly unknown[]

export interface RestResult<T> {
  result: T
  /** `total` of list methods; null when the envelope has none. */
  total: number | null
  /** The envelope's timing; `date_start` carries the server's UTC offset (`2026-03-11T11:53:04+01:00`). */
  time?: { date_start?: string }
}

export interface BatchCommand {
  method: string
  params?: RestParams
}

export type BatchOutcome<T = unknown>
  = | { ok: true, value: RestResult<T> }
    | { ok: false, error: ApiError }

export interface CallOptions {
  /** False for writes: a network failure is then reported, not retried. Default true. */
  idempotent?: boolean
}

export interface RestClient {
  call: <T>(method: string, params?: RestParams, options?: CallOptions) => Promise<RestResult<T>>
  /** Runs up to 50 named commands in one HTTP request; each row succeeds or fails on its own. */
  batch: (commands: Readonly<Record<string, BatchCommand>>, options?: CallOptions) => Promise<Record<string, BatchOutcome>>
}

/** The slice of an SDK `AjaxResult` the adapter reads. */
export interface AjaxResultLike {
  readonly isSuccess: boolean
  getData: () => { result: unknown, time?: { operating_reset_at?: number, date_start?: string } } | undefined
  getTotal: () => number
  getStatus: () => number
  getErrors: () => Iterable<Error>
}

/** The slice of an SDK `Result` (what `batch.make` resolves to). */
export interface BatchResultLike {
  getData: () => unknown
}

/** The slice of `B24Frame` the adapter needs; the real instance satisfies it structurally. */
export interface SdkActions {
  actions: {
    v2: {
      call: { make: (options: { method: string, params?: object, requestId?: string }) => Promise<AjaxResultLike> }
      batch: {
        make: (options: {
          calls: Record<string, { method: string, params?: object }>
          options?: { isHaltOnError?: boolean, returnAjaxResult?: boolean, requestId?: string }
        }) => Promise<BatchResultLike>
      }
    }
  }
}

export interface ClientEnvironment {
  sleep?: (ms: number) => Promise<void>
  now?: () => number
  random?: () => number
  newRequestId?: () => string
  retryPolicy?: RetryPolicy
}

const MAX_BATCH_COMMANDS = 50

function isRateLimit(code: string): boolean {
  return code === 'QUERY_LIMIT_EXCEEDED' || code === 'OPERATION_TIME_LIMIT'
}

/** `[691, 1]` goes out as `{"0":691,"1":1}`: the positional reader only sees the order (b24restdocs settings/how-to-call-rest-api/data-encoding.md). */
function toSdkParams(params: RestParams | undefined): object | undefined {
  if (params === undefined)
    return undefined
  if (Array.isArray(params))
    return Object.fromEntries(params.map((value, index) => [String(index), value]))
  return params as object
}

/** Keeps only the part of `time` the app reads, so results stay small and comparable. */
function serverTime(time: { date_start?: string } | undefined): Pick<RestResult<unknown>, 'time'> {
  return typeof time?.date_start === 'string' ? { time: { date_start: time.date_start } } : {}
}

function isAjaxResultLike(value: unknown): value is AjaxResultLike {
  return typeof value === 'object' && value !== null
    && typeof (value as AjaxResultLike).getData === 'function'
    && typeof (value as AjaxResultLike).getStatus === 'function'
}

/**
 * Adapts an initialised SDK frame to `RestClient`.
 *
 * @example
 * const client = createSdkRestClient(markRaw($b24))
 * const { result } = await client.call('user.current')
 */
export function createSdkRestClient(sdk: SdkActions, env: ClientEnvironment = {}): RestClient {
  const sleep = env.sleep ?? (ms => new Promise<void>(resolve => setTimeout(resolve, ms)))
  const now = env.now ?? Date.now
  const random = env.random ?? Math.random
  const newRequestId = env.newRequestId ?? (() => crypto.randomUUID())
  const policy = env.retryPolicy ?? DEFAULT_RETRY_POLICY
  let operatingResetAt: number | undefined

  function rememberLimits(result: AjaxResultLike): void {
    const resetAt = result.getData()?.time?.operating_reset_at
    if (typeof resetAt === 'number')
      operatingResetAt = resetAt
  }

  function failureOf(result: AjaxResultLike, context: CallContext): ApiError {
    const [first] = [...result.getErrors()]
    const like = (first ?? {}) as { code?: unknown, message?: unknown }
    const code = typeof like.code === 'string' ? like.code : 'UNKNOWN'
    const message = typeof like.message === 'string' ? like.message : ''
    return createApiError({ ...classifyRestError(code, message, result.getStatus()), ...context, cause: first })
  }

  /** An operating-time refusal names when the limit resets, from the last `operating_reset_at` seen. */
  function withResetAt(error: ApiError): ApiError {
    if (error.code === 'OPERATION_TIME_LIMIT' && operatingResetAt !== undefined && error.resetAt === undefined)
      return createApiError({ ...error.init(), resetAt: operatingResetAt })
    return error
  }

  async function withRetry<T>(run: () => Promise<T>, options: CallOptions | undefined, context: CallContext): Promise<T> {
    const idempotent = options?.idempotent ?? true
    for (let attempt = 0; ; attempt++) {
      try {
        return await run()
      }
      catch (thrown) {
        const error = toApiError(thrown, context)
        const delay = retryDelay(error.code, { attempt, idempotent, operatingResetAt, now: now(), random: random() }, policy)
        if (delay === null)
          throw withResetAt(error)
        await sleep(delay)
      }
    }
  }

  async function call<T>(method: string, params?: RestParams, options?: CallOptions): Promise<RestResult<T>> {
    const requestId = newRequestId()
    return withRetry(async () => {
      const response = await sdk.actions.v2.call.make({ method, params: toSdkParams(params), requestId })
      if (!response.isSuccess)
        throw failureOf(response, { method, requestId })
      rememberLimits(response)
      const data = response.getData()
      if (data === undefined)
        throw createApiError({ code: 'MALFORMED_RESPONSE', status: response.getStatus(), detail: `${method}: no result`, method, requestId })
      return { result: data.result as T, total: response.getTotal() || null, ...serverTime(data.time) }
    }, options, { method, requestId })
  }

  async function batch(commands: Readonly<Record<string, BatchCommand>>, options?: CallOptions): Promise<Record<string, BatchOutcome>> {
    const keys = Object.keys(commands)
    if (keys.length === 0)
      return {}
    if (keys.length > MAX_BATCH_COMMANDS)
      throw createApiError({ code: 'ERROR_BATCH_LENGTH_EXCEEDED', status: 400, detail: `${keys.length} commands`, method: 'batch' })
    const outcomes: Record<string, BatchOutcome> = {}
    let pending = keys
    for (let attempt = 0; ; attempt++) {
      const sent = await sendBatch(commands, pending, options)
      const refused: string[] = []
      let refusal: ApiError | undefined
      for (const key of pending) {
        const outcome = sent[key]!
        if (!outcome.ok && isRateLimit(outcome.error.code)) {
          refused.push(key)
          refusal ??= outcome.error
        }
        else {
          outcomes[key] = outcome
        }
      }
      if (refused.length === 0 || refusal === undefined)
        break
      // A refused row never ran (the limit is checked before the method), so only it is sent again:
      // the rows that ran are writes too, and repeating them books time twice or fails with
      // "Handler already binded".
      const delay = retryDelay(refusal.code, { attempt, idempotent: true, operatingResetAt, now: now(), random: random() }, policy)
      if (delay === null) {
        const final = withResetAt(refusal)
        for (const key of refused)
          outcomes[key] = { ok: false, error: final }
        break
      }
      await sleep(delay)
      pending = refused
    }
    return Object.fromEntries(keys.map(key => [key, outcomes[key]!]))
  }

  /** One HTTP request for the `keys` of `commands`; a thrown failure (the whole request) is retried as one. */
  async function sendBatch(commands: Readonly<Record<string, BatchCommand>>, keys: readonly string[], options: CallOptions | undefined): Promise<Record<string, BatchOutcome>> {
    const calls = Object.fromEntries(keys.map(key => [key, { method: commands[key]!.method, params: toSdkParams(commands[key]!.params) }]))
    const requestId = newRequestId()
    return withRetry(async () => {
      const response = await sdk.actions.v2.batch.make({
        calls,
        options: { isHaltOnError: false, returnAjaxResult: true, requestId },
      })
      const rows = response.getData()
      if (typeof rows !== 'object' || rows === null)
        throw createApiError({ code: 'MALFORMED_RESPONSE', status: 200, detail: 'batch: no rows', method: 'batch', requestId })
      const outcomes: Record<string, BatchOutcome> = {}
      for (const key of keys) {
        const row = (rows as Record<string, unknown>)[key]
        if (!isAjaxResultLike(row)) {
          outcomes[key] = { ok: false, error: createApiError({ code: 'MALFORMED_RESPONSE', status: 200, detail: `batch row ${key} missing`, method: commands[key]!.method, requestId }) }
          continue
        }
        const data = row.isSuccess ? row.getData() : undefined
        if (data !== undefined)
          rememberLimits(row)
        outcomes[key] = data === undefined
          ? { ok: false, error: failureOf(row, { method: commands[key]!.method, requestId }) }
          : { ok: true, value: { result: data.result, total: row.getTotal() || null, ...serverTime(data.time) } }
      }
      return outcomes
    }, options, { method: 'batch', requestId })
  }

  return { call, batch }
}
