/**
 * REPLICATE_PARAMS (as decoded and coerced by `lib/bitrix` `decodeReplicateParams`) → `Recurrence`.
 * This is the one place where Bitrix's three index bases are converted (`b24restdocs api-reference/tasks/template/fields.md`):
 * WEEK_DAYS 1..7 with Monday = 1 stay as they are; MONTHLY/YEARLY_WEEK_DAY 0..6 with Monday = 0
 * become 1..7; YEARLY_MONTH_1/2 0..11 become 1..12; the ordinals 0..4 become first…last (4 = last).
 * Out-of-range values fall back the way `ExecutionTimeFactory` does (first, Monday, January, day 1).
 */
import type { Frequency, Ordinal, Recurrence, RepeatEnd, TimeBasis } from './schedule'
import type { IsoWeekday } from './wall-clock'
import { inferDateOrder, parseTimeOfDay, readAsBitrix } from './portal-date'
import { ORDINALS } from './schedule'

/**
 * The keys of a decoded rule that the recurrence reads, named after REPLICATE_PARAMS in camelCase.
 * `timezoneOffset` is null when the key is missing (old templates: TIME is the creator's local time).
 */
export interface ReplicationRuleInput {
  period: 'daily' | 'weekly' | 'monthly' | 'yearly'
  everyDay: number
  workdayOnly: boolean
  dailyMonthInterval: number
  everyWeek: number
  /** 1..7, Monday = 1. */
  weekDays: readonly number[]
  monthlyType: number
  monthlyDayNum: number
  monthlyMonthNum1: number
  /** 0..4, 4 = last. */
  monthlyWeekDayNum: number
  /** 0..6, Monday = 0. */
  monthlyWeekDay: number
  monthlyMonthNum2: number
  yearlyType: number
  yearlyDayNum: number
  /** 0..11. */
  yearlyMonth1: number
  yearlyWeekDayNum: number
  yearlyWeekDay: number
  yearlyMonth2: number
  time: string
  timezoneOffset: number | null
  startDate: string | null
  endDate: string | null
  repeatTill: 'endless' | 'date' | 'times'
  times: number
  nextExecutionTime: string | null
}

const ordinal = (index: number): Ordinal => ORDINALS[index] ?? 'first'
/** 0-based Monday-first weekday → ISO 1..7. */
const zeroBasedWeekday = (index: number): IsoWeekday => (Number.isInteger(index) && index >= 0 && index <= 6 ? index + 1 : 1) as IsoWeekday
/** 0-based month → 1..12. */
const zeroBasedMonth = (index: number): number => (Number.isInteger(index) && index >= 0 && index <= 11 ? index + 1 : 1)
const dayOfMonth = (day: number): number => (Number.isInteger(day) && day >= 1 && day <= 31 ? day : 1)
const atLeastOne = (value: number): number => (Number.isFinite(value) && value >= 1 ? Math.floor(value) : 1)

function frequencyOf(rule: ReplicationRuleInput): Frequency {
  switch (rule.period) {
    case 'weekly':
      return {
        period: 'weekly',
        everyWeeks: atLeastOne(rule.everyWeek),
        weekdays: rule.weekDays.filter((day): day is IsoWeekday => Number.isInteger(day) && day >= 1 && day <= 7),
      }
    case 'monthly':
      return rule.monthlyType === 2
        ? { period: 'monthly', type: 'weekday', ordinal: ordinal(rule.monthlyWeekDayNum), weekday: zeroBasedWeekday(rule.monthlyWeekDay), everyMonths: atLeastOne(rule.monthlyMonthNum2) }
        : { period: 'monthly', type: 'day', day: dayOfMonth(rule.monthlyDayNum), everyMonths: atLeastOne(rule.monthlyMonthNum1) }
    case 'yearly':
      return rule.yearlyType === 2
        ? { period: 'yearly', type: 'weekday', ordinal: ordinal(rule.yearlyWeekDayNum), weekday: zeroBasedWeekday(rule.yearlyWeekDay), month: zeroBasedMonth(rule.yearlyMonth2) }
        : { period: 'yearly', type: 'day', day: dayOfMonth(rule.yearlyDayNum), month: zeroBasedMonth(rule.yearlyMonth1) }
    default:
      return { period: 'daily', everyDays: atLeastOne(rule.everyDay), extraDays: Math.max(0, Math.floor(rule.dailyMonthInterval) || 0), workdayOnly: rule.workdayOnly }
  }
}

function basisOf(offset: number | null): TimeBasis {
  if (offset === null)
    return { kind: 'creator' }
  return offset === 0 ? { kind: 'server' } : { kind: 'creator-offset', offsetSeconds: offset }
}

/**
 * @example
 * recurrenceFromRule(decoded139.rule, 0).frequency // { period: 'weekly', everyWeeks: 1, weekdays: [2] }
 */
export function recurrenceFromRule(rule: ReplicationRuleInput, replicationCount: number): Recurrence {
  const order = inferDateOrder([rule.startDate, rule.endDate, rule.nextExecutionTime])
  const date = (raw: string | null) => (raw === null || raw.trim() === '' ? null : readAsBitrix(raw, order))
  const time = parseTimeOfDay(rule.time)
  let end: RepeatEnd = { kind: 'endless' }
  if (rule.repeatTill === 'date')
    end = { kind: 'date', end: date(rule.endDate) }
  else if (rule.repeatTill === 'times')
    end = { kind: 'times', times: Math.max(0, Math.floor(rule.times) || 0), done: replicationCount }
  return {
    frequency: frequencyOf(rule),
    time: time === null ? null : time.hour * 60 + time.minute,
    timeRaw: rule.time,
    basis: basisOf(rule.timezoneOffset),
    start: date(rule.startDate),
    next: date(rule.nextExecutionTime),
    end,
  }
}
