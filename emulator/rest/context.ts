/**
 * What a REST method sees of the portal while it runs: the caller's session (user, data set), the
 * portal-wide state, and the request's own bits `CRestServer` keeps aside.
 */
import type { RestQuery } from '../php/array'
import type { PortalState } from '../portal-state'
import type { Session } from '../sessions'
import type { RestOutcome } from './envelope'

export interface RestContext {
  session: Session
  portal: PortalState
  /** `http://localhost:8099`: absolute URLs (user photos) point here. */
  portalOrigin: string
  /** The called method as `CRestServer::getMethod()` reports it: lower case. */
  method: string
  /** The `start` parameter the server took out of the query (list navigation); 0 when absent. */
  start: number
  nowMs: number
  inBatch: boolean
}

/** A REST method: named or positional parameters in, the result (and list navigation) out. */
export type RestMethod = (context: RestContext, query: RestQuery) => RestOutcome
