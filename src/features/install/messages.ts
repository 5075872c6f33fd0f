/**
 * The installer's messages, under the `install` namespace, in every language: the installer titles
 * its placements in all of them at once (`LANG_ALL`). They join the app's i18n here, not in
 * `i18n/index.ts`, so the sidebar's bundle never carries them (tests/i18n/messages.test.ts still
 * checks them alongside the others).
 */
import type { AppI18n, AppLocale } from '@/i18n'
import de from './locales/de.json'
import en from './locales/en.json'
import es from './locales/es.json'
import pl from './locales/pl.json'
import ptBr from './locales/pt-br.json'
import ru from './locales/ru.json'
import uk from './locales/uk.json'

const MESSAGES: Readonly<Record<AppLocale, typeof en>> = { 'en': en, 'ru': ru, 'de': de, 'es': es, 'pt-BR': ptBr, 'pl': pl, 'uk': uk }

/** Adds the installer's messages in every language to an i18n instance. */
export function addInstallMessages(i18n: AppI18n): AppI18n {
  for (const [locale, messages] of Object.entries(MESSAGES))
    i18n.global.mergeLocaleMessage(locale, { install: messages })
  return i18n
}
