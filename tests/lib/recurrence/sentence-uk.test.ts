/**
 * Ukrainian (portal `ua`): the recurrence sentence for every case of LANGUAGE_CASES (each PERIOD × TYPE with no end,
 * an end date and N times), each line written out as a native speaker says it and reviewed by hand.
 */
import type { LanguageCase } from './language-cases'
import { describe, expect, it } from 'vitest'
import { recurrenceSentence, ukrainianPhrasebook } from '@/lib/recurrence'
import { LANGUAGE_CASE_NAMES, languageCase } from './language-cases'

const EXPECTED: Record<LanguageCase, string> = {
  'daily, no end': 'Щодня о 08:00 (час сервера), з 16.03.2026, без дати закінчення',
  'every 3 days until a date': 'Кожні 3 дні об 11:00 (час сервера, UTC+01:00), з 16.03.2026, до 31.12.2026',
  'every 2 days, 10 times, 3 done': 'Кожні 2 дні об 11:00 (час сервера, UTC+01:00), з 16.03.2026, 10 повторень, уже створено: 3',
  'every 22 days, 21 times, 1 done': 'Кожні 22 дні об 11:00 (час сервера, UTC+01:00), з 16.03.2026, 21 повторення, уже створено: 1',
  'every 21 days, no end': 'Кожен 21 день об 11:00 (час сервера, UTC+01:00), з 16.03.2026, без дати закінчення',
  'every 12 days, no end': 'Кожні 12 днів об 11:00 (час сервера, UTC+01:00), з 16.03.2026, без дати закінчення',
  'seed: weekly on Tuesday at 11:00': 'Щовівторка об 11:00 (час сервера, UTC+01:00), з 16.03.2026, без дати закінчення',
  'every 2 weeks on Tuesday and Thursday until a date': 'Кожні 2 тижні у вівторок і четвер об 11:00 (час сервера, UTC+01:00), з 16.03.2026, до 31.12.2026',
  'every 5 weeks on Monday, Wednesday, Friday, 22 times': 'Кожні 5 тижнів у понеділок, середу і п\'ятницю об 11:00 (час сервера, UTC+01:00), з 16.03.2026, 22 повторення, уже створено: 1',
  'weekly on Saturday and Sunday': 'Щосуботи і щонеділі об 11:00 (час сервера, UTC+01:00), з 16.03.2026, без дати закінчення',
  'weekly on Monday, Wednesday and Friday': 'Щопонеділка, щосереди і щоп\'ятниці об 11:00 (час сервера, UTC+01:00), з 16.03.2026, без дати закінчення',
  'weekly on Friday and Saturday until a date': 'Щоп\'ятниці і щосуботи об 11:00 (час сервера, UTC+01:00), з 16.03.2026, до 31.12.2026',
  'weekly on every day': 'Щодня об 11:00 (час сервера, UTC+01:00), з 16.03.2026, без дати закінчення',
  'monthly on the 15th, no end': 'Щомісяця 15-го числа об 11:00 (час сервера, UTC+01:00), з 16.03.2026, без дати закінчення',
  'every 2 months on the 31st until a date': 'Кожні 2 місяці 31-го числа об 11:00 (час сервера, UTC+01:00), з 16.03.2026, до 31.12.2026',
  'every 12 months on the 1st, once': 'Кожні 12 місяців 1-го числа об 11:00 (час сервера, UTC+01:00), з 16.03.2026, 1 повторення, ще не створено жодного завдання',
  'monthly on the last Friday': 'Щомісяця в останню п\'ятницю об 11:00 (час сервера, UTC+01:00), з 16.03.2026, без дати закінчення',
  'every 3 months on the second Wednesday until a date': 'Кожні 3 місяці у другу середу об 11:00 (час сервера, UTC+01:00), з 16.03.2026, до 31.12.2026',
  'every 21 months on the last Sunday, 5 times, 5 done': 'Кожен 21 місяць в останню неділю об 11:00 (час сервера, UTC+01:00), з 16.03.2026, 5 повторень, уже створено: 5',
  'monthly on the third Thursday at 01:00': 'Щомісяця у третій четвер об 01:00 (час сервера, UTC+01:00), з 16.03.2026, без дати закінчення',
  'yearly on 29 February': 'Щороку 29 лютого об 11:00 (час сервера, UTC+01:00), з 16.03.2026, без дати закінчення',
  'yearly on 15 March until a date': 'Щороку 15 березня об 11:00 (час сервера, UTC+01:00), з 16.03.2026, до 31.12.2026',
  'yearly on 1 January, 2 times': 'Щороку 1 січня об 11:00 (час сервера, UTC+01:00), з 16.03.2026, 2 повторення, ще не створено жодного завдання',
  'yearly on the first Monday of January': 'Щороку у перший понеділок січня об 11:00 (час сервера, UTC+01:00), з 16.03.2026, без дати закінчення',
  'yearly on the last Friday of December until a date': 'Щороку в останню п\'ятницю грудня об 11:00 (час сервера, UTC+01:00), з 16.03.2026, до 31.12.2026',
  'yearly on the fourth Saturday of November, 12 times': 'Щороку у четверту суботу листопада об 11:00 (час сервера, UTC+01:00), з 16.03.2026, 12 повторень, уже створено: 4',
  'every working day at 09:30': 'Кожного робочого дня о 09:30 (час сервера), з 16.03.2026, без дати закінчення',
  'every 2 days, working days only': 'Кожні 2 дні о 09:30 (час сервера), лише в робочі дні, з 16.03.2026, без дати закінчення',
  'every working day until a date': 'Кожного робочого дня об 11:00 (час сервера, UTC+01:00), з 16.03.2026, до 31.12.2026',
  'every working day, 5 times, 2 done': 'Кожного робочого дня об 11:00 (час сервера, UTC+01:00), з 16.03.2026, 5 повторень, уже створено: 2',
  'every 2 days plus DAILY_MONTH_INTERVAL 1': 'Кожні 3 дні об 11:00 (час сервера, UTC+01:00), з 16.03.2026, без дати закінчення',
  'creator zone, server time -05:00': 'Щовівторка об 11:00 (часовий пояс автора, час сервера -05:00), з 16.03.2026, без дати закінчення',
  'creator zone unknown, no start': 'Щовівторка об 11:00 (часовий пояс автора), без дати закінчення',
}

describe('ukrainian recurrence sentence', () => {
  it.each(LANGUAGE_CASE_NAMES)('%s', (name) => {
    const { subject, options } = languageCase(name)
    expect(recurrenceSentence(subject, ukrainianPhrasebook, options)).toBe(EXPECTED[name])
  })
})
