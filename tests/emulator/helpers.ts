/**
 * In-process access to the emulator's REST layer: a session and a `call()` that runs one method
 * exactly as the HTTP endpoint would after authentication, without a server.
 */
import type { RestCall } from '../../emulator/rest/batch'
import type { Session } from '../../emulator/sessions'
import { PortalState } from '../../emulator/portal-state'
import { invoke } from '../../emulator/rest/dispatch'
import { SessionStore } from '../../emulator/sessions'

export const ADMIN = 1
export const AUTHOR = 102
/** A member of task 101 (accomplice) who wrote entry 2 but not entries 1 and 3. */
export const ACCOMPLICE = 103
/** Not a member of task 101, no admin. */
export const OUTSIDER = 107

export function sessionFor(userId: number = AUTHOR): Session {
  return new SessionStore().create({ userId, lang: 'en' }).session
}

/** Parameters as the portal receives them: an object (key order kept), a list, or ordered pairs. */
export type Params = Record<string, unknown> | unknown[] | Array<readonly [string, unknown]>

function toQuery(params: Params): Map<string, unknown> {
  if (Array.isArray(params)) {
    const pairs = params.every(item => Array.isArray(item) && item.length === 2 && typeof item[0] === 'string')
    return pairs && params.length > 0
      ? new Map(params as Array<[string, unknown]>)
      : new Map(params.map((value, index) => [String(index), value]))
  }
  return new Map(Object.entries(params))
}

export function call(session: Session, method: string, params: Params = {}, portal = new PortalState()): RestCall {
  return invoke({ session, portal, portalOrigin: 'http://portal.test', method: method.toLowerCase(), start: 0, nowMs: Date.now(), inBatch: false }, method, toQuery(params))
}

/** The result of a call that must succeed. */
export function result<T = unknown>(reply: RestCall): T {
  if (!reply.ok)
    throw new Error(`expected success, got ${reply.error.status} ${reply.error.code}: ${reply.error.message}`)
  return reply.outcome.result as T
}

/** The error body (and status) of a call that must fail. */
export function failure(reply: RestCall): { status: number, error: string, description: string } {
  if (reply.ok)
    throw new Error(`expected an error, got ${JSON.stringify(reply.outcome.result).slice(0, 200)}`)
  return { status: reply.error.status, error: reply.error.code, description: reply.error.message }
}

export type Row = Record<string, string>
