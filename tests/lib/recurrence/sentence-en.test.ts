/**
 * English: the recurrence sentence for every case of LANGUAGE_CASES (each PERIOD × TYPE with no end,
 * an end date and N times), the same grid as the other languages' tables, each line reviewed by hand;
 * sentence.test.ts has the finer cases (ordinals, plurals, zones).
 */
import type { LanguageCase } from './language-cases'
import { describe, expect, it } from 'vitest'
import { englishPhrasebook, recurrenceSentence } from '@/lib/recurrence'
import { LANGUAGE_CASE_NAMES, languageCase } from './language-cases'

const EXPECTED: Record<LanguageCase, string> = {
  'daily, no end': 'Every day at 08:00 (server time), from 16.03.2026, no end date',
  'every 3 days until a date': 'Every 3rd day at 11:00 (server time, UTC+01:00), from 16.03.2026, until 31.12.2026',
  'every 2 days, 10 times, 3 done': 'Every 2nd day at 11:00 (server time, UTC+01:00), from 16.03.2026, 10 times, 3 created so far',
  'every 22 days, 21 times, 1 done': 'Every 22nd day at 11:00 (server time, UTC+01:00), from 16.03.2026, 21 times, 1 created so far',
  'every 21 days, no end': 'Every 21st day at 11:00 (server time, UTC+01:00), from 16.03.2026, no end date',
  'every 12 days, no end': 'Every 12th day at 11:00 (server time, UTC+01:00), from 16.03.2026, no end date',
  'seed: weekly on Tuesday at 11:00': 'Every week on Tuesday at 11:00 (server time, UTC+01:00), from 16.03.2026, no end date',
  'every 2 weeks on Tuesday and Thursday until a date': 'Every 2nd week on Tuesday and Thursday at 11:00 (server time, UTC+01:00), from 16.03.2026, until 31.12.2026',
  'every 5 weeks on Monday, Wednesday, Friday, 22 times': 'Every 5th week on Monday, Wednesday, and Friday at 11:00 (server time, UTC+01:00), from 16.03.2026, 22 times, 1 created so far',
  'weekly on Saturday and Sunday': 'Every week on Saturday and Sunday at 11:00 (server time, UTC+01:00), from 16.03.2026, no end date',
  'weekly on Monday, Wednesday and Friday': 'Every week on Monday, Wednesday, and Friday at 11:00 (server time, UTC+01:00), from 16.03.2026, no end date',
  'weekly on Friday and Saturday until a date': 'Every week on Friday and Saturday at 11:00 (server time, UTC+01:00), from 16.03.2026, until 31.12.2026',
  'weekly on every day': 'Every week on every day of the week at 11:00 (server time, UTC+01:00), from 16.03.2026, no end date',
  'monthly on the 15th, no end': 'Every month on the 15th at 11:00 (server time, UTC+01:00), from 16.03.2026, no end date',
  'every 2 months on the 31st until a date': 'Every 2nd month on the 31st at 11:00 (server time, UTC+01:00), from 16.03.2026, until 31.12.2026',
  'every 12 months on the 1st, once': 'Every 12th month on the 1st at 11:00 (server time, UTC+01:00), from 16.03.2026, once, none created yet',
  'monthly on the last Friday': 'Every month on the last Friday at 11:00 (server time, UTC+01:00), from 16.03.2026, no end date',
  'every 3 months on the second Wednesday until a date': 'Every 3rd month on the second Wednesday at 11:00 (server time, UTC+01:00), from 16.03.2026, until 31.12.2026',
  'every 21 months on the last Sunday, 5 times, 5 done': 'Every 21st month on the last Sunday at 11:00 (server time, UTC+01:00), from 16.03.2026, 5 times, 5 created so far',
  'monthly on the third Thursday at 01:00': 'Every month on the third Thursday at 01:00 (server time, UTC+01:00), from 16.03.2026, no end date',
  'yearly on 29 February': 'Every year on 29 February at 11:00 (server time, UTC+01:00), from 16.03.2026, no end date',
  'yearly on 15 March until a date': 'Every year on 15 March at 11:00 (server time, UTC+01:00), from 16.03.2026, until 31.12.2026',
  'yearly on 1 January, 2 times': 'Every year on 1 January at 11:00 (server time, UTC+01:00), from 16.03.2026, 2 times, none created yet',
  'yearly on the first Monday of January': 'Every year on the first Monday of January at 11:00 (server time, UTC+01:00), from 16.03.2026, no end date',
  'yearly on the last Friday of December until a date': 'Every year on the last Friday of December at 11:00 (server time, UTC+01:00), from 16.03.2026, until 31.12.2026',
  'yearly on the fourth Saturday of November, 12 times': 'Every year on the fourth Saturday of November at 11:00 (server time, UTC+01:00), from 16.03.2026, 12 times, 4 created so far',
  'every working day at 09:30': 'Every working day at 09:30 (server time), from 16.03.2026, no end date',
  'every 2 days, working days only': 'Every 2nd day at 09:30 (server time), working days only, from 16.03.2026, no end date',
  'every working day until a date': 'Every working day at 11:00 (server time, UTC+01:00), from 16.03.2026, until 31.12.2026',
  'every working day, 5 times, 2 done': 'Every working day at 11:00 (server time, UTC+01:00), from 16.03.2026, 5 times, 2 created so far',
  'every 2 days plus DAILY_MONTH_INTERVAL 1': 'Every 3rd day at 11:00 (server time, UTC+01:00), from 16.03.2026, no end date',
  'creator zone, server time -05:00': 'Every week on Tuesday at 11:00 (creator\'s time zone, server time -05:00), from 16.03.2026, no end date',
  'creator zone unknown, no start': 'Every week on Tuesday at 11:00 (creator\'s time zone), no end date',
}

describe('english recurrence sentence over the language grid', () => {
  it.each(LANGUAGE_CASE_NAMES)('%s', (name) => {
    const { subject, options } = languageCase(name)
    expect(recurrenceSentence(subject, englishPhrasebook, options)).toBe(EXPECTED[name])
  })
})
