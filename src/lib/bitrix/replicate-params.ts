import type { FieldDecodeResult } from './errors'
import type { PhpKey, PhpMap, PhpValue } from '@/lib/php-serialize'
import { unserialize } from '@/lib/php-serialize'
import { decodeToResult, FieldDecodeError } from './errors'

export type ReplicationPeriod = 'daily' | 'weekly' | 'monthly' | 'yearly'
export type RepeatTill = 'endless' | 'date' | 'times'
/** A weekday as WEEK_DAYS stores it, ISO style (PHP `date('N')`): 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7
/** A weekday as MONTHLY_WEEK_DAY and YEARLY_WEEK_DAY store it: 0 = Monday … 6 = Sunday (zero-based, unlike WEEK_DAYS). */
export type ZeroBasedWeekday = 0 | 1 | 2 | 3 | 4 | 5 | 6
/** A month as YEARLY_MONTH_1 and YEARLY_MONTH_2 store it: 0 = January … 11 = December. */
export type ZeroBasedMonth = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11
/** Which such weekday of the month: 0 = first, 1 = second, 2 = third, 3 = fourth, 4 = last. */
export type WeekOrdinal = 0 | 1 | 2 | 3 | 4
/** MONTHLY_TYPE and YEARLY_TYPE: 1 = on a day of the month, 2 = on a weekday of the month. */
export type DayPattern = 1 | 2

/**
 * A task template's recurrence, decoded from its REPLICATE_PARAMS column. Every number keeps the
 * numbering Bitrix24 stores (the bases differ per key, see the types); nothing is re-based here.
 * Keys that do not apply to `period` are still present with Bitrix's defaults. Dates stay the raw
 * strings of the portal's culture format, in server time (`b24restdocs api-reference/tasks/template/fields.md`).
 */
export interface ReplicationRule {
  /** PERIOD; default 'daily'. */
  period: ReplicationPeriod
  /** EVERY_DAY: daily, every N days; ≥ 1, default 1. */
  everyDay: number
  /** WORKDAY_ONLY = 'Y': daily, move to the next work time of the portal calendar; default false. */
  workdayOnly: boolean
  /** DAILY_MONTH_INTERVAL: ≥ 0, default 0. Bitrix adds it to `everyDay` (ExecutionTimeFactory). */
  dailyMonthInterval: number
  /** EVERY_WEEK: weekly, every N weeks; ≥ 1, default 1. */
  everyWeek: number
  /** WEEK_DAYS, 1 = Monday … 7 = Sunday, in stored order; default []. Bitrix runs an empty list on Mondays. */
  weekDays: IsoWeekday[]
  /** MONTHLY_TYPE: 1 = `monthlyDayNum`, 2 = `monthlyWeekDayNum` + `monthlyWeekDay`; default 1. */
  monthlyType: DayPattern
  /** MONTHLY_DAY_NUM: 1..31, default 1. */
  monthlyDayNum: number
  /** MONTHLY_MONTH_NUM_1: type 1, every N months; ≥ 1, default 1. */
  monthlyMonthNum1: number
  /** MONTHLY_WEEK_DAY_NUM: type 2 ordinal, 0 = first … 4 = last; default 0. */
  monthlyWeekDayNum: WeekOrdinal
  /** MONTHLY_WEEK_DAY: type 2 weekday, 0 = Monday … 6 = Sunday; default 0. */
  monthlyWeekDay: ZeroBasedWeekday
  /** MONTHLY_MONTH_NUM_2: type 2, every N months; ≥ 1, default 1. */
  monthlyMonthNum2: number
  /** YEARLY_TYPE: 1 = `yearlyDayNum` of `yearlyMonth1`, 2 = weekday pattern in `yearlyMonth2`; default 1. */
  yearlyType: DayPattern
  /** YEARLY_DAY_NUM: 1..31, default 1. */
  yearlyDayNum: number
  /** YEARLY_MONTH_1: 0 = January … 11 = December; default 0. */
  yearlyMonth1: ZeroBasedMonth
  /** YEARLY_WEEK_DAY_NUM: 0 = first … 4 = last; default 0. */
  yearlyWeekDayNum: WeekOrdinal
  /** YEARLY_WEEK_DAY: 0 = Monday … 6 = Sunday; default 0. */
  yearlyWeekDay: ZeroBasedWeekday
  /** YEARLY_MONTH_2: 0 = January … 11 = December; default 0. */
  yearlyMonth2: ZeroBasedMonth
  /** TIME: 'HH:MM' when tasks are created, in server time; default '05:00'. */
  time: string
  /**
   * TIMEZONE_OFFSET in seconds; deprecated, always 0 in new templates (TIME is server time). `null`
   * when missing: old templates then mean the creator's local time.
   */
  timezoneOffset: number | null
  /** START_DATE, raw (e.g. '16.03.2026 00:00:00'); null when missing or empty. */
  startDate: string | null
  /** END_DATE, raw; null when missing, `N;` or ''. Used when `repeatTill` is 'date'. */
  endDate: string | null
  /** REPEAT_TILL; when missing: 'date' if END_DATE is set (old templates), else 'endless'. */
  repeatTill: RepeatTill
  /** TIMES: stop once this many tasks were created (`repeatTill` 'times'); ≥ 0, default 0. */
  times: number
  /** NEXT_EXECUTION_TIME, raw, server time, maintained by the Bitrix agent; null when missing. */
  nextExecutionTime: string | null
  /** DEADLINE_OFFSET: ≥ 0, default 0; the unit for templates is not documented. */
  deadlineOffset: number
  /** DEADLINE_AFTER: not an option, but Bitrix's validate() always writes it; default 0. */
  deadlineAfter: number
  /** Keys this decoder does not know, with their values, in stored order. */
  extra: PhpMap
}

