/**
 * vue-i18n in its runtime-only build: the JSON locales are precompiled by the Vite plugin, so no
 * message compiler ships to the browser. English and Russian are complete; a unit test keeps their
 * key sets identical. Each feature owns its messages (`features/<name>/locales`), under its namespace.
 * Only what the sidebar's first paint needs is here, and only in English, the fallback language:
 * every other language is its own chunk (`messages-<locale>.ts`), loaded when the browser or the
 * portal (`getLang()`) asks for it (`switchLocale`); until it is in, the app keeps its current
 * language rather than showing keys. The messages of the parts that load on demand (template
 * inspector, entry form, entry page, filter panel, and the shell's own pages: outside the portal,
 * task picker, not found) join when those load (`i18n/lazy.ts`,
 * docs/development.md#first-paint-budget).
 */
import type { Composer } from 'vue-i18n'
import type templateEn from '@/features/task-template/locales/en.json'
import { createI18n } from 'vue-i18n'
import entriesEn from '@/features/time-entries/locales/en.json'
import shellEn from './locales/en.json'

export type AppLocale = 'en' | 'ru'

const en = { ...shellEn, entries: entriesEn }
export type MessageSchema = typeof en & { template?: typeof templateEn }

/** The first paint's messages of every language but English, one chunk each. */
const LOADERS: Readonly<Record<Exclude<AppLocale, 'en'>, () => Promise<MessageSchema>>> = {
  ru: () => import('./messages-ru').then(module => module.default),
}

/** Languages whose first-paint messages this page already has (English always). */
const loaded: Partial<Record<AppLocale, MessageSchema>> = { en }

/**
 * Makes a language's messages available without loading them: the installer, which titles its
 * placements in every language at once, and tests, which mount in Russian synchronously.
 */
export function registerLocaleMessages(locale: AppLocale, messages: MessageSchema): void {
  loaded[locale] = messages
}

/** The first-paint messages of a language, loaded once (concurrent callers share the request). */
const pending = new Map<AppLocale, Promise<MessageSchema>>()
function loadLocaleMessages(locale: AppLocale): Promise<MessageSchema> {
  const have = loaded[locale]
  if (have)
    return Promise.resolve(have)
  let request = pending.get(locale)
  if (!request) {
    request = LOADERS[locale as Exclude<AppLocale, 'en'>]().then((messages) => {
      loaded[locale] = messages
      return messages
    }).finally(() => pending.delete(locale))
    pending.set(locale, request)
  }
  return request
}

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

/**
 * The locale to start in, before the portal has answered `getLang()`: the `LANG` of the handler
 * URL when there is one (Bitrix24 opens a handler as `?DOMAIN=…&PROTOCOL=…&LANG=…&APP_SID=…`, see
 * emulator/README.md), so a Russian portal's messages load in parallel with the handshake;
 * otherwise the browser's languages.
 *
 * @example
 * initialLocale(['en-US'], '?DOMAIN=x&PROTOCOL=1&LANG=ru&APP_SID=1') // 'ru'
 */
export function initialLocale(languages: readonly string[], search = ''): AppLocale {
  const lang = new URLSearchParams(search).get('LANG')
  if (lang)
    return appLocaleFromBitrix(lang)
  return languages.some(tag => tag.toLowerCase().startsWith('ru')) ? 'ru' : 'en'
}

/** What switching needs of a composer (`i18n.global`, or `useI18n()` in a component). */
export interface LocaleSwitchable {
  locale: { value: string }
  mergeLocaleMessage: Composer['mergeLocaleMessage']
}

/** The language each i18n instance was last asked for: an older, slower load must not win. */
const requested = new WeakMap<object, AppLocale>()
/** The languages whose first-paint messages each i18n instance holds. */
const merged = new WeakMap<object, Set<AppLocale>>()

/**
 * Switches the app's language, loading that language's messages first (they are merged, so lazy
 * parts' messages already in stay). Synchronous for a language the instance has; otherwise the
 * current language stays until the messages are in. A later call wins over an earlier, slower one.
 *
 * @example
 * void switchLocale(useI18n({ useScope: 'global' }), appLocaleFromBitrix(portal.lang))
 */
export async function switchLocale(composer: LocaleSwitchable, locale: AppLocale): Promise<void> {
  requested.set(composer, locale)
  let have = merged.get(composer)
  if (!have?.has(locale)) {
    const messages = await loadLocaleMessages(locale)
    if (requested.get(composer) !== locale)
      return
    composer.mergeLocaleMessage(locale, messages)
    if (!have)
      merged.set(composer, have = new Set())
    have.add(locale)
  }
  composer.locale.value = locale
}

/**
 * The app's i18n in `locale` when its messages are here (English, or registered), otherwise in
 * English while they load.
 */
export function createAppI18n(locale: AppLocale) {
  const i18n = createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale: loaded[locale] ? locale : 'en',
    fallbackLocale: 'en',
    messages: { ...loaded } as Record<AppLocale, MessageSchema>,
    pluralRules: { ru: russianPlural },
    missingWarn: false,
    fallbackWarn: false,
  })
  merged.set(i18n.global, new Set(Object.keys(loaded) as AppLocale[]))
  if (!loaded[locale])
    void switchLocale(i18n.global, locale)
  return i18n
}

export type AppI18n = ReturnType<typeof createAppI18n>
