/**
 * The UI kit's own strings (close buttons, input hints) in each language the app speaks but
 * English, one chunk each. The kit names its locales by the portal's codes (`la`, `br`, `ua`:
 * b24ui-nuxt runtime/locale/*.js), the app by BCP 47 tags. Loaded only when a kit component first
 * reads its strings (`ui-kit.ts`).
 */
import type { en } from '@bitrix24/b24ui-nuxt/locale'

type KitLocale = typeof en

const LOADERS: Readonly<Record<string, () => Promise<{ default: KitLocale }>>> = {
  'ru': () => import('@bitrix24/b24ui-nuxt/runtime/locale/ru.js'),
  'de': () => import('@bitrix24/b24ui-nuxt/runtime/locale/de.js'),
  'es': () => import('@bitrix24/b24ui-nuxt/runtime/locale/la.js'),
  'pt-BR': () => import('@bitrix24/b24ui-nuxt/runtime/locale/br.js'),
  'pl': () => import('@bitrix24/b24ui-nuxt/runtime/locale/pl.js'),
  'uk': () => import('@bitrix24/b24ui-nuxt/runtime/locale/ua.js'),
}

/**
 * The kit's locale for an app locale; undefined for one the kit has no strings for here (English).
 *
 * @example
 * (await kitLocaleOf('uk'))?.code // 'ua'
 */
export async function kitLocaleOf(appLocale: string): Promise<KitLocale | undefined> {
  const load = Object.hasOwn(LOADERS, appLocale) ? LOADERS[appLocale] : undefined
  return load ? (await load()).default : undefined
}
