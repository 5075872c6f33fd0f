/**
 * Where the app sits in the portal: its own placement bindings (`placement.get`), adding the missing
 * ones (`placement.bind`), and whether the portal considers the installation finished (`app.info`
 * INSTALLED). Rules (bitrix24-core-corp modules/rest/lib/api/placement.php): binding needs the application context, an admin and
 * the `placement` scope plus the placement's own (`task`); the handler host must contain a dot.
 */
import type { RestClient } from './client'
import type { ApiError } from './errors'
import { createApiError, toApiError } from './errors'
import { asArray, asInt, asRecord, asString, PayloadError } from './parse'

/** One row of `placement.get`: a handler the app has bound to a placement. */
export interface PlacementBinding {
  /** Upper-case placement code, e.g. `TASK_VIEW_SIDEBAR`. */
  placement: string
  handler: string
  /** The default title; `titles` has it per language when the binding used `LANG_ALL`. */
  title: string
  titles: Readonly<Record<string, string>>
  /** 0 = shown to everyone; otherwise the single user a user-mode binding is for. */
  userId: number
}

/** `TITLE` and `DESCRIPTION` of a binding in one language (a `LANG_ALL` entry). */
export interface PlacementTexts {
  title: string
  description: string
}

/** One stale binding to remove: `placement.unbind` removes the rows whose handler equals `handler`. */
export interface UnbindRequest {
  placement: string
  handler: string
}

export interface BindRequest {
  placement: string
  handler: string
  /** Per Bitrix language id (`en`, `ru` …); the first entry is also sent as the default TITLE. */
  langAll: Readonly<Record<string, PlacementTexts>>
}

export type BindOutcome
  = | { ok: true }
    | { ok: false, error: ApiError }

export interface PlacementInspection {
  bindings: PlacementBinding[]
  /** `app.info` INSTALLED; null when `app.info` could not be read (the bindings still count). */
  installed: boolean | null
}

export interface PlacementsApi {
  /** The app's bindings and its installation state, in one `batch` request. */
  inspect: () => Promise<PlacementInspection>
  /** Binds each request (one `batch` request for all); every placement succeeds or fails on its own. */
  bind: (requests: readonly BindRequest[]) => Promise<Map<string, BindOutcome>>
  /** Unbinds each handler (one `batch` request); the outcome per placement fails when any of its rows failed. */
  unbind: (requests: readonly UnbindRequest[]) => Promise<Map<string, BindOutcome>>
}

function parse<T>(method: string, map: () => T): T {
  try {
    return map()
  }
  catch (error) {
    if (error instanceof PayloadError)
      throw createApiError({ code: 'MALFORMED_RESPONSE', status: 200, detail: `${method}: ${error.message}`, method, cause: error })
    throw toApiError(error, { method })
  }
}

/**
 * Maps a `placement.get` row (lower-case keys; `langAll` keyed by language).
 *
 * @example
 * mapPlacementBinding({ placement: 'TASK_VIEW_TAB', handler: 'https://app.example.com/', title: 'Task Lens' })
 * // { placement: 'TASK_VIEW_TAB', handler: 'https://app.example.com/', title: 'Task Lens', titles: {}, userId: 0 }
 */
export function mapPlacementBinding(raw: unknown): PlacementBinding {
  const row = asRecord(raw, 'placement')
  const titles: Record<string, string> = {}
  if (typeof row.langAll === 'object' && row.langAll !== null && !Array.isArray(row.langAll)) {
    for (const [lang, texts] of Object.entries(row.langAll)) {
      const title = typeof texts === 'object' && texts !== null ? (texts as Record<string, unknown>).TITLE : undefined
      if (typeof title === 'string' && title !== '')
        titles[lang] = title
    }
  }
  return {
    placement: asString(row.placement, 'placement.placement').toUpperCase(),
    handler: asString(row.handler, 'placement.handler'),
    title: row.title === undefined || row.title === null ? '' : asString(row.title, 'placement.title'),
    titles,
    userId: row.userId === undefined || row.userId === null || row.userId === '' ? 0 : asInt(row.userId, 'placement.userId'),
  }
}

/** `app.info` INSTALLED: a boolean on current portals, `Y`/`N` on older ones. */
export function mapAppInstalled(raw: unknown): boolean {
  const value = asRecord(raw, 'app.info').INSTALLED
  if (value === true || value === 'Y')
    return true
  if (value === false || value === 'N')
    return false
  throw new PayloadError(`app.info: INSTALLED is ${JSON.stringify(value)}`)
}

/**
 * The handler to bind: the app's start page `index.html`, named explicitly, next to the page that
 * runs the installer. A static app uploaded as a ZIP is served from an S3-style file host that has
 * no folder index, so a folder URL (`…/`) would open nothing there. Query and fragment (the
 * portal's `DOMAIN`, `APP_SID` …) are dropped.
 *
 * @example
 * appHandlerUrl('https://app.example.com/lens/install.html?DOMAIN=x') // 'https://app.example.com/lens/index.html'
 */
export function appHandlerUrl(installerHref: string): string {
  return new URL('./index.html', installerHref).toString()
}

/** `…/` and `…/index.html` are the same page on a web server (not on a ZIP app's file host). */
function handlerKey(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.hash = ''
    parsed.pathname = parsed.pathname.replace(/\/index\.html$/i, '/')
    return parsed.toString()
  }
  catch {
    return url
  }
}

/** The URL as a browser normalises it (host case, default port), fragment dropped. */
function normalisedUrl(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.hash = ''
    return parsed.toString()
  }
  catch {
    return url
  }
}

