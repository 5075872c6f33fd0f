/**
 * Portal sessions. Every load of the host page is one session: one current user, one language,
 * its own faults and its own copy of the demo data (edits in one e2e test never leak into another).
 * REST finds the session by the access token in `auth`, as a portal finds the user by the token.
 */
import type { DemoEntry } from './data/tasks'
import type { TemplateRow } from './data/templates'
import { randomUUID } from 'node:crypto'
import { createEntries } from './data/tasks'
import { createTemplates } from './data/templates'

export type FaultKind = 'query_limit' | 'operation_limit' | 'expired_token' | 'http500' | 'network'

export interface Faults {
  kind: FaultKind | null
  /** How many REST requests the fault still hits. */
  remaining: number
  latencyMs: number
  /** The portal's leaky bucket (50 burst, 2/s drain), off by default. */
  rateLimit: boolean
}

export interface LoggedRequest {
  method: string
  url: string
  body: unknown
  status: number
  at: number
}

export interface Session {
  id: string
  userId: number
  lang: string
  faults: Faults
  entries: DemoEntry[]
  nextEntryId: number
  templates: Map<number, TemplateRow>
  log: LoggedRequest[]
  bucket: { level: number, updatedAt: number }
}

export interface Token {
  sessionId: string
  expired: boolean
}

export class SessionStore {
  readonly sessions = new Map<string, Session>()
  readonly tokens = new Map<string, Token>()
  /** Per-user app options (`setUserOption`), kept across page loads like a portal keeps them. */
  readonly userOptions = new Map<number, Record<string, string>>()
  readonly appOptions: Record<string, string> = {}

  create(userId: number, lang: string, faults: Partial<Faults>): { session: Session, accessToken: string, refreshToken: string } {
    const entries = createEntries()
    const session: Session = {
      id: randomUUID(),
      userId,
      lang,
      faults: { kind: null, remaining: 0, latencyMs: 0, rateLimit: false, ...faults },
      entries,
      nextEntryId: Math.max(...entries.map(entry => entry.id)) + 1,
      templates: createTemplates(),
      log: [],
      bucket: { level: 0, updatedAt: Date.now() },
    }
    this.sessions.set(session.id, session)
    return { session, accessToken: this.issueToken(session.id), refreshToken: `ref-${randomUUID()}` }
  }

  issueToken(sessionId: string): string {
    const token = `tok-${randomUUID()}`
    this.tokens.set(token, { sessionId, expired: false })
    return token
  }

  /** `refreshAuth`: a new token for the session; the old one stops working. */
  refresh(sessionId: string): string | null {
    if (!this.sessions.has(sessionId))
      return null
    for (const entry of this.tokens.values()) {
      if (entry.sessionId === sessionId)
        entry.expired = true
    }
    return this.issueToken(sessionId)
  }

  byToken(token: unknown): { session: Session, token: Token } | null {
    if (typeof token !== 'string')
      return null
    const entry = this.tokens.get(token)
    const session = entry ? this.sessions.get(entry.sessionId) : undefined
    return entry && session ? { session, token: entry } : null
  }
}

/**
 * The leaky bucket of research/rest.md §4.4: each request adds 1, the level drains at 2/s,
 * and a request that would overflow 50 is refused.
 */
export function takeFromBucket(session: Session, now = Date.now(), burst = 50, drainPerSecond = 2): boolean {
  const bucket = session.bucket
  bucket.level = Math.max(0, bucket.level - ((now - bucket.updatedAt) / 1000) * drainPerSecond)
  bucket.updatedAt = now
  if (bucket.level + 1 > burst)
    return false
  bucket.level += 1
  return true
}
