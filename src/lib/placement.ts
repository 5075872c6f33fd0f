/**
 * Where the app was opened from, and what that points at (b24restdocs
 * api-reference/widgets/task/index.md, "PLACEMENT_OPTIONS"). Every value arrives as a string.
 *
 * - The task card's TASK_VIEW_SIDEBAR, TASK_VIEW_TAB and TASK_VIEW_TOP_PANEL carry `taskId`, in the
 *   classic card and in the new one (tasks 25.700+), where all three are rows of one "Applications"
 *   block (view-sidebar.md). The classic card's top-panel button passes `TASK_ID` instead
 *   (bitrix24-core-corp
 *   modules/tasks/install/components/bitrix/tasks.interface.filter.buttons/templates/.default/template.php).
 * - The task list's context menu names the task `ID` (list-context-menu.md).
 * - The menus above a user's and a project's task list carry `USER_ID` and `GROUP_ID`
 *   (list-toolbar.md): a whole list, no task.
 * - `DEFAULT` (the app's own page, from the applications menu) carries nothing.
 */

export type PlacementTarget
  = | { kind: 'task-card', taskId: number | null }
    | { kind: 'task-list', taskId: number | null }
    | { kind: 'user-task-list', taskId: null, userId: number | null }
    | { kind: 'group-task-list', taskId: null, groupId: number | null }
    | { kind: 'app-menu', taskId: null }
    | { kind: 'other', taskId: null }

export type PlacementKind = PlacementTarget['kind']

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
 * Resolves what a placement points at: a task, a user's or a project's task list, or nothing.
 *
 * @example
 * resolvePlacement('TASK_VIEW_SIDEBAR', { taskId: '31' }) // { kind: 'task-card', taskId: 31 }
 * resolvePlacement('TASK_GROUP_LIST_TOOLBAR', { GROUP_ID: '11' }) // { kind: 'group-task-list', taskId: null, groupId: 11 }
 * resolvePlacement('DEFAULT', {}) // { kind: 'app-menu', taskId: null }
 */
export function resolvePlacement(placement: string, options: unknown): PlacementTarget {
  const record = typeof options === 'object' && options !== null ? options as Record<string, unknown> : {}
  if (TASK_CARD_PLACEMENTS.has(placement)) {
    const taskId = parsePositiveId(record.taskId) ?? (placement === 'TASK_VIEW_TOP_PANEL' ? parsePositiveId(record.TASK_ID) : null)
    return { kind: 'task-card', taskId }
  }
  switch (placement) {
    case 'TASK_LIST_CONTEXT_MENU':
      return { kind: 'task-list', taskId: parsePositiveId(record.ID) }
    case 'TASK_USER_LIST_TOOLBAR':
      return { kind: 'user-task-list', taskId: null, userId: parsePositiveId(record.USER_ID) }
    case 'TASK_GROUP_LIST_TOOLBAR':
      return { kind: 'group-task-list', taskId: null, groupId: parsePositiveId(record.GROUP_ID) }
    case 'DEFAULT':
    case '':
      return { kind: 'app-menu', taskId: null }
    default:
      return { kind: 'other', taskId: null }
  }
}
