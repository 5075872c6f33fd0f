/**
 * German: the recurrence sentence for every case of LANGUAGE_CASES (each PERIOD × TYPE with no end,
 * an end date and N times), each line written out as a native speaker says it and reviewed by hand.
 */
import type { LanguageCase } from './language-cases'
import { describe, expect, it } from 'vitest'
import { germanPhrasebook, recurrenceSentence } from '@/lib/recurrence'
import { LANGUAGE_CASE_NAMES, languageCase } from './language-cases'

const EXPECTED: Record<LanguageCase, string> = {
  'daily, no end': 'Täglich um 08:00 (Serverzeit), ab 16.03.2026, ohne Abschlussdatum',
  'every 3 days until a date': 'Alle 3 Tage um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, bis 31.12.2026',
  'every 2 days, 10 times, 3 done': 'Alle 2 Tage um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, 10 Wiederholungen, bisher 3 erstellt',
  'every 22 days, 21 times, 1 done': 'Alle 22 Tage um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, 21 Wiederholungen, bisher 1 erstellt',
  'every 21 days, no end': 'Alle 21 Tage um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, ohne Abschlussdatum',
  'every 12 days, no end': 'Alle 12 Tage um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, ohne Abschlussdatum',
  'seed: weekly on Tuesday at 11:00': 'Jeden Dienstag um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, ohne Abschlussdatum',
  'every 2 weeks on Tuesday and Thursday until a date': 'Alle 2 Wochen am Dienstag und Donnerstag um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, bis 31.12.2026',
  'every 5 weeks on Monday, Wednesday, Friday, 22 times': 'Alle 5 Wochen am Montag, Mittwoch und Freitag um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, 22 Wiederholungen, bisher 1 erstellt',
  'weekly on Saturday and Sunday': 'Jeden Samstag und Sonntag um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, ohne Abschlussdatum',
  'weekly on Monday, Wednesday and Friday': 'Jeden Montag, Mittwoch und Freitag um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, ohne Abschlussdatum',
  'weekly on Friday and Saturday until a date': 'Jeden Freitag und Samstag um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, bis 31.12.2026',
  'weekly on every day': 'Jeden Tag um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, ohne Abschlussdatum',
  'monthly on the 15th, no end': 'Jeden Monat am 15. um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, ohne Abschlussdatum',
  'every 2 months on the 31st until a date': 'Alle 2 Monate am 31. um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, bis 31.12.2026',
  'every 12 months on the 1st, once': 'Alle 12 Monate am 1. um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, 1 Wiederholung, noch keine erstellt',
  'monthly on the last Friday': 'Jeden Monat am letzten Freitag um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, ohne Abschlussdatum',
  'every 3 months on the second Wednesday until a date': 'Alle 3 Monate am zweiten Mittwoch um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, bis 31.12.2026',
  'every 21 months on the last Sunday, 5 times, 5 done': 'Alle 21 Monate am letzten Sonntag um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, 5 Wiederholungen, bisher 5 erstellt',
  'monthly on the third Thursday at 01:00': 'Jeden Monat am dritten Donnerstag um 01:00 (Serverzeit, UTC+01:00), ab 16.03.2026, ohne Abschlussdatum',
  'yearly on 29 February': 'Jedes Jahr am 29. Februar um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, ohne Abschlussdatum',
  'yearly on 15 March until a date': 'Jedes Jahr am 15. März um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, bis 31.12.2026',
  'yearly on 1 January, 2 times': 'Jedes Jahr am 1. Januar um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, 2 Wiederholungen, noch keine erstellt',
  'yearly on the first Monday of January': 'Jedes Jahr am ersten Montag im Januar um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, ohne Abschlussdatum',
  'yearly on the last Friday of December until a date': 'Jedes Jahr am letzten Freitag im Dezember um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, bis 31.12.2026',
  'yearly on the fourth Saturday of November, 12 times': 'Jedes Jahr am vierten Samstag im November um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, 12 Wiederholungen, bisher 4 erstellt',
  'every working day at 09:30': 'Jeden Werktag um 09:30 (Serverzeit), ab 16.03.2026, ohne Abschlussdatum',
  'every 2 days, working days only': 'Alle 2 Tage um 09:30 (Serverzeit), nur an Werktagen, ab 16.03.2026, ohne Abschlussdatum',
  'every working day until a date': 'Jeden Werktag um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, bis 31.12.2026',
  'every working day, 5 times, 2 done': 'Jeden Werktag um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, 5 Wiederholungen, bisher 2 erstellt',
  'every 2 days plus DAILY_MONTH_INTERVAL 1': 'Alle 3 Tage um 11:00 (Serverzeit, UTC+01:00), ab 16.03.2026, ohne Abschlussdatum',
  'creator zone, server time -05:00': 'Jeden Dienstag um 11:00 (Zeitzone des Erstellers, Serverzeit -05:00), ab 16.03.2026, ohne Abschlussdatum',
  'creator zone unknown, no start': 'Jeden Dienstag um 11:00 (Zeitzone des Erstellers), ohne Abschlussdatum',
}

describe('german recurrence sentence', () => {
  it.each(LANGUAGE_CASE_NAMES)('%s', (name) => {
    const { subject, options } = languageCase(name)
    expect(recurrenceSentence(subject, germanPhrasebook, options)).toBe(EXPECTED[name])
  })
})
