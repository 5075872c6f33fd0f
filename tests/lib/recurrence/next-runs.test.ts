/**
 * Next runs follow Bitrix's ExecutionTimeFactory on hand-checked calendars: weekday rollovers, every N
 * weeks, "last Friday", day 31 rolling into the next month like PHP strtotime, 29 February, end rules.
 */
import type { Frequency, UpcomingRuns } from '@/lib/recurrence'
import { afterEach, describe, expect, it } from 'vitest'
import { closestWorkTime, formatDateTime, isWorkTime, nthWeekdayOfMonth, upcomingRuns, wallClock } from '@/lib/recurrence'
import { recurrence } from './fixtures'

function texts(result: UpcomingRuns): string[] | UpcomingRuns {
  return result.kind === 'runs' ? result.runs.map(run => formatDateTime(run, 'dmy')) : result
}

const weeklyTuesday: Frequency = { period: 'weekly', everyWeeks: 1, weekdays: [2] }

describe('upcomingRuns', () => {
  it.each([
    {
      name: 'template 139: weekly on Tuesday at 11:00',
      frequency: weeklyTuesday,
      input: { time: '11:00', next: '17.03.2026 11:00:00' },
      runs: ['17.03.2026 11:00', '24.03.2026 11:00', '31.03.2026 11:00', '07.04.2026 11:00', '14.04.2026 11:00'],
    },
    {
      name: 'weekly without NEXT_EXECUTION_TIME starts from START_DATE',
      frequency: weeklyTuesday,
      input: { time: '11:00', start: '16.03.2026 00:00:00', next: null },
      runs: ['17.03.2026 11:00', '24.03.2026 11:00', '31.03.2026 11:00', '07.04.2026 11:00', '14.04.2026 11:00'],
    },
    {
      name: 'every 2nd week on Monday and Thursday',
      frequency: { period: 'weekly', everyWeeks: 2, weekdays: [1, 4] },
      input: { time: '09:00', next: '19.03.2026 09:00:00' },
      runs: ['19.03.2026 09:00', '30.03.2026 09:00', '02.04.2026 09:00', '13.04.2026 09:00', '16.04.2026 09:00'],
    },
    {
      name: 'every 2nd week on Tuesday',
      frequency: { period: 'weekly', everyWeeks: 2, weekdays: [2] },
      input: { next: '17.03.2026 11:00:00' },
      runs: ['17.03.2026 11:00', '31.03.2026 11:00', '14.04.2026 11:00', '28.04.2026 11:00', '12.05.2026 11:00'],
    },
    {
      name: 'weekly with no days chosen means Monday',
      frequency: { period: 'weekly', everyWeeks: 1, weekdays: [] },
      input: { time: '10:00', next: null, start: '18.03.2026 00:00:00' },
      runs: ['23.03.2026 10:00', '30.03.2026 10:00', '06.04.2026 10:00', '13.04.2026 10:00', '20.04.2026 10:00'],
    },
    {
      name: 'daily every 2 days plus DAILY_MONTH_INTERVAL 1',
      frequency: { period: 'daily', everyDays: 2, extraDays: 1, workdayOnly: false },
      input: { time: '05:00', next: '16.03.2026 05:00:00' },
      runs: ['16.03.2026 05:00', '19.03.2026 05:00', '22.03.2026 05:00', '25.03.2026 05:00', '28.03.2026 05:00'],
    },
    {
      name: 'daily across a month end and a leap day',
      frequency: { period: 'daily', everyDays: 1, extraDays: 0, workdayOnly: false },
      input: { time: '23:30', next: '27.02.2028 23:30:00', start: '01.02.2028 00:00:00' },
      runs: ['27.02.2028 23:30', '28.02.2028 23:30', '29.02.2028 23:30', '01.03.2028 23:30', '02.03.2028 23:30'],
    },
    {
      name: 'daily on working days skips the weekend',
      frequency: { period: 'daily', everyDays: 1, extraDays: 0, workdayOnly: true },
      input: { time: '05:00', next: '20.03.2026 05:00:00' },
      runs: ['20.03.2026 05:00', '23.03.2026 05:00', '24.03.2026 05:00', '25.03.2026 05:00', '26.03.2026 05:00'],
    },
    {
      name: 'daily on working days at 20:00 lands on the next working day (Bitrix quirk)',
      frequency: { period: 'daily', everyDays: 1, extraDays: 0, workdayOnly: true },
      input: { time: '20:00', next: '18.03.2026 20:00:00' },
      runs: ['18.03.2026 20:00', '20.03.2026 20:00', '23.03.2026 20:00', '25.03.2026 20:00', '27.03.2026 20:00'],
    },
    {
      name: 'monthly on the 15th every 3rd month across a year end',
      frequency: { period: 'monthly', type: 'day', day: 15, everyMonths: 3 },
      input: { time: '08:00', next: '15.01.2026 08:00:00', start: '01.01.2026 00:00:00' },
      runs: ['15.01.2026 08:00', '15.04.2026 08:00', '15.07.2026 08:00', '15.10.2026 08:00', '15.01.2027 08:00'],
    },
    {
      name: 'monthly on the 31st rolls over like PHP strtotime',
      frequency: { period: 'monthly', type: 'day', day: 31, everyMonths: 1 },
      input: { time: '10:00', next: '31.01.2026 10:00:00', start: '01.01.2026 00:00:00' },
      runs: ['31.01.2026 10:00', '03.03.2026 10:00', '31.03.2026 10:00', '01.05.2026 10:00', '31.05.2026 10:00'],
    },
    {
      name: 'monthly on the 31st in a leap year: 31 February is 2 March',
      frequency: { period: 'monthly', type: 'day', day: 31, everyMonths: 1 },
      input: { time: '10:00', next: '31.01.2028 10:00:00', start: '01.01.2028 00:00:00' },
      runs: ['31.01.2028 10:00', '02.03.2028 10:00', '31.03.2028 10:00', '01.05.2028 10:00', '31.05.2028 10:00'],
    },
    {
      name: 'every 2nd month on the last Friday',
      frequency: { period: 'monthly', type: 'weekday', ordinal: 'last', weekday: 5, everyMonths: 2 },
      input: { time: '09:00', next: '27.03.2026 09:00:00' },
      runs: ['27.03.2026 09:00', '29.05.2026 09:00', '31.07.2026 09:00', '25.09.2026 09:00', '27.11.2026 09:00'],
    },
    {
      name: 'every month on the last Sunday',
      frequency: { period: 'monthly', type: 'weekday', ordinal: 'last', weekday: 7, everyMonths: 1 },
      input: { time: '12:00', next: '29.03.2026 12:00:00' },
      runs: ['29.03.2026 12:00', '26.04.2026 12:00', '31.05.2026 12:00', '28.06.2026 12:00', '26.07.2026 12:00'],
    },
    {
      name: 'every month on the second Wednesday',
      frequency: { period: 'monthly', type: 'weekday', ordinal: 'second', weekday: 3, everyMonths: 1 },
      input: { time: '09:00', next: null, start: '16.03.2026 00:00:00' },
      runs: ['08.04.2026 09:00', '13.05.2026 09:00', '10.06.2026 09:00', '08.07.2026 09:00', '12.08.2026 09:00'],
    },
    {
      name: 'yearly on 29 February runs on 1 March in common years',
      frequency: { period: 'yearly', type: 'day', day: 29, month: 2 },
      input: { time: '08:00', next: '29.02.2028 08:00:00', start: '01.01.2028 00:00:00' },
      runs: ['29.02.2028 08:00', '01.03.2029 08:00', '01.03.2030 08:00', '01.03.2031 08:00', '29.02.2032 08:00'],
    },
    {
      name: 'yearly on 15 March',
      frequency: { period: 'yearly', type: 'day', day: 15, month: 3 },
      input: { time: '11:00', next: null, start: '16.03.2026 00:00:00' },
      runs: ['15.03.2027 11:00', '15.03.2028 11:00', '15.03.2029 11:00', '15.03.2030 11:00', '15.03.2031 11:00'],
    },
    {
      name: 'yearly on the first Monday of January',
      frequency: { period: 'yearly', type: 'weekday', ordinal: 'first', weekday: 1, month: 1 },
      input: { time: '09:00', next: '05.01.2026 09:00:00', start: '01.01.2026 00:00:00' },
      runs: ['05.01.2026 09:00', '04.01.2027 09:00', '03.01.2028 09:00', '01.01.2029 09:00', '07.01.2030 09:00'],
    },
    {
      name: 'month-first portal dates',
      frequency: weeklyTuesday,
      input: { time: '11:00', next: '03/17/2026 11:00:00', start: '03/16/2026 00:00:00' },
      runs: ['17.03.2026 11:00', '24.03.2026 11:00', '31.03.2026 11:00', '07.04.2026 11:00', '14.04.2026 11:00'],
    },
    {
      name: 'TIME in the creator zone 3 h ahead of the server',
      frequency: weeklyTuesday,
      input: { time: '11:00', next: '17.03.2026 08:00:00', basis: { kind: 'creator-offset' as const, offsetSeconds: 10_800 } },
      runs: ['17.03.2026 08:00', '24.03.2026 08:00', '31.03.2026 08:00', '07.04.2026 08:00', '14.04.2026 08:00'],
    },
    {
      name: 'TIME in an unknown creator zone takes the time of NEXT_EXECUTION_TIME',
      frequency: weeklyTuesday,
      input: { time: '11:00', next: '17.03.2026 09:00:00', basis: { kind: 'creator' as const } },
      runs: ['17.03.2026 09:00', '24.03.2026 09:00', '31.03.2026 09:00', '07.04.2026 09:00', '14.04.2026 09:00'],
    },
  ])('$name', ({ frequency, input, runs }) => {
    expect(texts(upcomingRuns(recurrence(frequency as Frequency, input)))).toEqual(runs)
  })

  it.each([
    { name: 'times: 10, 3 done → 5 shown', end: { kind: 'times' as const, times: 10, done: 3 }, expected: 5 },
    { name: 'times: 10, 8 done → 2 left', end: { kind: 'times' as const, times: 10, done: 8 }, expected: 2 },
    { name: 'date: END_DATE at midnight excludes that day\'s 11:00 run', end: { kind: 'date' as const, end: '31.03.2026 00:00:00' }, expected: 2 },
    { name: 'date: END_DATE at 23:59:59 includes it', end: { kind: 'date' as const, end: '31.03.2026 23:59:59' }, expected: 3 },
    { name: 'date: empty END_DATE is endless', end: { kind: 'date' as const, end: '' }, expected: 5 },
  ])('respects REPEAT_TILL, $name', ({ end, expected }) => {
    const result = upcomingRuns(recurrence(weeklyTuesday, { next: '17.03.2026 11:00:00', end }))
    expect(result.kind === 'runs' ? result.runs.length : result).toBe(expected)
  })

  it.each([
    { name: 'all times created', input: { next: '17.03.2026 11:00:00', end: { kind: 'times' as const, times: 10, done: 10 } }, expected: { kind: 'finished', reason: 'times', times: 10, done: 10 } },
    { name: 'end date passed', input: { next: '17.03.2026 11:00:00', end: { kind: 'date' as const, end: '01.03.2026 00:00:00' } }, expected: { kind: 'finished', reason: 'end-date' } },
    { name: 'unreadable NEXT_EXECUTION_TIME', input: { next: 'soon' }, expected: { kind: 'unknown', field: 'NEXT_EXECUTION_TIME' } },
    { name: 'unreadable START_DATE', input: { next: '17.03.2026 11:00:00', start: '16/03/26' }, expected: { kind: 'unknown', field: 'START_DATE' } },
    { name: 'unreadable END_DATE', input: { next: '17.03.2026 11:00:00', end: { kind: 'date' as const, end: 'never' } }, expected: { kind: 'unknown', field: 'END_DATE' } },
    { name: 'unreadable TIME', input: { next: '17.03.2026 11:00:00', time: 'eleven' }, expected: { kind: 'unknown', field: 'TIME' } },
    { name: 'creator zone without NEXT_EXECUTION_TIME', input: { next: null, basis: { kind: 'creator' as const } }, expected: { kind: 'unknown', field: 'TIME' } },
    { name: 'neither NEXT_EXECUTION_TIME nor START_DATE', input: { next: null, start: null }, expected: { kind: 'unknown', field: 'NEXT_EXECUTION_TIME' } },
  ])('says why there are no runs: $name', ({ input, expected }) => {
    expect(upcomingRuns(recurrence(weeklyTuesday, input))).toEqual(expected)
  })

  describe('in a zone with DST', () => {
    const original = process.env.TZ
    afterEach(() => {
      process.env.TZ = original
    })

    it.each([{ zone: 'Europe/Berlin' }, { zone: 'America/New_York' }, { zone: 'Australia/Lord_Howe' }])('keeps wall-clock 11:00 across the clock change in $zone', ({ zone }) => {
      process.env.TZ = zone
      // EU clocks change on 29.03.2026, US on 08.03.2026; server time is naive, so nothing moves.
      expect(texts(upcomingRuns(recurrence(weeklyTuesday, { next: '03.03.2026 11:00:00', start: '01.03.2026 00:00:00' })))).toEqual(['03.03.2026 11:00', '10.03.2026 11:00', '17.03.2026 11:00', '24.03.2026 11:00', '31.03.2026 11:00'])
    })
  })
})

