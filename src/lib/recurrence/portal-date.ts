/**
 * Dates as REPLICATE_PARAMS stores them: strings in the portal's culture format, in server time
 * (`b24restdocs api-reference/tasks/template/fields.md`). No REST method tells the app that format, so the order is read from the
 * string itself: dotted `16.03.2026` is day-first (no culture writes month-first with dots), slashed
 * `03/16/2026` is month-first as in Bitrix's English culture unless a part above 12 proves otherwise,
 * and `2026-03-16` is ISO. A slashed date whose both parts could be the month is *ambiguous*: the
 * caller shows the raw string next to the reading it chose.
 */
import type { DateOrder, WallClock } from './wall-clock'
import { daysInMonth, wallClock } from './wall-clock'

export type PortalDate
  = | {
    ok: true
    raw: string
    value: WallClock
    order: DateOrder
    /** True when day and month could be swapped and nothing in the string decides. */
    ambiguous: boolean
    /** False for a bare date (`16.03.2026`): the time was not written, midnight is assumed. */
    hasTime: boolean
    /**
     * The string named a day past the month's end (`30.02.2026`) and `value` is where PHP's
     * `mktime` rolls it (02.03.2026): what Bitrix's `MakeTimeStamp` reads. Set by {@link readAsBitrix}.
     */
    rolledOver?: true
  }
  | { ok: false, raw: string }

const TIME_PART = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?$/i
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/
const DASHED_DMY = /^(\d{1,2})-(\d{1,2})-(\d{4})$/
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

interface TimeOfDay {
  hour: number
  minute: number
  second: number
}

/**
 * `HH:MI`, `H:MI`, `HH:MI:SS`, with an optional `am`/`pm` (Bitrix's `T` format token).
 *
 * @example
 * parseTimeOfDay('11:00') // { hour: 11, minute: 0, second: 0 }
 * parseTimeOfDay('12:30 am') // { hour: 0, minute: 30, second: 0 }
 */
export function parseTimeOfDay(raw: string): TimeOfDay | null {
  const match = TIME_PART.exec(raw.trim())
  if (!match)
    return null
  let hour = Number(match[1])
  const minute = Number(match[2])
  const second = match[3] === undefined ? 0 : Number(match[3])
  const meridiem = match[4]?.toLowerCase()
  if (meridiem) {
    if (hour < 1 || hour > 12)
      return null
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0)
  }
  if (hour > 23 || minute > 59 || second > 59)
    return null
  return { hour, minute, second }
}

function build(raw: string, year: number, month: number, day: number, time: TimeOfDay | null, order: DateOrder, ambiguous: boolean): PortalDate {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return { ok: false, raw }
  const { hour, minute, second } = time ?? { hour: 0, minute: 0, second: 0 }
  return { ok: true, raw, value: { year, month, day, hour, minute, second }, order, ambiguous, hasTime: time !== null }
}

/**
 * Which order a set of dates from one portal uses, when one of them proves it (`03/16/2026` is
 * month-first because 16 cannot be a month). All dates of a template share the portal's format.
 *
 * @example
 * inferDateOrder(['03/04/2026 00:00:00', '03/16/2026 11:00:00']) // 'mdy'
 * inferDateOrder(['03/04/2026']) // null
 */
export function inferDateOrder(raws: ReadonlyArray<string | null | undefined>): 'dmy' | 'mdy' | null {
  for (const raw of raws) {
    const match = SLASHED.exec(raw?.trim().split(/\s+/)[0] ?? '')
    if (!match)
      continue
    if (Number(match[1]) > 12)
      return 'dmy'
    if (Number(match[2]) > 12)
      return 'mdy'
  }
  return null
}

/**
 * Parses a portal date-time string. `order` settles slashed dates (from `inferDateOrder`).
 *
 * @example
 * parsePortalDate('16.03.2026 00:00:00') // ok, 16 March, order 'dmy', not ambiguous
 * parsePortalDate('03/04/2026 11:00:00') // ok, 4 March (month-first), ambiguous
 * parsePortalDate('03/04/2026', 'dmy') // ok, 3 April, not ambiguous
 */
