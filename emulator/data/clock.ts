/**
 * The emulated portal's clock and zone. The server runs at UTC+03:00 (Europe/Moscow, no DST since
 * 2014) and writes every REST date as ISO 8601 with that offset (`CRestUtil::ConvertDateTime`,
 * `date('c')` in `time.date_start`), so the app has to show zones rather than assume the browser's.
 *
 * The demo data moves with "today", so date presets (today, this week, last month …) find entries
 * on whatever day the emulator runs. Tests pin the clock with the environment variable
 * `EMULATOR_NOW` (an ISO 8601 instant, e.g. `2026-03-16T12:00:00+03:00`, or epoch milliseconds):
 * the data is then byte-identical on every run, and the REST server's "now" starts at that instant
 * and ticks from there.
 */
import process from 'node:process'

export const SERVER_UTC_OFFSET_MINUTES = 180

export const MINUTE_MS = 60_000
export const HOUR_MS = 3_600_000
export const DAY_MS = 86_400_000

/** The instant the e2e and unit tests pin: Monday 16 March 2026, 12:00 server time (template 139 of the docs starts then). */
export const PINNED_TEST_NOW = Date.UTC(2026, 2, 16, 9, 0, 0)

/** The pinned instant of `EMULATOR_NOW`, or null; throws on a value that is not an instant. */
export function parsePinnedNow(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '')
    return null
  const text = value.trim()
  const instant = /^-?\d+$/.test(text) ? Number(text) : Date.parse(text)
  if (!Number.isFinite(instant))
    throw new TypeError(`EMULATOR_NOW must be an ISO 8601 instant or epoch milliseconds, got "${value}"`)
  return instant
}

/**
 * The unpinned demo "now": 12:00 server time of the current server day, or the current minute
 * before noon, so the data is the same all afternoon and never lies in the future.
 */
export function movingDemoNow(realNowMs: number): number {
  const shifted = realNowMs + SERVER_UTC_OFFSET_MINUTES * MINUTE_MS
  const noon = shifted - (((shifted % DAY_MS) + DAY_MS) % DAY_MS) + 12 * HOUR_MS - SERVER_UTC_OFFSET_MINUTES * MINUTE_MS
  return Math.min(noon, realNowMs - (realNowMs % MINUTE_MS))
}

const PROCESS_START_MS = Date.now()
const PINNED_NOW = parsePinnedNow(process.env.EMULATOR_NOW)

/** Whether `EMULATOR_NOW` pins the clock. */
export const CLOCK_PINNED = PINNED_NOW !== null

/** The demo data's "now", fixed for the process: every demo date is relative to it. */
export const DEMO_NOW = PINNED_NOW ?? movingDemoNow(PROCESS_START_MS)

/** The REST server's "now": the real clock, or, pinned, `DEMO_NOW` plus the time since start-up. */
export function serverNow(): number {
  const real = Date.now()
  return PINNED_NOW === null ? real : PINNED_NOW + (real - PROCESS_START_MS)
}

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
 * toServerIso(PINNED_TEST_NOW) // '2026-03-16T12:00:00+03:00'
 */
export function toServerIso(epochMs: number): string {
  const wall = serverWallClock(epochMs)
  return `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}${offsetSuffix()}`
}

/**
 * The portal's culture format `DD.MM.YYYY HH:MI:SS` in server time (REPLICATE_PARAMS dates).
 *
 * @example
 * toSiteDateTime(PINNED_TEST_NOW) // '16.03.2026 12:00:00'
 */
export function toSiteDateTime(epochMs: number): string {
  const wall = serverWallClock(epochMs)
  return `${pad(wall.getUTCDate())}.${pad(wall.getUTCMonth() + 1)}.${wall.getUTCFullYear()} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`
}

/** The instant of a server wall-clock time. */
export function fromServerWallClock(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): number {
  return Date.UTC(year, month - 1, day, hours, minutes, seconds) - SERVER_UTC_OFFSET_MINUTES * MINUTE_MS
}
