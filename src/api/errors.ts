/**
 * One error type for everything that can go wrong between the app and the portal.
 *
 * The SDK reports failures in three shapes (b24jssdk packages/jssdk/src/core/http/ajax-error.ts,
 * ajax-result.ts): a thrown `AjaxError`/`SdkError`, a resolved result with `isSuccess === false`,
 * and transport failures (offline, HTML instead of JSON). `toApiError` folds all of them into
 * `ApiError`, keyed by a stable `code` that the UI branches on and translates where it shows the
 * error (`errors.<code>`); nothing in `api/` looks at server prose or at the user's language.
 */

/** Codes Bitrix24 sends itself, kept verbatim (b24restdocs `_includes/system-errors.md`, `api-reference/widgets/placement-bind.md`). */
const BITRIX_CODES = [
  'INTERNAL_SERVER_ERROR',
  'ERROR_UNEXPECTED_ANSWER',
  'QUERY_LIMIT_EXCEEDED',
  'OPERATION_TIME_LIMIT',
  'ERROR_BATCH_METHOD_NOT_ALLOWED',
  'ERROR_BATCH_LENGTH_EXCEEDED',
  'NO_AUTH_FOUND',
  'INVALID_REQUEST',
  'OVERLOAD_LIMIT',
  'ACCESS_DENIED',
  'INVALID_CREDENTIALS',
  'ERROR_MANIFEST_IS_NOT_AVAILABLE',
  'insufficient_scope',
  'expired_token',
  'invalid_token',
  'user_access_error',
  'PORTAL_DELETED',
  'ERROR_METHOD_NOT_FOUND',
  'WRONG_AUTH_TYPE',
  'ERROR_ENTITY_NOT_FOUND',
  'MISSING_PARAMETER',
  'INVALID_PARAMETER',
  // placement.bind (bitrix24-core-corp modules/rest/lib/api/placement.php)
  'ERROR_PLACEMENT_NOT_FOUND',
  'ERROR_ARGUMENT',
  'ERROR_WRONG_HANDLER_URL',
  // The handler's host is not the application's (bitrix24-core-corp modules/rest/lib/handlerhelper.php).
  'ERROR_HANDLER_URL_MATCH',
  'ERROR_UNSUPPORTED_PROTOCOL',
  'ERROR_PLACEMENT_MAX_COUNT',
  'ERROR_PLACEMENT_USER_MODE',
] as const

/**
 * Legacy task.* methods answer `ERROR_CORE` + `TASKS_ERROR_EXCEPTION_#<flag>`; these are readable
 * names for the flags (bitrix24-core-corp modules/tasks/classes/general/restservice.php).
 */
const TASK_CODES = [
  'TASK_NOT_FOUND',
  'TASK_ACCESS_DENIED',
  'TASK_ACTION_NOT_ALLOWED',
  'TASK_ACTION_FAILED',
  'TASK_UNKNOWN_ERROR',
  'TASK_WRONG_ARGUMENTS',
  'TASK_ITEM_NOT_FOUND',
  'TASK_ASSERTION_FAILED',
] as const

/** Outcomes the app names itself. */
const APP_CODES = [
  'NOT_FOUND',
  'NETWORK_ERROR',
  'REQUEST_TIMEOUT',
  'BAD_RESPONSE',
  'MALFORMED_RESPONSE',
  'UNKNOWN',
] as const

/** Stable error codes: Bitrix codes verbatim, task errors and app outcomes by readable names. */
export const API_ERROR_CODES = [...BITRIX_CODES, ...TASK_CODES, ...APP_CODES] as const

export type ApiErrorCode = typeof API_ERROR_CODES[number]

/** What the server (or the transport) reported, and about which call. */
export interface ApiErrorInit {
  code: ApiErrorCode
  status: number
  /** The server's own description, kept for diagnostics only: never shown raw. */
  detail?: string
  /** Unix seconds when the operating-time limit resets (429), when known. */
  resetAt?: number
  /** The REST method of the call, e.g. `task.elapseditem.getlist` (`batch` for a whole batch). */
  method?: string
  /** The `requestId` the call was sent with, to find it in the SDK's and the portal's logs. */
  requestId?: string
  /** The SDK's own error (or whatever was thrown), for local debugging. */
  cause?: unknown
}

