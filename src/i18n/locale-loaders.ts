/**
 * Where each language's first-paint messages come from: one chunk per language. This table is a
 * chunk of its own too, loaded only when the app needs a language other than English, so the
 * English first paint carries one dynamic import instead of six, each with its list of preloaded
 * files (docs/development.md#first-paint-budget).
 */
import type { AppLocale, LocaleModule } from '.'

export const LOCALE_LOADERS: Readonly<Record<Exclude<AppLocale, 'en'>, () => Promise<LocaleModule>>> = {
  'ru': () => import('./messages-ru'),
  'de': () => import('./messages-de'),
  'es': () => import('./messages-es'),
  'pt-BR': () => import('./messages-pt-br'),
  'pl': () => import('./messages-pl'),
  'uk': () => import('./messages-uk'),
}
