/**
 * `placement.bind|unbind|get|list` (rest/lib/api/placement.php, docs/rest-quirks.md#placement-bind). Bindings
 * are portal-wide and last for the emulator process. Sessions are application sessions (OAuth), so
 * the "application context required" check always passes; binding needs an admin. The handler host
 * must contain a dot (`HandlerHelper::checkCallback`): `http://localhost:5173/` is refused, as a real
 * portal refuses it, while `http://127.0.0.1:5173/` passes. `bind` offers only the placements of the
 * scopes the app's token carries (`getPlacementList($server, $scopeList)`): a placement of a missing
 * scope answers ERROR_PLACEMENT_NOT_FOUND "Placement not found", exactly as an unknown code; `get`
 * and `unbind` look at every placement. DEFAULT (the app's own page) is never bound: bind refuses it. `unbind` counts every removed row twice
 * (`$cnt++` before and after the delete) — kept.
 */
import type { RestQuery } from '../php/array'
import type { RestContext, RestMethod } from './context'
import { isArrayLike } from '../php/array'
import { phpIntval, phpStrval } from '../php/values'
import { isAdmin } from './access'
import { RestError } from './envelope'
import { accessDenied, argumentNull, argumentType } from './errors'

/** `CRestUtil::GLOBAL_SCOPE`: placements every app may bind. */
const GLOBAL_SCOPE = '_global'

/**
 * The placements the emulator knows, each under the scope that brings it (b24restdocs
 * api-reference/widgets/task/*.md "Scope": `task` for the card and the list's context menu,
 * `intranet` for the task lists' toolbars, list-toolbar.md).
 */
export const AVAILABLE_PLACEMENTS: ReadonlyMap<string, { scope: string, maxCount: number, userMode: boolean, options: readonly string[] }> = new Map([
  ['TASK_TOP_MENU', { scope: 'task', maxCount: 0, userMode: false, options: [] }],
  ['TASK_LIST_CONTEXT_MENU', { scope: 'task', maxCount: 0, userMode: false, options: [] }],
  ['TASK_VIEW_MODE', { scope: 'task', maxCount: 0, userMode: false, options: [] }],
  ['TASK_VIEW_TAB', { scope: 'task', maxCount: 0, userMode: false, options: ['groupId'] }],
  ['TASK_VIEW_SIDEBAR', { scope: 'task', maxCount: 0, userMode: false, options: ['groupId'] }],
  ['TASK_VIEW_TOP_PANEL', { scope: 'task', maxCount: 0, userMode: false, options: [] }],
  ['TASK_VIEW_MENU_ADD', { scope: 'task', maxCount: 0, userMode: false, options: [] }],
  ['TASK_USER_LIST_TOOLBAR', { scope: 'intranet', maxCount: 0, userMode: false, options: [] }],
  ['TASK_GROUP_LIST_TOOLBAR', { scope: 'intranet', maxCount: 0, userMode: false, options: [] }],
  ['TASK_ROBOT_DESIGNER_TOOLBAR', { scope: 'task', maxCount: 0, userMode: false, options: [] }],
  ['REST_APP_URI', { scope: GLOBAL_SCOPE, maxCount: 1, userMode: false, options: [] }],
])

/** `getPlacementList($server, $scopeList)`: the placements of the given scopes. */
function placementsOf(scopes: readonly string[]): string[] {
  return [...AVAILABLE_PLACEMENTS].filter(([, info]) => scopes.includes(info.scope)).map(([code]) => code)
}

function upperKeys(query: RestQuery): Map<string, unknown> {
  return new Map([...query].map(([key, value]) => [key.toUpperCase(), value]))
}

function requireAdmin(context: RestContext): void {
  if (!isAdmin(context.session.userId))
    throw accessDenied()
}

/** `HandlerHelper::checkCallback`. */
function checkHandler(handler: string): void {
  let url: URL
  try {
    url = new URL(handler)
  }
  catch {
    throw new RestError(400, 'ERROR_WRONG_HANDLER_URL', 'Wrong handler URL')
  }
  if (url.hostname.indexOf('.') <= 0)
    throw new RestError(400, 'ERROR_WRONG_HANDLER_URL', 'Wrong handler URL')
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new RestError(400, 'ERROR_UNSUPPORTED_PROTOCOL', 'Unsupported handler protocol')
}

function langEntry(source: Record<string, unknown>) {
  return {
    TITLE: phpStrval(source.TITLE).trim(),
    DESCRIPTION: phpStrval(source.DESCRIPTION).trim(),
    GROUP_NAME: phpStrval(source.GROUP_NAME).trim(),
  }
}

/** What `bind` and `unbind` both check first: an admin, and PLACEMENT as a string (upper-cased). */
function adminPlacementCall(context: RestContext, query: RestQuery): { params: Map<string, unknown>, code: string } {
  requireAdmin(context)
  const params = upperKeys(query)
  const placement = params.get('PLACEMENT')
  if (typeof placement !== 'string')
    throw argumentType('PLACEMENT', 'string')
  return { params, code: placement.toUpperCase() }
}

