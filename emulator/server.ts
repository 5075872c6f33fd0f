/**
 * The local portal: one origin (default http://localhost:8099) serving the task-card host page,
 * `/rest/<method>` and the emulator's own `/__emulator/*` endpoints; the app runs on another origin.
 *
 * Standalone: `tsx emulator/server.ts` (env PORTAL_PORT, APP_URL). In code: `startEmulator()`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RestReply } from './rest/envelope'
import type { FaultKind, Faults, Session } from './sessions'
import { Buffer } from 'node:buffer'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parse as parseQuery } from 'qs-esm'
import { findUser, USERS } from './data/users'
import { renderHostPage } from './host/page'
import { dispatch } from './rest/dispatch'
import { failure } from './rest/envelope'
import { PortalApp } from './rest/placements'
import { SessionStore, takeFromBucket } from './sessions'

export interface EmulatorOptions {
  port: number
  /** Where the app is served (its origin becomes the only accepted postMessage origin). */
  appUrl: string
  /** The app's install page; defaults to `<appUrl>install.html`. */
  installUrl?: string
  host?: string
}

export interface RunningEmulator {
  url: string
  close: () => Promise<void>
  sessions: SessionStore
}

const HOST_SCRIPT = fileURLToPath(new URL('./host/portal.js', import.meta.url))
const FAULT_KINDS = new Set<FaultKind>(['query_limit', 'operation_limit', 'expired_token', 'http500', 'network'])

function cors(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*')
  res.setHeader('Access-Control-Allow-Methods', 'POST, GET, OPTIONS')
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type')
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req)
    chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** JSON bodies (the SDK) and form bodies (BX24.js, curl -d) are both accepted, as by PHP. */
function parseRestBody(text: string, contentType: string | undefined): Record<string, unknown> {
  if (!text)
    return {}
  if (contentType?.includes('application/json')) {
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null ? parsed as Record<string, unknown> : {}
  }
  return parseQuery(text, { arrayLimit: 1000, depth: 10 }) as Record<string, unknown>
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body))
}

const ERROR_PAGE = '<!doctype html><html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1><p>The server encountered an internal error.</p></body></html>'

