/**
 * Russian: the recurrence sentence for every case of LANGUAGE_CASES (each PERIOD × TYPE with no end,
 * an end date and N times), the same grid as the other languages' tables, each line reviewed by hand;
 * sentence.test.ts has the finer cases (ordinals, plurals, zones).
 */
import type { LanguageCase } from './language-cases'
import { describe, expect, it } from 'vitest'
import { recurrenceSentence, russianPhrasebook } from '@/lib/recurrence'
import { LANGUAGE_CASE_NAMES, languageCase } from './language-cases'

const EXPECTED: Record<LanguageCase, string> = {
  'daily, no end': 'Каждый день в 08:00 (время сервера), с 16.03.2026, без даты окончания',
  'every 3 days until a date': 'Каждые 3 дня в 11:00 (время сервера, UTC+01:00), с 16.03.2026, до 31.12.2026',
  'every 2 days, 10 times, 3 done': 'Каждые 2 дня в 11:00 (время сервера, UTC+01:00), с 16.03.2026, 10 раз, уже создано: 3',
  'every 22 days, 21 times, 1 done': 'Каждые 22 дня в 11:00 (время сервера, UTC+01:00), с 16.03.2026, 21 раз, уже создано: 1',
  'every 21 days, no end': 'Каждый 21 день в 11:00 (время сервера, UTC+01:00), с 16.03.2026, без даты окончания',
  'every 12 days, no end': 'Каждые 12 дней в 11:00 (время сервера, UTC+01:00), с 16.03.2026, без даты окончания',
  'seed: weekly on Tuesday at 11:00': 'Каждую неделю во вторник в 11:00 (время сервера, UTC+01:00), с 16.03.2026, без даты окончания',
  'every 2 weeks on Tuesday and Thursday until a date': 'Каждые 2 недели во вторник и четверг в 11:00 (время сервера, UTC+01:00), с 16.03.2026, до 31.12.2026',
  'every 5 weeks on Monday, Wednesday, Friday, 22 times': 'Каждые 5 недель в понедельник, среду и пятницу в 11:00 (время сервера, UTC+01:00), с 16.03.2026, 22 раза, уже создано: 1',
  'weekly on Saturday and Sunday': 'Каждую неделю в субботу и воскресенье в 11:00 (время сервера, UTC+01:00), с 16.03.2026, без даты окончания',
  'weekly on Monday, Wednesday and Friday': 'Каждую неделю в понедельник, среду и пятницу в 11:00 (время сервера, UTC+01:00), с 16.03.2026, без даты окончания',
  'weekly on Friday and Saturday until a date': 'Каждую неделю в пятницу и субботу в 11:00 (время сервера, UTC+01:00), с 16.03.2026, до 31.12.2026',
  'weekly on every day': 'Каждую неделю во все дни недели в 11:00 (время сервера, UTC+01:00), с 16.03.2026, без даты окончания',
  'monthly on the 15th, no end': 'Каждый месяц 15-го числа в 11:00 (время сервера, UTC+01:00), с 16.03.2026, без даты окончания',
  'every 2 months on the 31st until a date': 'Каждые 2 месяца 31-го числа в 11:00 (время сервера, UTC+01:00), с 16.03.2026, до 31.12.2026',
  'every 12 months on the 1st, once': 'Каждые 12 месяцев 1-го числа в 11:00 (время сервера, UTC+01:00), с 16.03.2026, 1 раз, пока не создано ни одной задачи',
  'monthly on the last Friday': 'Каждый месяц в последнюю пятницу в 11:00 (время сервера, UTC+01:00), с 16.03.2026, без даты окончания',
  'every 3 months on the second Wednesday until a date': 'Каждые 3 месяца во вторую среду в 11:00 (время сервера, UTC+01:00), с 16.03.2026, до 31.12.2026',
  'every 21 months on the last Sunday, 5 times, 5 done': 'Каждый 21 месяц в последнее воскресенье в 11:00 (время сервера, UTC+01:00), с 16.03.2026, 5 раз, уже создано: 5',
  'monthly on the third Thursday at 01:00': 'Каждый месяц в третий четверг в 01:00 (время сервера, UTC+01:00), с 16.03.2026, без даты окончания',
  'yearly on 29 February': 'Каждый год 29 февраля в 11:00 (время сервера, UTC+01:00), с 16.03.2026, без даты окончания',
  'yearly on 15 March until a date': 'Каждый год 15 марта в 11:00 (время сервера, UTC+01:00), с 16.03.2026, до 31.12.2026',
  'yearly on 1 January, 2 times': 'Каждый год 1 января в 11:00 (время сервера, UTC+01:00), с 16.03.2026, 2 раза, пока не создано ни одной задачи',
  'yearly on the first Monday of January': 'Каждый год в первый понедельник января в 11:00 (время сервера, UTC+01:00), с 16.03.2026, без даты окончания',
  'yearly on the last Friday of December until a date': 'Каждый год в последнюю пятницу декабря в 11:00 (время сервера, UTC+01:00), с 16.03.2026, до 31.12.2026',
  'yearly on the fourth Saturday of November, 12 times': 'Каждый год в четвёртую субботу ноября в 11:00 (время сервера, UTC+01:00), с 16.03.2026, 12 раз, уже создано: 4',
  'every working day at 09:30': 'Каждый рабочий день в 09:30 (время сервера), с 16.03.2026, без даты окончания',
  'every 2 days, working days only': 'Каждые 2 дня в 09:30 (время сервера), только в рабочие дни, с 16.03.2026, без даты окончания',
  'every working day until a date': 'Каждый рабочий день в 11:00 (время сервера, UTC+01:00), с 16.03.2026, до 31.12.2026',
  'every working day, 5 times, 2 done': 'Каждый рабочий день в 11:00 (время сервера, UTC+01:00), с 16.03.2026, 5 раз, уже создано: 2',
  'every 2 days plus DAILY_MONTH_INTERVAL 1': 'Каждые 3 дня в 11:00 (время сервера, UTC+01:00), с 16.03.2026, без даты окончания',
  'creator zone, server time -05:00': 'Каждую неделю во вторник в 11:00 (часовой пояс автора, время сервера -05:00), с 16.03.2026, без даты окончания',
  'creator zone unknown, no start': 'Каждую неделю во вторник в 11:00 (часовой пояс автора), без даты окончания',
}

describe('russian recurrence sentence over the language grid', () => {
  it.each(LANGUAGE_CASE_NAMES)('%s', (name) => {
    const { subject, options } = languageCase(name)
    expect(recurrenceSentence(subject, russianPhrasebook, options)).toBe(EXPECTED[name])
  })
})
