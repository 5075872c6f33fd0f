/** "My week" in one batch: `user.current` first, the entry pages filtered by its ID through a batch reference. */
import type { TimesheetQuery } from '@/api/timesheet'
import { describe, expect, it } from 'vitest'
import { createTimesheetApi, initialTimesheetState, planTimesheetBatch, timesheetBatchCommands } from '@/api/timesheet'
import { createEmulatorRest } from '../helpers/emulator-rest'

const ME: TimesheetQuery = { period: { from: '2026-03-08', to: '2026-03-16' }, timeZone: 'UTC', userIds: 'me' }

describe('a plan with user.current', () => {
  it('puts `me` first and refers the USER_ID filter to its ID, within 50 commands', () => {
    const plan = planTimesheetBatch(initialTimesheetState(), { withMe: true, firstBatchPages: 60 })!
    const commands = timesheetBatchCommands(ME, plan)
    expect(Object.keys(commands)[0]).toBe('me')
    expect(Object.keys(commands)).toHaveLength(50)
    expect((commands.e0!.params as unknown[])[1]).toMatchObject({ USER_ID: '$result[me][ID]' })
  })

  it('refuses a `me` query without user.current in the batch', () => {
    expect(() => timesheetBatchCommands(ME, { cursor: 0, entryPages: 1, taskChunks: [], userChunks: [] })).toThrow(RangeError)
  })

  it('reads the caller and only their entries on the emulator', async () => {
    const { rest, session } = createEmulatorRest({ userId: 103 })
    const plan = planTimesheetBatch(initialTimesheetState(), { withMe: true })!
    const arrival = await createTimesheetApi(rest).fetchBatch(ME, plan, null)
    expect(arrival.me?.id).toBe(103)
    expect(arrival.entriesError).toBeNull()
    expect(arrival.entries.length).toBeGreaterThan(0)
    expect(arrival.entries.every(entry => entry.userId === 103)).toBe(true)
    expect(session.log).toHaveLength(1)
  })

  it('reads no page when user.current failed (the filter held an unresolved reference)', async () => {
    const { rest } = createEmulatorRest({ userId: 103, mangle: (method, _params, answer) => method === 'user.current' ? { ...answer, result: 'nobody' } : answer })
    const plan = planTimesheetBatch(initialTimesheetState(), { withMe: true })!
    const arrival = await createTimesheetApi(rest).fetchBatch(ME, plan, null)
    expect(arrival.me).toBeNull()
    expect(arrival.entries).toEqual([])
    expect(arrival.entriesError?.code).toBe('MALFORMED_RESPONSE')
  })
})
