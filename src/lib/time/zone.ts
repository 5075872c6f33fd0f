/**
 * Calendar facts in an explicit IANA time zone, built on `Intl` only. Entries arrive as ISO 8601
 * instants with the server's offset; people think in days of *their* zone, so every day key,
 * label and form value here takes the zone as an argument (never the machine's zone by accident).
 */

/** `YYYY-MM-DD`, a calendar day in some zone. Sorts and compares as a string. */
export type DayKey = string

interface ZonedParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const partFormatters = new Map<string, Intl.DateTimeFormat>()
const dayFormatters = new Map<string, Intl.DateTimeFormat>()

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    partFormatters.set(timeZone, formatter)
  }
  return formatter
}

function zonedParts(date: Date, timeZone: string): ZonedParts {
  const parts: Record<string, number> = {}
  for (const part of partsFormatter(timeZone).formatToParts(date)) {
    if (part.type !== 'literal')
      parts[part.type] = Number(part.value)
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  }
}

const pad2 = (value: number) => String(value).padStart(2, '0')

/**
 * True when `Intl` knows the zone (`user.current` may send `''` or a retired name).
 *
 * @example
 * isValidTimeZone('Europe/Moscow') // true
 */
export function isValidTimeZone(timeZone: string | null | undefined): timeZone is string {
  if (!timeZone)
    return false
  try {
    partsFormatter(timeZone)
    return true
  }
  catch {
    return false
  }
}

/**
 * The calendar day of an instant in a zone.
 *
 * @example
 * dayKey(new Date('2024-05-16T22:30:00Z'), 'Europe/Moscow') // '2024-05-17'
 */
export function dayKey(date: Date, timeZone: string): DayKey {
  // `en-CA` formats dates as YYYY-MM-DD; `format` is ~3× faster than `formatToParts` (5,000 rows).
  let formatter = dayFormatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    dayFormatters.set(timeZone, formatter)
  }
  const text = formatter.format(date)
  if (/^\d{4}-\d{2}-\d{2}$/.test(text))
    return text
  const { year, month, day } = zonedParts(date, timeZone)
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`
}

const DAY_MS = 86_400_000

/** Milliseconds the zone is ahead of UTC at `time`, to the second (tzdb offsets have no finer part); null before year 100. */
function offsetMsAt(time: number, timeZone: string): number | null {
  const p = zonedParts(new Date(time), timeZone)
  if (p.year < 100)
    return null
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(time / 1000) * 1000
}

/** Zones whose offset never changes: no DST, no history (`fixedOffsetZone`'s answers among them). */
const FIXED_OFFSET_ZONE = /^(?:UTC|Etc\/(?:UTC|GMT(?:[+-]\d{1,2})?))$/

/** The `YYYY-MM-DD` of day number `day` counted from the epoch (years 100 … 9999). */
function dayKeyOfDayNumber(day: number): DayKey {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/**
 * `dayKey` for many instants in one zone: `Intl` is asked for the zone's offset once per UTC day
 * boundary (a fixed-offset zone: once), and the key follows from the offset by arithmetic, instead
 * of one `Intl` call per entry; every entry of a day shares one key string (50,000 entries span
 * about 1,100 days). A UTC day whose offset differs at its two ends (a DST change) is answered by
 * `dayKey` itself, entry by entry; a day with two changes that cancel out does not occur in the
 * tz database. Equal to `dayKey` for every instant (tests/lib/time/day-key-reader.test.ts).
 *
 * @example
 * const dayOf = dayKeyReader('Europe/Moscow')
 * dayOf(new Date('2024-05-16T22:30:00Z')) // '2024-05-17', as dayKey
 */
export function dayKeyReader(timeZone: string): (date: Date) => DayKey {
  /** Offset at the start of each UTC day (00:00:00), by day number; null when Intl cannot say. */
  const boundaries = new Map<number, number | null>()
  const offsets = new Map<number, number | null>()
  const byLocalDay = new Map<number, DayKey>()
  const strings = new Map<DayKey, DayKey>()
  const shared = (key: DayKey) => {
    const known = strings.get(key)
    if (known !== undefined)
      return known
    strings.set(key, key)
    return key
  }
  const fixed = FIXED_OFFSET_ZONE.test(timeZone) ? offsetMsAt(Date.UTC(2000, 0, 1), timeZone) : null
  const boundary = (utcDay: number) => {
    let offset = boundaries.get(utcDay)
    if (offset === undefined) {
      offset = offsetMsAt(utcDay * DAY_MS, timeZone)
      boundaries.set(utcDay, offset)
    }
    return offset
  }
  return (date) => {
    const time = date.getTime()
    if (!Number.isFinite(time))
      return dayKey(date, timeZone)
    const utcDay = Math.floor(time / DAY_MS)
    let offset = offsets.get(utcDay)
    if (offset === undefined) {
      if (fixed !== null) {
        offset = fixed
      }
      else {
        // The same offset at this day's start and the next day's start: no change in between.
        const start = boundary(utcDay)
        offset = start !== null && start === boundary(utcDay + 1) ? start : null
      }
      offsets.set(utcDay, offset)
    }
    if (offset === null)
      return shared(dayKey(date, timeZone))
    const localDay = Math.floor((time + offset) / DAY_MS)
    let key = byLocalDay.get(localDay)
    if (key === undefined) {
      const year = new Date(localDay * DAY_MS).getUTCFullYear()
      key = shared(year >= 100 && year <= 9999 ? dayKeyOfDayNumber(localDay) : dayKey(date, timeZone))
      byLocalDay.set(localDay, key)
    }
    return key
  }
}

/**
 * Minutes the zone is ahead of UTC at that instant (DST-aware).
 *
 * @example
 * zoneOffsetMinutes(new Date('2024-01-01T00:00:00Z'), 'Europe/Moscow') // 180
 */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone)
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000)
}

/**
 * `+03:00` style offset.
 *
 * @example
 * formatOffset(-210) // '-03:30'
 */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+'
  const abs = Math.abs(minutes)
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`
}

