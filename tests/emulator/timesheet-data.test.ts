/**
 * The timesheet dataset (emulator/README.md, "Timesheet dataset") and what the timesheet reads of
 * it: `task.elapseditem.getlist` across tasks, `tasks.task.list` by ID lists with projects and
 * planned/spent time, `user.get` by ID lists. Expectations come from the data and the access rules,
 * never from the app's code.
 */
import type { Row } from './helpers'
import { describe, expect, it } from 'vitest'
import { DEMO_NOW, MINUTE_MS } from '../../emulator/data/clock'
import { BASE_ENTRIES } from '../../emulator/data/entries'
import { findGroup, findTask, TASKS } from '../../emulator/data/tasks'
import { DELIVERY_HEAD, TIMESHEET_USERS } from '../../emulator/data/timesheet-people'
import { TIMESHEET_ENTRIES, TIMESHEET_FIRST_ENTRY_ID, TIMESHEET_GROUPS, TIMESHEET_SPAN_DAYS, TIMESHEET_TASKS } from '../../emulator/data/timesheet-work'
import { findUser } from '../../emulator/data/users'
import { canAddTime, canReadTask } from '../../emulator/rest/access'
import { ADMIN, AUTHOR, call, result, sessionFor } from './helpers'

const formatters = new Map<string, Intl.DateTimeFormat>()

/** The wall clock of an instant in a zone ('' = the server's Europe/Moscow). */
function wallClock(epochMs: number, timeZone: string): { weekday: string, minutes: number, day: string } {
  const zone = timeZone || 'Europe/Moscow'
  let formatter = formatters.get(zone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: 'numeric', minute: 'numeric' })
    formatters.set(zone, formatter)
  }
  const parts = Object.fromEntries(formatter.formatToParts(new Date(epochMs)).map(part => [part.type, part.value]))
  return { weekday: parts.weekday!, minutes: Number(parts.hour) * 60 + Number(parts.minute), day: `${parts.year}-${parts.month}-${parts.day}` }
}

const spentByTask = new Map<number, number>()
for (const entry of BASE_ENTRIES)
  spentByTask.set(entry.taskId, (spentByTask.get(entry.taskId) ?? 0) + entry.seconds)

describe('the timesheet dataset', () => {
  it('has 60+ tasks in 5 named projects, 30+ people with positions and departments, about 20,000 entries', () => {
    expect(TIMESHEET_TASKS.length).toBeGreaterThanOrEqual(60)
    const projects = new Set(TIMESHEET_TASKS.map(task => task.groupId).filter(id => id > 0))
    expect(projects.size).toBeGreaterThanOrEqual(5)
    expect([...projects].every(id => (findGroup(id)?.name ?? '') !== '')).toBe(true)
    expect(TIMESHEET_USERS.length).toBeGreaterThanOrEqual(30)
    expect(TIMESHEET_USERS.every(user => user.workPosition !== '' && user.departments.length > 0)).toBe(true)
    expect(TIMESHEET_ENTRIES.length).toBeGreaterThan(18_000)
    expect(TIMESHEET_ENTRIES.length).toBeLessThan(23_000)
    expect(TIMESHEET_GROUPS.map(group => group.id)).toEqual([8, 9, 10, 11, 12])
  })

  it('keeps the original ids: users 1–109, tasks 101–107, entries below 200,001, in id order', () => {
    expect(findUser(102)?.lastName).toBe('Peters')
    expect(TASKS.slice(0, 7).map(task => task.id)).toEqual([101, 102, 103, 104, 105, 106, 107])
    expect(TIMESHEET_ENTRIES[0]!.id).toBe(TIMESHEET_FIRST_ENTRY_ID)
    expect(TIMESHEET_ENTRIES.every((entry, index) => entry.id === TIMESHEET_FIRST_ENTRY_ID + index)).toBe(true)
    expect(BASE_ENTRIES.every((entry, index) => index === 0 || entry.id > BASE_ENTRIES[index - 1]!.id)).toBe(true)
  })

  it('books on weekdays in working hours of the author\'s zone, over three months up to now, never after it', () => {
    const earliest = DEMO_NOW - (TIMESHEET_SPAN_DAYS + 1) * 86_400_000
    for (const entry of TIMESHEET_ENTRIES) {
      const author = findUser(entry.userId)!
      const start = wallClock(entry.createdDate, author.timeZone)
      const end = wallClock(entry.createdDate + entry.seconds * 1000, author.timeZone)
      expect(['Sat', 'Sun']).not.toContain(start.weekday)
      expect(start.minutes).toBeGreaterThanOrEqual(8 * 60 + 30)
      expect(end.minutes).toBeLessThanOrEqual(19 * 60)
      expect(entry.createdDate + entry.seconds * 1000).toBeLessThanOrEqual(DEMO_NOW)
      expect(entry.createdDate).toBeGreaterThan(earliest)
    }
  })

  it('books as a portal does: manual entries with a comment, timer entries without, only by people allowed to add time', () => {
    for (const entry of TIMESHEET_ENTRIES) {
      expect(canAddTime(findTask(entry.taskId)!, entry.userId)).toBe(true)
      if (entry.source === 3)
        expect([entry.comment, entry.dateStart, entry.dateStop]).toEqual(['', entry.createdDate, entry.createdDate + entry.seconds * 1000])
      else
        expect(entry.comment).not.toBe('')
    }
    expect(TIMESHEET_ENTRIES.some(entry => /\p{Script=Cyrillic}/u.test(entry.comment))).toBe(true)
    const durations = TIMESHEET_ENTRIES.map(entry => entry.seconds)
    expect(Math.min(...durations)).toBeGreaterThanOrEqual(9 * 60 + 1)
    expect(Math.max(...durations)).toBeLessThanOrEqual(4 * 3600)
  })

  it('plans time on most tasks, and some tasks run over their plan', () => {
    const planned = TIMESHEET_TASKS.filter(task => task.timeEstimate > 0)
    const over = planned.filter(task => (spentByTask.get(task.id) ?? 0) > task.timeEstimate)
    expect(planned.length).toBeGreaterThan(TIMESHEET_TASKS.length / 2)
    expect(over.length).toBeGreaterThan(5)
    expect(over.length).toBeLessThan(planned.length)
  })

  it('gives the default user a busy last full week: 6.5 hours or more every weekday', () => {
    const mine = TIMESHEET_ENTRIES.filter(entry => entry.userId === AUTHOR)
    const hoursByDay = new Map<string, number>()
    for (const entry of mine) {
      const day = wallClock(entry.createdDate, '').day
      hoursByDay.set(day, (hoursByDay.get(day) ?? 0) + entry.seconds / 3600)
    }
    const today = wallClock(DEMO_NOW, '')
    const weekdays = [...hoursByDay.keys()].filter(day => day < today.day).sort().slice(-5)
    expect(weekdays).toHaveLength(5)
    for (const day of weekdays)
      expect(hoursByDay.get(day)).toBeGreaterThanOrEqual(6.5)
  })
})

