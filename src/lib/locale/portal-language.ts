/**
 * The portal's language (`getLang()`) as this app uses it: a BCP 47 tag for `Intl` and the
 * recurrence phrasebook. The codes are Bitrix24's own, not ISO 639: Spanish is `la`, Brazilian
 * Portuguese `br`, Ukrainian `ua` (b24jssdk packages/jssdk/src/core/language/list.ts, `B24LangList`
 * and `B24LocaleMap`). Any other code, or none, is English, silently: the portal may speak a language
 * we do not, and that is no error.
 */
import type { RecurrencePhrasebook } from '@/lib/recurrence/phrasebook'
import { germanPhrasebook } from '@/lib/recurrence/phrasebook-de'
import { englishPhrasebook } from '@/lib/recurrence/phrasebook-en'
import { spanishPhrasebook } from '@/lib/recurrence/phrasebook-es'
import { polishPhrasebook } from '@/lib/recurrence/phrasebook-pl'
import { portuguesePhrasebook } from '@/lib/recurrence/phrasebook-pt-br'
import { russianPhrasebook } from '@/lib/recurrence/phrasebook-ru'
import { ukrainianPhrasebook } from '@/lib/recurrence/phrasebook-uk'

/** The portal language codes the app speaks. */
export type PortalLanguage = 'en' | 'ru' | 'de' | 'la' | 'br' | 'pl' | 'ua'

export const PORTAL_LANGUAGES: readonly PortalLanguage[] = ['en', 'ru', 'de', 'la', 'br', 'pl', 'ua']

export interface PortalLocale {
  /** The Bitrix24 code, after fallback. */
  readonly language: PortalLanguage
  /** For `Intl`. */
  readonly tag: string
  readonly phrasebook: RecurrencePhrasebook
}

/**
 * Tags follow the SDK's `B24LocaleMap`, except where it names no real region: its `en-EN` becomes
 * `en`, and `la` (the portal's one Spanish, used in Spain and Latin America alike) becomes plain `es`
 * rather than the SDK's `es-ES`.
 */
const LOCALES: Readonly<Record<PortalLanguage, PortalLocale>> = {
  en: { language: 'en', tag: 'en', phrasebook: englishPhrasebook },
  ru: { language: 'ru', tag: 'ru-RU', phrasebook: russianPhrasebook },
  de: { language: 'de', tag: 'de-DE', phrasebook: germanPhrasebook },
  la: { language: 'la', tag: 'es', phrasebook: spanishPhrasebook },
  br: { language: 'br', tag: 'pt-BR', phrasebook: portuguesePhrasebook },
  pl: { language: 'pl', tag: 'pl-PL', phrasebook: polishPhrasebook },
  ua: { language: 'ua', tag: 'uk-UA', phrasebook: ukrainianPhrasebook },
}

/** Whether a code, exactly as given, is one the app speaks (`portalLocale` normalizes case and spaces first). */
export function isPortalLanguage(code: string | null | undefined): code is PortalLanguage {
  return typeof code === 'string' && Object.hasOwn(LOCALES, code)
}

/**
 * The locale for a portal language code; English for anything unknown.
 *
 * @example
 * portalLocale('ua').tag // 'uk-UA'
 * portalLocale('fr').language // 'en'
 */
export function portalLocale(code: string | null | undefined): PortalLocale {
  const normalized = typeof code === 'string' ? code.trim().toLowerCase() : ''
  return isPortalLanguage(normalized) ? LOCALES[normalized] : LOCALES.en
}

/**
 * The locale for an app locale's BCP 47 tag (`en`, `ru`, `de`, `es`, `pt-BR`, `pl`, `uk`), matched
 * by the language subtag; English for anything else.
 *
 * @example
 * portalLocaleOfTag('uk').phrasebook // ukrainianPhrasebook
 * portalLocaleOfTag('pt-BR').language // 'br'
 */
export function portalLocaleOfTag(tag: string): PortalLocale {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? ''
  return Object.values(LOCALES).find(locale => locale.tag.toLowerCase().split('-')[0] === language) ?? LOCALES.en
}