/** Applies the session's injected fault to this request, or returns null to let it through. */
function injectedFault(session: Session, auth: { expired: boolean }): RestReply | 'network' | null {
  const faults = session.faults
  if (faults.kind === 'expired_token' && faults.remaining > 0) {
    faults.remaining--
    auth.expired = true
  }
  if (auth.expired)
    return failure(401, 'expired_token', 'The access token provided has expired.')
  if (faults.kind === null || faults.remaining <= 0 || faults.kind === 'expired_token')
    return null
  faults.remaining--
  switch (faults.kind) {
    case 'query_limit': return failure(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests')
    case 'operation_limit': return failure(429, 'OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit.')
    case 'http500': return { status: 500, body: {}, html: ERROR_PAGE }
    case 'network': return 'network'
  }
}

export function parseFaults(query: URLSearchParams | Record<string, unknown>): Partial<Faults> {
  const read = (name: string) => (query instanceof URLSearchParams ? query.get(name) : query[name] as string | undefined) ?? undefined
  const kind = read('fault') as FaultKind | undefined
  const faults: Partial<Faults> = {}
  if (kind && FAULT_KINDS.has(kind)) {
    faults.kind = kind
    faults.remaining = Number(read('faultCount') ?? 1) || 1
  }
  if (read('latency'))
    faults.latencyMs = Math.max(0, Number(read('latency')) || 0)
  if (read('ratelimit'))
    faults.rateLimit = read('ratelimit') === '1' || read('ratelimit') === 'true'
  return faults
}

function avatarSvg(userId: number): string | null {
  const user = findUser(userId)
  if (!user)
    return null
  const initials = `${user.NAME[0] ?? ''}${user.LAST_NAME[0] ?? ''}`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96"><rect width="96" height="96" rx="48" fill="${user.COLOR}"/><text x="48" y="58" font-family="sans-serif" font-size="34" fill="#fff" text-anchor="middle">${initials}</text></svg>`
}

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const host = options.host ?? 'localhost'
  const sessions = new SessionStore()
  const app = new PortalApp()
  const appUrl = new URL(options.appUrl).toString()
  const installUrl = options.installUrl ?? new URL('install.html', appUrl).toString()
  let portalOrigin = ''

  async function handleRest(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    const started = Date.now()
    let params: Record<string, unknown>
    try {
      params = parseRestBody(await readBody(req), req.headers['content-type'])
    }
    catch {
      sendJson(res, 400, { error: 'INVALID_REQUEST', error_description: 'Invalid JSON' })
      return
    }
    const auth = sessions.byToken(params.auth)
    if (!auth) {
      sendJson(res, 401, { error: 'NO_AUTH_FOUND', error_description: 'Wrong authorization data' })
      return
    }
    const { session } = auth
    const { auth: _token, ...withoutAuth } = params
    const log = { method, url: req.url ?? '', body: withoutAuth, status: 0, at: started }
    session.log.push(log)
    if (session.faults.latencyMs > 0)
      await new Promise(resolveLatency => setTimeout(resolveLatency, session.faults.latencyMs))
    const fault = injectedFault(session, auth.token)
    if (fault === 'network') {
      log.status = 0
      req.socket.destroy()
      return
    }
    let reply = fault
    if (!reply && session.faults.rateLimit && !takeFromBucket(session))
      reply = failure(503, 'QUERY_LIMIT_EXCEEDED', 'Too many requests')
    reply ??= dispatch(method, withoutAuth, { session, app, portalOrigin })
    log.status = reply.status
    if (reply.html !== undefined) {
      res.writeHead(reply.status, { 'Content-Type': 'text/html; charset=utf-8' }).end(reply.html)
      return
    }
    sendJson(res, reply.status, reply.body)
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    cors(res)
    const url = new URL(req.url ?? '/', portalOrigin)
    const path = url.pathname
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end()
      return
    }
    if (path.startsWith('/rest/')) {
      if (req.method !== 'POST' && req.method !== 'GET') {
        sendJson(res, 405, { error: 'ERROR_METHOD_NOT_ALLOWED', error_description: 'Method not allowed' })
        return
      }
      await handleRest(req, res, decodeURIComponent(path.slice('/rest/'.length)).replace(/\.json$/, ''))
      return
    }
    if (path === '/' || path === '/index.html') {
      const html = renderHostPage({ query: url.searchParams, appUrl, installUrl, users: USERS, installed: app.installed, bindings: app.bindings })
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html)
      return
    }
    if (path === '/__emulator/portal.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' }).end(await readFile(HOST_SCRIPT, 'utf8'))
      return
    }
    if (path === '/__emulator/session' && req.method === 'POST') {
      const body = JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>
      const userId = findUser(Number(body.userId))?.ID ?? 102
      const created = sessions.create(userId, String(body.lang ?? 'en'), parseFaults(body))
      const user = findUser(userId)!
      sendJson(res, 200, {
        sessionId: created.session.id,
        accessToken: created.accessToken,
        refreshToken: created.refreshToken,
        userId,
        isAdmin: user.IS_ADMIN,
        userOptions: sessions.userOptions.get(userId) ?? {},
        appOptions: sessions.appOptions,
      })
      return
    }
    const sessionRoute = /^\/__emulator\/sessions\/([\w-]+)\/(requests|faults|refresh|user-option|app-option)$/.exec(path)
    if (sessionRoute) {
      const session = sessions.sessions.get(sessionRoute[1]!)
      if (!session) {
        sendJson(res, 404, { error: 'unknown session' })
        return
      }
      switch (sessionRoute[2]) {
        case 'requests':
          sendJson(res, 200, session.log)
          return
        case 'faults':
          session.faults = { ...session.faults, kind: null, remaining: 0, ...parseFaults(JSON.parse((await readBody(req)) || '{}') as Record<string, unknown>) }
          sendJson(res, 200, session.faults)
          return
        case 'refresh':
          sendJson(res, 200, { access_token: sessions.refresh(session.id), expires_in: 3600, refresh_token: `ref-${Date.now()}` })
          return
        case 'user-option': {
          const { name, value } = JSON.parse((await readBody(req)) || '{}') as { name: string, value: string }
          sessions.userOptions.set(session.userId, { ...sessions.userOptions.get(session.userId), [name]: value })
          sendJson(res, 200, { name, value })
          return
        }
        case 'app-option': {
          const { name, value } = JSON.parse((await readBody(req)) || '{}') as { name: string, value: string }
          sessions.appOptions[name] = value
          sendJson(res, 200, { name, value })
          return
        }
      }
    }
    if (path === '/__emulator/install-finish' && req.method === 'POST') {
      app.installed = true
      sendJson(res, 200, { installed: true })
      return
    }
    const avatar = /^\/__emulator\/avatar\/(\d+)\.svg$/.exec(path)
    if (avatar) {
      const svg = avatarSvg(Number(avatar[1]))
      if (svg)
        res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=3600' }).end(svg)
      else
        res.writeHead(404).end()
      return
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found')
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, { error: 'INTERNAL_SERVER_ERROR', error_description: error instanceof Error ? error.message : 'Internal server error' })
    })
  })
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port, host, () => resolveListen())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  portalOrigin = `http://${host}:${port}`
  return {
    url: `${portalOrigin}/`,
    sessions,
    close: () => new Promise<void>((resolveClose) => {
      server.closeAllConnections()
      server.close(() => resolveClose())
    }),
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const appUrl = process.env.APP_URL ?? 'http://localhost:5173/'
  void startEmulator({ port: Number(process.env.PORTAL_PORT ?? 8099), appUrl }).then((emulator) => {
    process.stdout.write(`Portal emulator at ${emulator.url} (app expected at ${appUrl})\n`)
  })
}