/** A value that was present but invalid: the rule holds the default instead, and this keeps the evidence. */
export interface ReplicationIssue {
  /** The REPLICATE_PARAMS key, e.g. 'WEEK_DAYS'. */
  key: string
  /** The value as stored: the whole value, or the bad element of a list. */
  value: PhpValue
  reason: string
}

export interface ReplicateParams {
  rule: ReplicationRule
  issues: ReplicationIssue[]
}

type KnownFields = Omit<ReplicationRule, 'extra'>

/** Returns the decoded value, or `undefined` after calling `reject` to fall back to the default. */
type Decode<T> = (raw: PhpValue, reject: (reason: string, value?: PhpValue) => undefined) => T | undefined

const INTEGER_TEXT = /^-?\d+$/
const TIME_OF_DAY = /^(?:[01]?\d|2[0-3]):[0-5]\d$/

/** Ints arrive as `i:1;` from old writers and as `s:1:"1";` from the V2 mapper (`b24restdocs api-reference/tasks/template/fields.md`). */
function toInteger(raw: PhpValue): number | undefined {
  const value = typeof raw === 'string' && INTEGER_TEXT.test(raw) ? Number(raw) : raw
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined
}

/** The range check is what makes the cast to a literal union like `ZeroBasedMonth` true. */
function integer<T extends number = number>(min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Decode<T> {
  return (raw, reject) => {
    const value = toInteger(raw)
    if (value === undefined)
      return reject('not an integer')
    if (value < min || value > max)
      return reject(max === Number.MAX_SAFE_INTEGER ? `less than ${min}` : `outside ${min}..${max}`)
    return value as T
  }
}

function oneOf<T extends string>(...allowed: T[]): Decode<T> {
  return (raw, reject) => allowed.includes(raw as T) ? raw as T : reject(`not one of ${allowed.join(', ')}`)
}

const yesNo: Decode<boolean> = (raw, reject) => raw === 'Y' ? true : raw === 'N' ? false : reject('not Y or N')

const timeOfDay: Decode<string> = (raw, reject) =>
  typeof raw === 'string' && TIME_OF_DAY.test(raw) ? raw : reject('not a HH:MM time')

const rawDate: Decode<string | null> = (raw, reject) => typeof raw === 'string' ? raw : reject('not a date string')

const weekDays: Decode<IsoWeekday[]> = (raw, reject) => {
  const entries = Array.isArray(raw) ? raw.entries() : raw instanceof Map ? raw.entries() : undefined
  if (entries === undefined)
    return reject('not an array')
  const day = integer<IsoWeekday>(1, 7)
  const days: IsoWeekday[] = []
  for (const [key, item] of entries) {
    const value = day(item, reason => reject(`element ${String(key)}: ${reason}`, item))
    if (value !== undefined)
      days.push(value)
  }
  return days
}

interface FieldSpec<T> {
  key: string
  fallback: T
  decode: Decode<T>
}

/** Every key of REPLICATE_PARAMS (`b24restdocs api-reference/tasks/template/fields.md`), with Bitrix's default; the mapped type keeps this complete. */
const FIELDS: { [Name in keyof KnownFields]: FieldSpec<KnownFields[Name]> } = {
  period: { key: 'PERIOD', fallback: 'daily', decode: oneOf('daily', 'weekly', 'monthly', 'yearly') },
  everyDay: { key: 'EVERY_DAY', fallback: 1, decode: integer(1) },
  workdayOnly: { key: 'WORKDAY_ONLY', fallback: false, decode: yesNo },
  dailyMonthInterval: { key: 'DAILY_MONTH_INTERVAL', fallback: 0, decode: integer(0) },
  everyWeek: { key: 'EVERY_WEEK', fallback: 1, decode: integer(1) },
  weekDays: { key: 'WEEK_DAYS', fallback: [], decode: weekDays },
  monthlyType: { key: 'MONTHLY_TYPE', fallback: 1, decode: integer(1, 2) },
  monthlyDayNum: { key: 'MONTHLY_DAY_NUM', fallback: 1, decode: integer(1, 31) },
  monthlyMonthNum1: { key: 'MONTHLY_MONTH_NUM_1', fallback: 1, decode: integer(1) },
  monthlyWeekDayNum: { key: 'MONTHLY_WEEK_DAY_NUM', fallback: 0, decode: integer(0, 4) },
  monthlyWeekDay: { key: 'MONTHLY_WEEK_DAY', fallback: 0, decode: integer(0, 6) },
  monthlyMonthNum2: { key: 'MONTHLY_MONTH_NUM_2', fallback: 1, decode: integer(1) },
  yearlyType: { key: 'YEARLY_TYPE', fallback: 1, decode: integer(1, 2) },
  yearlyDayNum: { key: 'YEARLY_DAY_NUM', fallback: 1, decode: integer(1, 31) },
  yearlyMonth1: { key: 'YEARLY_MONTH_1', fallback: 0, decode: integer(0, 11) },
  yearlyWeekDayNum: { key: 'YEARLY_WEEK_DAY_NUM', fallback: 0, decode: integer(0, 4) },
  yearlyWeekDay: { key: 'YEARLY_WEEK_DAY', fallback: 0, decode: integer(0, 6) },
  yearlyMonth2: { key: 'YEARLY_MONTH_2', fallback: 0, decode: integer(0, 11) },
  time: { key: 'TIME', fallback: '05:00', decode: timeOfDay },
  timezoneOffset: { key: 'TIMEZONE_OFFSET', fallback: null, decode: integer() },
  startDate: { key: 'START_DATE', fallback: null, decode: rawDate },
  endDate: { key: 'END_DATE', fallback: null, decode: rawDate },
  repeatTill: { key: 'REPEAT_TILL', fallback: 'endless', decode: oneOf('endless', 'date', 'times') },
  times: { key: 'TIMES', fallback: 0, decode: integer(0) },
  nextExecutionTime: { key: 'NEXT_EXECUTION_TIME', fallback: null, decode: rawDate },
  deadlineOffset: { key: 'DEADLINE_OFFSET', fallback: 0, decode: integer(0) },
  deadlineAfter: { key: 'DEADLINE_AFTER', fallback: 0, decode: integer() },
}

const FIELD_NAMES = Object.keys(FIELDS) as Array<keyof KnownFields>
const KNOWN_KEYS = new Set<PhpKey | bigint>(FIELD_NAMES.map(name => FIELDS[name].key))

/** Bitrix writes "no value" as a missing key, `N;` or `s:0:"";` alike. */
function isBlank(raw: PhpValue | undefined): raw is null | undefined | '' {
  return raw === undefined || raw === null || raw === ''
}

function decodeField<Name extends keyof KnownFields>(name: Name, params: PhpMap, issues: ReplicationIssue[]): KnownFields[Name] {
  const { key, fallback, decode } = FIELDS[name]
  const raw = params.get(key)
  if (isBlank(raw))
    return fallback
  const reject = (reason: string, value: PhpValue = raw): undefined => {
    issues.push({ key, value, reason })
    return undefined
  }
  const value = decode(raw, reject)
  return value === undefined ? fallback : value
}

/**
 * Decodes a task template's REPLICATE_PARAMS into a typed {@link ReplicationRule}. Every key is
 * coerced (ints written as `i:0;` or `s:1:"0";`, empty dates as `N;` or `''`); a present but invalid
 * value leaves the default in the rule and is reported in `issues` with the stored value, so nothing
 * is silently dropped; unknown keys are kept in `rule.extra`.
 *
 * @param raw the column as REST returns it; `null` and `''` give the default rule.
 * @throws PhpSerializeError when `raw` is not valid PHP serialize() output (with the position).
 * @throws FieldDecodeError (`not-an-array`) when it is valid PHP but not an array.
 * @example
 * const { rule, issues } = decodeReplicateParams('a:2:{s:6:"PERIOD";s:6:"weekly";s:9:"WEEK_DAYS";a:1:{i:0;i:2;}}')
 * rule.period // 'weekly'
 * rule.weekDays // [2] (Tuesday)
 * issues // []
 */
export function decodeReplicateParams(raw: string | null | undefined): ReplicateParams {
  const value = isBlank(raw) ? new Map() : unserialize(raw)
  const params: PhpMap | undefined = Array.isArray(value) ? new Map(value.entries()) : value instanceof Map ? value : undefined
  if (params === undefined)
    throw new FieldDecodeError('not-an-array', null, value, 'REPLICATE_PARAMS must be a PHP array')
  const issues: ReplicationIssue[] = []
  // Filled field by field right below; the mapped type of FIELDS guarantees every field is listed.
  const known = {} as KnownFields
  for (const name of FIELD_NAMES)
    Object.assign(known, { [name]: decodeField(name, params, issues) })
  if (isBlank(params.get('REPEAT_TILL')) && known.endDate !== null)
    known.repeatTill = 'date'
  const extra: PhpMap = new Map([...params].filter(([key]) => !KNOWN_KEYS.has(key)))
  return { rule: { ...known, extra }, issues }
}

/**
 * {@link decodeReplicateParams} for the UI: the rule and its issues, or the error to show.
 *
 * @example
 * const result = tryDecodeReplicateParams(template.REPLICATE_PARAMS)
 * if (result.ok)
 *   render(result.value.rule, result.value.issues)
 */
export function tryDecodeReplicateParams(raw: string | null | undefined): FieldDecodeResult<ReplicateParams> {
  return decodeToResult(() => decodeReplicateParams(raw))
}