/** Where a failure happened: added to an error that does not know it yet. */
export interface CallContext {
  method?: string
  requestId?: string
}

const RETRYABLE = new Set<ApiErrorCode>([
  'INTERNAL_SERVER_ERROR',
  'ERROR_UNEXPECTED_ANSWER',
  'QUERY_LIMIT_EXCEEDED',
  'OPERATION_TIME_LIMIT',
  'expired_token',
  'invalid_token',
  'TASK_ACTION_FAILED',
  'TASK_UNKNOWN_ERROR',
  'NETWORK_ERROR',
  'REQUEST_TIMEOUT',
  'BAD_RESPONSE',
  'UNKNOWN',
])

/** Values after these names are credentials (`auth=…`, `"access_token":"…"`); they never stay in `detail`. */
const CREDENTIAL = /((?:auth|auth_id|refresh_id|access_token|refresh_token|client_secret|application_token)["']?\s*[:=]\s*["']?)[^\s"'&,;}]+/gi

/**
 * A description with credential values replaced by `***`.
 *
 * @example
 * redactCredentials('POST /rest/x?auth=abc123') // 'POST /rest/x?auth=***'
 */
export function redactCredentials(text: string): string {
  return text.replace(CREDENTIAL, '$1***')
}

/**
 * Thrown by the portal connection when the page is not inside a Bitrix24 frame (no `window.name`
 * data). A state, not a failure; it lives here, not in `portal.ts`, so stores can test for it
 * without importing the SDK.
 */
export class OutsidePortalError extends Error {
  override readonly name = 'OutsidePortalError'
}

/**
 * The app's single error type. `code` is what the UI branches on and translates (`errors.<code>`
 * where the error is shown, so it follows a language switch); `message` is English for developers.
 * Like the SDK's `SdkError.originalError`, `cause` is non-enumerable: serializers that walk own
 * properties (`{ ...error }`, `JSON.stringify`, error trackers) skip the SDK's error and whatever
 * transport detail it carries (b24jssdk packages/jssdk/src/core/sdk-error.ts).
 *
 * @example
 * if (error.code === 'TASK_NOT_FOUND') router.replace('/')
 */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly code: ApiErrorCode
  readonly status: number
  /** True when trying the same call again later can succeed (rate limits, network, server hiccups). */
  readonly retryable: boolean
  readonly detail: string | undefined
  readonly resetAt: number | undefined
  readonly method: string | undefined
  readonly requestId: string | undefined
  declare readonly cause: unknown

  constructor(init: ApiErrorInit) {
    const detail = init.detail === undefined ? undefined : redactCredentials(init.detail)
    super(`${init.code} (${init.status})${init.method ? ` on ${init.method}` : ''}${detail ? `: ${detail}` : ''}`)
    this.code = init.code
    this.status = init.status
    this.retryable = RETRYABLE.has(init.code)
    this.detail = detail
    this.resetAt = init.resetAt
    this.method = init.method
    this.requestId = init.requestId
    Object.defineProperty(this, 'cause', { value: init.cause, enumerable: false, writable: false, configurable: true })
  }

  /** The same error, told which call it came from (fields it already has are kept). */
  withContext(context: CallContext): ApiError {
    if ((this.method || !context.method) && (this.requestId || !context.requestId))
      return this
    return new ApiError({ ...this.init(), method: this.method ?? context.method, requestId: this.requestId ?? context.requestId })
  }

  /** What this error was built from, to build a variant of it. */
  init(): ApiErrorInit {
    return { code: this.code, status: this.status, detail: this.detail, resetAt: this.resetAt, method: this.method, requestId: this.requestId, cause: this.cause }
  }
}

