/**
 * Which Bitrix24 client shows the app, from the user agent, the way b24ui's platform plugin tells
 * them apart: the kit's CSS has `bitrix-mobile:` and `bitrix-desktop:` variants keyed on
 * `<html data-platform>`, and the design tokens differ per platform.
 */

export interface BitrixPlatform {
  name: 'bitrix-mobile' | 'bitrix-desktop' | 'web'
  version: string
}

/**
 * @example
 * bitrixPlatform('Mozilla/5.0 … BitrixDesktop/15.0.1') // { name: 'bitrix-desktop', version: '15.0.1' }
 * bitrixPlatform('Mozilla/5.0 … Chrome/120.0') // { name: 'web', version: 'air' }
 */
export function bitrixPlatform(userAgent: string): BitrixPlatform {
  const mobile = userAgent.match(/BitrixMobile\/Version=(\d+)/)
  if (mobile)
    return { name: 'bitrix-mobile', version: mobile[1]! }
  const desktop = userAgent.match(/BitrixDesktop\/([\d.]+)/)
  if (desktop)
    return { name: 'bitrix-desktop', version: desktop[1]! }
  return { name: 'web', version: 'air' }
}
