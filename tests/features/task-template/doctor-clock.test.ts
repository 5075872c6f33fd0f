/**
 * `npm start` runs the emulator on the machine's clock and moves the daily and weekly demo templates
 * (without slashed dates) by whole weeks towards it (emulator/data/template-dates.ts): whatever the day, each of them must
 * get the verdict it has at the demo clock, so the demo never turns "overdue" just because time
 * passed (template 139 in particular).
 */
import type { User } from '@/api/users'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mapTemplate } from '@/api/templates'
import { doctorView } from '@/features/task-template/doctor'
import { DAY_MS, DEMO_NOW } from '../../../emulator/data/clock'
import { demoShiftDays, isShiftable, shiftTemplateColumns } from '../../../emulator/data/template-dates'
import { TEMPLATES } from '../../../emulator/data/templates'
import { USERS } from '../../../emulator/data/users'

const people = new Map<number, User>(USERS.filter(user => !user.deleted).map(user => [user.id, { id: user.id, name: `${user.name} ${user.lastName}`, photoUrl: null, position: null, active: user.active }]))

function verdictAt(id: number, nowMs: number): string {
  const row = TEMPLATES.get(id)!
  const columns = shiftTemplateColumns(row.columns, demoShiftDays(nowMs))
  return doctorView(mapTemplate({ ...columns, ...row.userFields }, '+03:00'), people, 'success', nowMs, 60).diagnosis.verdict.kind
}

const SHIFTABLE = [...TEMPLATES.keys()].filter(id => isShiftable(TEMPLATES.get(id)!.columns.REPLICATE_PARAMS ?? null))

describe('demo templates under a moving clock', () => {
  it('covers the flagship and the doctor table', () => {
    expect(SHIFTABLE).toEqual(expect.arrayContaining([139, 140, 153, 154, 155, 156, 157, 158]))
  })

  it.each(SHIFTABLE)('template %i keeps its demo-clock verdict on any day of the next three years', (id) => {
    const atDemo = verdictAt(id, DEMO_NOW)
    fc.assert(fc.property(fc.integer({ min: 0, max: 3 * 365 * DAY_MS }), (offset) => {
      expect(verdictAt(id, DEMO_NOW + offset)).toBe(atDemo)
    }), { numRuns: 60 })
  })

  it('shows template 139 healthy today', () => {
    expect(verdictAt(139, Date.UTC(2026, 11, 6, 21, 0))).toBe('healthy')
  })
})
