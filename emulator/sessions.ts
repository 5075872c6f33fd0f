/**
 * Portal sessions. Every load of the host page is one session: one user, one language, its own
 * faults, request log and copy-on-write data set (edits in one e2e test never leak into another).
 * REST finds the session by the access token in `auth`, as a portal finds the user by the token.
 * Tokens live `AUTH_EXPIRES` seconds; a refresh issues a new pair and leaves older access tokens
 * valid until they expire, as OAuth does.
 */
import type { Faults } from './faults'
import { randomBytes, randomUUID } from 'node:crypto'
import { EntryStore } from './data/data-set'
import { NO_FAULTS } from './faults'
import { LeakyBucket } from './rate-limit'
import { APP } from './rest/app'

/** `AUTH_EXPIRES` of a portal: one hour. */
export const TOKEN_LIFETIME_SECONDS = 3600

export interface LoggedRequest {
  /** The method as the URL names it. */
  method: string
  url: string
  /** The request parameters without the token. */
  body: unknown
  /** HTTP status answered; 0 when the connection was dropped. */
  status: number
  at: number
}

export interface Session {
  id: string
  userId: number
  lang: string
  faults: Faults
  /** The scopes the app's token carries (`$authData['scope']` on a portal). */
  scopes: readonly string[]
  entries: EntryStore
  log: LoggedRequest[]
  bucket: LeakyBucket
}

export interface TokenPair {
  accessToken: string
  refreshToken: string
  expiresIn: number
}

interface AccessToken {
  sessionId: string
  expiresAt: number
  /** Set by the `expired_token` fault: the portal now says this token has expired. */
  forcedExpired: boolean
}

export type TokenCheck
  = | { state: 'valid', session: Session }
    | { state: 'expired', session: Session }
    | { state: 'unknown' }

export interface SessionOptions {
  userId: number
  lang: string
  faults?: Partial<Faults>
  /** Default: every scope of the demo app (rest/app.ts). */
  scopes?: readonly string[]
}

const hex = (bytes: number) => randomBytes(bytes).toString('hex')

export class SessionStore {
  readonly sessions = new Map<string, Session>()
  private readonly accessTokens = new Map<string, AccessToken>()
  private readonly refreshTokens = new Map<string, string>()

  create(options: SessionOptions, nowMs: number = Date.now()): { session: Session, tokens: TokenPair } {
    const session: Session = {
      id: randomUUID(),
      userId: options.userId,
      lang: options.lang,
      faults: { ...NO_FAULTS, ...options.faults },
      scopes: options.scopes ?? APP.scope,
      entries: new EntryStore(),
      log: [],
      bucket: new LeakyBucket(nowMs),
    }
    this.sessions.set(session.id, session)
    return { session, tokens: this.issue(session.id, nowMs) }
  }

  get(sessionId: string): Session | undefined {
    return this.sessions.get(sessionId)
  }

  /** A new access/refresh pair for the session (what the host page's `refreshAuth` asks for). */
  issue(sessionId: string, nowMs: number = Date.now()): TokenPair {
    const accessToken = `tok-${hex(16)}`
    const refreshToken = `ref-${hex(16)}`
    this.accessTokens.set(accessToken, { sessionId, expiresAt: nowMs + TOKEN_LIFETIME_SECONDS * 1000, forcedExpired: false })
    this.refreshTokens.set(refreshToken, sessionId)
    return { accessToken, refreshToken, expiresIn: TOKEN_LIFETIME_SECONDS }
  }

  /** The session a REST request's token belongs to, and whether the token still works. */
  check(token: unknown, nowMs: number = Date.now()): TokenCheck {
    const entry = typeof token === 'string' ? this.accessTokens.get(token) : undefined
    const session = entry ? this.sessions.get(entry.sessionId) : undefined
    if (!entry || !session)
      return { state: 'unknown' }
    return entry.forcedExpired || entry.expiresAt <= nowMs ? { state: 'expired', session } : { state: 'valid', session }
  }

  /** Makes the portal treat a token as expired from now on (the `expired_token` fault). */
  expire(token: string): void {
    const entry = this.accessTokens.get(token)
    if (entry)
      entry.forcedExpired = true
  }
}
