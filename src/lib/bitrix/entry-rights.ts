/**
 * Who may change a time entry, as Bitrix decides MODIFY and REMOVE: the entry's author, or a
 * portal admin (bitrix24-core-corp modules/tasks/classes/general/elapseditem.php `isActionAllowed`).
 * One rule for every list that offers Edit and Delete (the task view, the timesheet's cells).
 */

/**
 * @param authorId - the entry's USER_ID
 * @param viewerId - the caller's id; null while unknown (nothing may be changed then)
 * @param viewerIsAdmin - whether the caller is a portal admin
 * @example
 * mayChangeEntry(102, 102, false) // true: your own entry
 * mayChangeEntry(103, 102, false) // false
 */
export function mayChangeEntry(authorId: number, viewerId: number | null, viewerIsAdmin: boolean): boolean {
  return viewerId !== null && (viewerIsAdmin || authorId === viewerId)
}
