/**
 * Polish: the recurrence sentence for every case of LANGUAGE_CASES (each PERIOD × TYPE with no end,
 * an end date and N times), each line written out as a native speaker says it and reviewed by hand.
 */
import type { LanguageCase } from './language-cases'
import { describe, expect, it } from 'vitest'
import { polishPhrasebook, recurrenceSentence } from '@/lib/recurrence'
import { LANGUAGE_CASE_NAMES, languageCase } from './language-cases'

const EXPECTED: Record<LanguageCase, string> = {
  'daily, no end': 'Codziennie o 08:00 (czas serwera), od 16.03.2026, bez daty zakończenia',
  'every 3 days until a date': 'Co 3 dni o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, do 31.12.2026',
  'every 2 days, 10 times, 3 done': 'Co 2 dni o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, 10 powtórzeń, utworzono już: 3',
  'every 22 days, 21 times, 1 done': 'Co 22 dni o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, 21 powtórzeń, utworzono już: 1',
  'every 21 days, no end': 'Co 21 dni o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, bez daty zakończenia',
  'every 12 days, no end': 'Co 12 dni o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, bez daty zakończenia',
  'seed: weekly on Tuesday at 11:00': 'W każdy wtorek o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, bez daty zakończenia',
  'every 2 weeks on Tuesday and Thursday until a date': 'Co 2 tygodnie we wtorek i w czwartek o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, do 31.12.2026',
  'every 5 weeks on Monday, Wednesday, Friday, 22 times': 'Co 5 tygodni w poniedziałek, w środę i w piątek o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, 22 powtórzenia, utworzono już: 1',
  'weekly on Saturday and Sunday': 'W każdą sobotę i niedzielę o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, bez daty zakończenia',
  'weekly on Monday, Wednesday and Friday': 'W każdy poniedziałek, w każdą środę i w każdy piątek o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, bez daty zakończenia',
  'weekly on Friday and Saturday until a date': 'W każdy piątek i w każdą sobotę o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, do 31.12.2026',
  'weekly on every day': 'Codziennie o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, bez daty zakończenia',
  'monthly on the 15th, no end': '15. dnia każdego miesiąca o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, bez daty zakończenia',
  'every 2 months on the 31st until a date': 'Co 2 miesiące 31. dnia miesiąca o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, do 31.12.2026',
  'every 12 months on the 1st, once': 'Co 12 miesięcy 1. dnia miesiąca o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, 1 powtórzenie, nie utworzono jeszcze żadnego zadania',
  'monthly on the last Friday': 'W ostatni piątek każdego miesiąca o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, bez daty zakończenia',
  'every 3 months on the second Wednesday until a date': 'Co 3 miesiące w drugą środę o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, do 31.12.2026',
  'every 21 months on the last Sunday, 5 times, 5 done': 'Co 21 miesięcy w ostatnią niedzielę o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, 5 powtórzeń, utworzono już: 5',
  'monthly on the third Thursday at 01:00': 'W trzeci czwartek każdego miesiąca o 01:00 (czas serwera, UTC+01:00), od 16.03.2026, bez daty zakończenia',
  'yearly on 29 February': 'Co roku 29 lutego o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, bez daty zakończenia',
  'yearly on 15 March until a date': 'Co roku 15 marca o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, do 31.12.2026',
  'yearly on 1 January, 2 times': 'Co roku 1 stycznia o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, 2 powtórzenia, nie utworzono jeszcze żadnego zadania',
  'yearly on the first Monday of January': 'Co roku w pierwszy poniedziałek stycznia o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, bez daty zakończenia',
  'yearly on the last Friday of December until a date': 'Co roku w ostatni piątek grudnia o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, do 31.12.2026',
  'yearly on the fourth Saturday of November, 12 times': 'Co roku w czwartą sobotę listopada o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, 12 powtórzeń, utworzono już: 4',
  'every working day at 09:30': 'W każdy dzień roboczy o 09:30 (czas serwera), od 16.03.2026, bez daty zakończenia',
  'every 2 days, working days only': 'Co 2 dni o 09:30 (czas serwera), tylko w dni robocze, od 16.03.2026, bez daty zakończenia',
  'every working day until a date': 'W każdy dzień roboczy o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, do 31.12.2026',
  'every working day, 5 times, 2 done': 'W każdy dzień roboczy o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, 5 powtórzeń, utworzono już: 2',
  'every 2 days plus DAILY_MONTH_INTERVAL 1': 'Co 3 dni o 11:00 (czas serwera, UTC+01:00), od 16.03.2026, bez daty zakończenia',
  'creator zone, server time -05:00': 'W każdy wtorek o 11:00 (strefa czasowa autora, czas serwera -05:00), od 16.03.2026, bez daty zakończenia',
  'creator zone unknown, no start': 'W każdy wtorek o 11:00 (strefa czasowa autora), bez daty zakończenia',
}

describe('polish recurrence sentence', () => {
  it.each(LANGUAGE_CASE_NAMES)('%s', (name) => {
    const { subject, options } = languageCase(name)
    expect(recurrenceSentence(subject, polishPhrasebook, options)).toBe(EXPECTED[name])
  })
})
