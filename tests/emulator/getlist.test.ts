/**
 * `task.elapseditem.getlist` pages and filters like the portal's ORM query: ≤ 50 per page, `next` an
 * offset, everything for one task without NAV_PARAMS, manifest-checked ORDER/FILTER/SELECT.
 */
import type { Row } from './helpers'
import { describe, expect, it } from 'vitest'
import { BASE_ENTRIES } from '../../emulator/data/entries'
import { findTask } from '../../emulator/data/tasks'
import { canReadTask } from '../../emulator/rest/access'
import { ADMIN, AUTHOR, call, failure, OUTSIDER, sessionFor } from './helpers'

function list(userId: number, params: unknown[]) {
  const reply = call(sessionFor(userId), 'task.elapseditem.getlist', params)
  if (!reply.ok)
    throw new Error(reply.error.message)
  return { rows: reply.outcome.result as Row[], total: reply.outcome.total, next: reply.outcome.next }
}

const page = (size: unknown, number?: unknown) => ({ NAV_PARAMS: number === undefined ? { nPageSize: size } : { nPageSize: size, iNumPage: number } })

describe('paging', () => {
  it('returns every entry of a task when NAV_PARAMS is absent: 5,000 rows, total, no next', () => {
    const { rows, total, next } = list(AUTHOR, [104])
    expect(rows).toHaveLength(5000)
    expect(total).toBe(5000)
    expect(next).toBeUndefined()
  })

  it.each([
    { size: 50, number: 1, rows: 50, next: 50 },
    { size: 50, number: 2, rows: 10, next: undefined },
    { size: 500, number: 1, rows: 50, next: 50 },
    { size: 25, number: 3, rows: 10, next: undefined },
    { size: 7, number: 2, rows: 7, next: 14 },
    { size: '20', number: '3', rows: 20, next: undefined },
    { size: 10, number: 0, rows: 10, next: 10 },
    { size: 10, number: -4, rows: 10, next: 10 },
    { size: 10, number: 9, rows: 0, next: undefined },
    { size: 0, number: 5, rows: 60, next: undefined },
  ])('60 entries, nPageSize $size, iNumPage $number → $rows rows, next $next, total 60', ({ size, number, rows, next }) => {
    const reply = list(AUTHOR, [103, { ID: 'asc' }, {}, ['ID'], page(size, number)])
    expect(reply.rows).toHaveLength(rows)
    expect(reply.next).toBe(next)
    expect(reply.total).toBe(60)
  })

  it('starts at page 1 when iNumPage is missing and caps nPageSize at 50 when it is missing too', () => {
    expect(list(AUTHOR, [104, {}, {}, ['ID'], { NAV_PARAMS: {} }]).rows).toHaveLength(50)
    expect(list(AUTHOR, [104, {}, {}, ['ID'], page(3)]).rows.map(row => row.ID)).toEqual(['10001', '10002', '10003'])
  })

  it('pages 50 at a time across tasks when no task id is given, over the tasks the user may read', () => {
    const { rows, total, next } = list(AUTHOR, [])
    const readable = BASE_ENTRIES.filter(entry => canReadTask(findTask(entry.taskId)!, AUTHOR)).length
    expect(readable).toBeLessThan(BASE_ENTRIES.length)
    expect(rows).toHaveLength(50)
    expect(total).toBe(readable)
    expect(next).toBe(50)
    expect(list(ADMIN, []).total).toBe(BASE_ENTRIES.length)
  })

  it('answers an empty page with result [] and total 0', () => {
    const { rows, total, next } = list(AUTHOR, [102])
    expect(rows).toEqual([])
    expect(total).toBe(0)
    expect(next).toBeUndefined()
  })
})

