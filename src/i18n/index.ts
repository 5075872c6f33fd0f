/**
 * vue-i18n in its runtime-only build: the JSON locales are precompiled by the Vite plugin, so no
 * message compiler ships to the browser. English and Russian are complete; a unit test keeps their
 * key sets identical. Each feature owns its messages (`features/<name>/locales`), under its namespace.
 * Only what the sidebar's first paint needs is here; the messages of the parts that load on demand
 * (template inspector, entry form, entry page, filter panel, and the shell's own pages: outside the
 * portal, task picker, not found) join when those load (`i18n/lazy.ts`,
 * docs/development.md#first-paint-budget).
 */
import type templateEn from '@/features/task-template/locales/en.json'
import { createI18n } from 'vue-i18n'
import entriesEn from '@/features/time-entries/locales/en.json'
import entriesRu from '@/features/time-entries/locales/ru.json'
import shellEn from './locales/en.json'
import shellRu from './locales/ru.json'

export type AppLocale = 'en' | 'ru'

const en = { ...shellEn, entries: entriesEn }
const ru = { ...shellRu, entries: entriesRu }
export type MessageSchema = typeof en & { template?: typeof templateEn }

export const APP_LOCALES: readonly AppLocale[] = ['en', 'ru']

/**
 * Russian plural forms: 1 запись, 2 записи, 5 записей (vue-i18n passes the number and the count of forms).
 *
 * @example
 * russianPlural(21, 3) // 0 → "21 запись"
 */
export function russianPlural(choice: number, choicesLength: number): number {
  const n = Math.abs(choice) % 100
  const lastDigit = n % 10
  if (choicesLength < 3)
    return choice === 1 ? 0 : 1
  if (n > 10 && n < 20)
    return 2
  if (lastDigit === 1)
    return 0
  if (lastDigit >= 2 && lastDigit <= 4)
    return 1
  return 2
}

/**
 * Maps a Bitrix24 language id (`getLang()`) to one of our locales. Only Russian portals get Russian:
 * guessing Russian for Ukrainian or Kazakh users would be presumptuous, so they get English.
 *
 * @example
 * appLocaleFromBitrix('ru') // 'ru'
 * appLocaleFromBitrix('de') // 'en'
 */
export function appLocaleFromBitrix(lang: string | null | undefined): AppLocale {
  return lang?.toLowerCase() === 'ru' ? 'ru' : 'en'
}

/** The locale to show while the portal has not told us its language yet. */
export function initialLocale(languages: readonly string[]): AppLocale {
  return languages.some(tag => tag.toLowerCase().startsWith('ru')) ? 'ru' : 'en'
}

export function createAppI18n(locale: AppLocale) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en, ru } as Record<AppLocale, MessageSchema>,
    pluralRules: { ru: russianPlural },
    missingWarn: false,
    fallbackWarn: false,
  })
}

export type AppI18n = ReturnType<typeof createAppI18n>
