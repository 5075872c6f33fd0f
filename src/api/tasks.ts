/**
 * `tasks.task.get`: the answer is wrapped in `result.task` with camelCase keys, and a missing or
 * inaccessible task comes back as `result: []` (docs/rest-quirks.md#task-get).
 */
import type { RestParams } from './client'
import { asFlag, asInt, asOptionalInt, asOptionalString, asRecord, PayloadError } from './parse'

export interface Task {
  id: number
  title: string
  /** Planned time in seconds; null when not planned. */
  timeEstimate: number | null
  timeSpentInLogs: number
  allowTimeTracking: boolean
  forkedByTemplateId: number | null
  responsibleId: number | null
  /** `action["elapsedtime.add"]`; null when the portal did not say. */
  canAddElapsedTime: boolean | null
}

export const TASK_SELECT = ['ID', 'TITLE', 'TIME_ESTIMATE', 'TIME_SPENT_IN_LOGS', 'ALLOW_TIME_TRACKING', 'FORKED_BY_TEMPLATE_ID', 'RESPONSIBLE_ID', 'GROUP_ID'] as const

export function taskGetParams(taskId: number): RestParams {
  return { taskId, select: [...TASK_SELECT] }
}

/** Maps the `tasks.task.get` result; returns null for the documented "not found" shape `[]`. */
export function mapTaskResult(raw: unknown): Task | null {
  if (Array.isArray(raw) && raw.length === 0)
    return null
  const task = asRecord(asRecord(raw, 'tasks.task.get').task, 'tasks.task.get.task')
  const estimate = asOptionalInt(task.timeEstimate, 'task.timeEstimate')
  const template = asOptionalInt(task.forkedByTemplateId, 'task.forkedByTemplateId')
  const actions = task.action
  let canAdd: boolean | null = null
  if (typeof actions === 'object' && actions !== null) {
    const flag = (actions as Record<string, unknown>)['elapsedtime.add']
    if (flag !== undefined)
      canAdd = flag === true || flag === 'Y' || flag === 'true'
  }
  const title = asOptionalString(task.title, 'task.title')
  if (title === null)
    throw new PayloadError('task.title: missing')
  return {
    id: asInt(task.id, 'task.id'),
    title,
    timeEstimate: estimate !== null && estimate > 0 ? estimate : null,
    timeSpentInLogs: asOptionalInt(task.timeSpentInLogs, 'task.timeSpentInLogs') ?? 0,
    allowTimeTracking: asFlag(task.allowTimeTracking, 'task.allowTimeTracking'),
    forkedByTemplateId: template !== null && template > 0 ? template : null,
    responsibleId: asOptionalInt(task.responsibleId, 'task.responsibleId'),
    canAddElapsedTime: canAdd,
  }
}
