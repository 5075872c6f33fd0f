/**
 * The timesheet plan on the emulator's wire format: commands written as batch rows the way the SDK
 * writes them (positional values as `0[ID]=asc&1[>ID]=…`), decoded by the emulator's `parse_str`,
 * references resolved by its `processBatchElement`. The expected entries are computed from the
 * demo data and the access rules, not from the code under test.
 */
import type { BatchCommand, BatchOutcome, RestClient } from '@/api/client'
import type { TimesheetQuery } from '@/api/timesheet'
import { describe, expect, it } from 'vitest'
import { createApiError } from '@/api/errors'
import { advanceTimesheet, createTimesheetApi, initialTimesheetState, planTimesheetBatch } from '@/api/timesheet'
import { periodInstants } from '@/lib/time/period'
import { addDays } from '@/lib/time/range'
import { dayKey } from '@/lib/time/zone'
import { BASE_ENTRIES } from '../../emulator/data/entries'
import { TASKS } from '../../emulator/data/tasks'
import { canReadTask } from '../../emulator/rest/access'
import { ADMIN, call, OUTSIDER, sessionFor } from '../emulator/helpers'

/** `qs.stringify` with brackets, as the SDK encodes a batch row. */
function phpQuery(value: unknown, prefix = ''): string[] {
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => phpQuery(item, prefix === '' ? key : `${prefix}[${key}]`))
  return [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`]
}

function emulatorClient(userId: number): RestClient & { requests: number } {
  const session = sessionFor(userId)
  const client = {
    requests: 0,
    async call(): Promise<never> {
      throw new Error('the timesheet only batches')
    },
    async batch(commands: Readonly<Record<string, BatchCommand>>) {
      client.requests++
      const cmd = Object.fromEntries(Object.entries(commands).map(([key, { method, params }]) => [key, `${method}?${phpQuery(params ?? {}).join('&')}`]))
      const reply = call(session, 'batch', { cmd })
      if (!reply.ok)
        throw new Error(reply.error.message)
      const { result, result_error: errors, result_total: totals } = reply.outcome.result as Record<string, Record<string, unknown>>
      const outcomes: Record<string, BatchOutcome> = {}
      for (const key of Object.keys(commands)) {
        const error = (errors as Record<string, { error: string }> | undefined)?.[key]
        outcomes[key] = error
          ? { ok: false, error: createApiError({ code: 'UNKNOWN', status: 400, detail: error.error }) }
          : { ok: true, value: { result: result?.[key], total: Number(totals?.[key] ?? 0) || null } }
      }
      return outcomes
    },
  }
  return client
}

const lastDay = dayKey(new Date(Math.max(...BASE_ENTRIES.map(entry => entry.createdDate))), 'Europe/Moscow')
const QUERY: TimesheetQuery = { period: { from: addDays(lastDay, -30), to: lastDay }, timeZone: 'Europe/Moscow', userIds: null }

describe('on the emulator', () => {
  it.each([ADMIN, OUTSIDER])('user %i gets every entry of the period on the tasks they may see, each once', async (userId) => {
    const rest = emulatorClient(userId)
    const api = createTimesheetApi(rest)
    let state = initialTimesheetState(QUERY)
    const ids: number[] = []
    const taskIds = new Set<number>()
    for (let plan = planTimesheetBatch(state); plan; plan = planTimesheetBatch(state)) {
      const arrival = await api.fetchBatch(QUERY, plan, state.remaining)
      expect(arrival.entriesError).toBeNull()
      expect(arrival.unreadableEntries).toBe(0)
      ids.push(...arrival.entries.map(entry => entry.id))
      arrival.tasks.forEach(task => taskIds.add(task.id))
      state = advanceTimesheet(state, plan, arrival)
      expect(rest.requests).toBeLessThan(100)
    }
    const { start, end } = periodInstants(QUERY.period, QUERY.timeZone)
    const readable = new Set(TASKS.filter(task => canReadTask(task, userId)).map(task => task.id))
    const expected = BASE_ENTRIES
      .filter(entry => readable.has(entry.taskId) && entry.createdDate >= start.getTime() && entry.createdDate < end.getTime())
      .map(entry => entry.id)
      .sort((a, b) => a - b)
    expect(expected.length).toBeGreaterThan(0)
    expect(ids).toEqual(expected)
    expect(taskIds).toEqual(new Set(BASE_ENTRIES.filter(entry => expected.includes(entry.id)).map(entry => entry.taskId)))
  })
})
