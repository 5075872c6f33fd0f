/**
 * The demo data moves with "today" (emulator/data/clock.ts), so a newcomer who opens the big demo
 * tasks on any day finds entries for every date preset of the list: today, yesterday, this and last
 * week, this and last month, this quarter. Checked for "nows" that make it hard: a Monday (this week
 * is one day old), the 1st of a month and of a quarter, just after midnight, before 09:00.
 * Nothing lies in the future, and the counts stay what the other tests pin.
 */
import type { DemoEntry } from '../../emulator/data/entries'
import process from 'node:process'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ALL_PERIOD_PRESETS, daysOf, presetPeriod } from '@/lib/time/period'
import { dayKey } from '@/lib/time/zone'

const SERVER_ZONE = 'Europe/Moscow'
const PINNED = process.env.EMULATOR_NOW

afterEach(() => {
  process.env.EMULATOR_NOW = PINNED
  vi.resetModules()
})

async function entriesAt(now: string): Promise<readonly Readonly<DemoEntry>[]> {
  vi.resetModules()
  process.env.EMULATOR_NOW = now
  return (await import('../../emulator/data/entries')).BASE_ENTRIES
}

const NOWS = [
  '2026-03-16T12:00:00+03:00', // the pinned test clock, a Monday
  '2026-04-01T00:30:00+03:00', // first day of a quarter, half an hour old
  '2026-06-01T08:00:00+03:00', // a Monday and the 1st, before the working day starts
  '2027-01-01T00:05:00+03:00', // new year, five minutes in
  '2026-12-06T11:59:00+03:00', // a Sunday morning
]

describe.each(NOWS)('demo data at %s', (now) => {
  it('has entries of tasks 104 and 107 for every preset, none in the future, the counts kept', async () => {
    const entries = await entriesAt(now)
    const instant = new Date(now)
    for (const taskId of [104, 107]) {
      const days = new Set(entries.filter(entry => entry.taskId === taskId).map(entry => dayKey(new Date(entry.createdDate), SERVER_ZONE)))
      for (const preset of ALL_PERIOD_PRESETS) {
        const period = presetPeriod(preset, instant, SERVER_ZONE)
        expect(daysOf(period).some(day => days.has(day)), `task ${taskId}, ${preset} ${period.from}..${period.to}`).toBe(true)
      }
    }
    const future = entries.filter(entry => entry.createdDate > instant.getTime() || (entry.dateStop ?? 0) > instant.getTime())
    expect(future.map(entry => entry.id)).toEqual([])
    const count = (taskId: number) => entries.filter(entry => entry.taskId === taskId).length
    expect([101, 103, 104, 105, 107].map(count)).toEqual([3, 60, 5000, 4, 50_000])
  })
})
