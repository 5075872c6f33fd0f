/**
 * REPLICATE_PARAMS decodes to a fully typed rule: every key coerced from int or string, Bitrix's
 * numbering kept, defaults for blanks, invalid values reported with their stored value, unknown keys kept.
 */
import type { RepeatTill, ReplicationRule } from '@/lib/bitrix/replicate-params'
import type { PhpValue } from '@/lib/php-serialize'
import { describe, expect, it } from 'vitest'
import { decodeReplicateParams, tryDecodeReplicateParams } from '@/lib/bitrix/replicate-params'
import { PhpObject, serialize } from '@/lib/php-serialize'

/**
 * The REPLICATE_PARAMS example of the Bitrix24 REST docs (b24restdocs
 * api-reference/tasks/template/tasks-template-get.md).
 */
const DOCS_EXAMPLE = 'a:19:{s:6:"PERIOD";s:6:"weekly";s:12:"WORKDAY_ONLY";s:1:"N";s:9:"WEEK_DAYS";a:1:{i:0;i:2;}s:4:"TIME";s:5:"11:00";s:15:"TIMEZONE_OFFSET";i:0;s:11:"REPEAT_TILL";s:7:"endless";s:10:"START_DATE";s:19:"16.03.2026 00:00:00";s:9:"EVERY_DAY";i:1;s:10:"EVERY_WEEK";i:1;s:15:"MONTHLY_DAY_NUM";i:1;s:19:"MONTHLY_MONTH_NUM_1";i:1;s:19:"MONTHLY_MONTH_NUM_2";i:1;s:14:"YEARLY_DAY_NUM";i:1;s:8:"END_DATE";N;s:12:"MONTHLY_TYPE";i:1;s:11:"YEARLY_TYPE";i:1;s:14:"DEADLINE_AFTER";i:0;s:15:"DEADLINE_OFFSET";i:0;s:19:"NEXT_EXECUTION_TIME";s:19:"17.03.2026 11:00:00";}'

const DEFAULT_RULE: ReplicationRule = {
  period: 'daily',
  everyDay: 1,
  workdayOnly: false,
  dailyMonthInterval: 0,
  everyWeek: 1,
  weekDays: [],
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
  time: '05:00',
  timezoneOffset: null,
  startDate: null,
  endDate: null,
  repeatTill: 'endless',
  times: 0,
  nextExecutionTime: null,
  deadlineOffset: 0,
  deadlineAfter: 0,
  extra: new Map(),
}

/** REPLICATE_PARAMS holding just `params`, written as PHP would. */
function raw(params: Record<string, PhpValue>): string {
  return serialize(new Map(Object.entries(params)))
}