describe('rows', () => {
  it('gives every value as a string, dates as ISO 8601 with the server offset, keys in manifest order', () => {
    const [row] = list(AUTHOR, [101, {}, {}, ['SECONDS', 'ID', 'CREATED_DATE']]).rows
    expect(Object.keys(row!)).toEqual(['ID', 'SECONDS', 'CREATED_DATE'])
    const [full] = list(AUTHOR, [101]).rows
    expect(Object.keys(full!)).toEqual(['ID', 'TASK_ID', 'USER_ID', 'COMMENT_TEXT', 'SECONDS', 'MINUTES', 'SOURCE', 'CREATED_DATE', 'DATE_START', 'DATE_STOP'])
    expect(Object.values(full!).every(value => typeof value === 'string')).toBe(true)
    expect(full!.CREATED_DATE).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+03:00$/)
  })

  it('returns the raw comment, MINUTES = round(SECONDS/60), and empty dates for entries of unknown source', () => {
    const rows = list(AUTHOR, [101]).rows
    expect(rows[0]).toMatchObject({ COMMENT_TEXT: 'Collected figures from <b>finance</b> & sales', SECONDS: '5400', MINUTES: '90', SOURCE: '2' })
    expect(rows[1]).toMatchObject({ SECONDS: '2723', MINUTES: '45', SOURCE: '3', COMMENT_TEXT: '' })
    expect(rows[2]).toMatchObject({ SOURCE: '1', DATE_START: '', DATE_STOP: '' })
  })

  it('gives timer entries (SOURCE 3) DATE_START = CREATED_DATE and DATE_STOP = start + seconds', () => {
    const timer = list(AUTHOR, [101]).rows[1]!
    expect(timer.DATE_START).toBe(timer.CREATED_DATE)
    expect(Date.parse(timer.DATE_STOP!) - Date.parse(timer.DATE_START!)).toBe(2723_000)
  })

  it('refuses a task the user cannot read: #1', () => {
    expect(failure(call(sessionFor(AUTHOR), 'task.elapseditem.getlist', [105])).description)
      .toBe('TASKS_ERROR_EXCEPTION_#1; Task not found or not accessible; 1/TE/TASK_NOT_FOUND_OR_NOT_ACCESSIBLE<br>')
    expect(failure(call(sessionFor(OUTSIDER), 'task.elapseditem.getlist', [101])).description).toContain('#1;')
  })
})

describe('order', () => {
  it('sorts by several keys and defaults to ID ascending', () => {
    const rows = list(AUTHOR, [104, { USER_ID: 'asc', SECONDS: 'desc' }, {}, ['USER_ID', 'SECONDS'], page(50)]).rows
    const keys = rows.map(row => [Number(row.USER_ID), -Number(row.SECONDS)])
    expect(keys).toEqual([...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!))
    expect(list(AUTHOR, [101, {}]).rows.map(row => row.ID)).toEqual(['1', '2', '3'])
  })

  it('accepts ASC/DESC in any case on plain keys', () => {
    expect(list(AUTHOR, [101, { ID: 'DESC' }]).rows.map(row => row.ID)).toEqual(['3', '2', '1'])
  })

  it('fails "DESC" on a date key: the value is run through strtotime unless it is exactly asc/desc', () => {
    expect(list(AUTHOR, [101, { CREATED_DATE: 'desc' }]).rows.map(row => row.ID)).toEqual(['2', '1', '3'])
    expect(failure(call(sessionFor(AUTHOR), 'task.elapseditem.getlist', [101, { CREATED_DATE: 'DESC' }])).description).toBe('Invalid order ""<br>')
  })

  it('rejects keys that are not sortable', () => {
    expect(failure(call(sessionFor(AUTHOR), 'task.elapseditem.getlist', [101, { COMMENT_TEXT: 'asc' }])).description)
      .toBe('TASKS_ERROR_EXCEPTION_#256; Param #1 (order) for method ctaskelapseditem::getlist() must not contain key "COMMENT_TEXT".; 256/TE/WRONG_ARGUMENTS<br>')
  })

  it('rejects an unknown direction the way the ORM does', () => {
    expect(failure(call(sessionFor(AUTHOR), 'task.elapseditem.getlist', [101, { ID: 'up' }])).description).toBe('Invalid order "UP"<br>')
  })
})

