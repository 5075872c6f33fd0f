/**
 * The local portal: one origin (default http://localhost:8099) serving the host page `/`, REST at
 * `/rest/<method>` and the emulator's own `/__emulator/*` endpoints; the app runs on another origin,
 * so CORS, origin checks and `window.name` are exercised as on a real portal.
 *
 * Standalone: `npx tsx emulator/server.ts` (env PORTAL_PORT, default 8099; APP_URL, default
 * http://localhost:5173/). In code: `startEmulator({ port, appUrl, installUrl?, installed? })`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { createSession, sessionAction } from './emulator-api'
import { avatarSvg } from './host-page/avatar'
import { PLACEMENTS, renderHostPage } from './host-page/render'
import { PortalState, seedInstalledApp } from './portal-state'
import { handleRestRequest, readBody } from './rest/http-endpoint'
import { SessionStore } from './sessions'

export interface EmulatorOptions {
  /** 0 picks a free port. */
  port: number
  /** Where the app is served; its origin is the only one the host page answers. */
  appUrl: string
  /** The app's installation page (`install=1`); defaults to `install.html` next to `appUrl`. */
  installUrl?: string
  /**
   * Default true: the demo portal starts with the app installed and bound to every task placement
   * the host page offers, with `appUrl` as the handler. False: a fresh portal, no bindings, `app.info`
   * INSTALLED false; the task card shows the app only once the installer has bound it and called
   * `installFinish`.
   */
  installed?: boolean
  /** Interface to listen on; the URL always says `localhost`. */
  host?: string
}

export interface RunningEmulator {
  url: string
  close: () => Promise<void>
  sessions: SessionStore
  portal: PortalState
}

const STATIC_FILES: Readonly<Record<string, { file: string, type: string }>> = {
  '/__emulator/portal.js': { file: 'host-page/portal.js', type: 'text/javascript; charset=utf-8' },
  '/__emulator/portal.css': { file: 'host-page/portal.css', type: 'text/css; charset=utf-8' },
}

const SESSION_ROUTE = /^\/__emulator\/sessions\/([\w-]+)(?:\/([\w-]+))?$/

/** CORS as a portal's REST answers it, on every response (errors included). */
function allowCrossOrigin(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*')
  res.setHeader('Access-Control-Allow-Methods', 'POST, GET, OPTIONS')
  res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? 'Content-Type')
  res.setHeader('Access-Control-Max-Age', '86400')
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(body))
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? {} : JSON.parse(text)
  }
  catch {
    return {}
  }
}

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const sessions = new SessionStore()
  const installed = options.installed ?? true
  const portal = new PortalState({ installed })
  const appUrl = new URL(options.appUrl).toString()
  const installUrl = new URL(options.installUrl ?? 'install.html', appUrl).toString()
  if (installed)
    seedInstalledApp(portal, appUrl, Object.values(PLACEMENTS).filter(code => code !== 'DEFAULT'))
  const root = fileURLToPath(new URL('.', import.meta.url))
  let boundPort = options.port

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    allowCrossOrigin(req, res)
    const portalOrigin = `http://${req.headers.host ?? `localhost:${boundPort}`}`
    const url = new URL(req.url ?? '/', portalOrigin)
    const path = url.pathname
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end()
      return
    }
    if (path.startsWith('/rest/')) {
      await handleRestRequest(req, res, { sessions, portal, portalOrigin })
      return
    }
    // The portal page, like an app handler, must answer POST too.
    if (path === '/' || path === '/index.html') {
      await readBody(req)
      const html = renderHostPage({ query: url.searchParams, appUrl, installUrl, portal })
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html)
      return
    }
    const asset = STATIC_FILES[path]
    if (asset) {
      res.writeHead(200, { 'Content-Type': asset.type, 'Cache-Control': 'no-store' }).end(await readFile(resolve(root, asset.file)))
      return
    }
    if (path === '/__emulator/session' && req.method === 'POST') {
      const reply = createSession(sessions, portal, parseJson(await readBody(req)))
      sendJson(res, reply.status, reply.body)
      return
    }
    const sessionRoute = SESSION_ROUTE.exec(path)
    if (sessionRoute) {
      const session = sessions.get(sessionRoute[1]!)
      const reply = session ? sessionAction(sessions, portal, session, sessionRoute[2] ?? '', req.method ?? 'GET', parseJson(await readBody(req))) : null
      if (reply)
        sendJson(res, reply.status, reply.body)
      else
        sendJson(res, 404, { error: session ? 'unknown action' : 'unknown session' })
      return
    }
    const avatar = /^\/__emulator\/avatar\/(\d+)\.svg$/.exec(path)
    if (avatar) {
      const svg = avatarSvg(Number(avatar[1]))
      if (svg)
        res.writeHead(200, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=3600' }).end(svg)
      else
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 500, { error: 'INTERNAL_SERVER_ERROR', error_description: error instanceof Error ? error.message : 'Internal server error' })
      else
        res.end()
    })
  })
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host ?? 'localhost', () => resolveListen())
  })
  const address = server.address()
  boundPort = typeof address === 'object' && address ? address.port : options.port
  return {
    url: `http://localhost:${boundPort}/`,
    sessions,
    portal,
    close: () => new Promise<void>((resolveClose) => {
      server.closeAllConnections()
      server.close(() => resolveClose())
    }),
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const appUrl = process.env.APP_URL ?? 'http://localhost:5173/'
  const port = Number(process.env.PORTAL_PORT ?? 8099)
  startEmulator({ port, appUrl }).then((emulator) => {
    process.stdout.write(`Portal emulator: ${emulator.url} (the app is expected at ${appUrl})\n`)
  }, (error: unknown) => {
    process.stderr.write(`The portal emulator could not start: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  })
}