/** Flag numbers of `TasksException` (CORE tasks/tools/tasksexception.php). */
const TASK_EXCEPTION_FLAGS: ReadonlyArray<[flag: number, code: ApiErrorCode]> = [
  [0x000200, 'TASK_ITEM_NOT_FOUND'],
  [0x000100, 'TASK_WRONG_ARGUMENTS'],
  [0x000040, 'TASK_UNKNOWN_ERROR'],
  [0x000008, 'TASK_ACTION_FAILED'],
  [0x000004, 'TASK_ACTION_NOT_ALLOWED'],
  [0x000002, 'TASK_ACCESS_DENIED'],
  [0x000001, 'TASK_NOT_FOUND'],
]

const TASK_FLAG_NAMES: Readonly<Record<string, ApiErrorCode>> = {
  TASK_NOT_FOUND_OR_NOT_ACCESSIBLE: 'TASK_NOT_FOUND',
  ACCESS_DENIED: 'TASK_ACCESS_DENIED',
  ACTION_NOT_ALLOWED: 'TASK_ACTION_NOT_ALLOWED',
  ACTION_FAILED_TO_BE_PROCESSED: 'TASK_ACTION_FAILED',
  UNKNOWN_ERROR: 'TASK_UNKNOWN_ERROR',
  WRONG_ARGUMENTS: 'TASK_WRONG_ARGUMENTS',
  ITEM_NOT_FOUND_OR_NOT_ACCESSIBLE: 'TASK_ITEM_NOT_FOUND',
}

/**
 * Reads the code out of an `ERROR_CORE` description such as
 * `TASKS_ERROR_EXCEPTION_#256; Param #0 …; 256/TE/WRONG_ARGUMENTS<br>`.
 * Matches the number and the `/TE/NAME` part only, never the prose (which is translated per portal).
 *
 * @example
 * taskErrorCode('TASKS_ERROR_EXCEPTION_#4; ; 4/TE/ACTION_NOT_ALLOWED') // 'TASK_ACTION_NOT_ALLOWED'
 */
export function taskErrorCode(description: string): ApiErrorCode {
  if (description.includes('TASKS_ERROR_ASSERT_EXCEPTION'))
    return 'TASK_ASSERTION_FAILED'
  const named = /\/TE\/([A-Z_]+)/.exec(description)?.[1]
  if (named) {
    // A combined flag such as ACCESS_DENIED|… names its parts with `|`; the regex takes the first.
    const byName = TASK_FLAG_NAMES[named]
    if (byName)
      return byName
  }
  const numeric = /TASKS_ERROR_EXCEPTION_#(\d+)/.exec(description)?.[1]
  if (numeric !== undefined) {
    const flags = Number(numeric)
    for (const [flag, code] of TASK_EXCEPTION_FLAGS) {
      if ((flags & flag) === flag)
        return code
    }
  }
  // `TasksException::TE_ACCESS_DENIED` (0x100002) includes TE_FLAG_SERIALIZED_ERRORS_IN_MESSAGE, so
  // `CTaskRestService::__callStatic` unserializes its message instead of writing the
  // TASKS_ERROR_EXCEPTION_# form; thrown with an empty message (as `CTaskItem` does) nothing is left
  // but CAdminException's `<br>` (bitrix24-core-corp modules/tasks/classes/general/restservice.php).
  const text = description.replaceAll(/<br\s*\/?>/gi, '').trim()
  if (text === '')
    return 'TASK_ACCESS_DENIED'
  // The docs' own samples carry only prose ("Task not found"), so keep the two documented phrases.
  if (/^task not found/i.test(description.trim()))
    return 'TASK_NOT_FOUND'
  if (description.trim() === 'ACTION_NOT_ALLOWED')
    return 'TASK_ACTION_NOT_ALLOWED'
  return 'TASK_UNKNOWN_ERROR'
}

const VERBATIM_CODES: ReadonlySet<string> = new Set(BITRIX_CODES)

/** Aliases the SDK or OAuth server use for codes above. */
const CODE_ALIASES: Readonly<Record<string, ApiErrorCode>> = {
  invalid_scope: 'insufficient_scope',
  INSUFFICIENT_SCOPE: 'insufficient_scope',
  EXPIRED_TOKEN: 'expired_token',
  ERR_BAD_RESPONSE: 'BAD_RESPONSE',
  JSSDK_FRAME_REFRESH_AUTH_TIMEOUT: 'expired_token',
  ECONNABORTED: 'REQUEST_TIMEOUT',
  ERR_NETWORK: 'NETWORK_ERROR',
  NETWORK_ERROR: 'NETWORK_ERROR',
  REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
}

