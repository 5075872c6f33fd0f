/**
 * Counts as the locale writes them ("5,000", "5 000"). `Number.prototype.toLocaleString` builds a
 * new `Intl.NumberFormat` on every call, which showed up in the profile of a 50,000-entry load
 * (the count line renders once per paced step); one formatter per locale is kept instead.
 */
const formatters = new Map<string, Intl.NumberFormat>()

/**
 * @example
 * formatCount(5000, 'en') // '5,000'
 */
export function formatCount(value: number, locale: string): string {
  let formatter = formatters.get(locale)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale)
    formatters.set(locale, formatter)
  }
  return formatter.format(value)
}
