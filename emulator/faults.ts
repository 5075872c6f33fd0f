/**
 * Fault injection for a session: a fault kind that hits the next N REST requests, a fixed latency,
 * and the leaky-bucket rate limit. Read from the host page's query (`fault`, `faultCount`,
 * `latency`, `ratelimit`) and from `POST /__emulator/sessions/<id>/faults`.
 */

export const FAULT_KINDS = ['query_limit', 'operation_limit', 'expired_token', 'http500', 'network'] as const

export type FaultKind = (typeof FAULT_KINDS)[number]

export interface Faults {
  kind: FaultKind | null
  /** How many more REST requests the fault hits. */
  remaining: number
  latencyMs: number
  rateLimit: boolean
}

export const NO_FAULTS: Readonly<Faults> = { kind: null, remaining: 0, latencyMs: 0, rateLimit: false }

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
  const rateLimit = read('ratelimit')
  if (rateLimit !== undefined && rateLimit !== '')
    faults.rateLimit = flag(rateLimit)
  return faults
}

/** Consumes one hit of the pending fault, if any. */
export function takeFault(faults: Faults): FaultKind | null {
  if (faults.kind === null || faults.remaining <= 0)
    return null
  faults.remaining--
  return faults.kind
}
