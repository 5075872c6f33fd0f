/**
 * The words of a recurrence sentence, one implementation per language. Grammar lives here rather
 * than in the JSON message files because it is code: English ordinals (1st, 2nd, 3rd, 11th, 21st),
 * Russian plural forms (1 день, 2 дня, 5 дней), Russian gender and case agreement (в последнюю
 * пятницу, в последнее воскресенье, во второй вторник).
 */
import type { Ordinal, TimeBasis } from './schedule'
import type { IsoWeekday } from './wall-clock'

export type RecurrenceUnit = 'day' | 'week' | 'month' | 'year'

/** The day a monthly recurrence runs on: a day of the month, or the nth weekday. */
export type MonthlyDay = { type: 'day', day: number } | { type: 'weekday', ordinal: Ordinal, weekday: IsoWeekday }

export interface RecurrencePhrasebook {
  /** BCP 47 tag, for `Intl.ListFormat`. */
  readonly locale: string
  /** `every('week', 1)` → "Every week"; `every('month', 2)` → "Every 2nd month". */
  every: (unit: RecurrenceUnit, n: number) => string
  /** Daily with WORKDAY_ONLY every day: "every working day". */
  everyWorkday: () => string
  /** Daily with WORKDAY_ONLY every N > 1 days, after the time: "working days only". */
  workdaysOnly: () => string
  /** "on Tuesday", "on Monday, Wednesday and Friday". */
  onWeekdays: (days: readonly IsoWeekday[]) => string
  /**
   * The weekly frequency with its days (sorted, Monday first): "every week on Tuesday", "every 2
   * weeks on Tuesday and Thursday"; languages that say a weekly day in one phrase do so here
   * ("jeden Dienstag", "cada martes", "toda terça-feira", "w każdy wtorek", "щовівторка").
   */
  weekly: (everyWeeks: number, days: readonly IsoWeekday[]) => string
  /**
   * The monthly frequency with its day: "every month on the 15th", "every 2nd month on the last
   * Friday"; or the way the language puts it ("el último viernes de cada mes").
   */
  monthly: (everyMonths: number, on: MonthlyDay) => string
  /** "on the 15th". */
  onDayOfMonth: (day: number) => string
  /** "on the last Friday". */
  onNthWeekday: (ordinal: Ordinal, weekday: IsoWeekday) => string
  /** "on 15 March" (`month` 1..12). */
  onDayOfYear: (day: number, month: number) => string
  /** "on the first Monday of January". */
  onNthWeekdayOfMonth: (ordinal: Ordinal, weekday: IsoWeekday, month: number) => string
  /** "at 11:00 (server time, UTC+01:00)". */
  at: (time: string, basis: TimeBasis, serverUtcOffset: string | null) => string
  from: (date: string) => string
  until: (date: string) => string
  noEnd: () => string
  /** "10 times, 3 created so far". */
  times: (times: number, done: number) => string
  /** Weekday name, 1 = Monday, in the nominative (for lists of runs). */
  weekdayName: (weekday: IsoWeekday) => string
}

/** `+03:00` from seconds; `−` never appears, a plain hyphen-minus does. */
export function formatOffset(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+'
  const total = Math.round(Math.abs(seconds) / 60)
  return `${sign}${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}

/**
 * "every month on the 15th": the unit, then the day, for languages that need nothing else.
 *
 * @example
 * everyMonthOn(englishPhrasebook, 1, { type: 'weekday', ordinal: 'last', weekday: 5 }) // 'every month on the last Friday'
 */
export function everyMonthOn(words: RecurrencePhrasebook, everyMonths: number, on: MonthlyDay): string {
  const day = on.type === 'day' ? words.onDayOfMonth(on.day) : words.onNthWeekday(on.ordinal, on.weekday)
  return `${words.every('month', everyMonths)} ${day}`
}

/** A list joined the way the language joins it ("a, b and c", "a, b и c"). */
export function listOf(locale: string, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items)
}