/**
 * Whether two handler URLs open the same page.
 *
 * @example
 * isSameHandler('https://app.example.com/', 'https://APP.example.com/index.html') // true
 */
export function isSameHandler(a: string, b: string): boolean {
  return handlerKey(a) === handlerKey(b)
}

/** What a placement needs so that exactly `handler` is bound for everyone. */
export interface HandlerPlan {
  /** `handler` itself is bound (user id 0). */
  bound: boolean
  /** Earlier bindings of the same page in another form (e.g. the folder `…/`), to unbind, as stored. */
  stale: string[]
}

/**
 * Compares a placement's bindings with the handler to bind. A binding of the same page under another
 * URL (an earlier install bound the folder form) is stale: it opens nothing on a ZIP app's host.
 *
 * @example
 * planHandler([{ placement: 'TASK_VIEW_TAB', handler: 'https://a.example/', … }], 'TASK_VIEW_TAB', 'https://a.example/index.html')
 * // { bound: false, stale: ['https://a.example/'] }
 */
export function planHandler(bindings: readonly PlacementBinding[], placement: string, handler: string): HandlerPlan {
  const ours = bindings.filter(binding => binding.placement === placement && binding.userId === 0 && isSameHandler(binding.handler, handler))
  const exact = normalisedUrl(handler)
  return {
    bound: ours.some(binding => normalisedUrl(binding.handler) === exact),
    stale: [...new Set(ours.filter(binding => normalisedUrl(binding.handler) !== exact).map(binding => binding.handler))],
  }
}

/** `placement.bind` parameters: `LANG_ALL` for every language, TITLE/DESCRIPTION from the first. */
export function bindParams(request: BindRequest): Record<string, unknown> {
  const languages = Object.entries(request.langAll)
  const fallback = languages[0]?.[1]
  return {
    PLACEMENT: request.placement,
    HANDLER: request.handler,
    TITLE: fallback?.title ?? '',
    DESCRIPTION: fallback?.description ?? '',
    LANG_ALL: Object.fromEntries(languages.map(([lang, texts]) => [lang, { TITLE: texts.title, DESCRIPTION: texts.description }])),
  }
}

/**
 * `placement.bind` answers ERROR_CORE for "Unable to set placement handler: …" (rest/lib/api/placement.php);
 * the shared classifier reads ERROR_CORE as a task error, which would name a task that is not there.
 */
function asPlacementError(error: ApiError): ApiError {
  return error.code.startsWith('TASK_')
    ? createApiError({ ...error.init(), code: 'UNKNOWN' })
    : error
}

/**
 * Builds the placements API over a REST client.
 *
 * @example
 * const placements = createPlacementsApi(portal.rest)
 * const { bindings } = await placements.inspect()
 */
export function createPlacementsApi(rest: RestClient): PlacementsApi {
  return {
    async inspect() {
      const rows = await rest.batch({
        bindings: { method: 'placement.get' },
        app: { method: 'app.info' },
      })
      const bindings = rows.bindings
      if (!bindings?.ok)
        throw bindings?.error ?? createApiError({ code: 'MALFORMED_RESPONSE', status: 200, detail: 'placement.get: no row', method: 'placement.get' })
      const app = rows.app
      return {
        bindings: parse('placement.get', () => asArray(bindings.value.result, 'placement.get').map(mapPlacementBinding)),
        installed: app?.ok ? parse('app.info', () => mapAppInstalled(app.value.result)) : null,
      }
    },
    async bind(requests) {
      const outcomes = new Map<string, BindOutcome>()
      if (requests.length === 0)
        return outcomes
      const commands = Object.fromEntries(requests.map((request, index) => [`bind${index}`, { method: 'placement.bind', params: bindParams(request) }]))
      // A write: a network failure is reported, never silently repeated.
      const rows = await rest.batch(commands, { idempotent: false })
      requests.forEach((request, index) => {
        const row = rows[`bind${index}`]
        if (!row)
          outcomes.set(request.placement, { ok: false, error: createApiError({ code: 'MALFORMED_RESPONSE', status: 200, detail: `placement.bind ${request.placement}: no row`, method: 'placement.bind' }) })
        else if (!row.ok)
          outcomes.set(request.placement, { ok: false, error: asPlacementError(row.error) })
        else if (row.value.result !== true)
          outcomes.set(request.placement, { ok: false, error: createApiError({ code: 'MALFORMED_RESPONSE', status: 200, detail: `placement.bind ${request.placement}: ${JSON.stringify(row.value.result)}`, method: 'placement.bind' }) })
        else
          outcomes.set(request.placement, { ok: true })
      })
      return outcomes
    },
    async unbind(requests) {
      const outcomes = new Map<string, BindOutcome>()
      if (requests.length === 0)
        return outcomes
      const commands = Object.fromEntries(requests.map((request, index) => [`unbind${index}`, { method: 'placement.unbind', params: { PLACEMENT: request.placement, HANDLER: request.handler } }]))
      const rows = await rest.batch(commands, { idempotent: false })
      requests.forEach((request, index) => {
        const row = rows[`unbind${index}`]
        if (outcomes.get(request.placement)?.ok === false)
          return
        if (!row)
          outcomes.set(request.placement, { ok: false, error: createApiError({ code: 'MALFORMED_RESPONSE', status: 200, detail: `placement.unbind ${request.placement}: no row`, method: 'placement.unbind' }) })
        else if (!row.ok)
          outcomes.set(request.placement, { ok: false, error: asPlacementError(row.error) })
        else
          outcomes.set(request.placement, { ok: true })
      })
      return outcomes
    },
  }
}
