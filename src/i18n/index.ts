/**
 * vue-i18n in its runtime-only build: the JSON locales are precompiled by the Vite plugin, so no
 * message compiler ships to the browser. Seven languages, those of Bitrix24 portals the app speaks
 * (en, ru, de, la = Spanish, br = Brazilian Portuguese, pl, ua = Ukrainian; docs/i18n.md); a unit
 * test keeps their key sets identical. Each feature owns its messages (`features/<name>/locales`), under its namespace.
 * Only what the sidebar's first paint needs is here, and only in English, the fallback language:
 * every other language is its own chunk (`messages-<locale>.ts`), loaded when the browser or the
 * portal (`getLang()`) asks for it (`switchLocale`); until it is in, the app keeps its current
 * language rather than showing keys. The messages of the parts that load on demand (template
 * inspector, entry form, entry page, filter panel, and the shell's own pages: outside the portal,
 * task picker, not found) join when those load (`i18n/lazy.ts`,
 * docs/development.md#first-paint-budget).
 */
import type { Composer } from 'vue-i18n'
import type { PluralRule } from './plural'
import type templateEn from '@/features/task-template/locales/en.json'
import { createI18n } from 'vue-i18n'
import entriesEn from '@/features/time-entries/locales/en.json'
import shellEn from './locales/en.json'

/**
 * The app's languages as BCP 47 tags (for `Intl`, `lang=` and vue-i18n); `PORTAL_CODES` maps them to
 * the portal's own codes.
 */
export type AppLocale = 'en' | 'ru' | 'de' | 'es' | 'pt-BR' | 'pl' | 'uk'

/**
 * The locale for each of Bitrix24's language codes the app speaks (`getLang()`, `LANG=`, the keys of
 * `LANG_ALL`): not ISO 639 for Spanish, Brazilian Portuguese and Ukrainian (b24jssdk
 * packages/jssdk/src/core/language/list.ts, `B24LangList`). The one table; the two below derive
 * from it, and the first paint, which needs neither, drops them.
 */
const FROM_PORTAL: Readonly<Record<string, AppLocale>> = { en: 'en', ru: 'ru', de: 'de', la: 'es', br: 'pt-BR', pl: 'pl', ua: 'uk' }

export const APP_LOCALES: readonly AppLocale[] = /* @__PURE__ */ Object.values(FROM_PORTAL)

/** Bitrix24's language code for each locale. */
export const PORTAL_CODES: Readonly<Record<AppLocale, string>> = /* @__PURE__ */ Object.fromEntries(Object.entries(FROM_PORTAL).map(([code, locale]) => [locale, code])) as Record<AppLocale, string>

const en = { ...shellEn, entries: entriesEn }
export type MessageSchema = typeof en & { template?: typeof templateEn }

/** A language's chunk (`messages-<locale>.ts`): its first-paint messages and, with three plural forms, its rule. */
export interface LocaleModule {
  readonly default: MessageSchema
  readonly pluralRule?: PluralRule
}

/** Languages whose first-paint messages this page already has (English always). */
const loaded: Partial<Record<AppLocale, MessageSchema>> = { en }

/**
 * The plural rules of the languages loaded so far. Every i18n instance shares this object (vue-i18n
 * keeps the one it is given), so a language's rule arrives with its chunk, not in the English first
 * paint (tests/i18n/switch-locale.test.ts checks plurals of a language loaded after start).
 */
const pluralRules: Record<string, PluralRule> = {}

/**
 * Makes a language's messages available without loading them (and returns them): the loader below,
 * the installer, which titles its placements in every language at once, and tests, which mount in
 * Russian synchronously.
 *
 * @example
 * registerLocaleMessages('uk', await import('@/i18n/messages-uk'))
 */
export function registerLocaleMessages(locale: AppLocale, module: LocaleModule): MessageSchema {
  loaded[locale] = module.default
  if (module.pluralRule)
    pluralRules[locale] = module.pluralRule
  return module.default
}

/** The first-paint messages of a language, loaded once (concurrent callers share the request). */
const pending = new Map<AppLocale, Promise<MessageSchema>>()
function loadLocaleMessages(locale: AppLocale): Promise<MessageSchema> {
  const have = loaded[locale]
  if (have)
    return Promise.resolve(have)
  let request = pending.get(locale)
  if (!request) {
    // `loaders => loaders.X`, not `({ X }) =>`: Vite wraps a destructured dynamic import in a helper.
    request = import('./locale-loaders')
      .then(loaders => loaders.LOCALE_LOADERS[locale as Exclude<AppLocale, 'en'>]())
      .then(module => registerLocaleMessages(locale, module))
      .finally(() => pending.delete(locale))
    pending.set(locale, request)
  }
  return request
}

