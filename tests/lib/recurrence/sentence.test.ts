/**
 * The recurrence sentence, in English and Russian, for every PERIOD × TYPE and every REPEAT_TILL:
 * English ordinals (2nd, 21st, 11th), Russian plurals (2 дня, 5 дней, 21 день) and agreement (в последнюю пятницу).
 */
import type { Frequency } from '@/lib/recurrence'
import { describe, expect, it } from 'vitest'
import { englishOrdinal, englishPhrasebook, recurrenceSentence, russianPhrasebook, russianPluralForm } from '@/lib/recurrence'
import { recurrence } from './fixtures'

const endless = { kind: 'endless' as const }

describe('recurrenceSentence: frequency', () => {
  it.each([
    { name: 'template 139', frequency: { period: 'weekly', everyWeeks: 1, weekdays: [2] }, en: 'Every week on Tuesday', ru: 'Каждую неделю во вторник' },
    { name: 'weekly on three days', frequency: { period: 'weekly', everyWeeks: 1, weekdays: [5, 1, 3] }, en: 'Every week on Monday, Wednesday, and Friday', ru: 'Каждую неделю в понедельник, среду и пятницу' },
    { name: 'weekly on Sunday', frequency: { period: 'weekly', everyWeeks: 1, weekdays: [7] }, en: 'Every week on Sunday', ru: 'Каждую неделю в воскресенье' },
    { name: 'every 2nd week', frequency: { period: 'weekly', everyWeeks: 2, weekdays: [2, 4] }, en: 'Every 2nd week on Tuesday and Thursday', ru: 'Каждые 2 недели во вторник и четверг' },
    { name: 'every 5th week', frequency: { period: 'weekly', everyWeeks: 5, weekdays: [6] }, en: 'Every 5th week on Saturday', ru: 'Каждые 5 недель в субботу' },
    { name: 'every 21st week', frequency: { period: 'weekly', everyWeeks: 21, weekdays: [1] }, en: 'Every 21st week on Monday', ru: 'Каждую 21 неделю в понедельник' },
    { name: 'weekly on all days', frequency: { period: 'weekly', everyWeeks: 1, weekdays: [1, 2, 3, 4, 5, 6, 7] }, en: 'Every week on every day of the week', ru: 'Каждую неделю во все дни недели' },
    { name: 'weekly with no days (Monday)', frequency: { period: 'weekly', everyWeeks: 1, weekdays: [] }, en: 'Every week on Monday', ru: 'Каждую неделю в понедельник' },
    { name: 'daily', frequency: { period: 'daily', everyDays: 1, extraDays: 0, workdayOnly: false }, en: 'Every day', ru: 'Каждый день' },
    { name: 'every 3rd day', frequency: { period: 'daily', everyDays: 3, extraDays: 0, workdayOnly: false }, en: 'Every 3rd day', ru: 'Каждые 3 дня' },
    { name: 'every 2 + DAILY_MONTH_INTERVAL 1 days', frequency: { period: 'daily', everyDays: 2, extraDays: 1, workdayOnly: false }, en: 'Every 3rd day', ru: 'Каждые 3 дня' },
    { name: 'every 11th day', frequency: { period: 'daily', everyDays: 11, extraDays: 0, workdayOnly: false }, en: 'Every 11th day', ru: 'Каждые 11 дней' },
    { name: 'every 22nd day', frequency: { period: 'daily', everyDays: 22, extraDays: 0, workdayOnly: false }, en: 'Every 22nd day', ru: 'Каждые 22 дня' },
    { name: 'every 21st day', frequency: { period: 'daily', everyDays: 21, extraDays: 0, workdayOnly: false }, en: 'Every 21st day', ru: 'Каждый 21 день' },
    { name: 'every working day', frequency: { period: 'daily', everyDays: 1, extraDays: 0, workdayOnly: true }, en: 'Every working day', ru: 'Каждый рабочий день' },
    { name: 'monthly on the 15th', frequency: { period: 'monthly', type: 'day', day: 15, everyMonths: 1 }, en: 'Every month on the 15th', ru: 'Каждый месяц 15-го числа' },
    { name: 'every 2nd month on the 31st', frequency: { period: 'monthly', type: 'day', day: 31, everyMonths: 2 }, en: 'Every 2nd month on the 31st', ru: 'Каждые 2 месяца 31-го числа' },
    { name: 'every 3rd month on the 1st', frequency: { period: 'monthly', type: 'day', day: 1, everyMonths: 3 }, en: 'Every 3rd month on the 1st', ru: 'Каждые 3 месяца 1-го числа' },
    { name: 'every 12th month on the 22nd', frequency: { period: 'monthly', type: 'day', day: 22, everyMonths: 12 }, en: 'Every 12th month on the 22nd', ru: 'Каждые 12 месяцев 22-го числа' },
    { name: 'every 2nd month on the last Friday', frequency: { period: 'monthly', type: 'weekday', ordinal: 'last', weekday: 5, everyMonths: 2 }, en: 'Every 2nd month on the last Friday', ru: 'Каждые 2 месяца в последнюю пятницу' },
    { name: 'monthly on the first Monday', frequency: { period: 'monthly', type: 'weekday', ordinal: 'first', weekday: 1, everyMonths: 1 }, en: 'Every month on the first Monday', ru: 'Каждый месяц в первый понедельник' },
    { name: 'monthly on the second Tuesday', frequency: { period: 'monthly', type: 'weekday', ordinal: 'second', weekday: 2, everyMonths: 1 }, en: 'Every month on the second Tuesday', ru: 'Каждый месяц во второй вторник' },
    { name: 'monthly on the second Wednesday', frequency: { period: 'monthly', type: 'weekday', ordinal: 'second', weekday: 3, everyMonths: 1 }, en: 'Every month on the second Wednesday', ru: 'Каждый месяц во вторую среду' },
    { name: 'monthly on the third Thursday', frequency: { period: 'monthly', type: 'weekday', ordinal: 'third', weekday: 4, everyMonths: 1 }, en: 'Every month on the third Thursday', ru: 'Каждый месяц в третий четверг' },
    { name: 'every 5th month on the fourth Saturday', frequency: { period: 'monthly', type: 'weekday', ordinal: 'fourth', weekday: 6, everyMonths: 5 }, en: 'Every 5th month on the fourth Saturday', ru: 'Каждые 5 месяцев в четвёртую субботу' },
    { name: 'monthly on the last Sunday', frequency: { period: 'monthly', type: 'weekday', ordinal: 'last', weekday: 7, everyMonths: 1 }, en: 'Every month on the last Sunday', ru: 'Каждый месяц в последнее воскресенье' },
    { name: 'every 21st month on the second Sunday', frequency: { period: 'monthly', type: 'weekday', ordinal: 'second', weekday: 7, everyMonths: 21 }, en: 'Every 21st month on the second Sunday', ru: 'Каждый 21 месяц во второе воскресенье' },
    { name: 'yearly on 15 March', frequency: { period: 'yearly', type: 'day', day: 15, month: 3 }, en: 'Every year on 15 March', ru: 'Каждый год 15 марта' },
    { name: 'yearly on 29 February', frequency: { period: 'yearly', type: 'day', day: 29, month: 2 }, en: 'Every year on 29 February', ru: 'Каждый год 29 февраля' },
    { name: 'yearly on the first Monday of January', frequency: { period: 'yearly', type: 'weekday', ordinal: 'first', weekday: 1, month: 1 }, en: 'Every year on the first Monday of January', ru: 'Каждый год в первый понедельник января' },
    { name: 'yearly on the last Friday of December', frequency: { period: 'yearly', type: 'weekday', ordinal: 'last', weekday: 5, month: 12 }, en: 'Every year on the last Friday of December', ru: 'Каждый год в последнюю пятницу декабря' },
  ])('$name', ({ frequency, en, ru }) => {
    const subject = recurrence(frequency as Frequency, { time: '11:00', start: '', end: endless })
    expect(recurrenceSentence(subject, englishPhrasebook)).toBe(`${en} at 11:00 (server time), no end date`)
    expect(recurrenceSentence(subject, russianPhrasebook)).toBe(`${ru} в 11:00 (время сервера), без даты окончания`)
  })
})

