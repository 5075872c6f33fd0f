/**
 * The REST envelope as `CRestServer` writes it: `{ result, time }` on success (+ `total`, `next` for
 * lists), `{ error, error_description }` with an HTTP status on failure. The SDK requires `time`.
 */
import { toServerIso } from '../data/clock'

export interface RestReply {
  status: number
  body: Record<string, unknown>
  /** Send an HTML page instead of JSON (a crashed PHP front, fault injection). */
  html?: string
}

/** Raised by method handlers; the router turns it into an error envelope. */
export class RestError extends Error {
  constructor(readonly status: number, readonly code: string, description: string) {
    super(description)
  }
}

export interface Paging {
  total?: number
  next?: number
}

export function timeEnvelope(startedMs: number, finishedMs: number = Date.now()) {
  return {
    start: startedMs / 1000,
    finish: finishedMs / 1000,
    duration: (finishedMs - startedMs) / 1000,
    processing: (finishedMs - startedMs) / 1000,
    date_start: toServerIso(startedMs),
    date_finish: toServerIso(finishedMs),
    operating_reset_at: Math.floor(finishedMs / 1000) + 600,
    operating: 0,
  }
}

export function success(result: unknown, paging: Paging = {}, startedMs = Date.now()): RestReply {
  const body: Record<string, unknown> = { result }
  if (paging.next !== undefined)
    body.next = paging.next
  if (paging.total !== undefined)
    body.total = paging.total
  body.time = timeEnvelope(startedMs)
  return { status: 200, body }
}

export function failure(status: number, code: string, description: string): RestReply {
  return { status, body: { error: code, error_description: description } }
}
