// @vitest-environment happy-dom
/**
 * The kit's context without its plugin: kit components find their strings under the kit's own
 * injection key, in the app's language, loaded only once a kit component reads them; the document
 * carries the platform and follows the system's dark scheme.
 */
import { localeContextInjectionKey } from '@bitrix24/b24ui-nuxt/composables/useLocale'
import { portalTargetInjectionKey } from '@bitrix24/b24ui-nuxt/composables/usePortal'
import { ru } from '@bitrix24/b24ui-nuxt/locale'
import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { createApp, inject, nextTick, ref, watchEffect } from 'vue'
import { createUiKit, KIT_LOCALE_KEY, kitLocale } from '@/ui-kit'
import { kitLocaleOf } from '@/ui-kit-locales'

describe('kitLocale', () => {
  it('is the kit\'s own locale injection key', () => {
    expect(KIT_LOCALE_KEY).toBe(localeContextInjectionKey)
  })

  it('loads nothing until read, then the app\'s language once, and follows it', async () => {
    const appLocale = ref('ru')
    const load = vi.fn(async () => ru)
    const locale = kitLocale(appLocale, code => code === 'ru' ? load() : undefined)
    expect(load).not.toHaveBeenCalled()

    const seen: Array<string | undefined> = []
    watchEffect(() => seen.push(locale.value?.code))
    expect(load).toHaveBeenCalledTimes(1)
    await flushPromises()
    expect(seen).toEqual([undefined, 'ru'])

    appLocale.value = 'en'
    await nextTick()
    expect(seen.at(-1)).toBeUndefined() // the kit's built-in English
    appLocale.value = 'ru'
    await nextTick()
    expect(seen.at(-1)).toBe('ru')
    expect(load).toHaveBeenCalledTimes(1)
  })
})

describe('createUiKit', () => {
  function install(options: Partial<Parameters<typeof createUiKit>[0]> = {}) {
    let provided: { locale: unknown, portal: unknown } | undefined
    const app = createApp({
      setup() {
        provided = { locale: inject(KIT_LOCALE_KEY), portal: inject(portalTargetInjectionKey) }
        return () => null
      },
    })
    app.use(createUiKit({ locale: ref('en'), ...options }))
    app.mount(document.createElement('div'))
    return provided!
  }

  it('provides the locale and teleports to body, as the kit\'s App wrapper did', () => {
    const provided = install()
    expect(provided.locale).toBeDefined()
    expect((provided.portal as { value: unknown }).value).toBe('body')
  })

  it('marks the document with the platform and follows the dark scheme', () => {
    const root = document.createElement('html')
    const listeners: Array<() => void> = []
    const darkScheme = { matches: true, addEventListener: (_: string, listener: () => void) => listeners.push(listener) } as unknown as MediaQueryList
    install({ root, userAgent: 'Mozilla/5.0 BitrixDesktop/16.0.1', darkScheme })
    expect(root.dataset).toMatchObject({ platform: 'bitrix-desktop', version: '16.0.1' })
    expect(root.classList.contains('dark')).toBe(true)

    ;(darkScheme as { matches: boolean }).matches = false
    listeners.forEach(listener => listener())
    expect(root.classList.contains('dark')).toBe(false)
  })
})

describe('kitLocaleOf', () => {
  it.each([['ru', 'ru'], ['de', 'de'], ['es', 'la'], ['pt-BR', 'br'], ['pl', 'pl'], ['uk', 'ua']])('%s reads the kit\'s %s strings', async (appLocale, kitCode) => {
    expect((await kitLocaleOf(appLocale))?.code).toBe(kitCode)
  })

  it('has nothing for English (the kit\'s own fallback) or a language the app does not speak', async () => {
    expect(await kitLocaleOf('en')).toBeUndefined()
    expect(await kitLocaleOf('fr')).toBeUndefined()
    expect(await kitLocaleOf('toString')).toBeUndefined()
  })
})
