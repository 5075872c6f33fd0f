/**
 * Where the app was opened from, and which task that means (docs/rest-quirks.md#placement-options).
 *
 * Task-card placements carry `PLACEMENT_OPTIONS.taskId` as a *string*; the task-list context menu
 * names the same thing `ID`; `DEFAULT` (the app's own menu item) carries no task at all.
 */

export type PlacementKind = 'task-card' | 'task-list' | 'app-menu' | 'other'

export interface PlacementTarget {
  kind: PlacementKind
  /** A positive integer task id, or null when the placement does not name one (or names garbage). */
  taskId: number | null
}

const TASK_CARD_PLACEMENTS = new Set(['TASK_VIEW_SIDEBAR', 'TASK_VIEW_TAB', 'TASK_VIEW_TOP_PANEL', 'TASK_VIEW_MODE'])

/**
 * Parses a positive integer id from REST-style input (`"691"`, `691`); anything else is null.
 *
 * @example
 * parsePositiveId('691') // 691
 * parsePositiveId('6.5') // null
 */
export function parsePositiveId(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  if (!/^[1-9]\d{0,15}$/.test(text))
    return null
  const id = Number(text)
  return Number.isSafeInteger(id) ? id : null
}

/**
 * Resolves the task a placement points at.
 *
 * @example
 * resolvePlacement('TASK_VIEW_SIDEBAR', { taskId: '31' }) // { kind: 'task-card', taskId: 31 }
 * resolvePlacement('DEFAULT', {}) // { kind: 'app-menu', taskId: null }
 */
export function resolvePlacement(placement: string, options: unknown): PlacementTarget {
  const record = typeof options === 'object' && options !== null ? options as Record<string, unknown> : {}
  if (TASK_CARD_PLACEMENTS.has(placement))
    return { kind: 'task-card', taskId: parsePositiveId(record.taskId) }
  if (placement === 'TASK_LIST_CONTEXT_MENU')
    return { kind: 'task-list', taskId: parsePositiveId(record.ID) }
  if (placement === 'DEFAULT' || placement === '')
    return { kind: 'app-menu', taskId: null }
  return { kind: 'other', taskId: null }
}
