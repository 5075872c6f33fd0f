/**
 * Every phrasebook implements every member of the interface and answers every input with words of
 * its own language: no missing member, no `undefined`, no `#3` placeholder for a month, no English
 * left in a non-English book.
 */
import type { Ordinal, RecurrencePhrasebook, RecurrenceUnit, TimeBasis } from '@/lib/recurrence'
import type { IsoWeekday } from '@/lib/recurrence/wall-clock'
import { describe, expect, it } from 'vitest'
import { PORTAL_LANGUAGES, portalLocale } from '@/lib/locale/portal-language'
import { ORDINALS } from '@/lib/recurrence'

/** One entry per interface member: adding a member to the interface without listing it here fails typecheck. */
const MEMBERS = {
  locale: 'string',
  every: 'function',
  everyWorkday: 'function',
  workdaysOnly: 'function',
  onWeekdays: 'function',
  weekly: 'function',
  monthly: 'function',
  onDayOfMonth: 'function',
  onNthWeekday: 'function',
  onDayOfYear: 'function',
  onNthWeekdayOfMonth: 'function',
  at: 'function',
  from: 'function',
  until: 'function',
  noEnd: 'function',
  times: 'function',
  weekdayName: 'function',
} as const satisfies Record<keyof RecurrencePhrasebook, 'string' | 'function'>

const UNITS: readonly RecurrenceUnit[] = ['day', 'week', 'month', 'year']
const WEEKDAYS: readonly IsoWeekday[] = [1, 2, 3, 4, 5, 6, 7]
const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1)
const BASES: readonly TimeBasis[] = [{ kind: 'server' }, { kind: 'creator' }, { kind: 'creator-offset', offsetSeconds: 3600 }]

/** Every phrase a book can produce, over all its inputs. */
function allPhrases(words: RecurrencePhrasebook): string[] {
  const phrases: string[] = [words.everyWorkday(), words.workdaysOnly(), words.noEnd(), words.from('16.03.2026'), words.until('31.12.2026')]
  for (const unit of UNITS) {
    for (let n = 1; n <= 30; n++)
      phrases.push(words.every(unit, n))
  }
  for (const day of WEEKDAYS) {
    phrases.push(words.weekdayName(day), words.onWeekdays([day]))
    for (const ordinal of ORDINALS as readonly Ordinal[]) {
      phrases.push(words.onNthWeekday(ordinal, day))
      for (const everyMonths of [1, 2, 5, 21])
        phrases.push(words.monthly(everyMonths, { type: 'weekday', ordinal, weekday: day }))
      for (const month of MONTHS)
        phrases.push(words.onNthWeekdayOfMonth(ordinal, day, month))
    }
  }
  phrases.push(words.onWeekdays([1, 3, 5]), words.onWeekdays(WEEKDAYS))
  for (const days of [[1], [2], [3], [7], [1, 3, 5], [5, 6], [6, 7], WEEKDAYS] as const) {
    for (const everyWeeks of [1, 2, 5, 21])
      phrases.push(words.weekly(everyWeeks, days))
  }
  for (let day = 1; day <= 31; day++) {
    phrases.push(words.onDayOfMonth(day), words.monthly(1, { type: 'day', day }), words.monthly(3, { type: 'day', day }))
    for (const month of MONTHS)
      phrases.push(words.onDayOfYear(day, month))
  }
  for (const basis of BASES) {
    for (const offset of ['+01:00', null])
      phrases.push(words.at('11:00', basis, offset), words.at('01:00', basis, offset), words.at('7 am', basis, offset))
  }
  for (const [times, done] of [[1, 0], [2, 1], [5, 5], [21, 3], [112, 0]] as const)
    phrases.push(words.times(times, done))
  return phrases
}

/** Whole words only: a letter of any script next to it makes it part of another word ("até", "ontem"). */
const ENGLISH_WORDS = /(?<!\p{L})(?:every|on|the|at|of|from|until|times|created|server|time|zone|working|days?|weeks?|months?|years?|once)(?!\p{L})/iu

describe.each(PORTAL_LANGUAGES)('phrasebook for portal language %s', (language) => {
  const { phrasebook, tag } = portalLocale(language)

  it('implements every interface member with the right kind of value', () => {
    for (const [member, kind] of Object.entries(MEMBERS))
      expect(typeof phrasebook[member as keyof RecurrencePhrasebook], member).toBe(kind)
  })

  it('has a locale Intl understands, in the language of the portal tag', () => {
    const [canonical] = Intl.getCanonicalLocales(phrasebook.locale)
    expect(new Intl.Locale(canonical!).language).toBe(new Intl.Locale(tag).language)
  })

  it('answers every input with a non-empty phrase and no placeholder', () => {
    for (const phrase of allPhrases(phrasebook)) {
      expect(phrase.trim()).not.toBe('')
      expect(phrase).not.toMatch(/undefined|null|NaN|#\d|\s{2}/)
    }
  })

  it.skipIf(language === 'en')('leaves no English word in its phrases', () => {
    for (const phrase of allPhrases(phrasebook).map(text => text.replace(/\b(?:UTC|am)\b/g, '')))
      expect(phrase).not.toMatch(ENGLISH_WORDS)
  })
})
