/**
 * The first paint ships English only; other languages arrive as chunks. Switching must never show a
 * language before its messages are in, and a slow, superseded load must not win.
 */
import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { createAppI18n, switchLocale } from '@/i18n'
import ruMessages from '@/i18n/messages-ru'

function detachedComposer() {
  return { locale: ref('en'), mergeLocaleMessage: vi.fn() }
}

describe('switchLocale', () => {
  it('merges the language\'s messages before showing it, once per i18n instance', async () => {
    const composer = detachedComposer()
    const switching = switchLocale(composer, 'ru')
    expect(composer.locale.value).toBe('en')
    await switching
    expect(composer.mergeLocaleMessage).toHaveBeenCalledWith('ru', ruMessages)
    expect(composer.locale.value).toBe('ru')
    await switchLocale(composer, 'en')
    await switchLocale(composer, 'ru')
    expect(composer.mergeLocaleMessage.mock.calls.filter(([locale]) => locale === 'ru')).toHaveLength(1)
  })

  it('lets the last request win when an earlier language is still loading', async () => {
    const composer = detachedComposer()
    const first = switchLocale(composer, 'ru')
    const second = switchLocale(composer, 'en')
    await Promise.all([first, second])
    expect(composer.locale.value).toBe('en')
  })

  it('switches synchronously to a language the app already holds', () => {
    const i18n = createAppI18n('en')
    void switchLocale(i18n.global, 'ru')
    expect(i18n.global.locale.value).toBe('ru')
    expect(i18n.global.t('common.retry')).toBe('Повторить')
  })
})

describe('plural rules', () => {
  /** A fresh `@/i18n`: English only, as a page starts (the test setup registers every language in the shared one). */
  async function freshI18n() {
    vi.resetModules()
    return import('@/i18n')
  }

  it('arrive with a language loaded after the app started (Ukrainian: one, few, many)', async () => {
    const { createAppI18n: create, switchLocale: switchTo } = await freshI18n()
    const composer = create('en').global
    await switchTo(composer, 'uk')
    const count = (n: number) => composer.t('entries.count', n, { named: { n } })
    expect([1, 3, 5, 11, 21, 22].map(count)).toEqual(['1 запис', '3 записи', '5 записів', '11 записів', '21 запис', '22 записи'])
  })

  it('pluralize Polish by CLDR: 1 wpis, 22 wpisy, 12 wpisów', async () => {
    const { createAppI18n: create, switchLocale: switchTo } = await freshI18n()
    const composer = create('pl').global
    await switchTo(composer, 'pl')
    const count = (n: number) => composer.t('entries.count', n, { named: { n } })
    expect([1, 22, 12, 5].map(count)).toEqual(['1 wpis', '22 wpisy', '12 wpisów', '5 wpisów'])
  })
})
