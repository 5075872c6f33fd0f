/**
 * A template's recurrence, reduced to what is active: the keys of the chosen PERIOD and TYPE only
 * (REPLICATE_PARAMS keeps every key with defaults, `b24restdocs api-reference/tasks/template/fields.md`). Indexes are converted once,
 * here, to one base each, so nothing downstream juggles Bitrix's three: weekdays are ISO 1..7
 * (Monday = 1) and months are 1..12.
 */
import type { PortalDate } from './portal-date'
import type { IsoWeekday } from './wall-clock'

/** `MONTHLY_WEEK_DAY_NUM` / `YEARLY_WEEK_DAY_NUM` 0..4. */
export type Ordinal = 'first' | 'second' | 'third' | 'fourth' | 'last'

export const ORDINALS: readonly Ordinal[] = ['first', 'second', 'third', 'fourth', 'last']

export type Frequency
  = | {
    period: 'daily'
    /** EVERY_DAY. */
    everyDays: number
    /** DAILY_MONTH_INTERVAL: Bitrix *adds* it to EVERY_DAY (ExecutionTimeFactory). */
    extraDays: number
    /** WORKDAY_ONLY = Y. */
    workdayOnly: boolean
  }
  | {
    period: 'weekly'
    everyWeeks: number
    /** In stored order: Bitrix takes the *first listed* day when it wraps to a later week. */
    weekdays: readonly IsoWeekday[]
  }
  | { period: 'monthly', type: 'day', day: number, everyMonths: number }
  | { period: 'monthly', type: 'weekday', ordinal: Ordinal, weekday: IsoWeekday, everyMonths: number }
  | { period: 'yearly', type: 'day', day: number, month: number }
  | { period: 'yearly', type: 'weekday', ordinal: Ordinal, weekday: IsoWeekday, month: number }

/**
 * What TIME is measured against (ExecutionService): TIMEZONE_OFFSET 0 → server time; another
 * number → the creator's zone, that many seconds ahead of the server; key missing → the creator's
 * zone with an offset only the portal knows.
 */
export type TimeBasis
  = | { kind: 'server' }
    | { kind: 'creator-offset', offsetSeconds: number }
    | { kind: 'creator' }

export type RepeatEnd
  = | { kind: 'endless' }
    | { kind: 'date', end: PortalDate | null }
    | { kind: 'times', times: number, done: number }

export interface Recurrence {
  frequency: Frequency
  /** TIME in minutes after midnight; null when TIME is not `HH:MI`. */
  time: number | null
  timeRaw: string
  basis: TimeBasis
  start: PortalDate | null
  next: PortalDate | null
  end: RepeatEnd
}

/** Days between two daily runs: EVERY_DAY + DAILY_MONTH_INTERVAL, never below 1. */
export function dailyInterval(frequency: Extract<Frequency, { period: 'daily' }>): number {
  return Math.max(1, frequency.everyDays + frequency.extraDays)
}
