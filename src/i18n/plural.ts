/**
 * Plural rules for the languages with three forms (ru, uk, pl). They travel with those languages'
 * message chunks (`messages-<locale>.ts`), not in the English first paint.
 */

/** vue-i18n's plural rule: the index of the form to use, given the number and the count of forms. */
export type PluralRule = (choice: number, choicesLength: number) => number

const pluralRules = new Map<string, Intl.PluralRules>()

/**
 * The plural form for languages with three (one, few, many: ru, uk, pl), from the CLDR rules in
 * `Intl.PluralRules`: 1 запись, 2 записи, 5 записей; 1 wpis, 22 wpisy, 12 wpisów; 21 запис, 11 записів.
 * Messages list the forms in that order; a fraction (CLDR `other`) takes the `few` form, as these
 * languages write "1,5 записи". vue-i18n passes the number and the count of forms.
 *
 * @example
 * slavicPlural('pl')(22, 3) // 1 → "22 wpisy"
 */
export function slavicPlural(locale: string): PluralRule {
  return (choice, choicesLength) => {
    if (choicesLength < 3)
      return choice === 1 ? 0 : 1
    let rules = pluralRules.get(locale)
    if (!rules)
      pluralRules.set(locale, rules = new Intl.PluralRules(locale))
    const category = rules.select(Math.abs(choice))
    return category === 'one' ? 0 : category === 'many' ? 2 : 1
  }
}
