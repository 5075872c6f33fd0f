/**
 * The template inspector's messages, under the `template` namespace. They travel in the feature's
 * lazy chunk instead of `i18n/index.ts`, so the sidebar's first paint does not carry them;
 * tests/i18n/messages.test.ts still checks them with the others.
 */
import type { AppI18n } from '@/i18n'
import { useLazyMessages } from '@/i18n/lazy'
import en from './locales/en.json'
import ru from './locales/ru.json'

const MESSAGES = { en: { template: en }, ru: { template: ru } }

/** Adds the messages to an i18n instance (tests, or any setup outside a component). */
export function addTemplateMessages(i18n: AppI18n): AppI18n {
  i18n.global.mergeLocaleMessage('en', MESSAGES.en)
  i18n.global.mergeLocaleMessage('ru', MESSAGES.ru)
  return i18n
}

/** For the feature's route views: adds the messages on first use, before anything renders them. */
export function useTemplateMessages(): void {
  useLazyMessages(MESSAGES)
}