/**
 * Maps a raw `{ error, error_description }` pair and HTTP status to an `ApiErrorInit`.
 *
 * @example
 * classifyRestError('ERROR_CORE', 'TASKS_ERROR_EXCEPTION_#1; Task not found; 1/TE/TASK_NOT_FOUND_OR_NOT_ACCESSIBLE', 400)
 * // { code: 'TASK_NOT_FOUND', status: 400, detail: '…' }
 */
export function classifyRestError(rawCode: string, description: string, status: number): ApiErrorInit {
  const detail = description || undefined
  if (rawCode === 'ERROR_CORE')
    return { code: taskErrorCode(description), status, detail }
  if (rawCode.startsWith('TASKS_ERROR'))
    return { code: taskErrorCode(`${rawCode}; ${description}`), status, detail }
  if (VERBATIM_CODES.has(rawCode))
    return { code: rawCode as ApiErrorCode, status, detail }
  const alias = CODE_ALIASES[rawCode]
  if (alias)
    return { code: alias, status, detail }
  // Engine controllers answer with numeric string codes: "100" for a missing or mistyped parameter.
  if (rawCode === '100')
    return { code: /could not find value/i.test(description) ? 'MISSING_PARAMETER' : 'INVALID_PARAMETER', status, detail }
  if (status === 0)
    return { code: 'NETWORK_ERROR', status, detail }
  if (status === 503)
    return { code: 'QUERY_LIMIT_EXCEEDED', status, detail }
  if (status === 429)
    return { code: 'OPERATION_TIME_LIMIT', status, detail }
  if (status === 401)
    return { code: 'NO_AUTH_FOUND', status, detail }
  if (status === 403)
    return { code: 'ACCESS_DENIED', status, detail }
  if (status >= 500)
    return { code: 'INTERNAL_SERVER_ERROR', status, detail }
  return { code: 'UNKNOWN', status, detail }
}

interface ErrorLike {
  code?: unknown
  status?: unknown
  message?: unknown
}

/**
 * Folds anything thrown by the SDK (or by our own payload checks) into an `ApiError`, keeping what
 * was thrown as its `cause`. An `ApiError` passes through, told the call's context if it lacked it.
 *
 * @example
 * toApiError(thrown, { method: 'user.current', requestId })
 */
export function toApiError(error: unknown, context: CallContext = {}): ApiError {
  if (error instanceof ApiError)
    return error.withContext(context)
  const like: ErrorLike = typeof error === 'object' && error !== null ? error as ErrorLike : {}
  const rawCode = typeof like.code === 'string' ? like.code : ''
  const status = typeof like.status === 'number' ? like.status : 0
  const message = typeof like.message === 'string' ? like.message : String(error)
  let init: ApiErrorInit
  if (rawCode === 'JSSDK_UNKNOWN_ERROR' && /refresh.?auth/i.test(message))
    init = { code: 'expired_token', status: 401, detail: message }
  else if (rawCode === 'JSSDK_UNKNOWN_ERROR' || rawCode.startsWith('JSSDK_'))
    init = { code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'MALFORMED_RESPONSE', status, detail: `${rawCode}: ${message}` }
  else if (rawCode)
    init = classifyRestError(rawCode, message, status)
  else if (typeof navigator !== 'undefined' && navigator.onLine === false)
    init = { code: 'NETWORK_ERROR', status: 0, detail: message }
  else
    init = { code: 'UNKNOWN', status, detail: message }
  return createApiError({ ...init, ...context, cause: error })
}

/**
 * Builds an `ApiError`. Its words come later, from `errors.<code>` where it is shown.
 *
 * @example
 * createApiError({ code: 'MALFORMED_RESPONSE', status: 200, detail: 'batch: no rows', method: 'batch' })
 */
export function createApiError(init: ApiErrorInit): ApiError {
  return new ApiError(init)
}
