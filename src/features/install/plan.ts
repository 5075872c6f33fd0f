/**
 * What the installer binds: Task Lens in the task card's Applications block (TASK_VIEW_SIDEBAR) and
 * as a tab (TASK_VIEW_TAB), both opening the app's start page on its own host. The new task card
 * lists both as rows of "Applications"; one would suffice there, the old card shows each in its own
 * place (docs/rest-quirks.md#placement-options).
 */
import type { InstallPlan } from '@/api/install'
import type { PlacementTexts } from '@/api/placements'
import type { AppLocale } from '@/i18n'
import { appHandlerUrl } from '@/api/placements'
import { APP_LOCALES, PORTAL_CODES } from '@/i18n'

export const TASK_CARD_PLACEMENTS = ['TASK_VIEW_SIDEBAR', 'TASK_VIEW_TAB'] as const

/**
 * Builds the plan from the installer page's own address and the title/description per language.
 *
 * @example
 * buildInstallPlan('https://app.example.com/install.html?DOMAIN=x', { en: { title: 'Task Lens', description: '…' } })
 * // { handler: 'https://app.example.com/', placements: [{ code: 'TASK_VIEW_SIDEBAR', langAll: {…} }, { code: 'TASK_VIEW_TAB', … }] }
 */
export function buildInstallPlan(installerHref: string, langAll: Readonly<Record<string, PlacementTexts>>): InstallPlan {
  return {
    handler: appHandlerUrl(installerHref),
    placements: TASK_CARD_PLACEMENTS.map(code => ({ code, langAll })),
  }
}

/**
 * A placement's title and description in every language the app speaks (`LANG_ALL`), keyed by the
 * portal's language codes (`la`, `br`, `ua`, not ISO: b24restdocs api-reference/widgets/placement-bind.md,
 * `LANG_ALL`; the codes are b24jssdk's `B24LangList`), so each user sees the app under their portal language.
 *
 * @example
 * placementTextsByLanguage((key, locale) => i18n.global.t(key, {}, { locale })).ua
 * // { title: 'Task Lens', description: 'Витрачений час і шаблони завдань просто в картці завдання' }
 */
export function placementTextsByLanguage(translate: (key: 'app.name' | 'app.tagline', locale: AppLocale) => string): Record<string, PlacementTexts> {
  return Object.fromEntries(APP_LOCALES.map(locale => [PORTAL_CODES[locale], {
    title: translate('app.name', locale),
    description: translate('app.tagline', locale),
  }]))
}
