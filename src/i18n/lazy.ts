/**
 * Messages that travel with a lazily loaded part of the app instead of the first paint
 * (docs/development.md#first-paint-budget). Kept apart from `i18n/index.ts` so those parts' chunks do not
 * import the first paint's messages.
 */
import type { AppLocale } from '.'
import { useI18n } from 'vue-i18n'

/** Messages for every app locale, each under its namespace (`{ template: {…} }`). */
export type LazyMessages = Record<AppLocale, Record<string, unknown>>

const mergedBundles = new WeakMap<object, WeakSet<LazyMessages>>()

/**
 * Adds the messages of a lazily loaded part of the app (a route view and what it renders) to the
 * app's i18n, once per bundle. Call it first thing in that part's `setup`, with a module-level
 * constant.
 *
 * @example
 * const MESSAGES = { en: { template: en }, ru: { template: ru } }
 * useLazyMessages(MESSAGES)
 */
export function useLazyMessages(messages: LazyMessages): void {
  const composer = useI18n({ useScope: 'global' })
  let merged = mergedBundles.get(composer)
  if (!merged)
    mergedBundles.set(composer, merged = new WeakSet())
  if (merged.has(messages))
    return
  merged.add(messages)
  for (const [locale, bundle] of Object.entries(messages))
    composer.mergeLocaleMessage(locale, bundle)
}
