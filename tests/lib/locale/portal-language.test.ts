/**
 * Portal language codes (`getLang()`) to Intl tags and phrasebooks. The codes are Bitrix24's own
 * (b24jssdk packages/jssdk/src/core/language/list.ts, `B24LangList`): Spanish is `la`, Brazilian
 * Portuguese `br`, Ukrainian `ua`; the ISO codes `es`, `pt`, `uk` are not portal codes and, like every
 * other language the app does not speak, fall back to English.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isPortalLanguage, PORTAL_LANGUAGES, portalLocale } from '@/lib/locale/portal-language'
import { englishPhrasebook, germanPhrasebook, polishPhrasebook, portuguesePhrasebook, russianPhrasebook, spanishPhrasebook, ukrainianPhrasebook } from '@/lib/recurrence'

/** The SDK's list of portal languages, as of b24jssdk 2.2.0. */
const SDK_LANGUAGES = ['ru', 'id', 'ms', 'de', 'en', 'la', 'fr', 'in', 'it', 'pl', 'br', 'vn', 'tr', 'kz', 'ua', 'ar', 'th', 'sc', 'tc', 'ja']

describe('portalLocale', () => {
  it.each([
    { code: 'en', language: 'en', tag: 'en', phrasebook: englishPhrasebook },
    { code: 'ru', language: 'ru', tag: 'ru-RU', phrasebook: russianPhrasebook },
    { code: 'de', language: 'de', tag: 'de-DE', phrasebook: germanPhrasebook },
    { code: 'la', language: 'la', tag: 'es', phrasebook: spanishPhrasebook },
    { code: 'br', language: 'br', tag: 'pt-BR', phrasebook: portuguesePhrasebook },
    { code: 'pl', language: 'pl', tag: 'pl-PL', phrasebook: polishPhrasebook },
    { code: 'ua', language: 'ua', tag: 'uk-UA', phrasebook: ukrainianPhrasebook },
  ])('$code → $tag', ({ code, language, tag, phrasebook }) => {
    const locale = portalLocale(code)
    expect(locale.language).toBe(language)
    expect(locale.tag).toBe(tag)
    expect(locale.phrasebook).toBe(phrasebook)
  })

  it.each(['DE', ' ua ', 'Br'])('reads %j case- and space-insensitively', (code) => {
    expect(portalLocale(code).language).toBe(code.trim().toLowerCase())
  })

  it.each(['es', 'pt', 'uk', 'fr', 'kz', 'ja', '', 'en-US', 'toString', '__proto__', 'constructor'])('falls back to English for %j', (code) => {
    expect(portalLocale(code).language).toBe('en')
    expect(portalLocale(code).phrasebook).toBe(englishPhrasebook)
  })

  it('falls back to English for no code at all', () => {
    expect(portalLocale(null).language).toBe('en')
    expect(portalLocale(undefined).language).toBe('en')
  })

  it('speaks only codes from the SDK list, and English for the rest of it', () => {
    for (const language of PORTAL_LANGUAGES)
      expect(SDK_LANGUAGES).toContain(language)
    for (const code of SDK_LANGUAGES)
      expect(portalLocale(code).language).toBe(PORTAL_LANGUAGES.includes(code as never) ? code : 'en')
  })

  it('gives every tag in canonical BCP 47 form', () => {
    for (const language of PORTAL_LANGUAGES) {
      const { tag } = portalLocale(language)
      expect(Intl.getCanonicalLocales(tag)).toEqual([tag])
    }
  })

  it('answers any string with a supported language and never throws', () => {
    fc.assert(fc.property(fc.string(), (code) => {
      const { language } = portalLocale(code)
      expect(PORTAL_LANGUAGES).toContain(language)
      expect(language === 'en' || code.trim().toLowerCase() === language).toBe(true)
      expect(isPortalLanguage(language)).toBe(true)
    }))
  })
})
