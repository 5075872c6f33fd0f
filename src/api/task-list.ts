/**
 * Many tasks at once through `tasks.task.list` with an `ID` filter (docs
 * `api-reference/tasks/tasks-task-list.md`; controller `Task::listAction`, tasks source
 * `modules/tasks/lib/rest/controllers/task.php`), for the timesheet's rows:
 * - named parameters `filter`, `select`, `order`; the answer is `result.tasks` with camelCase keys,
 *   pages of 50 (`start`), `total` beside it; only tasks the caller may see come back, so an id
 *   that is missing from the answer is deleted or hidden, never an error;
 * - the project comes with the task: `fillGroupInfo` puts `group: { id, name, opened, membersCount,
 *   image, additionalData }` on every row whose select has GROUP_ID and whose project the portal
 *   returns, and `group: []` otherwise. No `sonet_group` scope is needed for the name;
 * - `status` is the real status (2 pending … 7 declined), `subStatus` the meta status of the UI;
 * - `timeSpentInLogs` is the sum of the task's entries (docs/rest-quirks.md#entry-fields).
 * Ids go in chunks of 50, one command each, so every chunk fits on the first page.
 */
import type { BatchCommand, BatchOutcome, RestClient, RestParams } from './client'
import type { ApiError } from './errors'
import { createApiError } from './errors'
import { asInt, asOptionalInt, asOptionalString, asRecord, PayloadError } from './parse'
import { chunk } from './time-entries-paging'

/** `tasks.task.list` answers at most 50 tasks per page (docs tasks-task-list.md, `start`). */
export const TASK_LIST_CHUNK = 50

export const TASK_LIST_SELECT = ['ID', 'TITLE', 'STATUS', 'GROUP_ID', 'RESPONSIBLE_ID', 'TIME_ESTIMATE', 'TIME_SPENT_IN_LOGS'] as const

/** Real statuses (`CTasks::STATE_*`, docs tasks-task-list.md `REAL_STATUS`); 1 is the legacy "new". */
export type TaskStatus = 'new' | 'pending' | 'in-progress' | 'awaiting-control' | 'completed' | 'deferred' | 'declined' | 'unknown'

const STATUSES: Readonly<Record<string, TaskStatus>> = {
  1: 'new',
  2: 'pending',
  3: 'in-progress',
  4: 'awaiting-control',
  5: 'completed',
  6: 'deferred',
  7: 'declined',
}

export interface TaskProject {
  id: number
  name: string
}

/** A task as the timesheet shows it: its row title, project, owner, planned and spent time. */
export interface TaskSummary {
  id: number
  title: string
  status: TaskStatus
  /** Null for a task outside any project, and for a project the portal did not describe. */
  project: TaskProject | null
  /** GROUP_ID even when the project itself was not returned (0 = none). */
  groupId: number
  responsibleId: number | null
  /** Planned seconds; null when not planned. */
  timeEstimate: number | null
  /** Seconds booked on the task by everyone, over all time. */
  timeSpentInLogs: number
}

export interface TaskListRead {
  tasks: TaskSummary[]
  /** Rows that could not be read (counted, the others still shown). */
  unreadable: number
}

/**
 * The `tasks.task.list` params for up to 50 ids.
 *
 * @example
 * taskListParams([101, 103]) // { filter: { ID: [101, 103] }, select: [...TASK_LIST_SELECT], order: { ID: 'asc' } }
 */
export function taskListParams(ids: readonly number[]): RestParams {
  if (ids.length === 0 || ids.length > TASK_LIST_CHUNK)
    throw new RangeError(`tasks.task.list takes 1..${TASK_LIST_CHUNK} ids, got ${ids.length}`)
  return { filter: { ID: [...ids] }, select: [...TASK_LIST_SELECT], order: { ID: 'asc' } }
}

/**
 * The `tasks.task.list` params that name a project through its tasks: `fillGroupInfo` puts the
 * project on every row that selects GROUP_ID (tasks source `lib/rest/controllers/task.php`), so
 * the first page of the project's tasks carries its name without the `sonet` scope that
 * `sonet_group.get` needs (b24restdocs `api-reference/sonet-group/sonet-group-get.md`).
 *
 * @example
 * projectNameParams(7) // { filter: { GROUP_ID: 7 }, select: ['ID', 'TITLE', 'GROUP_ID'], order: { ID: 'desc' } }
 */
export function projectNameParams(groupId: number): RestParams {
  if (!Number.isInteger(groupId) || groupId <= 0)
    throw new RangeError(`projectNameParams: a project id is a positive integer, got ${groupId}`)
  return { filter: { GROUP_ID: groupId }, select: ['ID', 'TITLE', 'GROUP_ID'], order: { ID: 'desc' } }
}

/**
 * The project a `tasks.task.list` answer names under `groupId`; null when none of its rows does
 * (the caller sees no task of the project). Throws `PayloadError` for a malformed envelope.
 *
 * @example
 * readProjectName({ tasks: [{ id: '103', title: 'Landing pages', groupId: '7', group: { id: '7', name: 'Website relaunch' } }] }, 7) // { id: 7, name: 'Website relaunch' }
 */
export function readProjectName(result: unknown, groupId: number): TaskProject | null {
  return readTaskList(result).tasks.find(task => task.project?.id === groupId)?.project ?? null
}