/**
 * The label shown next to dates, as Bitrix's own hint does: `UTC+03:00`.
 *
 * @example
 * zoneLabel('Europe/Moscow', new Date('2024-05-16T00:00:00Z')) // 'UTC+03:00'
 */
export function zoneLabel(timeZone: string, at: Date): string {
  return `UTC${formatOffset(zoneOffsetMinutes(at, timeZone))}`
}

/**
 * An instant as ISO 8601 with the zone's offset, the form Bitrix itself sends and parses.
 *
 * @example
 * toZonedIso(new Date('2024-05-16T07:33:00Z'), 'Europe/Moscow') // '2024-05-16T10:33:00+03:00'
 */
export function toZonedIso(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone)
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}T${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}${formatOffset(zoneOffsetMinutes(date, timeZone))}`
}

/**
 * The value of an `<input type="datetime-local">` showing the instant in the zone.
 *
 * @example
 * toLocalInputValue(new Date('2024-05-16T07:33:00Z'), 'Europe/Moscow') // '2024-05-16T10:33'
 */
export function toLocalInputValue(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone)
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}T${pad2(p.hour)}:${pad2(p.minute)}`
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

/**
 * Reads a wall-clock `YYYY-MM-DDTHH:mm` in a zone back into an instant; null when malformed.
 * In a DST gap the clock is moved forward, as browsers do.
 *
 * @example
 * fromLocalInputValue('2024-05-16T10:33', 'Europe/Moscow')?.toISOString() // '2024-05-16T07:33:00.000Z'
 */
export function fromLocalInputValue(value: string, timeZone: string): Date | null {
  const match = LOCAL_INPUT.exec(value)
  if (!match)
    return null
  const [year, month, day, hour, minute, second] = match.slice(1).map(part => Number(part ?? 0)) as [number, number, number, number, number, number]
  const wall = Date.UTC(year, month - 1, day, hour, minute, second)
  const check = new Date(wall)
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59)
    return null
  // Two passes settle the offset around DST switches.
  const firstGuess = wall - zoneOffsetMinutes(new Date(wall), timeZone) * 60_000
  const settled = wall - zoneOffsetMinutes(new Date(firstGuess), timeZone) * 60_000
  if (wall - zoneOffsetMinutes(new Date(settled), timeZone) * 60_000 === settled)
    return new Date(settled)
  // No instant shows this wall time (a DST gap): move forward by the gap, as the clocks do,
  // whichever side of UTC the zone is on (Santiago's 1998-09-27 00:30 is 01:30, not 23:30 the day before).
  return new Date(Math.max(firstGuess, settled))
}

/** The browser's zone, the last resort when the portal tells neither the user's zone nor its own offset. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

/**
 * Minutes ahead of UTC in `+01:00`, `+0100`, `Z`, or at the end of an ISO 8601 date such as the
 * envelope's `time.date_start` (PHP `date('c')`); null when unreadable or beyond ±14 h.
 *
 * @example
 * parseUtcOffset('2026-03-11T11:53:04+01:00') // 60
 */
export function parseUtcOffset(text: string | null | undefined): number | null {
  const match = /(?:([+-])(\d{2}):?(\d{2})|Z)$/.exec(text?.trim() ?? '')
  if (!match)
    return null
  if (match[1] === undefined)
    return 0
  const minutes = (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]))
  return Number(match[3]) < 60 && Math.abs(minutes) <= 14 * 60 ? minutes : null
}

