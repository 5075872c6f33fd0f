/**
 * The emulated server's clock and zone. A real portal formats dates with its own UTC offset
 * (`CRestUtil::ConvertDateTime`); the emulator's server runs at UTC+03:00 (Moscow, no DST),
 * so the app must show zones rather than assume the browser's.
 */
export const SERVER_OFFSET_MINUTES = 180

/** The demo data's "today": 2026-03-16 (the Monday of the docs' template 139). */
export const DEMO_NOW = Date.UTC(2026, 2, 16, 9, 0, 0)

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** `2026-03-16T12:00:00+03:00`: ISO 8601 in server time, as Bitrix REST writes dates. */
export function toServerIso(epochMs: number): string {
  const shifted = new Date(epochMs + SERVER_OFFSET_MINUTES * 60_000)
  const sign = SERVER_OFFSET_MINUTES >= 0 ? '+' : '-'
  const offset = Math.abs(SERVER_OFFSET_MINUTES)
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}${sign}${pad(Math.floor(offset / 60))}:${pad(offset % 60)}`
}

/**
 * PHP `strtotime()` on the formats REST clients send: ISO dates with or without time and offset.
 * A string it cannot read gives null (PHP: false).
 */
export function parseServerDate(value: unknown): number | null {
  if (typeof value !== 'string')
    return null
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim())
  if (!match)
    return null
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = match
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
  if (Number.isNaN(local))
    return null
  if (!zone)
    return local - SERVER_OFFSET_MINUTES * 60_000
  if (zone === 'Z')
    return local
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  return local - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000
}
