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
    expect(i18n.global.t('app.name')).toBeTruthy()
  })
})