describe('calendar helpers', () => {
  it.each([
    { year: 2026, month: 3, ordinal: 'last' as const, weekday: 5 as const, day: 27 },
    { year: 2026, month: 5, ordinal: 'last' as const, weekday: 7 as const, day: 31 },
    { year: 2026, month: 3, ordinal: 'first' as const, weekday: 1 as const, day: 2 },
    { year: 2026, month: 2, ordinal: 'fourth' as const, weekday: 6 as const, day: 28 },
    { year: 2028, month: 2, ordinal: 'last' as const, weekday: 2 as const, day: 29 },
  ])('the $ordinal weekday $weekday of $month/$year is day $day', ({ year, month, ordinal, weekday, day }) => {
    expect(nthWeekdayOfMonth(year, month, ordinal, weekday).day).toBe(day)
  })

  it.each([
    { at: wallClock(2026, 3, 16, 9, 0), work: true },
    { at: wallClock(2026, 3, 16, 19, 0), work: true },
    { at: wallClock(2026, 3, 16, 19, 1), work: false },
    { at: wallClock(2026, 3, 16, 8, 59), work: false },
    { at: wallClock(2026, 3, 21, 12, 0), work: false },
  ])('work time $at.day.$at.month $at.hour:$at.minute → $work', ({ at, work }) => {
    expect(isWorkTime(at)).toBe(work)
  })

  it.each([
    { from: wallClock(2026, 3, 16, 5, 0), to: '16.03.2026 09:00' },
    { from: wallClock(2026, 3, 16, 12, 0), to: '16.03.2026 12:00' },
    { from: wallClock(2026, 3, 20, 20, 0), to: '23.03.2026 09:00' },
    { from: wallClock(2026, 3, 22, 10, 0), to: '23.03.2026 09:00' },
  ])('closest work time after $from.day.$from.month $from.hour:00 is $to', ({ from, to }) => {
    expect(formatDateTime(closestWorkTime(from), 'dmy')).toBe(to)
  })
})
