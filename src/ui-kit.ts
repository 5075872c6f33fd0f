/**
 * What the b24ui kit needs from the app, without the kit's Vue plugin and its `App` wrapper component: those
 * pull unhead, motion, the prose components and reka-ui's providers into the first paint
 * (docs/development.md#first-paint-budget). The sidebar's first paint uses local look-alikes
 * (`components/Base*.vue`); kit components load later, with the entry form, the filters and the template
 * inspector, and find here:
 *  - the kit's own strings (close buttons, input hints) in the app's language,
 *  - the target for anything they teleport (`body`, as the kit's `App` sets it).
 * The document gets what the kit's plugin set: `data-platform`/`data-version` for the design
 * tokens, and the `dark` class while the system prefers a dark scheme.
 */
import type { Plugin, Ref } from 'vue'
import { portalTargetInjectionKey } from '@bitrix24/b24ui-nuxt/composables/usePortal'
import { customRef, ref } from 'vue'
import { bitrixPlatform } from '@/lib/platform'

/** b24ui's `localeContextInjectionKey` (composables/useLocale); tests/ui-kit.test.ts pins the equality. */
export const KIT_LOCALE_KEY = Symbol.for('bitrix24-ui.locale-context')

type KitLocale = typeof import('@bitrix24/b24ui-nuxt/locale').en

/** The kit's strings for an app locale, or nothing (English: the kit's built-in fallback). */
export type KitLocaleLoader = (appLocale: string) => Promise<KitLocale | undefined> | undefined

/**
 * The kit's built-in English is its own fallback, so only other languages are loaded; their table
 * is a chunk of its own (`ui-kit-locales.ts`), so the first paint carries one dynamic import for all.
 */
const loadKitLocale: KitLocaleLoader = appLocale => appLocale === 'en' ? undefined : import('./ui-kit-locales').then(kit => kit.kitLocaleOf(appLocale))

/**
 * The kit's locale for the app's language, loaded when a kit component first reads it, so the
 * first paint (which has no kit component) never fetches it. `undefined` means the kit's English.
 */
export function kitLocale(appLocale: Ref<string>, load: KitLocaleLoader = loadKitLocale): Ref<KitLocale | undefined> {
  const loaded = new Map<string, KitLocale | undefined>()
  const pending = new Set<string>()
  return customRef((track, trigger) => ({
    get() {
      track()
      const code = appLocale.value
      if (!loaded.has(code) && !pending.has(code)) {
        const request = load(code)
        if (request) {
          pending.add(code)
          void request.then((locale) => {
            loaded.set(code, locale)
            trigger()
          }, () => {}).finally(() => pending.delete(code))
        }
      }
      return loaded.get(code)
    },
    set() {},
  }))
}

export interface UiKitOptions {
  /** The app's locale (`en`, `ru`, `de`, `es`, `pt-BR`, `pl`, `uk`); the kit's strings follow it. */
  locale: Ref<string>
  /** The element to mark with platform and colour scheme: `document.documentElement` in the app. */
  root?: HTMLElement
  userAgent?: string
  /** `matchMedia('(prefers-color-scheme: dark)')`; without it the scheme stays light. */
  darkScheme?: MediaQueryList
}

/**
 * Installs the kit's context.
 *
 * @example
 * app.use(createUiKit({ locale: i18n.global.locale, root: document.documentElement, userAgent: navigator.userAgent, darkScheme: matchMedia('(prefers-color-scheme: dark)') }))
 */
export function createUiKit(options: UiKitOptions): Plugin {
  return {
    install(app) {
      app.provide(KIT_LOCALE_KEY, kitLocale(options.locale))
      app.provide(portalTargetInjectionKey, ref('body'))

      const { root, darkScheme } = options
      if (root) {
        const platform = bitrixPlatform(options.userAgent ?? '')
        root.dataset.platform = platform.name
        root.dataset.version = platform.version
      }
      if (root && darkScheme) {
        const apply = () => root.classList.toggle('dark', darkScheme.matches)
        apply()
        darkScheme.addEventListener('change', apply)
      }
    },
  }
}
