/**
 * Who may see and do what. The portal's role model is richer (department heads, per-role
 * permissions); the emulator keeps the documented core of each rule:
 * - a task is visible to admins, its members (creator, responsible, accomplices, auditors) and the
 *   members of its project (`tasks.task.get` docs: "others can only see tasks available to them");
 * - time may be added by the responsible person and accomplices (`TaskElapsedTimeRule`) and by
 *   whoever may edit the task: the creator and admins (`TaskEditRule`, simplified);
 * - an entry may be modified or removed only by its author or an admin
 *   (`CTaskElapsedItem::isActionAllowed`), even the task's creator may not touch others' entries;
 * - a template is readable by admins, its creator and the users it is shared with
 *   (`TemplateReadRule`: an explicit VIEW/FULL permission; membership alone does not grant it).
 */
import type { DemoEntry } from '../data/entries'
import type { DemoTask } from '../data/tasks'
import type { DemoTemplate } from '../data/templates'
import { findGroup, findTask, taskMembers } from '../data/tasks'
import { findUser } from '../data/users'

export function isAdmin(userId: number): boolean {
  return findUser(userId)?.isAdmin === true
}

/** Whether the user's b_user row exists: a deleted user's is gone, a dismissed user's stays. */
export function hasAccountRow(userId: number): boolean {
  const user = findUser(userId)
  return user !== undefined && !user.deleted
}

export function canReadTask(task: DemoTask, userId: number): boolean {
  if (isAdmin(userId) || taskMembers(task).includes(userId))
    return true
  return task.groupId > 0 && (findGroup(task.groupId)?.members.includes(userId) ?? false)
}

/** The task when it exists and the user may read it. */
export function readableTask(taskId: number, userId: number): DemoTask | undefined {
  const task = findTask(taskId)
  return task && canReadTask(task, userId) ? task : undefined
}

export function canEditTask(task: DemoTask, userId: number): boolean {
  return isAdmin(userId) || task.createdBy === userId
}

export function canAddTime(task: DemoTask, userId: number): boolean {
  return task.responsibleId === userId || task.accomplices.includes(userId) || canEditTask(task, userId)
}

export function canModifyEntry(entry: Readonly<DemoEntry>, userId: number): boolean {
  return isAdmin(userId) || entry.userId === userId
}

export function canReadTemplate(template: DemoTemplate, userId: number): boolean {
  return isAdmin(userId) || template.columns.CREATED_BY === String(userId) || template.sharedWith.includes(userId)
}