/**
 * Maps a Bitrix24 language code (`getLang()`, `LANG=`) to one of our locales; any other code is
 * English, silently (the portal may speak a language the app does not, and that is no error). The
 * ISO codes `es`, `pt`, `uk` are not portal codes and are not guessed at.
 *
 * @example
 * appLocaleFromBitrix('ua') // 'uk'
 * appLocaleFromBitrix('la') // 'es'
 * appLocaleFromBitrix('fr') // 'en'
 */
export function appLocaleFromBitrix(lang: string | null | undefined): AppLocale {
  const code = typeof lang === 'string' ? lang.trim().toLowerCase() : ''
  return Object.hasOwn(FROM_PORTAL, code) ? FROM_PORTAL[code]! : 'en'
}

/**
 * A browser language tag (`navigator.languages`) to one of our locales: by the language subtag
 * (de-AT → de, es-419 → es, uk-UA → uk); Portuguese only for Brazil (`pt-BR`, or bare `pt`, which
 * browsers in Brazil send too), since the app speaks Brazilian, not European Portuguese.
 *
 * @example
 * appLocaleFromBrowser('de-CH') // 'de'
 * appLocaleFromBrowser('pt-PT') // null
 */
export function appLocaleFromBrowser(tag: string): AppLocale | null {
  const [language = '', region = ''] = tag.trim().toLowerCase().split(/[-_]/)
  if (language === 'pt')
    return region === '' || region === 'br' ? 'pt-BR' : null
  const match = Object.values(FROM_PORTAL).find(locale => locale === language)
  return match ?? null
}

/**
 * The locale to start in, before the portal has answered `getLang()`: the `LANG` of the handler
 * URL when there is one (Bitrix24 opens a handler as `?DOMAIN=…&PROTOCOL=…&LANG=…&APP_SID=…`, see
 * emulator/README.md), so the portal language's messages load in parallel with the handshake;
 * otherwise the first of the browser's languages the app speaks.
 *
 * @example
 * initialLocale(['en-US'], '?DOMAIN=x&PROTOCOL=1&LANG=ua&APP_SID=1') // 'uk'
 * initialLocale(['fr-FR', 'de-DE']) // 'de'
 */
export function initialLocale(languages: readonly string[], search = ''): AppLocale {
  const lang = new URLSearchParams(search).get('LANG')
  if (lang)
    return appLocaleFromBitrix(lang)
  return languages.map(appLocaleFromBrowser).find(locale => locale !== null) ?? 'en'
}

/**
 * The lazy parts' messages (`i18n/lazy.ts`, which registers itself here when the first part loads,
 * so the first paint does not carry it): loads every loaded part's bundle for a language; null when
 * all are in.
 */
type LazyPreloader = (locale: AppLocale) => Promise<void> | null
let lazyPreloader: LazyPreloader | null = null
let requestedLocale: AppLocale = 'en'

/** For `i18n/lazy.ts` only. */
export function setLazyPreloader(preloader: LazyPreloader): void {
  lazyPreloader = preloader
}

/** The language asked for last: what a part loading now should bring. */
export function requestedAppLocale(): AppLocale {
  return requestedLocale
}

/**
 * Waits until every lazy part loaded so far has its messages in the language asked for last, so no
 * part shows English first: the router awaits it before showing a route, and async components
 * before they render (`afterLazyMessages`).
 */
export function lazyMessagesReady(): Promise<void> | null {
  return lazyPreloader?.(requestedLocale) ?? null
}

/**
 * An async component's module, resolved once its messages are in the language asked for last.
 *
 * @example
 * defineAsyncComponent(() => afterLazyMessages(import('./components/EntryForm.vue')))
 */
export async function afterLazyMessages<T>(module: Promise<T>): Promise<T> {
  const loaded = await module
  await lazyMessagesReady()
  return loaded
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
  requestedLocale = locale
  let have = merged.get(composer)
  // The lazy parts already on the page get their messages in the same wait, so none shows English.
  const lazy = lazyPreloader?.(locale) ?? null
  if (!have?.has(locale)) {
    const [messages] = await Promise.all([loadLocaleMessages(locale), lazy])
    if (requested.get(composer) !== locale)
      return
    composer.mergeLocaleMessage(locale, messages)
    if (!have)
      merged.set(composer, have = new Set())
    have.add(locale)
  }
  else if (lazy) {
    await lazy
    if (requested.get(composer) !== locale)
      return
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
    pluralRules,
    missingWarn: false,
    fallbackWarn: false,
  })
  merged.set(i18n.global, new Set(Object.keys(loaded) as AppLocale[]))
  requestedLocale = locale
  if (!loaded[locale])
    void switchLocale(i18n.global, locale)
  return i18n
}

export type AppI18n = ReturnType<typeof createAppI18n>
