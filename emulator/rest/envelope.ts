/**
 * The REST envelope as `CRestServer` writes it (rest/classes/general/rest.php): success is
 * `{ result, next?, total?, time }` in that key order (`processResponse` + `appendDebugInfo`);
 * failure is `{ error, error_description, ...additional }` with the error's HTTP status. The SDK
 * requires `time` on every success (docs/frame-protocol.md#rest-transport).
 */
import { toServerIso } from '../data/clock'

/** What a method returns: the value plus the list navigation `setNavData` moves to the top level. */
export interface RestOutcome {
  result: unknown
  total?: number
  next?: number
}

/** A failed call: `RestException` with its code, message and HTTP status. */
export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    description: string,
    readonly additional: Record<string, unknown> = {},
  ) {
    super(description)
  }

  toBody(): Record<string, unknown> {
    return { error: this.code, error_description: this.message, ...this.additional }
  }
}

/** The `operating` window of the load limiter: ten one-minute baskets. */
const OPERATING_WINDOW_SECONDS = 600

/**
 * `time` of `appendDebugInfo`: floats of seconds, dates as PHP `date('c')` in server time,
 * `operating` (seconds used in the window; the emulator spends none) and its reset moment.
 */
export function timeEnvelope(startedMs: number, finishedMs: number = Date.now()): Record<string, number | string> {
  return {
    start: startedMs / 1000,
    finish: finishedMs / 1000,
    duration: (finishedMs - startedMs) / 1000,
    processing: (finishedMs - startedMs) / 1000,
    date_start: toServerIso(startedMs),
    date_finish: toServerIso(finishedMs),
    operating_reset_at: Math.floor(startedMs / 1000) + OPERATING_WINDOW_SECONDS,
    operating: 0,
  }
}

export function successBody(outcome: RestOutcome, startedMs: number): Record<string, unknown> {
  const body: Record<string, unknown> = { result: outcome.result }
  if (outcome.next !== undefined)
    body.next = outcome.next
  if (outcome.total !== undefined)
    body.total = outcome.total
  body.time = timeEnvelope(startedMs)
  return body
}