/**
 * Batch commands for any number of ids: `${prefix}0`, `${prefix}1`, … one per chunk of 50.
 *
 * @example
 * Object.keys(taskListCommands(range(1, 120), 't')) // ['t0', 't1', 't2']
 */
export function taskListCommands(ids: readonly number[], prefix = 't'): Record<string, BatchCommand> {
  const commands: Record<string, BatchCommand> = {}
  chunk([...new Set(ids)], TASK_LIST_CHUNK).forEach((ids, index) => {
    commands[`${prefix}${index}`] = { method: 'tasks.task.list', params: taskListParams(ids) }
  })
  return commands
}

function mapProject(raw: unknown): TaskProject | null {
  // `group: []` (PHP's empty array) when the task has no project or the portal did not return it.
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return null
  const group = raw as Record<string, unknown>
  const id = asOptionalInt(group.id, 'task.group.id')
  const name = asOptionalString(group.name, 'task.group.name')
  return id !== null && id > 0 && name !== null ? { id, name } : null
}

/**
 * Maps one `tasks.task.list` row (camelCase keys, values strings).
 *
 * @example
 * mapTaskSummary({ id: '103', title: 'Landing pages', status: '3', groupId: '7', group: { id: '7', name: 'Website relaunch' }, responsibleId: '104', timeEstimate: '288000', timeSpentInLogs: '5400' })
 */
export function mapTaskSummary(raw: unknown): TaskSummary {
  const row = asRecord(raw, 'task')
  const title = asOptionalString(row.title, 'task.title')
  if (title === null)
    throw new PayloadError('task.title: missing')
  const estimate = asOptionalInt(row.timeEstimate, 'task.timeEstimate')
  const status = asOptionalString(row.status, 'task.status')
  return {
    id: asInt(row.id, 'task.id'),
    title,
    status: (status !== null && STATUSES[status]) || 'unknown',
    project: mapProject(row.group),
    groupId: asOptionalInt(row.groupId, 'task.groupId') ?? 0,
    responsibleId: asOptionalInt(row.responsibleId, 'task.responsibleId'),
    timeEstimate: estimate !== null && estimate > 0 ? estimate : null,
    timeSpentInLogs: asOptionalInt(row.timeSpentInLogs, 'task.timeSpentInLogs') ?? 0,
  }
}

/**
 * Reads one `tasks.task.list` result row by row: an unreadable row is counted, not fatal.
 * Throws `PayloadError` only when the envelope itself is not `{ tasks: [...] }`.
 */
export function readTaskList(result: unknown): TaskListRead {
  const tasks = asRecord(result, 'tasks.task.list').tasks
  if (!Array.isArray(tasks))
    throw new PayloadError('tasks.task.list: expected result.tasks to be an array')
  const read: TaskListRead = { tasks: [], unreadable: 0 }
  for (const row of tasks) {
    try {
      read.tasks.push(mapTaskSummary(row))
    }
    catch (error) {
      if (!(error instanceof PayloadError))
        throw error
      read.unreadable++
    }
  }
  return read
}

/** A batch row of `tasks.task.list`, settled: what it read, or why it failed. */
export function settleTaskList(outcome: BatchOutcome | undefined): TaskListRead | { error: ApiError } {
  if (!outcome)
    return { error: createApiError({ code: 'MALFORMED_RESPONSE', status: 200, detail: 'tasks.task.list: row missing' }) }
  if (!outcome.ok)
    return { error: outcome.error }
  try {
    return readTaskList(outcome.value.result)
  }
  catch (error) {
    if (!(error instanceof PayloadError))
      throw error
    return { error: createApiError({ code: 'MALFORMED_RESPONSE', status: 200, detail: `tasks.task.list: ${error.message}` }) }
  }
}

export interface TaskListApi {
  /**
   * Tasks by id in one HTTP request (chunks of 50, up to 2,500 ids). Ids the portal does not return
   * (deleted, or hidden from the caller) are listed in `missing`.
   */
  getMany: (ids: readonly number[]) => Promise<{ tasks: Map<number, TaskSummary>, missing: number[], unreadable: number }>
}

/**
 * The `tasks.task.list` part of the API.
 *
 * @example
 * const { tasks, missing } = await createTaskListApi(rest, t).getMany([101, 103])
 */
export function createTaskListApi(rest: RestClient): TaskListApi {
  return {
    async getMany(ids) {
      const unique = [...new Set(ids)]
      const tasks = new Map<number, TaskSummary>()
      if (unique.length === 0)
        return { tasks, missing: [], unreadable: 0 }
      const commands = taskListCommands(unique)
      if (Object.keys(commands).length > 50)
        throw createApiError({ code: 'ERROR_BATCH_LENGTH_EXCEEDED', status: 400, detail: `${unique.length} task ids` })
      const rows = await rest.batch(commands)
      let unreadable = 0
      for (const key of Object.keys(commands)) {
        const read = settleTaskList(rows[key])
        if ('error' in read)
          throw read.error
        unreadable += read.unreadable
        for (const task of read.tasks)
          tasks.set(task.id, task)
      }
      return { tasks, missing: unique.filter(id => !tasks.has(id)), unreadable }
    },
  }
}