const bind: RestMethod = (context, query) => {
  const { params, code } = adminPlacementCall(context, query)
  const handler = phpStrval(params.get('HANDLER'))
  if (code === '')
    throw argumentNull('The placement code is not specified')
  if (code === 'DEFAULT')
    throw argumentNull('The placement code has an incorrect value')
  if (handler === '')
    throw argumentNull('The URL of the placement handler is not specified')
  checkHandler(handler)
  // Only the placements of the token's scopes (plus the global ones) can be bound; any other code,
  // a real placement of a scope the app lacks included, is "Placement not found".
  const info = AVAILABLE_PLACEMENTS.get(code)
  if (!info || !placementsOf([...context.session.scopes, GLOBAL_SCOPE]).includes(code))
    throw new RestError(400, 'ERROR_PLACEMENT_NOT_FOUND', 'Placement not found')
  const userId = phpIntval(params.get('USER_ID')) > 0 ? phpIntval(params.get('USER_ID')) : 0
  if (userId !== 0 && !info.userMode)
    throw new RestError(400, 'ERROR_PLACEMENT_USER_MODE', 'User mode is not available.')
  const existing = context.portal.bindings.filter(binding => binding.placement === code)
  if (info.maxCount > 0 && existing.length >= info.maxCount)
    throw new RestError(400, 'ERROR_PLACEMENT_MAX_COUNT', `Placement max count: ${info.maxCount}`)
  if (existing.some(binding => binding.handler === handler && binding.userId === userId))
    throw new RestError(400, 'ERROR_CORE', 'Unable to set placement handler: Handler already binded')
  const rawOptions = params.get('OPTIONS')
  const options = isArrayLike(rawOptions) && !Array.isArray(rawOptions)
    ? Object.fromEntries(Object.entries(rawOptions).filter(([name]) => info.options.includes(name)).map(([name, value]) => [name, phpStrval(value)]))
    : {}
  const langAll = params.get('LANG_ALL')
  const langs = isArrayLike(langAll) && Object.keys(langAll).length > 0
    ? Object.fromEntries(Object.entries(langAll).map(([lang, item]) => [lang, langEntry(isArrayLike(item) ? item as Record<string, unknown> : {})]))
    : { en: langEntry({ TITLE: params.get('TITLE'), DESCRIPTION: params.get('DESCRIPTION'), GROUP_NAME: params.get('GROUP_NAME') }) }
  const defaultLang = Object.values(langs)[0]
  context.portal.addBinding({
    placement: code,
    handler,
    userId,
    title: defaultLang?.TITLE ?? '',
    description: defaultLang?.DESCRIPTION ?? '',
    options,
    langAll: langs,
  })
  return { result: true }
}

const unbind: RestMethod = (context, query) => {
  const { params, code } = adminPlacementCall(context, query)
  if (code === '')
    throw argumentNull('PLACEMENT')
  const handler = phpStrval(params.get('HANDLER'))
  let count = 0
  if (AVAILABLE_PLACEMENTS.has(code)) {
    const matching = context.portal.bindings.filter(binding => binding.placement === code
      && (handler === '' || binding.handler === handler)
      && (!params.has('USER_ID') || binding.userId === phpIntval(params.get('USER_ID'))))
    for (const binding of matching) {
      context.portal.removeBinding(binding.id)
      count += 2
    }
  }
  return { result: { count } }
}

const get: RestMethod = (context) => {
  requireAdmin(context)
  return {
    result: context.portal.bindings.map(binding => ({
      id: String(binding.id),
      placement: binding.placement,
      userId: String(binding.userId),
      handler: binding.handler,
      options: Object.keys(binding.options).length === 0 ? [] : binding.options,
      title: binding.title,
      description: binding.description,
      langAll: binding.langAll,
    })),
  }
}

/** `placement.list`: the placements of SCOPE, of every scope with FULL, else of the app's scopes and the global one. */
const list: RestMethod = (context, query) => {
  const params = upperKeys(query)
  const scope = params.get('SCOPE')
  if (typeof scope === 'string' && scope !== '')
    return { result: placementsOf([scope]) }
  if (params.has('SCOPE'))
    return { result: placementsOf([GLOBAL_SCOPE]) }
  if (params.get('FULL') === true || params.get('FULL') === 'true' || params.get('FULL') === '1')
    return { result: [...AVAILABLE_PLACEMENTS.keys()] }
  return { result: placementsOf([...context.session.scopes, GLOBAL_SCOPE]) }
}

export const placementMethods: ReadonlyArray<readonly [string, RestMethod]> = [
  ['placement.bind', bind],
  ['placement.unbind', unbind],
  ['placement.get', get],
  ['placement.list', list],
]
