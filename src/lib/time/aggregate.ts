/**
 * Filtering, totals and grouping of time entries, computed over every loaded entry. Works on any
 * record with a user, a duration and a day key, so it stays independent of the REST shapes.
 */
import type { DayRange } from './range'
import type { DayKey } from './zone'
import { inRange } from './range'

export interface TimedRecord {
  id: number
  userId: number
  seconds: number
  /** The entry's calendar day in the viewer's zone. */
  day: DayKey
}

export interface EntryFilter extends DayRange {
  /** Only these authors; empty = everybody. */
  userIds: readonly number[]
}

export type Grouping = 'none' | 'user' | 'day'

export const GROUPINGS: readonly Grouping[] = ['none', 'user', 'day']

export interface Total<K> {
  key: K
  seconds: number
  count: number
}

export type ListRow<T>
  = | { kind: 'group', grouping: 'user' | 'day', key: number | DayKey, seconds: number, count: number }
    | { kind: 'entry', entry: T }

/**
 * Entries passing the filter, order kept.
 *
 * @example
 * filterEntries(entries, { userIds: [5], from: '2024-05-13', to: null })
 */
export function filterEntries<T extends TimedRecord>(entries: readonly T[], filter: EntryFilter): T[] {
  const users = filter.userIds.length > 0 ? new Set(filter.userIds) : null
  const ranged = filter.from !== null || filter.to !== null
  if (!users && !ranged)
    return entries.slice()
  return entries.filter(entry => (!users || users.has(entry.userId)) && (!ranged || inRange(entry.day, filter)))
}

/**
 * Sum of seconds.
 *
 * @example
 * sumSeconds([{ seconds: 60 }, { seconds: 30 }]) // 90
 */
export function sumSeconds(entries: ReadonlyArray<{ seconds: number }>): number {
  let total = 0
  for (const entry of entries) total += entry.seconds
  return total
}

function totalsBy<T extends TimedRecord, K>(entries: readonly T[], keyOf: (entry: T) => K): Map<K, Total<K>> {
  const totals = new Map<K, Total<K>>()
  for (const entry of entries) {
    const key = keyOf(entry)
    const total = totals.get(key)
    if (total) {
      total.seconds += entry.seconds
      total.count++
    }
    else {
      totals.set(key, { key, seconds: entry.seconds, count: 1 })
    }
  }
  return totals
}

/**
 * Totals per author, largest first (ties by user id).
 *
 * @example
 * totalsByUser(entries)[0] // { key: 5, seconds: 7200, count: 3 }
 */
export function totalsByUser<T extends TimedRecord>(entries: readonly T[]): Total<number>[] {
  return byUserTotals([...totalsBy(entries, entry => entry.userId).values()])
}

/**
 * Sorts per-author totals in place the way the breakdown lists them: largest first, ties by id.
 *
 * @example
 * byUserTotals([{ key: 2, seconds: 60, count: 1 }, { key: 1, seconds: 90, count: 1 }])[0].key // 1
 */
export function byUserTotals(totals: Total<number>[]): Total<number>[] {
  return totals.sort((a, b) => b.seconds - a.seconds || a.key - b.key)
}

/**
 * Sorts per-day totals in place, newest day first.
 *
 * @example
 * byDayTotals([{ key: '2024-05-01', seconds: 60, count: 1 }, { key: '2024-05-02', seconds: 60, count: 1 }])[0].key // '2024-05-02'
 */
export function byDayTotals(totals: Total<DayKey>[]): Total<DayKey>[] {
  return totals.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0))
}

/**
 * Totals per day, newest day first.
 *
 * @example
 * totalsByDay(entries)[0] // { key: '2024-05-16', seconds: 3600, count: 1 }
 */
export function totalsByDay<T extends TimedRecord>(entries: readonly T[]): Total<DayKey>[] {
  return byDayTotals([...totalsBy(entries, entry => entry.day).values()])
}

/**
 * Flattens entries into list rows, with a header row (and its subtotal) before each group. Entry
 * order inside a group is the input order; groups follow `totalsByUser` / `totalsByDay` order.
 *
 * @example
 * groupRows(entries, 'day') // [{ kind: 'group', key: '2024-05-16', … }, { kind: 'entry', … }, …]
 */
export function groupRows<T extends TimedRecord>(entries: readonly T[], grouping: Grouping): ListRow<T>[] {
  if (grouping === 'none')
    return entries.map(entry => ({ kind: 'entry', entry }))
  const keyOf = grouping === 'user' ? (entry: T) => entry.userId : (entry: T) => entry.day
  const members = new Map<number | DayKey, T[]>()
  for (const entry of entries) {
    const key = keyOf(entry)
    const list = members.get(key)
    if (list)
      list.push(entry)
    else
      members.set(key, [entry])
  }
  const order = grouping === 'user' ? totalsByUser(entries) : totalsByDay(entries)
  const rows: ListRow<T>[] = []
  for (const total of order) {
    rows.push({ kind: 'group', grouping, key: total.key, seconds: total.seconds, count: total.count })
    for (const entry of members.get(total.key) ?? []) rows.push({ kind: 'entry', entry })
  }
  return rows
}
