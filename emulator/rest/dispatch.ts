/**
 * Routes one REST call (HTTP or a batch row) to its handler and folds thrown errors into envelopes.
 * Method names are case-insensitive, as `CRestServer` lower-cases them.
 */
import type { Session } from '../sessions'
import type { RestReply } from './envelope'
import type { PortalApp } from './placements'
import { runBatch } from './batch'
import { callElapsedItem } from './elapsed-items'
import { failure, RestError, success } from './envelope'
import { namedMethods } from './named-methods'

export interface DispatchContext {
  session: Session
  app: PortalApp
  portalOrigin: string
  /** True inside a batch: nested batches are refused. */
  inBatch?: boolean
}

export function dispatch(rawMethod: string, params: Record<string, unknown>, context: DispatchContext): RestReply {
  const method = rawMethod.toLowerCase()
  try {
    if (method === 'batch') {
      if (context.inBatch)
        throw new RestError(405, 'ERROR_BATCH_METHOD_NOT_ALLOWED', 'Method is not allowed for batch usage')
      return runBatch(params, context)
    }
    const legacy = callElapsedItem(method, context.session, params)
    if (legacy)
      return legacy
    const named = namedMethods[method]
    if (named)
      return named(context.session, params, context.portalOrigin)
    switch (method) {
      case 'placement.bind': return context.app.bind(context.session, params)
      case 'placement.unbind': return context.app.unbind(context.session, params)
      case 'placement.get': return context.app.get()
      case 'placement.list': return context.app.list()
      case 'app.info': return context.app.info()
      case 'profile': return success({ ID: String(context.session.userId), ADMIN: false })
      default: throw new RestError(404, 'ERROR_METHOD_NOT_FOUND', 'Method not found!')
    }
  }
  catch (error) {
    if (error instanceof RestError)
      return failure(error.status, error.code, error.message)
    return failure(500, 'INTERNAL_SERVER_ERROR', error instanceof Error ? error.message : 'Internal server error')
  }
}
