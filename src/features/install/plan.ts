/**
 * What the installer binds: Task Lens in the task card's Applications block (TASK_VIEW_SIDEBAR) and
 * as a tab (TASK_VIEW_TAB), both opening the app's start page on its own host. The new task card
 * lists both as rows of "Applications"; one would suffice there, the old card shows each in its own
 * place (docs/rest-quirks.md#placement-options). The timesheet's entries in the task lists' main menu
 * (TASK_USER_LIST_TOOLBAR above a user's tasks, TASK_GROUP_LIST_TOOLBAR above a project's) open the
 * same page; they belong to the `intranet` scope (b24restdocs api-reference/widgets/task/list-toolbar.md),
 * so an app registered without it still gets the task card. DEFAULT, the app's own page in the
 * Applications menu, is not a placement.bind target (the method refuses it): the portal opens the
 * app's handler there by itself.
 */
import type { InstallPlan } from '@/api/install'
import type { PlacementTexts } from '@/api/placements'
import type { AppLocale } from '@/i18n'
import { appHandlerUrl } from '@/api/placements'
import { APP_LOCALES, PORTAL_CODES } from '@/i18n'

export const TASK_CARD_PLACEMENTS = ['TASK_VIEW_SIDEBAR', 'TASK_VIEW_TAB'] as const

export const TASK_LIST_TOOLBAR_PLACEMENTS = ['TASK_USER_LIST_TOOLBAR', 'TASK_GROUP_LIST_TOOLBAR'] as const

/** The scope the list toolbars need (list-toolbar.md "Scope: intranet"). */
export const TOOLBAR_SCOPE = 'intranet'

/**
 * Builds the plan from the installer page's own address and the titles/descriptions per language:
 * the task card's, and the task lists' toolbar entries'.
 *
 * @example
 * buildInstallPlan('https://app.example.com/install.html?DOMAIN=x', { en: { title: 'Task Lens', description: '…' } }, { en: { title: 'Timesheet', description: '…' } })
 * // { handler: 'https://app.example.com/index.html', placements: [TASK_VIEW_SIDEBAR, TASK_VIEW_TAB, TASK_USER_LIST_TOOLBAR, TASK_GROUP_LIST_TOOLBAR] }
 */
export function buildInstallPlan(installerHref: string, langAll: Readonly<Record<string, PlacementTexts>>, toolbarLangAll: Readonly<Record<string, PlacementTexts>>): InstallPlan {
  return {
    handler: appHandlerUrl(installerHref),
    placements: [
      ...TASK_CARD_PLACEMENTS.map(code => ({ code, langAll })),
      ...TASK_LIST_TOOLBAR_PLACEMENTS.map(code => ({ code, langAll: toolbarLangAll, optionalScope: TOOLBAR_SCOPE })),
    ],
  }
}

/** Message keys of a placement's title and description (the installer's i18n). */
export interface PlacementTextKeys {
  readonly title: string
  readonly description: string
}

/** The task card's entries: the app's name and what it does. */
export const TASK_CARD_TEXT_KEYS: PlacementTextKeys = { title: 'install.cardEntry.title', description: 'install.cardEntry.description' }

/** The task lists' toolbar entries: the timesheet's. */
export const TOOLBAR_TEXT_KEYS: PlacementTextKeys = { title: 'install.toolbarEntry.title', description: 'install.toolbarEntry.description' }

/**
 * A placement's title and description in every language the app speaks (`LANG_ALL`), keyed by the
 * portal's language codes (`la`, `br`, `ua`, not ISO: b24restdocs api-reference/widgets/placement-bind.md,
 * `LANG_ALL`; the codes are b24jssdk's `B24LangList`), so each user sees the app under their portal language.
 *
 * @example
 * placementTextsByLanguage((key, locale) => i18n.global.t(key, {}, { locale })).ua
 * // { title: 'Task Lens', description: 'Витрачений час і шаблони завдань просто в картці завдання' }
 * placementTextsByLanguage((key, locale) => i18n.global.t(key, {}, { locale }), TOOLBAR_TEXT_KEYS).la
 * // { title: 'Hoja de horas', … }
 */
export function placementTextsByLanguage(translate: (key: string, locale: AppLocale) => string, keys: PlacementTextKeys = TASK_CARD_TEXT_KEYS): Record<string, PlacementTexts> {
  return Object.fromEntries(APP_LOCALES.map(locale => [PORTAL_CODES[locale], {
    title: translate(keys.title, locale),
    description: translate(keys.description, locale),
  }]))
}
