/**
 * Aggregation over a 5,000-entry task: what every filter, grouping or format change recomputes.
 */
import type { TimedRecord } from '@/lib/time/aggregate'
import { bench, describe } from 'vitest'
import { filterEntries, groupRows, totalsByDay, totalsByUser } from '@/lib/time/aggregate'
import { dayKey } from '@/lib/time/zone'

const start = Date.parse('2024-05-31T18:00:00Z')
const dates = Array.from({ length: 5000 }, (_, index) => new Date(start - index * 3_600_000))
const entries: TimedRecord[] = dates.map((date, index) => ({ id: index + 1, userId: 1 + (index % 8), seconds: 600 + (index % 7) * 300, day: dayKey(date, 'Europe/Moscow') }))

describe('5,000 entries', () => {
  bench('day keys in a zone', () => {
    for (const date of dates) dayKey(date, 'Europe/Moscow')
  })
  bench('filter by two users and a month', () => {
    filterEntries(entries, { userIds: [2, 5], from: '2024-05-01', to: '2024-05-31' })
  })
  bench('totals per user and per day', () => {
    totalsByUser(entries)
    totalsByDay(entries)
  })
  bench('group rows by day', () => {
    groupRows(entries, 'day')
  })
})
