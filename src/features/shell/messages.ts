/**
 * Messages of the pages the shell shows instead of the sidebar (outside the portal, task picker,
 * not found): they load with those pages, not in the sidebar's first paint, each language but
 * English a chunk of its own (docs/development.md#first-paint-budget, `i18n/lazy.ts`).
 */
import type { MessageBundle } from '@/i18n/lazy'
import { defineLazyMessages, useLazyMessages } from '@/i18n/lazy'
import en from './locales/en.json'

const bundle = (load: () => Promise<{ default: MessageBundle }>) => (): Promise<MessageBundle> => load().then(module => module.default)

export const SHELL_PAGE_MESSAGES = defineLazyMessages(en, {
  'ru': bundle(() => import('./locales/ru.json')),
  'de': bundle(() => import('./locales/de.json')),
  'es': bundle(() => import('./locales/es.json')),
  'pt-BR': bundle(() => import('./locales/pt-br.json')),
  'pl': bundle(() => import('./locales/pl.json')),
  'uk': bundle(() => import('./locales/uk.json')),
})

/** For those pages' `setup`: adds the messages on first use, before anything renders them. */
export function useShellPageMessages(): void {
  useLazyMessages(SHELL_PAGE_MESSAGES)
}
