/**
 * dayKeyReader answers from the zone's offset at UTC day boundaries instead of asking Intl per
 * entry; for every instant and zone it must give exactly `dayKey`'s day, DST changes, half-hour
 * and 45-minute zones, skipped days and the fixed-offset zones the portal falls back to included.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dayKey, dayKeyReader } from '@/lib/time/zone'

const ZONES = [
  'UTC',
  'Etc/GMT-3',
  'Etc/GMT+12',
  'Etc/GMT-14',
  'Europe/Moscow',
  'America/New_York',
  'America/Sao_Paulo',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'Pacific/Apia',
  'Africa/Casablanca',
  'America/St_Johns',
]

describe('dayKeyReader', () => {
  it('equals dayKey for any instants in any zone, in any order', () => {
    fc.assert(fc.property(
      fc.constantFrom(...ZONES),
      // Years 1890–2110: LMT offsets with seconds, every DST rule, Apia's skipped 30 December 2011.
      fc.array(fc.integer({ min: Date.UTC(1890, 0, 1), max: Date.UTC(2110, 0, 1) }), { minLength: 1, maxLength: 60 }),
      (zone, times) => {
        const dayOf = dayKeyReader(zone)
        for (const time of times)
          expect(dayOf(new Date(time))).toBe(dayKey(new Date(time), zone))
      },
    ), { numRuns: 200 })
  })

  it('equals dayKey around every hour of days with a change', () => {
    // Whole days around DST changes and Apia's skipped day, hour by hour and near midnight.
    const days = [Date.UTC(2024, 2, 10), Date.UTC(2024, 2, 31), Date.UTC(2024, 9, 27), Date.UTC(2024, 3, 7), Date.UTC(2011, 11, 29), Date.UTC(2011, 11, 30), Date.UTC(2024, 3, 14)]
    for (const zone of ZONES) {
      const dayOf = dayKeyReader(zone)
      for (const day of days) {
        for (let minute = -90; minute <= 49 * 60; minute += 15) {
          const at = new Date(day + minute * 60_000)
          expect(dayOf(at), `${zone} ${at.toISOString()}`).toBe(dayKey(at, zone))
        }
      }
    }
  })

  it('shares one key string per day', () => {
    const dayOf = dayKeyReader('Europe/Moscow')
    const morning = dayOf(new Date('2024-05-16T06:00:00Z'))
    const evening = dayOf(new Date('2024-05-16T19:00:00Z'))
    expect(morning).toBe('2024-05-16')
    expect(evening).toBe(morning)
  })

  it('answers an invalid date as dayKey does', () => {
    expect(() => dayKeyReader('UTC')(new Date(Number.NaN))).toThrow()
    expect(() => dayKey(new Date(Number.NaN), 'UTC')).toThrow()
  })
})
