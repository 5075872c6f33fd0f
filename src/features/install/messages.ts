/**
 * The installer's messages, under the `install` namespace. They join the app's i18n here, not in
 * `i18n/index.ts`, so the sidebar's bundle never carries them (tests/i18n/messages.test.ts still
 * checks them alongside the others).
 */
import type { AppI18n } from '@/i18n'
import en from './locales/en.json'
import ru from './locales/ru.json'

export function addInstallMessages(i18n: AppI18n): AppI18n {
  i18n.global.mergeLocaleMessage('en', { install: en })
  i18n.global.mergeLocaleMessage('ru', { install: ru })
  return i18n
}
