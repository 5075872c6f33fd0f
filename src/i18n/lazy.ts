/**
 * Messages that travel with a lazily loaded part of the app instead of the first paint
 * (docs/development.md#first-paint-budget), one chunk per language: a part ships English (the
 * fallback) with its code and loads only the active language's bundle. This module is not part of
 * the first paint either: it registers itself with `i18n/index.ts` when the first part loads.
 *
 * No part shows English while its language loads: a part's module starts loading the requested
 * language's bundle as it is evaluated (`defineLazyMessages`); the router (before it shows a route)
 * and async components (`afterLazyMessages`) wait for it; a switch of language (`switchLocale`)
 * waits for the bundles of every part already loaded before it shows the new language. No
 * top-level await: it would make the bundler split the first paint into many more chunks.
 */
import type { AppLocale } from '.'
import { watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { requestedAppLocale, setLazyPreloader } from '.'

/** One part's messages in one language, under their namespace (`{ template: {…} }`). */
export type MessageBundle = Record<string, unknown>

/** A part's messages: English at hand, every other language a loader (a chunk of its own). */
export interface LazyMessages {
  readonly en: MessageBundle
  readonly loaders: Readonly<Record<Exclude<AppLocale, 'en'>, () => Promise<MessageBundle>>>
}

interface PartState {
  readonly loaded: Map<AppLocale, MessageBundle>
  readonly pending: Map<AppLocale, Promise<void>>
}

const parts = new Map<LazyMessages, PartState>()

function stateOf(messages: LazyMessages): PartState {
  let state = parts.get(messages)
  if (!state)
    parts.set(messages, state = { loaded: new Map([['en', messages.en]]), pending: new Map() })
  return state
}

/**
 * Declares a part's messages (module level, once) and starts loading them in the language asked for
 * last.
 *
 * @example
 * export const MESSAGES = defineLazyMessages({ template: en }, { de: () => import('./locales/de.json').then(m => ({ template: m.default })), … })
 */
export function defineLazyMessages(en: MessageBundle, loaders: LazyMessages['loaders']): LazyMessages {
  const messages: LazyMessages = { en, loaders }
  stateOf(messages)
  setLazyPreloader(preloadLazyMessages)
  void loadLazyMessages(messages, requestedAppLocale())
  return messages
}

/**
 * Loads a part's bundle for a language, once (concurrent callers share the request). Never rejects:
 * a failed load leaves the part in English and is tried again next time.
 */
export function loadLazyMessages(messages: LazyMessages, locale: AppLocale): Promise<void> {
  const state = stateOf(messages)
  if (state.loaded.has(locale) || locale === 'en')
    return Promise.resolve()
  let request = state.pending.get(locale)
  if (!request) {
    request = messages.loaders[locale]()
      .then((bundle) => {
        state.loaded.set(locale, bundle)
      })
      .catch(() => {})
      .finally(() => state.pending.delete(locale))
    state.pending.set(locale, request)
  }
  return request
}

/** The bundles of every part loaded so far, for `locale`; null when all are in already. */
export function preloadLazyMessages(locale: AppLocale): Promise<void> | null {
  const missing = [...parts.entries()].filter(([, state]) => !state.loaded.has(locale)).map(([messages]) => loadLazyMessages(messages, locale))
  return missing.length === 0 ? null : Promise.all(missing).then(() => {})
}

const mergedBundles = new WeakMap<object, WeakMap<LazyMessages, Set<AppLocale>>>()

/**
 * Adds a part's messages to the app's i18n: English and the active language now (when loaded),
 * every language the app switches to later as soon as its bundle is in. Call it first thing in that
 * part's `setup`, with a module-level `defineLazyMessages` constant.
 *
 * @example
 * useLazyMessages(TEMPLATE_MESSAGES)
 */
export function useLazyMessages(messages: LazyMessages): void {
  const composer = useI18n({ useScope: 'global' })
  let byPart = mergedBundles.get(composer)
  if (!byPart)
    mergedBundles.set(composer, byPart = new WeakMap())
  let merged = byPart.get(messages)
  if (!merged)
    byPart.set(messages, merged = new Set())
  const state = stateOf(messages)
  const mergeIfLoaded = (locale: AppLocale): boolean => {
    const bundle = state.loaded.get(locale)
    if (!bundle)
      return false
    if (!merged.has(locale)) {
      composer.mergeLocaleMessage(locale, bundle)
      merged.add(locale)
    }
    return true
  }
  mergeIfLoaded('en')
  watch(composer.locale, (value) => {
    const locale = value as AppLocale
    if (!mergeIfLoaded(locale))
      void loadLazyMessages(messages, locale).then(() => mergeIfLoaded(locale))
  }, { immediate: true, flush: 'sync' })
}

/**
 * Merges every bundle of a part loaded so far into an i18n composer, outside a component (tests, or
 * setup code that has loaded the languages it needs with `loadLazyMessages`).
 */
export function mergeLoadedLazyMessages(composer: { mergeLocaleMessage: (locale: string, bundle: MessageBundle) => void }, messages: LazyMessages): void {
  for (const [locale, bundle] of stateOf(messages).loaded)
    composer.mergeLocaleMessage(locale, bundle)
}
