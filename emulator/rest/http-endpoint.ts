/**
 * `POST|GET /rest/<method>` over HTTP: what happens to one request, in the portal's order, with the
 * emulator's fault injection in front (an overloaded or broken front end answers before PHP runs):
 * 1. parameters from the URL and the body (request.ts); the session is looked up by the token and
 *    the request logged to it;
 * 2. injected latency, then faults: dropped connection, HTML 500 page, 503 QUERY_LIMIT_EXCEEDED,
 *    429 OPERATION_TIME_LIMIT, or the token marked expired;
 * 3. the session's leaky bucket, when switched on (503 QUERY_LIMIT_EXCEEDED);
 * 4. unknown method → 404 (the scope check comes before authentication);
 * 5. no or unknown token → 401 NO_AUTH_FOUND, expired token → 401 expired_token;
 * 6. the method runs without the auth keys; the answer is PHP-style JSON (with `commit_then_drop`
 *    the method runs, then the connection is cut after the headers).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FaultKind } from '../faults'
import type { PortalState } from '../portal-state'
import type { LoggedRequest, SessionStore } from '../sessions'
import type { RestError } from './envelope'
import { Buffer } from 'node:buffer'
import { takeFault } from '../faults'
import { encodePhpJson } from '../php/json'
import { hasMethod, invoke } from './dispatch'
import { successBody } from './envelope'
import { expiredToken, INTERNAL_ERROR_PAGE, methodNotFound, noAuthFound, operationTimeLimit, queryLimitExceeded } from './errors'
import { buildRestQuery, methodFromPath, parseRequestBody, tokenOf, withoutAuth } from './request'

export interface RestEndpointDeps {
  sessions: SessionStore
  portal: PortalState
  portalOrigin: string
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req)
    chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(encodePhpJson(body))
}

function sendError(res: ServerResponse, error: RestError): number {
  sendJson(res, error.status, error.toBody())
  return error.status
}

/** What the request log keeps of the parameters: the body's, minus the token. */
function loggedBody(body: string, contentType: string | undefined): Record<string, unknown> {
  return Object.fromEntries(withoutAuth(parseRequestBody(body, contentType)))
}

const pause = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

export async function handleRestRequest(req: IncomingMessage, res: ServerResponse, deps: RestEndpointDeps): Promise<void> {
  const url = new URL(req.url ?? '/', deps.portalOrigin)
  const method = methodFromPath(url.pathname)
  const body = await readBody(req)
  const contentType = req.headers['content-type']
  const query = buildRestQuery(url.search, body, contentType)
  const token = tokenOf(query)
  const check = deps.sessions.check(token)
  const session = check.state === 'unknown' ? undefined : check.session
  const entry: LoggedRequest | undefined = session
    ? { method, url: req.url ?? '', body: loggedBody(body, contentType), status: 0, at: Date.now() }
    : undefined
  if (session && entry)
    session.log.push(entry)
  const finish = (status: number) => {
    if (entry)
      entry.status = status
  }

  let fault: FaultKind | null = null
  if (session) {
    if (session.faults.latencyMs > 0)
      await pause(session.faults.latencyMs)
    fault = takeFault(session.faults, method)
    switch (fault) {
      case 'network':
        req.socket.destroy()
        return
      case 'http500':
        res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' }).end(INTERNAL_ERROR_PAGE)
        finish(500)
        return
      case 'query_limit':
        finish(sendError(res, queryLimitExceeded()))
        return
      case 'operation_limit':
        finish(sendError(res, operationTimeLimit()))
        return
      case 'expired_token':
        if (token)
          deps.sessions.expire(token)
        break
    }
    if (session.faults.rateLimit && !session.bucket.take()) {
      finish(sendError(res, queryLimitExceeded()))
      return
    }
  }

  if (!hasMethod(method)) {
    finish(sendError(res, methodNotFound()))
    return
  }
  const current = deps.sessions.check(token)
  if (current.state === 'unknown') {
    sendError(res, noAuthFound())
    return
  }
  if (current.state === 'expired') {
    finish(sendError(res, expiredToken()))
    return
  }
  const call = invoke({
    session: current.session,
    portal: deps.portal,
    portalOrigin: deps.portalOrigin,
    method: method.toLowerCase(),
    start: 0,
    nowMs: Date.now(),
    inBatch: false,
  }, method, withoutAuth(query))
  if (!call.ok) {
    finish(sendError(res, call.error))
    return
  }
  if (session && fault === 'commit_then_drop') {
    // Stored; now lose the answer: headers out, then the connection is cut before the body.
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': '4096' })
    res.flushHeaders()
    finish(200)
    setTimeout(() => req.socket.destroy(), 20)
    return
  }
  sendJson(res, 200, successBody(call.outcome, call.startedMs))
  finish(200)
}