describe('decodeReplicateParams', () => {
  it('decodes the docs example', () => {
    expect(decodeReplicateParams(DOCS_EXAMPLE)).toEqual({
      rule: {
        ...DEFAULT_RULE,
        period: 'weekly',
        weekDays: [2],
        time: '11:00',
        timezoneOffset: 0,
        startDate: '16.03.2026 00:00:00',
        nextExecutionTime: '17.03.2026 11:00:00',
      },
      issues: [],
    })
  })

  it.each([
    { name: 'null', input: null },
    { name: 'an empty string', input: '' },
    { name: 'an empty array', input: 'a:0:{}' },
  ])('gives the default rule for $name', ({ input }) => {
    expect(decodeReplicateParams(input)).toEqual({ rule: DEFAULT_RULE, issues: [] })
  })

  // Old writers store ints as `i:`, the V2 mapper as `s:` (docs/rest-quirks.md#replicate-params); blanks mean
  // the default.
  it.each([
    { key: 'EVERY_DAY', stored: '3', field: 'everyDay', expected: 3 },
    { key: 'EVERY_DAY', stored: 3, field: 'everyDay', expected: 3 },
    { key: 'DAILY_MONTH_INTERVAL', stored: '2', field: 'dailyMonthInterval', expected: 2 },
    { key: 'WORKDAY_ONLY', stored: 'Y', field: 'workdayOnly', expected: true },
    { key: 'EVERY_WEEK', stored: '2', field: 'everyWeek', expected: 2 },
    { key: 'WEEK_DAYS', stored: ['1', 5, 7], field: 'weekDays', expected: [1, 5, 7] },
    { key: 'WEEK_DAYS', stored: new Map([[3, 6], [1, 2]]), field: 'weekDays', expected: [6, 2] },
    { key: 'MONTHLY_TYPE', stored: '2', field: 'monthlyType', expected: 2 },
    { key: 'MONTHLY_DAY_NUM', stored: 31, field: 'monthlyDayNum', expected: 31 },
    { key: 'MONTHLY_MONTH_NUM_1', stored: '3', field: 'monthlyMonthNum1', expected: 3 },
    { key: 'MONTHLY_WEEK_DAY_NUM', stored: '4', field: 'monthlyWeekDayNum', expected: 4 },
    { key: 'MONTHLY_WEEK_DAY', stored: 6, field: 'monthlyWeekDay', expected: 6 },
    { key: 'MONTHLY_MONTH_NUM_2', stored: 2, field: 'monthlyMonthNum2', expected: 2 },
    { key: 'YEARLY_TYPE', stored: 2, field: 'yearlyType', expected: 2 },
    { key: 'YEARLY_DAY_NUM', stored: '29', field: 'yearlyDayNum', expected: 29 },
    { key: 'YEARLY_MONTH_1', stored: '11', field: 'yearlyMonth1', expected: 11 },
    { key: 'YEARLY_WEEK_DAY_NUM', stored: 0, field: 'yearlyWeekDayNum', expected: 0 },
    { key: 'YEARLY_WEEK_DAY', stored: '0', field: 'yearlyWeekDay', expected: 0 },
    { key: 'YEARLY_MONTH_2', stored: 0, field: 'yearlyMonth2', expected: 0 },
    { key: 'TIME', stored: '9:30', field: 'time', expected: '9:30' },
    { key: 'TIMEZONE_OFFSET', stored: '-10800', field: 'timezoneOffset', expected: -10800 },
    { key: 'TIMEZONE_OFFSET', stored: '', field: 'timezoneOffset', expected: null },
    { key: 'START_DATE', stored: '03/16/2026 00:00:00', field: 'startDate', expected: '03/16/2026 00:00:00' },
    { key: 'END_DATE', stored: '', field: 'endDate', expected: null },
    { key: 'END_DATE', stored: null, field: 'endDate', expected: null },
    { key: 'REPEAT_TILL', stored: 'times', field: 'repeatTill', expected: 'times' },
    { key: 'TIMES', stored: '10', field: 'times', expected: 10 },
    { key: 'NEXT_EXECUTION_TIME', stored: '17.03.2026 11:00:00', field: 'nextExecutionTime', expected: '17.03.2026 11:00:00' },
    { key: 'DEADLINE_OFFSET', stored: '86400', field: 'deadlineOffset', expected: 86400 },
    { key: 'DEADLINE_AFTER', stored: 0, field: 'deadlineAfter', expected: 0 },
  ] as const)('reads $key stored as $stored', ({ key, stored, field, expected }) => {
    const { rule, issues } = decodeReplicateParams(raw({ [key]: stored as PhpValue }))
    expect(rule[field]).toEqual(expected)
    expect(issues).toEqual([])
  })

  it.each([
    { key: 'PERIOD', stored: 'hourly', field: 'period', fallback: 'daily', reason: 'not one of daily, weekly, monthly, yearly' },
    { key: 'EVERY_DAY', stored: '0', field: 'everyDay', fallback: 1, reason: 'less than 1' },
    { key: 'EVERY_DAY', stored: 'two', field: 'everyDay', fallback: 1, reason: 'not an integer' },
    { key: 'EVERY_WEEK', stored: 1.5, field: 'everyWeek', fallback: 1, reason: 'not an integer' },
    { key: 'WORKDAY_ONLY', stored: 'yes', field: 'workdayOnly', fallback: false, reason: 'not Y or N' },
    { key: 'WEEK_DAYS', stored: '2', field: 'weekDays', fallback: [], reason: 'not an array' },
    { key: 'MONTHLY_TYPE', stored: 3, field: 'monthlyType', fallback: 1, reason: 'outside 1..2' },
    { key: 'MONTHLY_DAY_NUM', stored: 32, field: 'monthlyDayNum', fallback: 1, reason: 'outside 1..31' },
    { key: 'MONTHLY_WEEK_DAY', stored: '7', field: 'monthlyWeekDay', fallback: 0, reason: 'outside 0..6' },
    { key: 'YEARLY_MONTH_1', stored: 12, field: 'yearlyMonth1', fallback: 0, reason: 'outside 0..11' },
    { key: 'YEARLY_WEEK_DAY_NUM', stored: 5, field: 'yearlyWeekDayNum', fallback: 0, reason: 'outside 0..4' },
    { key: 'TIME', stored: '25:00', field: 'time', fallback: '05:00', reason: 'not a HH:MM time' },
    { key: 'TIMES', stored: -1, field: 'times', fallback: 0, reason: 'less than 0' },
    { key: 'START_DATE', stored: 20260316, field: 'startDate', fallback: null, reason: 'not a date string' },
    { key: 'REPEAT_TILL', stored: 'forever', field: 'repeatTill', fallback: 'endless', reason: 'not one of endless, date, times' },
  ] as const)('reports $key stored as $stored and keeps the default', ({ key, stored, field, fallback, reason }) => {
    const { rule, issues } = decodeReplicateParams(raw({ [key]: stored }))
    expect(rule[field]).toEqual(fallback)
    expect(issues).toEqual([{ key, value: stored, reason }])
  })

  it('keeps the valid days of WEEK_DAYS and reports each invalid one with its value', () => {
    const { rule, issues } = decodeReplicateParams(raw({ WEEK_DAYS: [2, 0, '5', 'Fri', 8] }))
    expect(rule.weekDays).toEqual([2, 5])
    expect(issues).toEqual([
      { key: 'WEEK_DAYS', value: 0, reason: 'element 1: outside 1..7' },
      { key: 'WEEK_DAYS', value: 'Fri', reason: 'element 3: not an integer' },
      { key: 'WEEK_DAYS', value: 8, reason: 'element 4: outside 1..7' },
    ])
  })

  it.each<{ name: string, params: Record<string, PhpValue>, expected: RepeatTill }>([
    { name: 'missing, END_DATE set (old templates)', params: { END_DATE: '01.01.2027 00:00:00' }, expected: 'date' },
    { name: 'blank, END_DATE set', params: { REPEAT_TILL: '', END_DATE: '01.01.2027 00:00:00' }, expected: 'date' },
    { name: 'missing, END_DATE null', params: { END_DATE: null }, expected: 'endless' },
    { name: 'missing, END_DATE empty', params: { END_DATE: '' }, expected: 'endless' },
    { name: 'explicit, END_DATE set', params: { REPEAT_TILL: 'endless', END_DATE: '01.01.2027 00:00:00' }, expected: 'endless' },
  ])('derives REPEAT_TILL when $name', ({ params, expected }) => {
    expect(decodeReplicateParams(raw(params)).rule.repeatTill).toBe(expected)
  })

  it('keeps unknown keys, with their values, in stored order', () => {
    const task = new PhpObject('stdClass')
    const { rule, issues } = decodeReplicateParams(serialize(new Map<string | number, PhpValue>([
      ['PERIOD', 'yearly'],
      ['FUTURE_OPTION', 'x'],
      [7, task],
      ['EVERY_DAY', 2],
    ])))
    expect([...rule.extra]).toEqual([['FUTURE_OPTION', 'x'], [7, task]])
    expect(rule).toMatchObject({ period: 'yearly', everyDay: 2 })
    expect(issues).toEqual([])
  })

  it.each([
    { name: 'a string', input: 's:6:"weekly";' },
    { name: 'an object', input: 'O:8:"stdClass":0:{}' },
  ])('rejects $name with not-an-array', ({ input }) => {
    expect(() => decodeReplicateParams(input)).toThrow(expect.objectContaining({ name: 'FieldDecodeError', code: 'not-an-array' }))
  })

  it('returns malformed PHP as the parser error, for the UI', () => {
    expect(tryDecodeReplicateParams(DOCS_EXAMPLE.replace('a:19:', 'a:20:'))).toMatchObject({
      ok: false,
      error: { name: 'PhpSerializeError', code: 'count-mismatch' },
    })
    expect(tryDecodeReplicateParams(DOCS_EXAMPLE)).toMatchObject({ ok: true, value: { rule: { period: 'weekly' } } })
  })
})
