/**
 * Guards for raw REST payloads. Bitrix sends numbers as strings ("3600"), booleans as "Y"/"N" and
 * dates as ISO strings with the server's offset; anything else is a malformed payload, reported as
 * `MALFORMED_RESPONSE` instead of leaking `NaN` or `undefined` into the UI.
 */

export class PayloadError extends Error {
  override readonly name = 'PayloadError'
}

export type RawRecord = Readonly<Record<string, unknown>>

export function asRecord(value: unknown, what: string): RawRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new PayloadError(`${what}: expected an object`)
  return value as RawRecord
}

export function asArray(value: unknown, what: string): readonly unknown[] {
  if (!Array.isArray(value))
    throw new PayloadError(`${what}: expected an array`)
  return value
}

/** `"3600"` or `3600` → 3600; rejects `""`, `"1e3"`, fractions and non-numbers. */
export function asInt(value: unknown, what: string): number {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  if (!/^-?\d{1,16}$/.test(text))
    throw new PayloadError(`${what}: expected an integer, got ${JSON.stringify(value)}`)
  return Number(text)
}

export function asOptionalInt(value: unknown, what: string): number | null {
  return value === null || value === undefined || value === '' ? null : asInt(value, what)
}

export function asString(value: unknown, what: string): string {
  if (typeof value === 'string')
    return value
  if (typeof value === 'number')
    return String(value)
  throw new PayloadError(`${what}: expected a string`)
}

export function asOptionalString(value: unknown, what: string): string | null {
  return value === null || value === undefined ? null : asString(value, what)
}

/** Bitrix flags: `"Y"`/`"N"` (also `true`/`false` from newer controllers). */
export function asFlag(value: unknown, what: string): boolean {
  if (value === 'Y' || value === true)
    return true
  if (value === 'N' || value === false || value === null || value === undefined || value === '')
    return false
  throw new PayloadError(`${what}: expected Y or N, got ${JSON.stringify(value)}`)
}

/** ISO 8601 date-time → Date; empty → null; anything unparsable is an error. */
export function asOptionalDate(value: unknown, what: string): Date | null {
  if (value === null || value === undefined || value === '')
    return null
  if (typeof value !== 'string')
    throw new PayloadError(`${what}: expected an ISO date string`)
  const date = new Date(value)
  if (Number.isNaN(date.getTime()))
    throw new PayloadError(`${what}: unparsable date ${JSON.stringify(value)}`)
  return date
}
