/**
 * What the installer binds: Task Lens in the task card's Applications block (TASK_VIEW_SIDEBAR) and
 * as a tab (TASK_VIEW_TAB), both opening the app's start page on its own host. The new task card
 * lists both as rows of "Applications"; one would suffice there, the old card shows each in its own
 * place (docs/rest-quirks.md#placement-options).
 */
import type { InstallPlan } from '@/api/install'
import type { PlacementTexts } from '@/api/placements'
import { appHandlerUrl } from '@/api/placements'

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
