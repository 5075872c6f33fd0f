/**
 * The positional `task.elapseditem.getlist` arguments `[TASKID, ORDER, FILTER, SELECT, PARAMS]`
 * (b24restdocs api-reference/tasks/elapsed-item/task-elapsed-item-get-list.md), in one place.
 *
 * Paging is by keyset, not by page number: `ORDER {ID: 'desc'}`, `FILTER {'<ID': last}` (the first
 * page `{'>ID': 0}`), always the first page of 50. A row deleted between two requests then shifts
 * nothing, so no row is skipped or repeated the way offset pages do. Newest ids first: the first
 * pages hold the entries the newest-first list shows at its top, and the later ones land below
 * the rows in view, which therefore stay as they are while the rest loads (README "Performance").
 * Inside one batch, page k+1 names the last (lowest) id of page k
 * through a batch reference `$result[pk][49][ID]` (bitrix24-core-corp
 * modules/rest/classes/general/rest_util.php `CRestUtil::processBatchElement`). When page k is
 * short, that reference does not resolve (the walk stops one level up and hands over the page
 * itself), so the pages after the first short page are read by nobody: the caller stops there.
 *
 * ORDER and FILTER are never empty: inside a batch the SDK writes the command as a query string
 * and `qs` drops an empty object, which would shift SELECT into FILTER's slot.
 */
import type { RestParams } from './client'
import { ENTRY_PAGE_SIZE } from './time-entries-paging'

export const ENTRY_SELECT = ['ID', 'TASK_ID', 'USER_ID', 'COMMENT_TEXT', 'SECONDS', 'MINUTES', 'SOURCE', 'CREATED_DATE', 'DATE_START', 'DATE_STOP'] as const

/** Whose entries a collection holds. Only one task today; a period of people comes with the timesheet. */
export interface TaskScope {
  taskId: number
}

export type EntryScope = TaskScope

/**
 * The id below which a page starts: a number (0: from the newest entry on), or a batch reference
 * to an earlier row's id.
 */
export type KeysetCursor = number | string

const firstPage = () => ({ NAV_PARAMS: { nPageSize: ENTRY_PAGE_SIZE, iNumPage: 1 } })

/**
 * One keyset page of a task's entries, newest ids first.
 *
 * @example
 * keysetParams({ taskId: 691 }, 0) // [691, { ID: 'desc' }, { '>ID': 0 }, [...ENTRY_SELECT], { NAV_PARAMS: { nPageSize: 50, iNumPage: 1 } }]
 * keysetParams({ taskId: 691 }, 120) // [691, { ID: 'desc' }, { '<ID': 120 }, …]
 */
export function keysetParams(scope: EntryScope, below: KeysetCursor): RestParams {
  return [scope.taskId, { ID: 'desc' }, below === 0 ? { '>ID': 0 } : { '<ID': below }, [...ENTRY_SELECT], firstPage()]
}

/**
 * The batch reference to the last (lowest) row id of the page answered under `key`.
 *
 * @example
 * lastIdReference('p3') // '$result[p3][49][ID]'
 */
export function lastIdReference(key: string): string {
  return `$result[${key}][${ENTRY_PAGE_SIZE - 1}][ID]`
}

/**
 * The newest 50 entries of one author on a task: where an add whose answer was lost must be,
 * if it was stored.
 *
 * @example
 * authorRecentParams(691, 5) // [691, { ID: 'desc' }, { USER_ID: 5 }, [...], { NAV_PARAMS: … }]
 */
export function authorRecentParams(taskId: number, userId: number): RestParams {
  return [taskId, { ID: 'desc' }, { USER_ID: userId }, [...ENTRY_SELECT], firstPage()]
}

/**
 * One entry by id through `getlist`, which (unlike `get`) does not join the author's account row.
 *
 * @example
 * entryByIdParams(691, 7) // [691, { ID: 'asc' }, { ID: 7 }, [...], { NAV_PARAMS: … }]
 */
export function entryByIdParams(taskId: number, itemId: number): RestParams {
  return [taskId, { ID: 'asc' }, { ID: itemId }, [...ENTRY_SELECT], firstPage()]
}
