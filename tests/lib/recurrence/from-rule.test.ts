/**
 * The rule → recurrence step converts Bitrix's three index bases exactly once (WEEK_DAYS 1..7 Mon=1,
 * MONTHLY/YEARLY_WEEK_DAY 0..6 Mon=0, months 0..11, ordinals 0..4 with 4 = last) and reproduces the
 * docs' template 139 end to end: weekly on Tuesday at 11:00, next run 17.03.2026 11:00.
 */
import type { ReplicationRuleInput } from '@/lib/recurrence'
import { describe, expect, it } from 'vitest'
import { englishPhrasebook, formatDateTime, recurrenceFromRule, recurrenceSentence, russianPhrasebook, upcomingRuns } from '@/lib/recurrence'

/** Template 139's REPLICATE_PARAMS (seed 003), coerced. */
const rule139: ReplicationRuleInput = {
  period: 'weekly',
  everyDay: 1,
  workdayOnly: false,
  dailyMonthInterval: 0,
  everyWeek: 1,
  weekDays: [2],
  monthlyType: 1,
  monthlyDayNum: 1,
  monthlyMonthNum1: 1,
  monthlyWeekDayNum: 0,
  monthlyWeekDay: 0,
  monthlyMonthNum2: 1,
  yearlyType: 1,
  yearlyDayNum: 1,
  yearlyMonth1: 0,
  yearlyWeekDayNum: 0,
  yearlyWeekDay: 0,
  yearlyMonth2: 0,
  time: '11:00',
  timezoneOffset: 0,
  startDate: '16.03.2026 00:00:00',
  endDate: null,
  repeatTill: 'endless',
  times: 0,
  nextExecutionTime: '17.03.2026 11:00:00',
}

