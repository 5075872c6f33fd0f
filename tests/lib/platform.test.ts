/**
 * The Bitrix24 client is told apart from the user agent as the UI kit's platform plugin does, so the
 * kit's per-platform design tokens (`html[data-platform]`) keep applying without the plugin.
 */
import { describe, expect, it } from 'vitest'
import { bitrixPlatform } from '@/lib/platform'

describe('bitrixPlatform', () => {
  it.each([
    { name: 'a desktop browser', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36', expected: { name: 'web', version: 'air' } },
    { name: 'the desktop app', userAgent: 'Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 Chrome/120.0 BitrixDesktop/16.0.12.23 Safari/537.36', expected: { name: 'bitrix-desktop', version: '16.0.12.23' } },
    { name: 'the mobile app', userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) BitrixMobile/Version=57', expected: { name: 'bitrix-mobile', version: '57' } },
    { name: 'an empty agent', userAgent: '', expected: { name: 'web', version: 'air' } },
  ])('$name', ({ userAgent, expected }) => {
    expect(bitrixPlatform(userAgent)).toEqual(expected)
  })
})
