/**
 * `tasks.task.list` by id: chunks of 50, `result.tasks` in camelCase, the project from the row's
 * `group` (or `[]`), unreadable rows counted, hidden or deleted tasks reported as missing.
 */
import type { BatchCommand, BatchOutcome, RestClient } from '@/api/client'
import { describe, expect, it } from 'vitest'
import { createTaskListApi, mapTaskSummary, projectNameParams, readProjectName, readTaskList, TASK_LIST_SELECT, taskListCommands, taskListParams } from '@/api/task-list'
import { createTimesheetApi } from '@/api/timesheet'

const ROW = {
  id: '103',
  title: 'Website redesign: landing pages',
  status: '3',
  subStatus: '-1',
  groupId: '7',
  group: { id: '7', name: 'Website relaunch', opened: true, membersCount: 6, image: '', additionalData: [] },
  responsibleId: '104',
  timeEstimate: '288000',
  timeSpentInLogs: '5400',
}

describe('params', () => {
  it('filters by id list, selects the row fields and GROUP_ID (which brings the group), in id order', () => {
    expect(taskListParams([101, 103])).toEqual({ filter: { ID: [101, 103] }, select: [...TASK_LIST_SELECT], order: { ID: 'asc' } })
    expect(TASK_LIST_SELECT).toContain('GROUP_ID')
    expect(() => taskListParams([])).toThrow(RangeError)
    expect(() => taskListParams(Array.from({ length: 51 }, (_, i) => i + 1))).toThrow(RangeError)
  })

  it('cuts any number of ids into commands of 50, without duplicates', () => {
    const ids = [...Array.from({ length: 120 }, (_, i) => i + 1), 5, 6]
    const commands = taskListCommands(ids)
    expect(Object.keys(commands)).toEqual(['t0', 't1', 't2'])
    expect(Object.values(commands).map(command => ((command.params as { filter: { ID: number[] } }).filter.ID).length)).toEqual([50, 50, 20])
  })
})

describe('rows', () => {
  it('maps a row with its project', () => {
    expect(mapTaskSummary(ROW)).toEqual({
      id: 103,
      title: 'Website redesign: landing pages',
      status: 'in-progress',
      project: { id: 7, name: 'Website relaunch' },
      groupId: 7,
      responsibleId: 104,
      timeEstimate: 288000,
      timeSpentInLogs: 5400,
    })
  })

  it('reads `group: []` and a missing spent time as no project and 0; an unplanned task as null', () => {
    expect(mapTaskSummary({ ...ROW, groupId: '0', group: [], timeEstimate: '0', timeSpentInLogs: null })).toMatchObject({ project: null, groupId: 0, timeEstimate: null, timeSpentInLogs: 0 })
    expect(mapTaskSummary({ ...ROW, group: [] })).toMatchObject({ project: null, groupId: 7 })
    expect(mapTaskSummary({ ...ROW, status: '9' }).status).toBe('unknown')
  })

  it('counts an unreadable row and keeps the others', () => {
    const read = readTaskList({ tasks: [ROW, { ...ROW, id: 'x' }, { ...ROW, id: '104', title: null }, { ...ROW, id: '105' }] })
    expect(read.tasks.map(task => task.id)).toEqual([103, 105])
    expect(read.unreadable).toBe(2)
    expect(() => readTaskList([])).toThrow()
  })
})

describe('a project\'s name through its tasks', () => {
  it('asks for the project\'s tasks with GROUP_ID selected, so that each row brings the group', () => {
    expect(projectNameParams(7)).toEqual({ filter: { GROUP_ID: 7 }, select: ['ID', 'TITLE', 'GROUP_ID'], order: { ID: 'desc' } })
    expect(() => projectNameParams(0)).toThrow(RangeError)
    expect(() => projectNameParams(1.5)).toThrow(RangeError)
  })

  it('takes the name from the first readable row of that project, and is null when none names it', () => {
    expect(readProjectName({ tasks: [{ ...ROW, id: 'x' }, ROW] }, 7)).toEqual({ id: 7, name: 'Website relaunch' })
    expect(readProjectName({ tasks: [] }, 7)).toBeNull()
    expect(readProjectName({ tasks: [{ ...ROW, group: [] }] }, 7)).toBeNull()
    expect(readProjectName({ tasks: [{ ...ROW, group: { id: '8', name: 'Other' } }] }, 7)).toBeNull()
  })

  it('turns a malformed answer into a typed error', async () => {
    const rest = { call: async () => ({ result: { tasks: 'no' }, total: null }) } as unknown as RestClient
    await expect(createTimesheetApi(rest).projectName(7)).rejects.toMatchObject({ code: 'MALFORMED_RESPONSE', method: 'tasks.task.list' })
  })
})

describe('getMany', () => {
  it('asks in one batch and reports ids the portal did not return as missing', async () => {
    const batches: Array<Readonly<Record<string, BatchCommand>>> = []
    const rest: RestClient = {
      call: async () => {
        throw new Error('unused')
      },
      batch: async (commands) => {
        batches.push(commands)
        const outcomes: Record<string, BatchOutcome> = {}
        for (const [key, command] of Object.entries(commands)) {
          const ids = (command.params as { filter: { ID: number[] } }).filter.ID.filter(id => id !== 105)
          outcomes[key] = { ok: true, value: { result: { tasks: ids.map(id => ({ ...ROW, id: String(id) })) }, total: ids.length } }
        }
        return outcomes
      },
    }
    const { tasks, missing } = await createTaskListApi(rest).getMany([103, 105, 103, ...Array.from({ length: 60 }, (_, i) => 200 + i)])
    expect(batches).toHaveLength(1)
    expect(Object.keys(batches[0]!)).toEqual(['t0', 't1'])
    expect(tasks.size).toBe(61)
    expect(missing).toEqual([105])
  })
})
