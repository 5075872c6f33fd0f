/**
 * "Tasks created from this template so far": `tasks.task.list` filtered on `FORKED_BY_TEMPLATE_ID`.
 * The docs' filter list (b24restdocs api-reference/tasks/tasks-task-list.md) does not name that key;
 * `CTasks::GetFilter` (bitrix24-core-corp modules/tasks/classes/general/task.php) compares it as a
 * number, and `listAction` (modules/tasks/lib/rest/controllers/task.php) hands the filter to it
 * unchanged. Because it is undocumented, the answer is verified instead of trusted: the field is
 * selected and every row must carry the template's id, otherwise the portal did not filter (a
 * filter it ignores returns every visible task) and the list is reported as unavailable.
 * See docs/recurring-doctor.md#created-tasks.
 */
import type { RestParams } from './client'
import { asArray, asInt, asOptionalDate, asOptionalInt, asOptionalString, asRecord, PayloadError } from './parse'

export interface CreatedTask {
  id: number
  title: string
  /** Real task status 1..7 (`status`; `subStatus` carries the meta-statuses). */
  status: number | null
  createdDate: Date | null
}

/**
 * `listed`: the portal filtered (verified row by row); `total` counts every matching task the viewer
 * may see, `tasks` is the first page of them minus `unreadable` rows (counted, skipped). `unavailable`: the portal refused the filter
 * (`refused`) or answered rows that are not all from this template (`unfiltered`).
 */
export type CreatedTasks
  = | { kind: 'listed', tasks: CreatedTask[], total: number, unreadable: number }
    | { kind: 'unavailable', reason: 'refused' | 'unfiltered' }

/** The select always carries FORKED_BY_TEMPLATE_ID: it is what the answer is verified with. */
export const CREATED_TASKS_SELECT = ['ID', 'TITLE', 'STATUS', 'CREATED_DATE', 'FORKED_BY_TEMPLATE_ID'] as const

/**
 * @example
 * createdTasksParams(139) // { filter: { FORKED_BY_TEMPLATE_ID: 139 }, select: [...], order: { ID: 'desc' } }
 */
export function createdTasksParams(templateId: number): RestParams {
  return { filter: { FORKED_BY_TEMPLATE_ID: templateId }, select: [...CREATED_TASKS_SELECT], order: { ID: 'desc' } }
}

function mapCreatedTask(row: Record<string, unknown>): CreatedTask {
  const title = asOptionalString(row.title, 'task.title')
  if (title === null)
    throw new PayloadError('task.title: missing')
  return {
    id: asInt(row.id, 'task.id'),
    title,
    status: asOptionalInt(row.status, 'task.status'),
    createdDate: asOptionalDate(row.createdDate, 'task.createdDate'),
  }
}

/** The row's template id as text (`"139"`), or null when the row does not say. */
function rowTemplateId(row: unknown): string | null {
  const value = typeof row === 'object' && row !== null ? (row as Record<string, unknown>).forkedByTemplateId : undefined
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : null
}

/**
 * Maps the `tasks.task.list` answer, checking that the filter was applied: any row without the
 * template's id in `forkedByTemplateId` makes the whole answer `unfiltered`. A row that proves its
 * template but cannot be read otherwise is counted in `unreadable` and skipped.
 *
 * @example
 * mapCreatedTasks(139, { tasks: [{ id: '101', title: 'Report', forkedByTemplateId: '139' }] }, 1)
 * // { kind: 'listed', tasks: [{ id: 101, title: 'Report', status: null, createdDate: null }], total: 1, unreadable: 0 }
 */
export function mapCreatedTasks(templateId: number, result: unknown, total: number | null): CreatedTasks {
  const rows = asArray(asRecord(result, 'tasks.task.list').tasks, 'tasks.task.list.tasks')
  if (rows.some(row => rowTemplateId(row) !== String(templateId)))
    return { kind: 'unavailable', reason: 'unfiltered' }
  const tasks: CreatedTask[] = []
  let unreadable = 0
  for (const row of rows) {
    try {
      tasks.push(mapCreatedTask(row as Record<string, unknown>))
    }
    catch (error) {
      if (!(error instanceof PayloadError))
        throw error
      unreadable++
    }
  }
  return { kind: 'listed', tasks, total: total ?? rows.length, unreadable }
}
