/**
 * `tasks.task.list` as `Task::listAction` answers it (tasks source
 * `modules/tasks/lib/rest/controllers/task.php`, docs `api-reference/tasks/tasks-task-list.md`):
 * ID filters, select, order, pages of 50, the project in `group`, only visible tasks.
 */
import { describe, expect, it } from 'vitest'
import { findGroup, TASKS } from '../../emulator/data/tasks'
import { canReadTask } from '../../emulator/rest/access'
import { ADMIN, AUTHOR, call, failure, OUTSIDER, sessionFor } from './helpers'

type Row = Record<string, unknown>

function list(userId: number, params: Record<string, unknown>) {
  const reply = call(sessionFor(userId), 'tasks.task.list', params)
  if (!reply.ok)
    throw new Error(reply.error.message)
  const { tasks } = reply.outcome.result as { tasks: Row[] }
  return { tasks, total: reply.outcome.total, next: reply.outcome.next }
}

const ALL_IDS = TASKS.map(task => task.id)

describe('filter and visibility', () => {
  it('returns only the tasks of the ID list the caller may see', () => {
    const { tasks, total } = list(OUTSIDER, { filter: { ID: ALL_IDS }, select: ['ID'] })
    const visible = TASKS.filter(task => canReadTask(task, OUTSIDER)).map(task => String(task.id))
    expect(tasks.map(task => task.id).sort()).toEqual(visible.sort())
    expect(total).toBe(visible.length)
    expect(visible.length).toBeLessThan(TASKS.length)
    expect(list(ADMIN, { filter: { ID: ALL_IDS }, select: ['ID'] }).total).toBe(TASKS.length)
  })

  it('reads the ID list as a PHP array from a form or batch row, and `!ID` as NOT IN', () => {
    const [first, second] = ALL_IDS
    const asForm = list(ADMIN, { filter: { ID: { 0: String(first), 1: String(second) } }, select: ['ID'] })
    expect(asForm.tasks.map(task => Number(task.id)).sort()).toEqual([first, second].sort())
    const rest = list(ADMIN, { filter: { '!ID': [first] }, select: ['ID'] })
    expect(rest.tasks.map(task => Number(task.id))).not.toContain(first)
    expect(rest.total).toBe(TASKS.length - 1)
  })
})

describe('rows', () => {
  it('gives camelCase keys in select order, status and subStatus, and group data with GROUP_ID', () => {
    const withProject = TASKS.find(task => task.groupId > 0 && findGroup(task.groupId))!
    const [row] = list(ADMIN, { filter: { ID: [withProject.id] }, select: ['TITLE', 'ID', 'GROUP_ID', 'STATUS', 'TIME_ESTIMATE', 'TIME_SPENT_IN_LOGS', 'RESPONSIBLE_ID'] }).tasks
    expect(Object.keys(row!).slice(0, 7)).toEqual(['title', 'id', 'groupId', 'status', 'timeEstimate', 'timeSpentInLogs', 'responsibleId'])
    expect(row!.status).toBe(String(withProject.status))
    expect(row).toHaveProperty('subStatus')
    expect(row).not.toHaveProperty('favorite')
    const group = findGroup(withProject.groupId)!
    expect(row!.group).toEqual({ id: String(group.id), name: group.name, opened: group.opened, membersCount: group.members.length, image: '', additionalData: [] })
    expect((row!.responsible as Row).id).toBe(String(withProject.responsibleId))
  })

  it('answers `group: []` without GROUP_ID in the select and for a task outside any project', () => {
    const withProject = TASKS.find(task => task.groupId > 0)!
    expect(list(ADMIN, { filter: { ID: [withProject.id] }, select: ['ID'] }).tasks[0]!.group).toEqual([])
    const without = TASKS.find(task => task.groupId === 0)!
    expect(list(ADMIN, { filter: { ID: [without.id] }, select: ['ID', 'GROUP_ID'] }).tasks[0]!.group).toEqual([])
  })
})

describe('order and paging', () => {
  it('orders by ID descending by default, by the given keys otherwise, and refuses unknown order keys', () => {
    const ids = (order?: Record<string, string>) => list(ADMIN, { filter: { ID: ALL_IDS }, select: ['ID'], ...(order ? { order } : {}) }).tasks.map(task => Number(task.id))
    expect(ids()).toEqual([...ALL_IDS].sort((a, b) => b - a).slice(0, 50))
    expect(ids({ ID: 'asc' })).toEqual([...ALL_IDS].sort((a, b) => a - b).slice(0, 50))
    expect(failure(call(sessionFor(ADMIN), 'tasks.task.list', { order: { NOT_A_FIELD: 'asc' } })).status).toBe(400)
  })

  it('pages by 50 through `start`, with total and next, and no total for start -1', () => {
    const session = sessionFor(ADMIN)
    const first = call(session, 'tasks.task.list', { select: ['ID'], start: 0 })
    if (!first.ok)
      throw new Error(first.error.message)
    const count = (first.outcome.result as { tasks: Row[] }).tasks.length
    expect(count).toBe(Math.min(50, TASKS.length))
    expect(first.outcome.total).toBe(TASKS.length)
    expect(first.outcome.next).toBe(TASKS.length > 50 ? 50 : undefined)
    const beyond = call(session, 'tasks.task.list', { select: ['ID'], start: 50 * Math.ceil(TASKS.length / 50) })
    expect(beyond.ok && (beyond.outcome.result as { tasks: Row[] }).tasks).toEqual([])
    const noTotal = call(session, 'tasks.task.list', { select: ['ID'], start: -1 })
    expect(noTotal.ok && noTotal.outcome.total).toBeUndefined()
  })

  it('refuses a filter that is not an array, as the engine binder does', () => {
    expect(failure(call(sessionFor(ADMIN), 'tasks.task.list', { filter: 'ID=1' })).error).toBe('100')
  })
})

describe('fORKED_BY_TEMPLATE_ID', () => {
  // A numeric key of `CTasks::GetFilter` (bitrix24-core-corp modules/tasks/classes/general/task.php),
  // although the docs' filter list leaves it out; a task made by no template never matches.
  it('lists the tasks a template created, readable ones only, with `!` and lists', () => {
    const { tasks, total } = list(AUTHOR, { filter: { FORKED_BY_TEMPLATE_ID: 139 }, select: ['ID', 'FORKED_BY_TEMPLATE_ID'] })
    expect(total).toBe(1)
    expect(tasks.map(task => [task.id, task.forkedByTemplateId])).toEqual([['101', '139']])
    expect(list(OUTSIDER, { filter: { FORKED_BY_TEMPLATE_ID: 139 }, select: ['ID'] }).total).toBe(0)
    expect(list(ADMIN, { filter: { '!FORKED_BY_TEMPLATE_ID': 139 }, select: ['ID'] }).tasks.map(task => task.id)).not.toContain('101')
    expect(list(ADMIN, { filter: { FORKED_BY_TEMPLATE_ID: [139, 144] }, select: ['ID'], order: { ID: 'asc' } }).tasks.map(task => task.id)).toEqual(['101', '103'])
  })
})