const weekly: Frequency = { period: 'weekly', everyWeeks: 1, weekdays: [2] }

describe('recurrenceSentence: time, start and end', () => {
  it.each([
    {
      name: 'template 139 with the server offset',
      input: { start: '16.03.2026 00:00:00', end: endless },
      offset: '+01:00',
      en: 'Every week on Tuesday at 11:00 (server time, UTC+01:00), from 16.03.2026, no end date',
      ru: 'Каждую неделю во вторник в 11:00 (время сервера, UTC+01:00), с 16.03.2026, без даты окончания',
    },
    {
      name: 'until a date',
      input: { start: '16.03.2026 00:00:00', end: { kind: 'date' as const, end: '31.12.2026 00:00:00' } },
      offset: '+03:00',
      en: 'Every week on Tuesday at 11:00 (server time, UTC+03:00), from 16.03.2026, until 31.12.2026',
      ru: 'Каждую неделю во вторник в 11:00 (время сервера, UTC+03:00), с 16.03.2026, до 31.12.2026',
    },
    {
      name: 'until a date with a time',
      input: { start: '16.03.2026 09:30:00', end: { kind: 'date' as const, end: '31.12.2026 18:00:00' } },
      offset: null,
      en: 'Every week on Tuesday at 11:00 (server time), from 16.03.2026 09:30, until 31.12.2026 18:00',
      ru: 'Каждую неделю во вторник в 11:00 (время сервера), с 16.03.2026 09:30, до 31.12.2026 18:00',
    },
    {
      name: 'date mode with an empty END_DATE',
      input: { start: '16.03.2026 00:00:00', end: { kind: 'date' as const, end: '' } },
      offset: null,
      en: 'Every week on Tuesday at 11:00 (server time), from 16.03.2026, no end date',
      ru: 'Каждую неделю во вторник в 11:00 (время сервера), с 16.03.2026, без даты окончания',
    },
    {
      name: '10 times, 3 created',
      input: { start: '16.03.2026 00:00:00', end: { kind: 'times' as const, times: 10, done: 3 } },
      offset: null,
      en: 'Every week on Tuesday at 11:00 (server time), from 16.03.2026, 10 times, 3 created so far',
      ru: 'Каждую неделю во вторник в 11:00 (время сервера), с 16.03.2026, 10 раз, уже создано: 3',
    },
    {
      name: 'once, none created',
      input: { start: '16.03.2026 00:00:00', end: { kind: 'times' as const, times: 1, done: 0 } },
      offset: null,
      en: 'Every week on Tuesday at 11:00 (server time), from 16.03.2026, once, none created yet',
      ru: 'Каждую неделю во вторник в 11:00 (время сервера), с 16.03.2026, 1 раз, пока не создано ни одной задачи',
    },
    {
      name: '22 times',
      input: { start: '16.03.2026 00:00:00', end: { kind: 'times' as const, times: 22, done: 1 } },
      offset: null,
      en: 'Every week on Tuesday at 11:00 (server time), from 16.03.2026, 22 times, 1 created so far',
      ru: 'Каждую неделю во вторник в 11:00 (время сервера), с 16.03.2026, 22 раза, уже создано: 1',
    },
    {
      name: 'month-first portal format',
      input: { start: '03/16/2026 00:00:00', end: { kind: 'date' as const, end: '12/31/2026 00:00:00' } },
      offset: null,
      en: 'Every week on Tuesday at 11:00 (server time), from 03/16/2026, until 12/31/2026',
      ru: 'Каждую неделю во вторник в 11:00 (время сервера), с 03/16/2026, до 12/31/2026',
    },
    {
      name: 'ambiguous start shown raw',
      input: { start: '03/04/2026 00:00:00', end: endless },
      offset: null,
      en: 'Every week on Tuesday at 11:00 (server time), from 03/04/2026 00:00:00, no end date',
      ru: 'Каждую неделю во вторник в 11:00 (время сервера), с 03/04/2026 00:00:00, без даты окончания',
    },
    {
      name: 'creator zone with an offset',
      input: { start: '16.03.2026 00:00:00', end: endless, basis: { kind: 'creator-offset' as const, offsetSeconds: -18_000 } },
      offset: '+01:00',
      en: 'Every week on Tuesday at 11:00 (creator\'s time zone, server time -05:00), from 16.03.2026, no end date',
      ru: 'Каждую неделю во вторник в 11:00 (часовой пояс автора, время сервера -05:00), с 16.03.2026, без даты окончания',
    },
    {
      name: 'creator zone unknown',
      input: { start: '16.03.2026 00:00:00', end: endless, basis: { kind: 'creator' as const } },
      offset: '+01:00',
      en: 'Every week on Tuesday at 11:00 (creator\'s time zone), from 16.03.2026, no end date',
      ru: 'Каждую неделю во вторник в 11:00 (часовой пояс автора), с 16.03.2026, без даты окончания',
    },
    {
      name: 'no START_DATE and a TIME that is not HH:MI',
      input: { start: null, end: endless, time: '7 am' },
      offset: null,
      en: 'Every week on Tuesday at 7 am (server time), no end date',
      ru: 'Каждую неделю во вторник в 7 am (время сервера), без даты окончания',
    },
  ])('$name', ({ input, offset, en, ru }) => {
    const subject = recurrence(weekly, input)
    expect(recurrenceSentence(subject, englishPhrasebook, { serverUtcOffset: offset })).toBe(en)
    expect(recurrenceSentence(subject, russianPhrasebook, { serverUtcOffset: offset })).toBe(ru)
  })
})

