/**
 * Fault injection for a session: a fault kind that hits the next N REST requests, a fixed latency,
 * and the leaky-bucket rate limit. Read from the host page's query (`fault`, `faultCount`,
 * `latency`, `ratelimit`) and from `POST /__emulator/sessions/<id>/faults`.
 *
 * Two kinds aim at one method instead of the next request:
 * - `commit_then_drop`: the next `task.elapseditem.add` is executed and stored, then the
 *   connection is cut after the response headers, before the body (the answer is lost in transit;
 *   a browser does not re-send a request whose response had started);
 * - `listFault` (`page2_empty`, `duplicate_row`, `bogus_total`, `malformed_row`) bends every
 *   `task.elapseditem.getlist` answer of the session until cleared: a real portal can answer like
 *   this when rows are deleted between two pages or a row holds data the app cannot read.
 * None of them is ever on unless asked for.
 */

export const FAULT_KINDS = ['query_limit', 'operation_limit', 'expired_token', 'http500', 'network', 'commit_then_drop'] as const

export const LIST_FAULTS = ['page2_empty', 'duplicate_row', 'bogus_total', 'malformed_row'] as const

export type ListFault = (typeof LIST_FAULTS)[number]

export type FaultKind = (typeof FAULT_KINDS)[number]

export interface Faults {
  kind: FaultKind | null
  /** How many more REST requests the fault hits. */
  remaining: number
  latencyMs: number
  rateLimit: boolean
  listFault: ListFault | null
}

export const NO_FAULTS: Readonly<Faults> = { kind: null, remaining: 0, latencyMs: 0, rateLimit: false, listFault: null }

/** The REST methods `commit_then_drop` waits for. */
export const COMMIT_THEN_DROP_METHODS: ReadonlySet<string> = new Set(['task.elapseditem.add'])

function isFaultKind(value: unknown): value is FaultKind {
  return (FAULT_KINDS as readonly unknown[]).includes(value)
}

const flag = (value: unknown) => value === true || value === 1 || value === '1' || value === 'true' || value === 'on'

/**
 * The faults a query or JSON body asks for; absent keys stay absent (callers merge).
 *
 * @example
 * parseFaults({ fault: 'http500', faultCount: '3' }) // { kind: 'http500', remaining: 3 }
 */
export function parseFaults(source: URLSearchParams | Record<string, unknown>): Partial<Faults> {
  const read = (name: string): unknown => (source instanceof URLSearchParams ? source.get(name) ?? undefined : source[name])
  const faults: Partial<Faults> = {}
  const kind = read('fault')
  if (isFaultKind(kind)) {
    faults.kind = kind
    faults.remaining = Math.max(1, Math.trunc(Number(read('faultCount') ?? 1)) || 1)
  }
  const latency = read('latency')
  if (latency !== undefined && latency !== '')
    faults.latencyMs = Math.max(0, Math.trunc(Number(latency)) || 0)
  const listFault = read('listFault')
  if (listFault !== undefined)
    faults.listFault = (LIST_FAULTS as readonly unknown[]).includes(listFault) ? listFault as ListFault : null
  const rateLimit = read('ratelimit')
  if (rateLimit !== undefined && rateLimit !== '')
    faults.rateLimit = flag(rateLimit)
  return faults
}

/**
 * Consumes one hit of the pending fault, if any. `commit_then_drop` is only taken by a request for
 * one of its methods (a batch never counts: the fault aims at a single write).
 */
export function takeFault(faults: Faults, method = ''): FaultKind | null {
  if (faults.kind === null || faults.remaining <= 0)
    return null
  if (faults.kind === 'commit_then_drop' && !COMMIT_THEN_DROP_METHODS.has(method.toLowerCase()))
    return null
  faults.remaining--
  return faults.kind
}