describe('what the timesheet reads of it', () => {
  it('the head of delivery sees, across tasks, the entries of 30+ people of the department', () => {
    const session = sessionFor(DELIVERY_HEAD)
    const authors = new Set<string>()
    let cursor = TIMESHEET_FIRST_ENTRY_ID - 1
    const from = new Date(DEMO_NOW - 30 * 86_400_000 - 10 * MINUTE_MS).toISOString()
    for (let page = 0; page < 1000; page++) {
      const rows = result<Row[]>(call(session, 'task.elapseditem.getlist', [{ ID: 'asc' }, { '>ID': cursor, '>=CREATED_DATE': from }, ['ID', 'USER_ID', 'TASK_ID'], { NAV_PARAMS: { nPageSize: 50, iNumPage: 1 } }]))
      rows.forEach(row => authors.add(row.USER_ID!))
      if (rows.length < 50)
        break
      cursor = Number(rows.at(-1)!.ID)
    }
    const department = TIMESHEET_USERS.filter(user => user.departments.includes(5)).map(user => String(user.id))
    expect(department.filter(id => authors.has(id)).length).toBeGreaterThanOrEqual(30)
  })

  it('a manager reads the tasks of the people they head (TaskReadRule), nobody else\'s', () => {
    const outsideTask = TASKS.find(task => task.id === 105)!
    expect(canReadTask(outsideTask, DELIVERY_HEAD)).toBe(false)
    const headed = TIMESHEET_TASKS.filter(task => task.groupId === 9)
    expect(headed.every(task => canReadTask(task, DELIVERY_HEAD))).toBe(true)
    expect(headed.some(task => canReadTask(task, 144))).toBe(false)
  })

  it('tasks.task.list takes an ID list, pages it by 50 and brings project, plan and spent time', () => {
    const ids = TIMESHEET_TASKS.map(task => task.id)
    const session = sessionFor(ADMIN)
    const select = ['ID', 'TITLE', 'GROUP_ID', 'TIME_ESTIMATE', 'TIME_SPENT_IN_LOGS']
    const pages = [0, 50].map(start => call(session, 'tasks.task.list', { filter: { ID: ids }, select, order: { ID: 'asc' }, start }))
    const [first, second] = pages.map(page => (page.ok ? page.outcome : null))
    expect(first?.total).toBe(ids.length)
    expect(first?.next).toBe(50)
    expect(second?.next).toBeUndefined()
    const rows = [first, second].flatMap(page => (page?.result as { tasks: Array<Record<string, unknown>> }).tasks)
    expect(rows.map(row => Number(row.id))).toEqual(ids)
    for (const row of rows) {
      const task = findTask(Number(row.id))!
      expect(Object.keys(row)).toEqual(['id', 'title', 'groupId', 'timeEstimate', 'timeSpentInLogs', 'group'])
      expect(row.timeEstimate).toBe(String(task.timeEstimate))
      const spent = spentByTask.get(task.id)
      expect(row.timeSpentInLogs).toBe(spent === undefined ? null : String(spent))
      expect(row.group).toEqual(task.groupId > 0 ? expect.objectContaining({ id: String(task.groupId), name: findGroup(task.groupId)!.name }) : [])
    }
  })

  it('user.get takes an ID list, pages it by 50 and leaves the deleted user out', () => {
    const ids = [108, ...TIMESHEET_USERS.map(user => user.id), 1, 101, 102, 103, 104, 105, 106, 107, 109, 999]
    const session = sessionFor(AUTHOR)
    const first = call(session, 'user.get', { FILTER: { ID: ids } })
    const second = call(session, 'user.get', { FILTER: { ID: ids }, start: 50 })
    const rows = [first, second].flatMap(reply => result<Row[]>(reply))
    expect(result<Row[]>(first)).toHaveLength(50)
    expect(first.ok && first.outcome.total).toBe(ids.length - 2)
    expect(rows.map(row => Number(row.ID)).sort((a, b) => a - b)).toEqual(ids.filter(id => id !== 108 && id !== 999).sort((a, b) => a - b))
    expect(rows.find(row => row.ID === String(DELIVERY_HEAD))).toMatchObject({ WORK_POSITION: 'Руководитель отдела разработки', UF_DEPARTMENT: [5] })
  })
})
