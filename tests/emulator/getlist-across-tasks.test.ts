/**
 * `task.elapseditem.getlist` without a task id (docs
 * `api-reference/tasks/elapsed-item/task-elapsed-item-get-list.md`): `[ORDER, FILTER, SELECT,
 * PARAMS]` with the task id 0 inserted by the server, rows of every task the caller may see and of
 * no other (the `CHECK_RIGHTS` mixin filters the query, tasks source
 * `modules/tasks/lib/integration/rest/elapsedtime.php`), USER_ID / CREATED_DATE operators, and the
 * keyset chain inside a batch through `$result[key][49][ID]`.
 */
import type { Row } from './helpers'
import { describe, expect, it } from 'vitest'
import { BASE_ENTRIES } from '../../emulator/data/entries'
import { TASKS } from '../../emulator/data/tasks'
import { canReadTask } from '../../emulator/rest/access'
import { ADMIN, call, failure, OUTSIDER, result, sessionFor } from './helpers'

const readableBy = (userId: number) => new Set(TASKS.filter(task => canReadTask(task, userId)).map(task => task.id))

function list(userId: number, params: unknown[]) {
  const reply = call(sessionFor(userId), 'task.elapseditem.getlist', params)
  if (!reply.ok)
    throw new Error(reply.error.message)
  return { rows: reply.outcome.result as Row[], total: reply.outcome.total, next: reply.outcome.next }
}

const NAV = { NAV_PARAMS: { nPageSize: 50, iNumPage: 1 } }

/** PHP's `http_build_query` shape, as the SDK writes batch rows (keys in brackets). */
function phpQuery(value: unknown, prefix = ''): string[] {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => phpQuery(item, prefix === '' ? key : `${prefix}[${key}]`))
  }
  return [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`]
}

describe('without a task id', () => {
  it('lists entries of every task the caller may see, and only those', () => {
    for (const userId of [OUTSIDER, ADMIN]) {
      const readable = readableBy(userId)
      const expected = BASE_ENTRIES.filter(entry => readable.has(entry.taskId))
      const { rows, total } = list(userId, [{ ID: 'asc' }, { '>ID': 0 }, ['ID', 'TASK_ID'], NAV])
      expect(total).toBe(expected.length)
      expect(rows.every(row => readable.has(Number(row.TASK_ID)))).toBe(true)
      expect(rows.map(row => Number(row.ID))).toEqual(expected.map(entry => entry.id).sort((a, b) => a - b).slice(0, 50))
    }
  })

  it('filters USER_ID as a list and CREATED_DATE with >= and <, given as ISO with an offset', () => {
    const readable = readableBy(ADMIN)
    const sorted = BASE_ENTRIES.filter(entry => readable.has(entry.taskId)).map(entry => entry.createdDate).sort((a, b) => a - b)
    const from = sorted[Math.floor(sorted.length / 3)]!
    const to = sorted[Math.floor((2 * sorted.length) / 3)]!
    const users = [...new Set(BASE_ENTRIES.map(entry => entry.userId))].slice(0, 2)
    const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', '+00:00')
    const expected = BASE_ENTRIES.filter(entry => readable.has(entry.taskId) && users.includes(entry.userId) && entry.createdDate >= from && entry.createdDate < to)
    const { total } = list(ADMIN, [{ ID: 'asc' }, { '>ID': 0, 'USER_ID': users, '>=CREATED_DATE': iso(from), '<CREATED_DATE': iso(to) }, ['ID'], NAV])
    expect(total).toBe(expected.length)
  })

  it('refuses filter keys outside the manifest', () => {
    expect(failure(call(sessionFor(ADMIN), 'task.elapseditem.getlist', [{ ID: 'asc' }, { GROUP_ID: 7 }])).description).toContain('must not contain key "GROUP_ID"')
  })

  it('takes the string "0" of a batch row for a task id and fails, so the app leaves the id out', () => {
    const answer = result<{ result_error: Record<string, { error_description: string }> }>(call(sessionFor(ADMIN), 'batch', {
      cmd: { zero: `task.elapseditem.getlist?${phpQuery([0, { ID: 'asc' }, { '>ID': 0 }]).join('&')}` },
    }))
    expect(answer.result_error.zero?.error_description).toContain('TASKS_ERROR_ASSERT_EXCEPTION')
  })
})

describe('a keyset chain inside one batch', () => {
  it('continues each page after the previous page\'s 50th id; after a short page the next row runs with the page substituted', () => {
    const readable = readableBy(ADMIN)
    const ids = BASE_ENTRIES.filter(entry => readable.has(entry.taskId)).map(entry => entry.id).sort((a, b) => a - b)
    const start = ids[ids.length - 60]! - 1
    const row = (cursor: number | string) => `task.elapseditem.getlist?${phpQuery([{ ID: 'asc' }, { '>ID': cursor }, ['ID'], NAV]).join('&')}`
    const answer = result<{ result: Record<string, Row[]>, result_total: Record<string, number> }>(call(sessionFor(ADMIN), 'batch', {
      cmd: { e0: row(start), e1: row('$result[e0][49][ID]'), e2: row('$result[e1][49][ID]') },
    }))
    expect(answer.result.e0!.map(item => Number(item.ID))).toEqual(ids.slice(-60, -10))
    expect(answer.result.e1!.map(item => Number(item.ID))).toEqual(ids.slice(-10))
    expect(answer.result_total.e0).toBe(60)
    // e1 held 10 rows, so `$result[e1][49][ID]` fell back to the whole page
    // (`CRestUtil::processBatchElement`): e2 ran with a meaningless filter, its rows are no
    // continuation, and the app never reads them (src/api/timesheet.ts).
    expect(Object.keys(answer.result)).toContain('e2')
  })
})
