/**
 * The part of PHP's `strtotime()` that REST clients reach: `CRestUtil::unConvertDateTime` runs every
 * date filter and date field through it. Covered: ISO 8601 dates and date-times (with `Z` or an
 * offset, or none = server time), `DD.MM.YYYY`, `MM/DD/YYYY`, `@<unix>`, and `now`, `today`,
 * `midnight`, `yesterday`, `tomorrow`. Anything else is `false` in PHP, `null` here — an
 * assumption for the rarer relative formats ("+1 week", "last monday"), which PHP does accept.
 */
import { DAY_MS, fromServerWallClock, MINUTE_MS, SERVER_UTC_OFFSET_MINUTES } from '../data/clock'

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/

function zoneOffsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z')
    return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0))
}

/** PHP accepts day 31 of any month and rolls it over (`2024-02-30` is 1 March); month 13 fails. */
function validDate(_year: number, month: number, day: number, hours: number, minutes: number, seconds: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hours <= 24 && minutes < 60 && seconds < 60
}

function startOfServerDay(epochMs: number): number {
  const shifted = epochMs + SERVER_UTC_OFFSET_MINUTES * MINUTE_MS
  return shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS) - SERVER_UTC_OFFSET_MINUTES * MINUTE_MS
}

/**
 * Milliseconds since the epoch, or null where PHP's `strtotime()` returns false.
 *
 * @example
 * strtotime('2024-02-16', now) // 2024-02-16T00:00:00+03:00
 * strtotime('2024-05-16T10:33:00+02:00', now) // that instant
 */
export function strtotime(text: unknown, nowMs: number): number | null {
  if (typeof text !== 'string')
    return null
  const value = text.trim()
  const unix = /^@(-?\d+)$/.exec(value)
  if (unix)
    return Number(unix[1]) * 1000
  switch (value.toLowerCase()) {
    case 'now': return nowMs
    case 'today':
    case 'midnight': return startOfServerDay(nowMs)
    case 'yesterday': return startOfServerDay(nowMs) - DAY_MS
    case 'tomorrow': return startOfServerDay(nowMs) + DAY_MS
  }
  const iso = ISO.exec(value)
  const dotted = iso ? null : DOTTED.exec(value)
  const slashed = iso || dotted ? null : SLASHED.exec(value)
  let fields: [number, number, number, number, number, number]
  let zone: string | undefined
  if (iso) {
    fields = [Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0)]
    zone = iso[7]
  }
  else if (dotted) {
    fields = [Number(dotted[3]), Number(dotted[2]), Number(dotted[1]), Number(dotted[4] ?? 0), Number(dotted[5] ?? 0), Number(dotted[6] ?? 0)]
  }
  else if (slashed) {
    fields = [Number(slashed[3]), Number(slashed[1]), Number(slashed[2]), Number(slashed[4] ?? 0), Number(slashed[5] ?? 0), Number(slashed[6] ?? 0)]
  }
  else {
    return null
  }
  if (!validDate(...fields))
    return null
  if (zone === undefined)
    return fromServerWallClock(...fields)
  const [year, month, day, hours, minutes, seconds] = fields
  return Date.UTC(year, month - 1, day, hours, minutes, seconds) - zoneOffsetMinutes(zone) * MINUTE_MS
}
