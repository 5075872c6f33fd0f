import type { RecurrenceInput } from './fixtures'
/**
 * The recurrences every language's sentence table covers: each PERIOD × TYPE with each end
 * condition (no end, until a date, N times with the done count; language-cases.test.ts checks that
 * the grid is full), working days with each end condition, Bitrix24's extra days
 * (`DAILY_MONTH_INTERVAL`), several weekdays, all weekdays, the creator's zone and a one o'clock run.
 * A language's table is a `Record<LanguageCase, string>`, so a case missing from one language fails
 * to compile.
 */
import type { Frequency, Recurrence, SentenceOptions } from '@/lib/recurrence'
import { recurrence } from './fixtures'

const start = '16.03.2026 00:00:00'
const until = { kind: 'date' as const, end: '31.12.2026 00:00:00' }
const times = (count: number, done: number) => ({ kind: 'times' as const, times: count, done })

interface Case { frequency: Frequency, input: RecurrenceInput, options: SentenceOptions }

const utc1 = { serverUtcOffset: '+01:00' }

export const LANGUAGE_CASES = {
  'daily, no end': { frequency: { period: 'daily', everyDays: 1, extraDays: 0, workdayOnly: false }, input: { time: '08:00', start, end: { kind: 'endless' } }, options: {} },
  'every 3 days until a date': { frequency: { period: 'daily', everyDays: 3, extraDays: 0, workdayOnly: false }, input: { start, end: until }, options: utc1 },
  'every 2 days, 10 times, 3 done': { frequency: { period: 'daily', everyDays: 2, extraDays: 0, workdayOnly: false }, input: { start, end: times(10, 3) }, options: utc1 },
  'every 22 days, 21 times, 1 done': { frequency: { period: 'daily', everyDays: 22, extraDays: 0, workdayOnly: false }, input: { start, end: times(21, 1) }, options: utc1 },
  'every 21 days, no end': { frequency: { period: 'daily', everyDays: 21, extraDays: 0, workdayOnly: false }, input: { start, end: { kind: 'endless' } }, options: utc1 },
  'every 12 days, no end': { frequency: { period: 'daily', everyDays: 12, extraDays: 0, workdayOnly: false }, input: { start, end: { kind: 'endless' } }, options: utc1 },
  'seed: weekly on Tuesday at 11:00': { frequency: { period: 'weekly', everyWeeks: 1, weekdays: [2] }, input: { start, end: { kind: 'endless' } }, options: utc1 },
  'every 2 weeks on Tuesday and Thursday until a date': { frequency: { period: 'weekly', everyWeeks: 2, weekdays: [4, 2] }, input: { start, end: until }, options: utc1 },
  'every 5 weeks on Monday, Wednesday, Friday, 22 times': { frequency: { period: 'weekly', everyWeeks: 5, weekdays: [5, 1, 3] }, input: { start, end: times(22, 1) }, options: utc1 },
  'weekly on Saturday and Sunday': { frequency: { period: 'weekly', everyWeeks: 1, weekdays: [7, 6] }, input: { start, end: { kind: 'endless' } }, options: utc1 },
  'weekly on Monday, Wednesday and Friday': { frequency: { period: 'weekly', everyWeeks: 1, weekdays: [5, 3, 1] }, input: { start, end: { kind: 'endless' } }, options: utc1 },
  'weekly on Friday and Saturday until a date': { frequency: { period: 'weekly', everyWeeks: 1, weekdays: [6, 5] }, input: { start, end: until }, options: utc1 },
  'weekly on every day': { frequency: { period: 'weekly', everyWeeks: 1, weekdays: [1, 2, 3, 4, 5, 6, 7] }, input: { start, end: { kind: 'endless' } }, options: utc1 },
  'monthly on the 15th, no end': { frequency: { period: 'monthly', type: 'day', day: 15, everyMonths: 1 }, input: { start, end: { kind: 'endless' } }, options: utc1 },
  'every 2 months on the 31st until a date': { frequency: { period: 'monthly', type: 'day', day: 31, everyMonths: 2 }, input: { start, end: until }, options: utc1 },
  'every 12 months on the 1st, once': { frequency: { period: 'monthly', type: 'day', day: 1, everyMonths: 12 }, input: { start, end: times(1, 0) }, options: utc1 },
  'monthly on the last Friday': { frequency: { period: 'monthly', type: 'weekday', ordinal: 'last', weekday: 5, everyMonths: 1 }, input: { start, end: { kind: 'endless' } }, options: utc1 },
  'every 3 months on the second Wednesday until a date': { frequency: { period: 'monthly', type: 'weekday', ordinal: 'second', weekday: 3, everyMonths: 3 }, input: { start, end: until }, options: utc1 },
  'every 21 months on the last Sunday, 5 times, 5 done': { frequency: { period: 'monthly', type: 'weekday', ordinal: 'last', weekday: 7, everyMonths: 21 }, input: { start, end: times(5, 5) }, options: utc1 },
  'monthly on the third Thursday at 01:00': { frequency: { period: 'monthly', type: 'weekday', ordinal: 'third', weekday: 4, everyMonths: 1 }, input: { time: '01:00', start, end: { kind: 'endless' } }, options: utc1 },
  'yearly on 29 February': { frequency: { period: 'yearly', type: 'day', day: 29, month: 2 }, input: { start, end: { kind: 'endless' } }, options: utc1 },
  'yearly on 15 March until a date': { frequency: { period: 'yearly', type: 'day', day: 15, month: 3 }, input: { start, end: until }, options: utc1 },
  'yearly on 1 January, 2 times': { frequency: { period: 'yearly', type: 'day', day: 1, month: 1 }, input: { start, end: times(2, 0) }, options: utc1 },
  'yearly on the first Monday of January': { frequency: { period: 'yearly', type: 'weekday', ordinal: 'first', weekday: 1, month: 1 }, input: { start, end: { kind: 'endless' } }, options: utc1 },
  'yearly on the last Friday of December until a date': { frequency: { period: 'yearly', type: 'weekday', ordinal: 'last', weekday: 5, month: 12 }, input: { start, end: until }, options: utc1 },
  'yearly on the fourth Saturday of November, 12 times': { frequency: { period: 'yearly', type: 'weekday', ordinal: 'fourth', weekday: 6, month: 11 }, input: { start, end: times(12, 4) }, options: utc1 },
  'every working day at 09:30': { frequency: { period: 'daily', everyDays: 1, extraDays: 0, workdayOnly: true }, input: { time: '09:30', start, end: { kind: 'endless' } }, options: {} },
  'every 2 days, working days only': { frequency: { period: 'daily', everyDays: 2, extraDays: 0, workdayOnly: true }, input: { time: '09:30', start, end: { kind: 'endless' } }, options: {} },
  'every working day until a date': { frequency: { period: 'daily', everyDays: 1, extraDays: 0, workdayOnly: true }, input: { start, end: until }, options: utc1 },
  'every working day, 5 times, 2 done': { frequency: { period: 'daily', everyDays: 1, extraDays: 0, workdayOnly: true }, input: { start, end: times(5, 2) }, options: utc1 },
  'every 2 days plus DAILY_MONTH_INTERVAL 1': { frequency: { period: 'daily', everyDays: 2, extraDays: 1, workdayOnly: false }, input: { start, end: { kind: 'endless' } }, options: utc1 },
  'creator zone, server time -05:00': { frequency: { period: 'weekly', everyWeeks: 1, weekdays: [2] }, input: { start, end: { kind: 'endless' }, basis: { kind: 'creator-offset', offsetSeconds: -18_000 } }, options: utc1 },
  'creator zone unknown, no start': { frequency: { period: 'weekly', everyWeeks: 1, weekdays: [2] }, input: { start: null, end: { kind: 'endless' }, basis: { kind: 'creator' } }, options: utc1 },
} satisfies Record<string, Case>

export type LanguageCase = keyof typeof LANGUAGE_CASES

/** The case as a `Recurrence` and the options to render it with. */
export function languageCase(name: LanguageCase): { subject: Recurrence, options: SentenceOptions } {
  const { frequency, input, options } = LANGUAGE_CASES[name] as Case
  return { subject: recurrence(frequency, input), options }
}

export const LANGUAGE_CASE_NAMES = Object.keys(LANGUAGE_CASES) as LanguageCase[]