describe('filter', () => {
  it.each([
    { filter: { USER_ID: 103 }, ids: ['2'] },
    { filter: { '!USER_ID': 103 }, ids: ['1', '3'] },
    { filter: { USER_ID: [102, 108] }, ids: ['1', '3'] },
    { filter: { '!USER_ID': [102, 108] }, ids: ['2'] },
    { filter: { '>ID': 1 }, ids: ['2', '3'] },
    { filter: { '<=ID': '2' }, ids: ['1', '2'] },
    { filter: { ID: 2, TASK_ID: 101 }, ids: ['2'] },
  ])('$filter → $ids', ({ filter, ids }) => {
    expect(list(AUTHOR, [101, {}, filter]).rows.map(row => row.ID)).toEqual(ids)
  })

  it('filters CREATED_DATE with ISO dates and dates with an offset, through strtotime', () => {
    const all = list(AUTHOR, [101]).rows
    const cut = all[0]!.CREATED_DATE!
    expect(list(AUTHOR, [101, {}, { '>=CREATED_DATE': cut }]).rows.map(row => row.ID)).toEqual(['1', '2'])
    expect(list(AUTHOR, [101, {}, { '<CREATED_DATE': '2026-03-01' }]).rows.map(row => row.ID)).toEqual(['3'])
  })

  it('matches nothing with a date strtotime cannot read (the value becomes "")', () => {
    expect(list(AUTHOR, [101, {}, { '>=CREATED_DATE': 'last Tuesday-ish' }]).rows).toEqual([])
  })

  it('rejects keys that are not filterable, also behind a prefix', () => {
    const session = sessionFor(AUTHOR)
    expect(failure(call(session, 'task.elapseditem.getlist', [101, {}, { SECONDS: 60 }])).description).toContain('Param #2 (filter) for method ctaskelapseditem::getlist() must not contain key "SECONDS".')
    expect(failure(call(session, 'task.elapseditem.getlist', [101, {}, { '=ID': 1 }])).description).toContain('must not contain key "=ID".')
  })
})

describe('select', () => {
  it('accepts "" and "*" and exact upper-case field names only', () => {
    expect(list(AUTHOR, [101, {}, {}, ['*']]).rows[0]).toHaveProperty('DATE_STOP')
    expect(failure(call(sessionFor(AUTHOR), 'task.elapseditem.getlist', [101, {}, {}, ['id']])).description)
      .toBe('TASKS_ERROR_EXCEPTION_#256; Param #3 (select) for method ctaskelapseditem::getlist() must not contain value "id".; 256/TE/WRONG_ARGUMENTS<br>')
  })

  it('lets aggregates like SECONDS_SUM pass the manifest, then fails in the ORM (they never reach the query)', () => {
    expect(failure(call(sessionFor(AUTHOR), 'task.elapseditem.getlist', [101, {}, {}, ['USER_ID', 'SECONDS_SUM']])).description)
      .toBe('Unknown field definition `SECONDS_SUM` (SECONDS_SUM) for Bitrix\\Tasks\\Integration\\Rest\\ElapsedTime Entity.<br>')
    expect(failure(call(sessionFor(AUTHOR), 'task.elapseditem.getlist', [101, {}, {}, ['COMMENT_TEXT_SUM']])).description).toContain('must not contain value "COMMENT_TEXT_SUM"')
  })

  it('rejects unknown NAV keys in PARAMS', () => {
    expect(failure(call(sessionFor(AUTHOR), 'task.elapseditem.getlist', [101, {}, {}, ['ID'], { nPageSize: 5 }])).description).toContain('Param #4 (params) for method ctaskelapseditem::getlist() must not contain key "nPageSize".')
  })
})
