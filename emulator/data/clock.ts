/**
 * The emulated portal's clock and zone. The server runs at UTC+03:00 (Europe/Moscow, no DST since
 * 2014) and writes every REST date as ISO 8601 with that offset (`CRestUtil::ConvertDateTime`,
 * `date('c')` in `time.date_start`), so the app has to show zones rather than assume the browser's.
 */

export const SERVER_UTC_OFFSET_MINUTES = 180

/** The demo data's "now": Monday 16 March 2026, 12:00 server time (the docs' template 139 starts then). */
export const DEMO_NOW = Date.UTC(2026, 2, 16, 9, 0, 0)

export const MINUTE_MS = 60_000
export const HOUR_MS = 3_600_000
export const DAY_MS = 86_400_000

const pad = (value: number) => String(value).padStart(2, '0')

/** The server's wall clock for an instant, as UTC fields of a shifted Date. */
function serverWallClock(epochMs: number): Date {
  return new Date(epochMs + SERVER_UTC_OFFSET_MINUTES * MINUTE_MS)
}

function offsetSuffix(): string {
  const sign = SERVER_UTC_OFFSET_MINUTES >= 0 ? '+' : '-'
  const minutes = Math.abs(SERVER_UTC_OFFSET_MINUTES)
  return `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
}

/**
 * PHP `date('c')` in server time.
 *
 * @example
 * toServerIso(DEMO_NOW) // '2026-03-16T12:00:00+03:00'
 */
export function toServerIso(epochMs: number): string {
  const wall = serverWallClock(epochMs)
  return `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}${offsetSuffix()}`
}

/**
 * The portal's culture format `DD.MM.YYYY HH:MI:SS` in server time (REPLICATE_PARAMS dates).
 *
 * @example
 * toSiteDateTime(DEMO_NOW) // '16.03.2026 12:00:00'
 */
export function toSiteDateTime(epochMs: number): string {
  const wall = serverWallClock(epochMs)
  return `${pad(wall.getUTCDate())}.${pad(wall.getUTCMonth() + 1)}.${wall.getUTCFullYear()} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`
}

/** The instant of a server wall-clock time. */
export function fromServerWallClock(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): number {
  return Date.UTC(year, month - 1, day, hours, minutes, seconds) - SERVER_UTC_OFFSET_MINUTES * MINUTE_MS
}
