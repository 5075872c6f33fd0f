/**
 * `tasks.task.list` in the emulator (tasks/lib/rest/controllers/task.php `listAction`; DOCS
 * tasks-task-list.md): readable tasks only, FORKED_BY_TEMPLATE_ID evaluated as `CTasks::GetFilter`
 * does (modules/tasks/classes/general/task.php, a `number_wo_nulls` column), `result.tasks` with
 * camelCase keys and `total`, an unknown order key refused with error "0".
 */
import { describe, expect, it } from 'vitest'
import { ADMIN, AUTHOR, call, failure, OUTSIDER, sessionFor } from './helpers'

function list(userId: number, params: Record<string, unknown>) {
  const reply = call(sessionFor(userId), 'tasks.task.list', params)
  if (!reply.ok)
    throw new Error(reply.error.message)
  return { tasks: (reply.outcome.result as { tasks: Array<Record<string, unknown>> }).tasks, total: reply.outcome.total, next: reply.outcome.next }
}

describe('tasks.task.list', () => {
  it('filters on FORKED_BY_TEMPLATE_ID and returns the selected fields camelCased', () => {
    const { tasks, total } = list(AUTHOR, { filter: { FORKED_BY_TEMPLATE_ID: 139 }, select: ['ID', 'TITLE', 'FORKED_BY_TEMPLATE_ID'] })
    expect(total).toBe(1)
    expect(tasks).toEqual([{ id: '101', title: 'Prepare the quarterly status report', forkedByTemplateId: '139', favorite: 'N', group: [] }])
  })

  it('lists only tasks the caller may read, newest id first by default', () => {
    expect(list(OUTSIDER, { filter: { FORKED_BY_TEMPLATE_ID: 139 } }).total).toBe(0)
    const all = list(ADMIN, { select: ['ID'] })
    expect(all.tasks.map(task => Number(task.id))).toEqual([106, 105, 104, 103, 102, 101])
  })

  it('negates with "!" and matches any id of a list', () => {
    expect(list(ADMIN, { filter: { '!FORKED_BY_TEMPLATE_ID': 139 }, select: ['ID'] }).tasks.map(task => task.id)).not.toContain('101')
    expect(list(ADMIN, { filter: { FORKED_BY_TEMPLATE_ID: [139, 144] }, select: ['ID'], order: { ID: 'asc' } }).tasks.map(task => task.id)).toEqual(['101', '103'])
  })

  it('refuses an order key outside the sortable fields with error "0"', () => {
    expect(failure(call(sessionFor(ADMIN), 'tasks.task.list', { order: { FORKED_BY_TEMPLATE_ID: 'asc' } }))).toEqual({ status: 400, error: '0', description: 'Invalid sorting key (internal error)' })
  })
})
