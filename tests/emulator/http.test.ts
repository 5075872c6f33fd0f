/**
 * The emulator over real HTTP speaks the SDK's wire format: CORS on every answer, the `time`
 * envelope, token auth, JSON and form bodies, and the injected faults and rate limit.
 */
import type { RunningEmulator } from '../../emulator/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator } from '../../emulator/server'
import { takeFromBucket } from '../../emulator/sessions'

let emulator: RunningEmulator

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, appUrl: 'http://localhost:5999/' })
})

afterAll(async () => {
  await emulator.close()
})

async function newSession(body: Record<string, unknown> = {}) {
  const response = await fetch(new URL('/__emulator/session', emulator.url), { method: 'POST', body: JSON.stringify({ userId: 102, ...body }) })
  return await response.json() as { sessionId: string, accessToken: string }
}

function rest(method: string, body: Record<string, unknown>) {
  return fetch(new URL(`/rest/${method}?bx24_request_id=1&bx24_sdk_ver=2.2.0`, emulator.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
}

describe('wire format', () => {
  it('answers the CORS preflight', async () => {
    const response = await fetch(new URL('/rest/user.current', emulator.url), { method: 'OPTIONS' })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-headers')).toContain('Content-Type')
  })

  it('wraps results with a time object and sends CORS on errors too', async () => {
    const { accessToken } = await newSession()
    const ok = await rest('user.current', { auth: accessToken })
    const body = await ok.json() as { result: { ID: string }, time: Record<string, unknown> }
    expect(body.result.ID).toBe('102')
    expect(body.time).toHaveProperty('operating_reset_at')
    const denied = await rest('user.current', { auth: 'nope' })
    expect(denied.status).toBe(401)
    expect(denied.headers.get('access-control-allow-origin')).toBe('*')
    expect(await denied.json()).toEqual({ error: 'NO_AUTH_FOUND', error_description: 'Wrong authorization data' })
  })

  it('accepts form-encoded bodies like BX24.js sends', async () => {
    const { accessToken } = await newSession()
    const response = await fetch(new URL('/rest/task.elapseditem.get', emulator.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `0=101&1=1&auth=${accessToken}`,
    })
    expect(((await response.json()) as { result: { ID: string } }).result.ID).toBe('1')
  })

  it('logs each session\'s requests without the token', async () => {
    const { sessionId, accessToken } = await newSession()
    await rest('user.current', { auth: accessToken })
    const log = await (await fetch(new URL(`/__emulator/sessions/${sessionId}/requests`, emulator.url))).json() as Array<{ method: string, body: object, status: number }>
    expect(log).toEqual([expect.objectContaining({ method: 'user.current', body: {}, status: 200 })])
  })

  it('serves the host page on GET and POST', async () => {
    for (const method of ['GET', 'POST']) {
      const response = await fetch(new URL('/?placement=tab&task=103', emulator.url), { method })
      expect(response.status).toBe(200)
      expect(await response.text()).toContain('"placement":"TASK_VIEW_TAB"')
    }
  })
})

describe('faults', () => {
  it('expires a token once; the refreshed token works', async () => {
    const { sessionId, accessToken } = await newSession({ fault: 'expired_token' })
    const first = await rest('user.current', { auth: accessToken })
    expect(first.status).toBe(401)
    expect(((await first.json()) as { error: string }).error).toBe('expired_token')
    const refreshed = await (await fetch(new URL(`/__emulator/sessions/${sessionId}/refresh`, emulator.url), { method: 'POST' })).json() as { access_token: string }
    expect((await rest('user.current', { auth: refreshed.access_token })).status).toBe(200)
    expect((await rest('user.current', { auth: accessToken })).status).toBe(401)
  })

  it.each([
    { fault: 'query_limit', status: 503, code: 'QUERY_LIMIT_EXCEEDED' },
    { fault: 'operation_limit', status: 429, code: 'OPERATION_TIME_LIMIT' },
  ])('$fault answers $status $code for the next N requests only', async ({ fault, status, code }) => {
    const { accessToken } = await newSession({ fault, faultCount: 2 })
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await rest('user.current', { auth: accessToken })
      expect(response.status).toBe(status)
      expect(((await response.json()) as { error: string }).error).toBe(code)
    }
    expect((await rest('user.current', { auth: accessToken })).status).toBe(200)
  })

  it('answers an HTML page for http500', async () => {
    const { accessToken } = await newSession({ fault: 'http500' })
    const response = await rest('user.current', { auth: accessToken })
    expect(response.status).toBe(500)
    expect(response.headers.get('content-type')).toContain('text/html')
  })

  it('drops the connection for network', async () => {
    const { accessToken } = await newSession({ fault: 'network' })
    await expect(rest('user.current', { auth: accessToken })).rejects.toThrow()
  })
})

describe('leaky bucket', () => {
  it('allows a burst of 50, then refuses until it drains at 2 per second', () => {
    const session = emulator.sessions.create(102, 'en', {}).session
    const now = session.bucket.updatedAt
    for (let request = 0; request < 50; request++)
      expect(takeFromBucket(session, now)).toBe(true)
    expect(takeFromBucket(session, now)).toBe(false)
    expect(takeFromBucket(session, now + 400)).toBe(false)
    expect(takeFromBucket(session, now + 500)).toBe(true)
  })
})
