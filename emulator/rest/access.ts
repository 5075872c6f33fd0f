/**
 * Who may see and do what. The portal's role model is richer (department heads, per-role
 * permissions); the emulator keeps the documented core of each rule:
 * - a task is visible to admins, its members (creator, responsible, accomplices, auditors), the
 *   members of its project and the managers of its members (`TaskReadRule`, below);
 * - time may be added (`TaskElapsedTimeRule`, modules/tasks/lib/access/rule/taskelapsedtimerule.php)
 *   by the responsible person and accomplices, by a manager of the creator, the responsible person
 *   or an accomplice (`SubordinateTrait`: they are in a department the user heads), and by whoever
 *   may edit the task (`TaskEditRule`): admins, project members allowed `edit_tasks` (owner and
 *   moderators by default), the creator (on a closed task too: the default roles grant
 *   TASK_CLOSED_DIRECTOR_EDIT), a manager of the creator. The per-role department permissions are
 *   left out. The rule reads neither the status nor ALLOW_TIME_TRACKING, so REST adds time to
 *   closed tasks and to tasks with time tracking off;
 * - an entry may be modified or removed only by its author or an admin
 *   (`CTaskElapsedItem::isActionAllowed`), even the task's creator may not touch others' entries;
 * - a template is readable by admins, its creator and the users it is shared with
 *   (`TemplateReadRule`: an explicit VIEW/FULL permission; membership alone does not grant it).
 */
import type { DemoEntry } from '../data/entries'
import type { DemoTask } from '../data/tasks'
import type { DemoTemplate } from '../data/templates'
import { findGroup, findTask, taskMembers } from '../data/tasks'
import { TIMESHEET_DEPARTMENT_HEADS } from '../data/timesheet-people'
import { findUser } from '../data/users'

/** Department id → its head (`UF_HEAD` of the company structure). */
export const DEPARTMENT_HEADS: ReadonlyMap<number, number> = new Map([[4, 103], ...TIMESHEET_DEPARTMENT_HEADS])

/** Project id → members whose project role allows the `edit_tasks` operation. */
export const GROUP_TASK_EDITORS: ReadonlyMap<number, readonly number[]> = new Map([[7, [104]]])

/** Whether `managerId` heads a department `userId` belongs to (`getAllSubordinates`). */
function isSubordinate(userId: number, managerId: number): boolean {
  return userId !== managerId && (findUser(userId)?.departments.some(department => DEPARTMENT_HEADS.get(department) === managerId) ?? false)
}

export function isAdmin(userId: number): boolean {
  return findUser(userId)?.isAdmin === true
}

/** Whether the user's b_user row exists: a deleted user's is gone, a dismissed user's stays. */
export function hasAccountRow(userId: number): boolean {
  const user = findUser(userId)
  return user !== undefined && !user.deleted
}

/**
 * `TaskReadRule` (bitrix24-core-corp modules/tasks/lib/access/rule/taskreadrule.php): admins,
 * members, the project's members (`view_all`, every member by default), and a manager of any member,
 * auditors included (`isSubordinateTask($task, false)`). The per-role department permissions are
 * left out.
 */
export function canReadTask(task: DemoTask, userId: number): boolean {
  const members = taskMembers(task)
  if (isAdmin(userId) || members.includes(userId))
    return true
  if (task.groupId > 0 && (findGroup(task.groupId)?.members.includes(userId) ?? false))
    return true
  return members.some(member => isSubordinate(member, userId))
}

/** The task when it exists and the user may read it. */
export function readableTask(taskId: number, userId: number): DemoTask | undefined {
  const task = findTask(taskId)
  return task && canReadTask(task, userId) ? task : undefined
}

/** `TaskEditRule` without the per-role department permissions. */
export function canEditTask(task: DemoTask, userId: number): boolean {
  if (isAdmin(userId) || task.createdBy === userId)
    return true
  if (task.groupId > 0 && (GROUP_TASK_EDITORS.get(task.groupId)?.includes(userId) ?? false))
    return true
  return isSubordinate(task.createdBy, userId)
}

/** `TaskElapsedTimeRule`. */
export function canAddTime(task: DemoTask, userId: number): boolean {
  if (task.responsibleId === userId || task.accomplices.includes(userId))
    return true
  if ([task.createdBy, task.responsibleId, ...task.accomplices].some(member => isSubordinate(member, userId)))
    return true
  return canEditTask(task, userId)
}

export function canModifyEntry(entry: Readonly<DemoEntry>, userId: number): boolean {
  return isAdmin(userId) || entry.userId === userId
}

export function canReadTemplate(template: DemoTemplate, userId: number): boolean {
  return isAdmin(userId) || template.columns.CREATED_BY === String(userId) || template.sharedWith.includes(userId)
}