export function parsePortalDate(raw: string, order?: 'dmy' | 'mdy' | null): PortalDate {
  const text = raw.trim()
  const iso = ISO.exec(text)
  if (iso) {
    const time = iso[4] === undefined ? null : { hour: Number(iso[4]), minute: Number(iso[5]), second: Number(iso[6] ?? 0) }
    if (time && (time.hour > 23 || time.minute > 59 || time.second > 59))
      return { ok: false, raw }
    return build(raw, Number(iso[1]), Number(iso[2]), Number(iso[3]), time, 'ymd', false)
  }
  const space = text.search(/\s/)
  const datePart = space === -1 ? text : text.slice(0, space)
  const timePart = space === -1 ? '' : text.slice(space).trim()
  let time: TimeOfDay | null = null
  if (timePart !== '') {
    time = parseTimeOfDay(timePart)
    if (!time)
      return { ok: false, raw }
  }
  const dotted = DOTTED.exec(datePart) ?? DASHED_DMY.exec(datePart)
  if (dotted)
    return build(raw, Number(dotted[3]), Number(dotted[2]), Number(dotted[1]), time, 'dmy', false)
  const slashed = SLASHED.exec(datePart)
  if (!slashed)
    return { ok: false, raw }
  const first = Number(slashed[1])
  const second = Number(slashed[2])
  const year = Number(slashed[3])
  if (first > 12)
    return build(raw, year, second, first, time, 'dmy', false)
  if (second > 12)
    return build(raw, year, first, second, time, 'mdy', false)
  const chosen = order ?? 'mdy'
  const ambiguous = !order && first !== second
  return chosen === 'dmy'
    ? build(raw, year, second, first, time, 'dmy', ambiguous)
    : build(raw, year, first, second, time, 'mdy', ambiguous)
}

/**
 * A date as Bitrix's replicator reads it: like {@link parsePortalDate}, and a day past the end of its
 * month (`30.02.2026`, `31.04.2026`) is not refused but rolled into the next month the way PHP's
 * `mktime` does (`MakeTimeStamp` ends in `mktime`), marked `rolledOver` so the caller can say so.
 *
 * @example
 * readAsBitrix('30.02.2026 00:00:00') // ok, 2 March 2026, rolledOver
 */
export function readAsBitrix(raw: string, order?: 'dmy' | 'mdy' | null): PortalDate {
  const parsed = parsePortalDate(raw, order)
  if (parsed.ok)
    return parsed
  const text = raw.trim()
  const space = text.search(/\s/)
  const datePart = space === -1 ? text : text.slice(0, space)
  const timePart = space === -1 ? '' : text.slice(space).trim()
  const time = timePart === '' ? null : parseTimeOfDay(timePart)
  if (timePart !== '' && time === null)
    return parsed
  const dotted = DOTTED.exec(datePart)
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datePart)
  const slashed = SLASHED.exec(datePart)
  let parts: { year: number, month: number, day: number, order: DateOrder } | null = null
  if (dotted)
    parts = { year: Number(dotted[3]), month: Number(dotted[2]), day: Number(dotted[1]), order: 'dmy' }
  else if (iso)
    parts = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), order: 'ymd' }
  else if (slashed && (order ?? 'mdy') === 'mdy')
    parts = { year: Number(slashed[3]), month: Number(slashed[1]), day: Number(slashed[2]), order: 'mdy' }
  else if (slashed)
    parts = { year: Number(slashed[3]), month: Number(slashed[2]), day: Number(slashed[1]), order: 'dmy' }
  if (!parts || parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > 31)
    return parsed
  const { hour, minute, second } = time ?? { hour: 0, minute: 0, second: 0 }
  const value = wallClock(parts.year, parts.month, parts.day, hour, minute, second)
  return { ok: true, raw, value, order: parts.order, ambiguous: false, hasTime: time !== null, rolledOver: true }
}
