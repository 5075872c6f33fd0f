import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseReportQuery, parseWeekQuery, reportPeriod, reportQuery, weekOf, weekQuery } from '@/lib/timesheet/route-query'

describe('week links', () => {
  it('reads a week and a person, and says what it ignored', () => {
    expect(parseWeekQuery({ week: '2026-12-09', user: '102' })).toEqual({ week: '2026-12-09', userId: 102, invalid: [] })
    expect(parseWeekQuery({ week: '2026-02-30', user: 'x' })).toEqual({ week: null, userId: null, invalid: ['week', 'user'] })
    expect(weekOf(parseWeekQuery({ week: '2026-12-09' }), '2026-01-01')).toEqual({ from: '2026-12-07', to: '2026-12-13' })
    expect(weekOf(parseWeekQuery({}), '2026-12-13')).toEqual({ from: '2026-12-07', to: '2026-12-13' })
  })

  it('round-trips', () => {
    fc.assert(fc.property(fc.option(fc.integer({ min: 0, max: 3000 }).map(days => new Date(Date.UTC(2025, 0, 1 + days)).toISOString().slice(0, 10))), fc.option(fc.integer({ min: 1, max: 1e6 })), (week, userId) => {
      expect(parseWeekQuery(weekQuery({ week, userId }))).toEqual({ week, userId, invalid: [] })
    }))
  })
})

describe('report links', () => {
  it('reads every part', () => {
    expect(parseReportQuery({ period: 'custom', from: '2026-03-01', to: '2026-03-31', people: '1,2', project: '7', group: 'task' }))
      .toEqual({ period: 'custom', from: '2026-03-01', to: '2026-03-31', people: [1, 2], project: 7, group: 'task', invalid: [] })
    expect(parseReportQuery({ period: 'yesterday', people: '1,x', group: 'day' }))
      .toEqual({ period: 'this-month', from: null, to: null, people: [], project: null, group: 'person', invalid: ['period', 'people', 'group'] })
  })

  it('round-trips', () => {
    fc.assert(fc.property(
      fc.constantFrom('this-week', 'last-week', 'this-month', 'last-month', 'this-quarter', 'custom' as const),
      fc.uniqueArray(fc.integer({ min: 1, max: 1e6 }), { maxLength: 5 }),
      fc.option(fc.integer({ min: 1, max: 1e6 })),
      fc.constantFrom('person', 'project', 'task' as const),
      (period, people, project, group) => {
        const value = { period, from: period === 'custom' ? '2026-03-01' : null, to: period === 'custom' ? '2026-03-31' : null, people, project, group }
        expect(parseReportQuery(reportQuery(value))).toEqual({ ...value, invalid: [] })
      },
    ))
  })

  it('resolves presets in the zone and refuses a reversed range with a typed error', () => {
    const now = new Date('2026-03-31T20:00:00Z')
    expect(reportPeriod({ period: 'this-month', from: null, to: null }, now, 'Pacific/Kiritimati')).toEqual({ ok: true, period: { from: '2026-04-01', to: '2026-04-30' } })
    const reversed = reportPeriod({ period: 'custom', from: '2026-03-20', to: '2026-03-01' }, now, 'UTC')
    expect(reversed.ok === false && reversed.error.code).toBe('REVERSED')
    const missing = reportPeriod({ period: 'custom', from: null, to: null }, now, 'UTC')
    expect(missing.ok === false && missing.error.code).toBe('INVALID_DAY')
  })
})
