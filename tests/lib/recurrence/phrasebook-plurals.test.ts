/**
 * Plural forms in the recurrence phrasebooks: the word after a number is the one the language's CLDR
 * category asks for, for every n from 0 to 200 and for random large n. The Slavic categories are
 * checked against the grammar-book rule too (Polish: 1 / 2–4 / 5+, 12–14 take the 5+ form, 21 too;
 * Ukrainian: 1, 21, 101 / 2–4, 22–24 / 5–20, 25–30), so a changed ICU cannot silently shift a form.
 */
import type { RecurrencePhrasebook, RecurrenceUnit } from '@/lib/recurrence'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { germanPhrasebook, polishPhrasebook, portuguesePhrasebook, spanishPhrasebook, ukrainianPhrasebook } from '@/lib/recurrence'

const UNITS: readonly RecurrenceUnit[] = ['day', 'week', 'month', 'year']
const upTo200 = Array.from({ length: 201 }, (_, n) => n)

type Category = 'one' | 'few' | 'many'

function polishRule(n: number): Category {
  if (n === 1)
    return 'one'
  const last = n % 10
  const lastTwo = n % 100
  return last >= 2 && last <= 4 && !(lastTwo >= 12 && lastTwo <= 14) ? 'few' : 'many'
}

function ukrainianRule(n: number): Category {
  const last = n % 10
  const lastTwo = n % 100
  if (last === 1 && lastTwo !== 11)
    return 'one'
  return last >= 2 && last <= 4 && !(lastTwo >= 12 && lastTwo <= 14) ? 'few' : 'many'
}

/** Written here by hand, not imported, so the test does not check the tables against themselves. */
const SLAVIC: ReadonlyArray<{
  name: string
  tag: string
  words: RecurrencePhrasebook
  rule: (n: number) => Category
  units: Record<RecurrenceUnit, Record<Category, string>>
  repetitions: Record<Category, string>
  every: (n: number, category: Category) => string
}> = [
  {
    name: 'Polish',
    tag: 'pl',
    words: polishPhrasebook,
    rule: polishRule,
    units: {
      day: { one: 'dzień', few: 'dni', many: 'dni' },
      week: { one: 'tydzień', few: 'tygodnie', many: 'tygodni' },
      month: { one: 'miesiąc', few: 'miesiące', many: 'miesięcy' },
      year: { one: 'rok', few: 'lata', many: 'lat' },
    },
    repetitions: { one: 'powtórzenie', few: 'powtórzenia', many: 'powtórzeń' },
    every: () => 'co',
  },
  {
    name: 'Ukrainian',
    tag: 'uk',
    words: ukrainianPhrasebook,
    rule: ukrainianRule,
    units: {
      day: { one: 'день', few: 'дні', many: 'днів' },
      week: { one: 'тиждень', few: 'тижні', many: 'тижнів' },
      month: { one: 'місяць', few: 'місяці', many: 'місяців' },
      year: { one: 'рік', few: 'роки', many: 'років' },
    },
    repetitions: { one: 'повторення', few: 'повторення', many: 'повторень' },
    every: (_, category) => (category === 'one' ? 'кожен' : 'кожні'),
  },
]

describe.each(SLAVIC)('$name plurals', ({ tag, words, rule, units, repetitions, every }) => {
  it('intl.PluralRules agrees with the grammar-book rule for 0..200', () => {
    const rules = new Intl.PluralRules(tag)
    for (const n of upTo200)
      expect(rules.select(n), `n = ${n}`).toBe(rule(n))
  })

  it('every n units takes the form of the category of n, 2..200', () => {
    for (const n of upTo200.filter(n => n >= 2)) {
      const category = rule(n)
      for (const unit of UNITS)
        expect(words.every(unit, n)).toBe(`${every(n, category)} ${n} ${units[unit][category]}`)
    }
  })

  it('n repetitions takes the form of the category of n, 0..200', () => {
    for (const n of upTo200)
      expect(words.times(n, 0).startsWith(`${n} ${repetitions[rule(n)]},`), `n = ${n}: ${words.times(n, 0)}`).toBe(true)
  })

  it('holds for large counts, written with the digit grouping of the language', () => {
    const numbers = new Intl.NumberFormat(tag)
    fc.assert(fc.property(fc.integer({ min: 2, max: 5_000_000 }), fc.constantFrom(...UNITS), (n, unit) => {
      expect(new Intl.PluralRules(tag).select(n)).toBe(rule(n))
      expect(words.every(unit, n)).toBe(`${every(n, rule(n))} ${numbers.format(n)} ${units[unit][rule(n)]}`)
    }))
  })
})

const ROMANCE_AND_GERMAN: ReadonlyArray<{
  name: string
  tag: string
  words: RecurrencePhrasebook
  /** Hand-written: the singular and the plural of each unit, the prefix before a number. */
  units: Record<RecurrenceUnit, [string, string]>
  repetitions: [string, string]
  every: string
}> = [
  {
    name: 'German',
    tag: 'de',
    words: germanPhrasebook,
    units: { day: ['Tag', 'Tage'], week: ['Woche', 'Wochen'], month: ['Monat', 'Monate'], year: ['Jahr', 'Jahre'] },
    repetitions: ['Wiederholung', 'Wiederholungen'],
    every: 'alle',
  },
  {
    name: 'Spanish',
    tag: 'es',
    words: spanishPhrasebook,
    units: { day: ['día', 'días'], week: ['semana', 'semanas'], month: ['mes', 'meses'], year: ['año', 'años'] },
    repetitions: ['repetición', 'repeticiones'],
    every: 'cada',
  },
  {
    name: 'Brazilian Portuguese',
    tag: 'pt-BR',
    words: portuguesePhrasebook,
    units: { day: ['dia', 'dias'], week: ['semana', 'semanas'], month: ['mês', 'meses'], year: ['ano', 'anos'] },
    repetitions: ['repetição', 'repetições'],
    every: 'a cada',
  },
]

describe.each(ROMANCE_AND_GERMAN)('$name plurals', ({ tag, words, units, repetitions, every }) => {
  const rules = new Intl.PluralRules(tag)
  const form = (n: number, pair: [string, string]) => (rules.select(n) === 'one' ? pair[0] : pair[1])

  it('every N units is plural for 2..200', () => {
    for (const n of upTo200.filter(n => n >= 2)) {
      for (const unit of UNITS)
        expect(words.every(unit, n)).toBe(`${every} ${n} ${units[unit][1]}`)
    }
  })

  it('n repetitions takes the form of the category of n, 0..200', () => {
    for (const n of upTo200)
      expect(words.times(n, 0).startsWith(`${n} ${form(n, repetitions)},`), `n = ${n}: ${words.times(n, 0)}`).toBe(true)
  })

  it('only 1 is singular (and 0 too in Portuguese, as CLDR says for pt)', () => {
    const singular = upTo200.filter(n => rules.select(n) === 'one')
    expect(singular).toEqual(tag === 'pt-BR' ? [0, 1] : [1])
  })
})