describe('recurrenceFromRule', () => {
  it('reads template 139: weekly on Tuesday at 11:00, next 17.03.2026 11:00', () => {
    const recurrence = recurrenceFromRule(rule139, 0)
    expect(recurrence.frequency).toEqual({ period: 'weekly', everyWeeks: 1, weekdays: [2] })
    expect(recurrenceSentence(recurrence, englishPhrasebook, { serverUtcOffset: '+01:00' })).toBe('Every week on Tuesday at 11:00 (server time, UTC+01:00), from 16.03.2026, no end date')
    expect(recurrenceSentence(recurrence, russianPhrasebook, { serverUtcOffset: '+01:00' })).toBe('Каждую неделю во вторник в 11:00 (время сервера, UTC+01:00), с 16.03.2026, без даты окончания')
    const runs = upcomingRuns(recurrence)
    expect(runs.kind === 'runs' && formatDateTime(runs.runs[0]!, 'dmy')).toBe('17.03.2026 11:00')
  })

  it.each([
    { field: 'MONTHLY_WEEK_DAY 0 = Monday, ordinal 4 = last', patch: { period: 'monthly', monthlyType: 2, monthlyWeekDayNum: 4, monthlyWeekDay: 0, monthlyMonthNum2: 2 }, frequency: { period: 'monthly', type: 'weekday', ordinal: 'last', weekday: 1, everyMonths: 2 } },
    { field: 'MONTHLY_WEEK_DAY 4 = Friday', patch: { period: 'monthly', monthlyType: 2, monthlyWeekDayNum: 0, monthlyWeekDay: 4 }, frequency: { period: 'monthly', type: 'weekday', ordinal: 'first', weekday: 5, everyMonths: 1 } },
    { field: 'MONTHLY_WEEK_DAY 6 = Sunday', patch: { period: 'monthly', monthlyType: 2, monthlyWeekDayNum: 3, monthlyWeekDay: 6 }, frequency: { period: 'monthly', type: 'weekday', ordinal: 'fourth', weekday: 7, everyMonths: 1 } },
    { field: 'MONTHLY_TYPE 1 day 31 every 3', patch: { period: 'monthly', monthlyType: 1, monthlyDayNum: 31, monthlyMonthNum1: 3 }, frequency: { period: 'monthly', type: 'day', day: 31, everyMonths: 3 } },
    { field: 'MONTHLY_TYPE other than 2 is 1', patch: { period: 'monthly', monthlyType: 7, monthlyDayNum: 5 }, frequency: { period: 'monthly', type: 'day', day: 5, everyMonths: 1 } },
    { field: 'YEARLY_MONTH_1 2 = March', patch: { period: 'yearly', yearlyType: 1, yearlyDayNum: 15, yearlyMonth1: 2 }, frequency: { period: 'yearly', type: 'day', day: 15, month: 3 } },
    { field: 'YEARLY_MONTH_1 11 = December', patch: { period: 'yearly', yearlyType: 1, yearlyDayNum: 31, yearlyMonth1: 11 }, frequency: { period: 'yearly', type: 'day', day: 31, month: 12 } },
    { field: 'YEARLY_MONTH_2 0 = January, weekday 0 = Monday', patch: { period: 'yearly', yearlyType: 2, yearlyWeekDayNum: 0, yearlyWeekDay: 0, yearlyMonth2: 0 }, frequency: { period: 'yearly', type: 'weekday', ordinal: 'first', weekday: 1, month: 1 } },
    { field: 'out-of-range values fall back like Bitrix', patch: { period: 'yearly', yearlyType: 2, yearlyWeekDayNum: 9, yearlyWeekDay: 7, yearlyMonth2: 12 }, frequency: { period: 'yearly', type: 'weekday', ordinal: 'first', weekday: 1, month: 1 } },
    { field: 'WEEK_DAYS 1..7 kept, invalid dropped', patch: { weekDays: [1, 7, 0, 8], everyWeek: 3 }, frequency: { period: 'weekly', everyWeeks: 3, weekdays: [1, 7] } },
    { field: 'EVERY_WEEK 0 is 1', patch: { everyWeek: 0 }, frequency: { period: 'weekly', everyWeeks: 1, weekdays: [2] } },
    { field: 'daily with WORKDAY_ONLY and DAILY_MONTH_INTERVAL', patch: { period: 'daily', everyDay: 2, dailyMonthInterval: 1, workdayOnly: true }, frequency: { period: 'daily', everyDays: 2, extraDays: 1, workdayOnly: true } },
  ])('converts $field', ({ patch, frequency }) => {
    expect(recurrenceFromRule({ ...rule139, ...patch } as ReplicationRuleInput, 0).frequency).toEqual(frequency)
  })

  it.each([
    { field: 'TIMEZONE_OFFSET 0', offset: 0, basis: { kind: 'server' } },
    { field: 'TIMEZONE_OFFSET 10800', offset: 10_800, basis: { kind: 'creator-offset', offsetSeconds: 10_800 } },
    { field: 'TIMEZONE_OFFSET missing', offset: null, basis: { kind: 'creator' } },
  ])('reads $field', ({ offset, basis }) => {
    expect(recurrenceFromRule({ ...rule139, timezoneOffset: offset }, 0).basis).toEqual(basis)
  })

  it.each([
    { field: 'REPEAT_TILL times', patch: { repeatTill: 'times', times: 10 }, done: 3, end: { kind: 'times', times: 10, done: 3 } },
    { field: 'REPEAT_TILL endless', patch: { repeatTill: 'endless', endDate: '31.12.2026 00:00:00' }, done: 0, end: { kind: 'endless' } },
    { field: 'REPEAT_TILL date without END_DATE', patch: { repeatTill: 'date', endDate: '' }, done: 0, end: { kind: 'date', end: null } },
  ])('reads $field', ({ patch, done, end }) => {
    expect(recurrenceFromRule({ ...rule139, ...patch } as ReplicationRuleInput, done).end).toEqual(end)
  })

  it('settles an ambiguous slashed date with another date of the same template', () => {
    const recurrence = recurrenceFromRule({ ...rule139, startDate: '03/04/2026 00:00:00', nextExecutionTime: '03/17/2026 11:00:00' }, 0)
    expect(recurrence.start?.ok && { month: recurrence.start.value.month, day: recurrence.start.value.day, ambiguous: recurrence.start.ambiguous }).toEqual({ month: 3, day: 4, ambiguous: false })
  })

  it('keeps an ambiguous date flagged when nothing settles it', () => {
    const recurrence = recurrenceFromRule({ ...rule139, startDate: '03/04/2026 00:00:00', nextExecutionTime: '03/10/2026 11:00:00' }, 0)
    expect(recurrence.start?.ok && recurrence.start.ambiguous).toBe(true)
  })
})
