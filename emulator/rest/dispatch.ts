/**
 * The method table and `CRestServer::processCall`: method names are case-insensitive (the server
 * lower-cases them), `start` is taken out of the parameters before the method sees them, unknown
 * methods answer 404 ERROR_METHOD_NOT_FOUND, and whatever a method throws becomes an error reply.
 */
import type { RestQuery } from '../php/array'
import type { RestCall } from './batch'
import type { RestContext, RestMethod } from './context'
import { serverNow } from '../data/clock'
import { phpIntval } from '../php/values'
import { appMethods } from './app'
import { runBatch } from './batch'
import { elapsedItemMethods } from './elapseditem'
import { RestError } from './envelope'
import { methodNotFound } from './errors'
import { placementMethods } from './placement'
import { taskMethods } from './tasks'
import { templateMethods } from './templates'
import { userMethods } from './users'

const METHODS = new Map<string, RestMethod>([
  ...elapsedItemMethods,
  ...taskMethods,
  ...templateMethods,
  ...userMethods,
  ...placementMethods,
  ...appMethods,
  ['batch', (context, query) => runBatch(context, query, invoke)],
])

/** Whether the portal knows the method (checked before authentication, as `checkScope` is). */
export function hasMethod(method: string): boolean {
  return METHODS.has(method.toLowerCase())
}

/** Runs one REST method for an authenticated session. */
export function invoke(context: RestContext, method: string, query: RestQuery): RestCall {
  const startedMs = Date.now()
  const name = method.toLowerCase()
  const handler = METHODS.get(name)
  if (!handler)
    return { ok: false, error: methodNotFound() }
  const params = new Map(query)
  const start = params.has('start') ? phpIntval(params.get('start')) : 0
  params.delete('start')
  try {
    // The handlers' "now" follows the demo clock (pinned in tests); the envelope's timing stays real.
    return { ok: true, outcome: handler({ ...context, method: name, start, nowMs: serverNow() }, params), startedMs }
  }
  catch (error) {
    if (error instanceof RestError)
      return { ok: false, error }
    return { ok: false, error: new RestError(500, 'INTERNAL_SERVER_ERROR', error instanceof Error ? error.message : 'Internal server error') }
  }
}
