/**
 * Durations of time entries: seconds in, text out (three display formats), and the other way
 * round for what people type into a duration field (`1:30`, `1h 30m`, `90m`, `1.5`, `1ч 30м`).
 * Pure TypeScript: no Vue, no SDK.
 */

/** `h:mm` (Clockify "compact", the default), `hh:mm:ss` (Bitrix24's own tab), decimal hours. */
export type DurationFormat = 'h:mm' | 'hh:mm:ss' | 'decimal'

export const DURATION_FORMATS: readonly DurationFormat[] = ['h:mm', 'hh:mm:ss', 'decimal']

/** The longest single entry the form accepts: more than a year of work in one entry is a typo. */
export const MAX_ENTRY_SECONDS = 9999 * 3600

export function isDurationFormat(value: unknown): value is DurationFormat {
  return typeof value === 'string' && (DURATION_FORMATS as readonly string[]).includes(value)
}

const pad2 = (value: number) => String(value).padStart(2, '0')

const decimalFormatters = new Map<string, Intl.NumberFormat>()
function decimalFormatter(locale: string): Intl.NumberFormat {
  let formatter = decimalFormatters.get(locale)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false })
    decimalFormatters.set(locale, formatter)
  }
  return formatter
}

/** The smallest step each format can show, in seconds (decimal hours have two decimals: 0.01 h). */
const FORMAT_STEP_SECONDS: Readonly<Record<DurationFormat, number>> = { 'h:mm': 60, 'hh:mm:ss': 1, 'decimal': 36 }

/**
 * Formats an excess (time over plan) rounded *up* to the format's step, so any positive excess
 * reads as at least one step: "over plan by 0:00" would contradict itself.
 *
 * @example
 * formatExcess(23, 'h:mm') // '0:01'
 * formatExcess(23, 'hh:mm:ss') // '00:00:23'
 */
export function formatExcess(seconds: number, format: DurationFormat, locale = 'en'): string {
  const step = FORMAT_STEP_SECONDS[format]
  return formatDuration(Math.ceil(Math.max(0, seconds) / step) * step, format, locale)
}

/**
 * Formats a number of seconds. `h:mm` rounds to the nearest minute (as Bitrix derives MINUTES),
 * `hh:mm:ss` is exact, `decimal` shows hours with two decimals in the locale's notation.
 *
 * @example
 * formatDuration(5400, 'h:mm') // '1:30'
 * formatDuration(5409, 'hh:mm:ss') // '01:30:09'
 * formatDuration(5400, 'decimal', 'ru') // '1,50'
 */
export function formatDuration(seconds: number, format: DurationFormat, locale = 'en'): string {
  const sign = seconds < 0 ? '-' : ''
  const total = Math.abs(Math.round(seconds))
  switch (format) {
    case 'h:mm': {
      const minutes = Math.round(total / 60)
      return `${sign}${Math.floor(minutes / 60)}:${pad2(minutes % 60)}`
    }
    case 'hh:mm:ss':
      return `${sign}${pad2(Math.floor(total / 3600))}:${pad2(Math.floor((total % 3600) / 60))}:${pad2(total % 60)}`
    case 'decimal':
      return `${sign}${decimalFormatter(locale).format(total / 3600)}`
  }
}

export type DurationParseError = 'empty' | 'invalid' | 'zero' | 'too-long'

export type DurationParseResult
  = | { ok: true, seconds: number }
    | { ok: false, error: DurationParseError }

const UNIT_SECONDS: ReadonlyArray<[pattern: RegExp, seconds: number]> = [
  [/^(?:h|hr|hrs|hour|hours|ч|час|часа|часов)$/, 3600],
  [/^(?:m|min|mins|minute|minutes|м|мин|минута|минуты|минут)$/, 60],
  [/^(?:s|sec|secs|second|seconds|с|сек|секунда|секунды|секунд)$/, 1],
]

function unitSeconds(unit: string): number | null {
  for (const [pattern, seconds] of UNIT_SECONDS) {
    if (pattern.test(unit))
      return seconds
  }
  return null
}

const CLOCK = /^(\d{1,6}):([0-5]?\d)(?::([0-5]?\d))?$/
const DECIMAL = /^(?:\d{1,6}(?:\.\d+)?|\.\d+)$/
const UNIT_PART = /(\d{1,5}(?:\.\d+)?)\s*([a-z\u0430-\u044F\u0451]+)\s*/gy

function finish(seconds: number): DurationParseResult {
  const rounded = Math.round(seconds)
  if (rounded <= 0)
    return { ok: false, error: 'zero' }
  if (rounded > MAX_ENTRY_SECONDS)
    return { ok: false, error: 'too-long' }
  return { ok: true, seconds: rounded }
}

/**
 * Reads a duration typed by a person. A bare number is hours (`1.5` = 1 h 30 min, `,` works as the
 * decimal mark); `h:mm` and `h:mm:ss` are clock notation; units may be English or Russian and each
 * unit may appear once (`1h 30m`, `90m`, `1ч 30м`, `2 hours 5 min`).
 *
 * @example
 * parseDuration('1h 30m') // { ok: true, seconds: 5400 }
 * parseDuration('abc') // { ok: false, error: 'invalid' }
 */
export function parseDuration(input: string): DurationParseResult {
  const text = input.trim().toLowerCase().replace(/(\d),(\d)/g, '$1.$2')
  if (text === '')
    return { ok: false, error: 'empty' }

  const clock = CLOCK.exec(text)
  if (clock)
    return finish(Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3] ?? 0))

  if (DECIMAL.test(text))
    return finish(Number(text) * 3600)

  let seconds = 0
  let consumed = 0
  const seen = new Set<number>()
  UNIT_PART.lastIndex = 0
  for (let match = UNIT_PART.exec(text); match; match = UNIT_PART.exec(text)) {
    const unit = unitSeconds(match[2]!)
    if (unit === null || seen.has(unit))
      return { ok: false, error: 'invalid' }
    seen.add(unit)
    seconds += Number(match[1]) * unit
    consumed = UNIT_PART.lastIndex
  }
  if (seen.size === 0 || consumed !== text.length)
    return { ok: false, error: 'invalid' }
  return finish(seconds)
}
