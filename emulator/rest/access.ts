/**
 * Who may see and do what (documented rules, simplified where the portal's role model is richer):
 * - tasks are open to every employee in the demo, except task 105, visible only to admins and its
 *   members (creator, responsible, accomplices, auditors) — a stand-in for project/department rights;
 * - time may be added by admins, the creator, the responsible person and accomplices
 *   (`TaskElapsedTimeRule`, research/rest.md §1.3);
 * - an entry may be modified or removed only by its author or an admin (`ElapsedTimeUpdateRule`).
 */
import type { DemoEntry, DemoTask } from '../data/tasks'
import { TASKS } from '../data/tasks'
import { findUser } from '../data/users'

export function isAdmin(userId: number): boolean {
  return findUser(userId)?.IS_ADMIN === true
}

export function visibleTask(taskId: number, userId: number): DemoTask | null {
  const task = TASKS.find(candidate => candidate.id === taskId)
  if (!task)
    return null
  const members = [task.createdBy, task.responsibleId, ...task.accomplices, ...task.auditors]
  return isAdmin(userId) || members.includes(userId) || task.id !== 105 ? task : null
}

export function canAddTime(task: DemoTask, userId: number): boolean {
  return isAdmin(userId) || [task.createdBy, task.responsibleId, ...task.accomplices].includes(userId)
}

export function canModifyEntry(entry: DemoEntry, userId: number): boolean {
  return isAdmin(userId) || entry.userId === userId
}
