/**
 * Plural forms and counts through `Intl`, shared by the phrasebooks: the CLDR rules decide which
 * form a number takes (Polish and Ukrainian: 1 / 2–4 / 5–21 and 12–14), so no language re-implements
 * them by hand.
 */

/** The word for each CLDR plural category a language uses; `other` is the fallback. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>

const rulesByLocale = new Map<string, Intl.PluralRules>()
const numbersByLocale = new Map<string, Intl.NumberFormat>()

/**
 * The CLDR plural category of a cardinal number.
 *
 * @example
 * pluralCategory('pl', 22) // 'few'
 * pluralCategory('pl', 12) // 'many'
 */
export function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  let rules = rulesByLocale.get(locale)
  if (!rules) {
    rules = new Intl.PluralRules(locale, { type: 'cardinal' })
    rulesByLocale.set(locale, rules)
  }
  return rules.select(n)
}

/**
 * The form of a word that agrees with `n`.
 *
 * @example
 * pluralForm('uk', 5, { one: 'день', few: 'дні', many: 'днів', other: 'дня' }) // 'днів'
 */
export function pluralForm(locale: string, n: number, forms: PluralForms): string {
  return forms[pluralCategory(locale, n)] ?? forms.other
}

/**
 * A count written as the language writes numbers (`10.000` in German, `10 000` in Polish).
 *
 * @example
 * formatCount('de', 10000) // '10.000'
 */
export function formatCount(locale: string, n: number): string {
  let numbers = numbersByLocale.get(locale)
  if (!numbers) {
    numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
    numbersByLocale.set(locale, numbers)
  }
  return numbers.format(n)
}

/** "10 Wiederholungen": the count and the word that agrees with it. */
export function counted(locale: string, n: number, forms: PluralForms): string {
  return `${formatCount(locale, n)} ${pluralForm(locale, n, forms)}`
}

/** The hour of an `HH:MM` time, or null for a raw TIME that is not one; some prepositions depend on it. */
export function hourOf(time: string): number | null {
  const match = /^(\d{1,2}):\d{2}$/.exec(time.trim())
  return match ? Number(match[1]) : null
}
