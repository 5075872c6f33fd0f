/**
 * The doctor over the emulator's PHP-written templates (emulator/data/templates.json) at the demo
 * clock, Monday 16.03.2026 12:00 server time (UTC+03:00), for a viewer at UTC+01:00: one verdict per
 * template, as the e2e table shows them, without a browser.
 */
import type { User } from '@/api/users'
import { describe, expect, it } from 'vitest'
import { mapTemplate } from '@/api/templates'
import { doctorView } from '@/features/task-template/doctor'
import { TEMPLATES } from '../../../emulator/data/templates'
import { USERS } from '../../../emulator/data/users'

const DEMO_NOW = Date.UTC(2026, 2, 16, 9)
const people = new Map<number, User>(USERS.filter(user => !user.deleted).map(user => [user.id, { id: user.id, name: `${user.name} ${user.lastName}`, photoUrl: null, position: null, active: user.active }]))

function view(id: number, viewerOffset = 60) {
  const row = TEMPLATES.get(id)!
  return doctorView(mapTemplate({ ...row.columns, ...row.userFields }, '+03:00'), people, 'success', DEMO_NOW, viewerOffset)
}

describe('doctorView over the demo templates', () => {
  it.each([
    [139, 'healthy'],
    [140, 'healthy'],
    [141, 'healthy'],
    [142, 'healthy'],
    [143, 'healthy'],
    [144, 'healthy'],
    [145, 'healthy'],
    [146, 'healthy'],
    [147, 'unreadable'],
    [148, 'stopped'],
    [151, 'healthy'],
    [153, 'stopped'],
    [154, 'finished'],
    [155, 'finished'],
    [156, 'overdue'],
    [157, 'healthy'],
    [158, 'inconsistent'],
    [159, 'finished'],
  ])('template %i is %s', (id, kind) => {
    expect(view(id).diagnosis.verdict.kind).toBe(kind)
  })

  it('names the server zone and the viewer\'s when they differ, and nothing when they agree', () => {
    expect(view(139).clocks).toEqual([{ owner: 'server', offset: '+03:00', minutes: 660 }, { owner: 'viewer', offset: '+01:00', minutes: 540 }])
    expect(view(139, 180).clocks).toEqual([{ owner: 'server', offset: '+03:00', minutes: 660 }])
  })

  it('shows a creator 5 h ahead of the server in her own zone, the server\'s and the viewer\'s', () => {
    expect(view(157).clocks).toEqual([
      { owner: 'creator', offset: '+08:00', minutes: 600 },
      { owner: 'server', offset: '+03:00', minutes: 300 },
      { owner: 'viewer', offset: '+01:00', minutes: 180 },
    ])
  })

  it('lists up to 50 runs and marks those PHP rolled over (the 31st)', () => {
    const { runs } = view(143)
    expect(runs).toHaveLength(50)
    expect(runs.slice(0, 3).map(row => [row.run.day, row.run.month, row.rolledFrom])).toEqual([[31, 3, null], [1, 5, 31], [31, 5, null]])
  })
})