/** Zones without DST for offsets that are not whole hours (Etc/GMT zones exist for whole hours only). */
const ODD_OFFSET_ZONES: Readonly<Record<number, string>> = {
  [-570]: 'Pacific/Marquesas',
  210: 'Asia/Tehran',
  270: 'Asia/Kabul',
  330: 'Asia/Kolkata',
  345: 'Asia/Kathmandu',
  390: 'Asia/Yangon',
  525: 'Australia/Eucla',
  570: 'Australia/Darwin',
}

/**
 * An IANA zone that is always `minutes` ahead of UTC, for server time when only its offset is known.
 * `Etc/GMT-1` is UTC+1 (POSIX signs); null for an offset no zone has.
 *
 * @example
 * fixedOffsetZone(60) // 'Etc/GMT-1'
 */
export function fixedOffsetZone(minutes: number): string | null {
  if (minutes === 0)
    return 'UTC'
  if (minutes % 60 === 0 && minutes >= -12 * 60 && minutes <= 14 * 60)
    return `Etc/GMT${minutes > 0 ? '-' : '+'}${Math.abs(minutes / 60)}`
  const zone = ODD_OFFSET_ZONES[minutes]
  return zone !== undefined && isValidTimeZone(zone) ? zone : null
}

/**
 * The zone Bitrix24 shows a user's times in. With user time zones on, `user.current` has the
 * user's TIME_ZONE. Without it Bitrix24 shows server time, so the server's offset (`time.date_start`
 * of any REST envelope) decides, not the browser: the browser's zone is kept only when it has that
 * offset now (then its DST and its name come along); otherwise a fixed-offset zone is used, which
 * cannot know the server's DST. Only when the offset is unknown too is the browser's zone a guess.
 *
 * @example
 * portalTimeZone(null, '+03:00', 'America/New_York') // 'Etc/GMT-3'
 */
export function portalTimeZone(userTimeZone: string | null | undefined, serverUtcOffset: string | null | undefined, browserZoneGiven?: string, at: Date = new Date()): string {
  if (isValidTimeZone(userTimeZone))
    return userTimeZone
  // Asked only when needed: the browser's own zone costs ICU's host-zone detection (a long task at 4× CPU).
  const browserZone = browserZoneGiven ?? browserTimeZone()
  const server = parseUtcOffset(serverUtcOffset)
  if (server === null)
    return browserZone
  if (isValidTimeZone(browserZone) && zoneOffsetMinutes(at, browserZone) === server)
    return browserZone
  return fixedOffsetZone(server) ?? browserZone
}

function zoneNamePart(timeZone: string, locale: string, at: Date, style: 'shortGeneric' | 'longGeneric'): string | null {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }).formatToParts(at).find(part => part.type === 'timeZoneName')?.value ?? null
  }
  catch {
    return null
  }
}

/** An offset (`GMT+1`) or an abbreviation (`ET`) is not a name. */
const NOT_A_NAME = /^(?:GMT|UTC)|^[A-Z]{1,5}$/

/**
 * The zone in the words of the locale (CLDR's generic names: `Germany Time`, `Москва`,
 * `Eastern Time`, a city where a country has several zones); null for a bare offset zone.
 *
 * @example
 * zoneName('Europe/Berlin', 'en', new Date()) // 'Germany Time'
 */
export function zoneName(timeZone: string, locale: string, at: Date): string | null {
  for (const style of ['shortGeneric', 'longGeneric'] as const) {
    const name = zoneNamePart(timeZone, locale, at, style)
    if (name && !NOT_A_NAME.test(name))
      return name
  }
  return null
}

/**
 * An offset as people write it: `UTC+3`, `UTC+5:30`, `UTC-9:30`, and `UTC` for zero.
 *
 * @example
 * shortOffsetLabel(180) // 'UTC+3'
 */
export function shortOffsetLabel(minutes: number): string {
  if (minutes === 0)
    return 'UTC'
  const abs = Math.abs(minutes)
  const rest = abs % 60
  return `UTC${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${rest === 0 ? '' : `:${pad2(rest)}`}`
}

/**
 * What people read next to a time: the zone's name once and its offset on that date (DST
 * included) in short form. A zone without a name (a fixed offset, as server time is when only its
 * offset is known) is called `unnamed` when given; without either it is the offset alone.
 *
 * @example
 * zoneDisplayName('Europe/Berlin', 'en', new Date('2026-07-15T12:00:00Z')) // 'Germany Time (UTC+2)'
 * zoneDisplayName('Etc/GMT-3', 'en', new Date(), 'Server time') // 'Server time (UTC+3)'
 */
export function zoneDisplayName(timeZone: string, locale: string, at: Date, unnamed?: string): string {
  const name = zoneName(timeZone, locale, at) ?? unnamed
  const offset = shortOffsetLabel(zoneOffsetMinutes(at, timeZone))
  return name ? `${name} (${offset})` : offset
}
