/**
 * The template inspector's messages, under the `template` namespace. They travel in the feature's
 * lazy chunk instead of `i18n/index.ts`, so the sidebar's first paint does not carry them; each
 * language but English is a chunk of its own, loaded in the requested language only
 * (`i18n/lazy.ts`). tests/i18n/messages.test.ts checks them with the others.
 */
import type { AppI18n } from '@/i18n'
import type { MessageBundle } from '@/i18n/lazy'
import { defineLazyMessages, mergeLoadedLazyMessages, useLazyMessages } from '@/i18n/lazy'
import en from './locales/en.json'

const under = (load: () => Promise<{ default: unknown }>) => (): Promise<MessageBundle> => load().then(module => ({ template: module.default }))

export const TEMPLATE_MESSAGES = defineLazyMessages({ template: en }, {
  'ru': under(() => import('./locales/ru.json')),
  'de': under(() => import('./locales/de.json')),
  'es': under(() => import('./locales/es.json')),
  'pt-BR': under(() => import('./locales/pt-br.json')),
  'pl': under(() => import('./locales/pl.json')),
  'uk': under(() => import('./locales/uk.json')),
})

/** Adds the messages loaded so far to an i18n instance (tests, or any setup outside a component). */
export function addTemplateMessages(i18n: AppI18n): AppI18n {
  mergeLoadedLazyMessages(i18n.global, TEMPLATE_MESSAGES)
  return i18n
}

/** For the feature's route views: adds the messages on first use, before anything renders them. */
export function useTemplateMessages(): void {
  useLazyMessages(TEMPLATE_MESSAGES)
}