describe('recurrenceSentence: working days every N days', () => {
  it.each([
    { everyDays: 2, extraDays: 0, en: 'Every 2nd day at 09:30 (server time), working days only, from 16.03.2026, no end date', ru: 'Каждые 2 дня в 09:30 (время сервера), только в рабочие дни, с 16.03.2026, без даты окончания' },
    { everyDays: 1, extraDays: 4, en: 'Every 5th day at 09:30 (server time), working days only, from 16.03.2026, no end date', ru: 'Каждые 5 дней в 09:30 (время сервера), только в рабочие дни, с 16.03.2026, без даты окончания' },
  ])('every $everyDays + $extraDays days', ({ everyDays, extraDays, en, ru }) => {
    const subject = recurrence({ period: 'daily', everyDays, extraDays, workdayOnly: true }, { time: '09:30' })
    expect(recurrenceSentence(subject, englishPhrasebook)).toBe(en)
    expect(recurrenceSentence(subject, russianPhrasebook)).toBe(ru)
  })
})

describe('number words', () => {
  it.each([
    { n: 1, en: '1st', form: 0 },
    { n: 2, en: '2nd', form: 1 },
    { n: 3, en: '3rd', form: 1 },
    { n: 4, en: '4th', form: 1 },
    { n: 5, en: '5th', form: 2 },
    { n: 11, en: '11th', form: 2 },
    { n: 12, en: '12th', form: 2 },
    { n: 13, en: '13th', form: 2 },
    { n: 14, en: '14th', form: 2 },
    { n: 21, en: '21st', form: 0 },
    { n: 22, en: '22nd', form: 1 },
    { n: 23, en: '23rd', form: 1 },
    { n: 101, en: '101st', form: 0 },
    { n: 111, en: '111th', form: 2 },
    { n: 112, en: '112th', form: 2 },
  ])('$n → $en, Russian form $form', ({ n, en, form }) => {
    expect(englishOrdinal(n)).toBe(en)
    expect(russianPluralForm(n)).toBe(form)
  })
})
