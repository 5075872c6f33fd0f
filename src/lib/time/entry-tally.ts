/**
 * Totals kept up to date by deltas: an entry added or removed changes the sum, the count and its
 * author's and its day's totals by its own seconds, so a batch of 2,500 costs 2,500 steps, not a
 * pass over the 50,000 entries already in (README "Performance"). The sorted lists read from a
 * tally equal `totalsByUser` / `totalsByDay` / `sumSeconds` over the same entries
 * (tests/lib/time/entry-tally.test.ts holds them to that for any sequence of adds and removes).
 */
import type { TimedRecord, Total } from './aggregate'
import type { DayKey } from './zone'
import { byDayTotals, byUserTotals } from './aggregate'

export interface EntryTally {
  seconds: number
  count: number
  readonly byUser: Map<number, Total<number>>
  readonly byDay: Map<DayKey, Total<DayKey>>
}

/**
 * A tally of nothing.
 *
 * @example
 * emptyTally().count // 0
 */
export function emptyTally(): EntryTally {
  return { seconds: 0, count: 0, byUser: new Map(), byDay: new Map() }
}

function bump<K>(totals: Map<K, Total<K>>, key: K, seconds: number, count: number): void {
  const total = totals.get(key)
  if (!total) {
    totals.set(key, { key, seconds, count })
    return
  }
  total.seconds += seconds
  total.count += count
  // An empty group disappears, as it would from a tally made from scratch.
  if (total.count === 0)
    totals.delete(key)
}

/**
 * Counts `record` in (`sign` 1) or out (`sign` -1). Removing a record that was never added is the
 * caller's bug; the tally does not check.
 *
 * @example
 * tallyStep(tally, entry, 1)
 */
export function tallyStep(tally: EntryTally, record: TimedRecord, sign: 1 | -1): void {
  const seconds = sign * record.seconds
  tally.seconds += seconds
  tally.count += sign
  bump(tally.byUser, record.userId, seconds, sign)
  bump(tally.byDay, record.day, seconds, sign)
}

/**
 * A tally of `records` from scratch.
 *
 * @example
 * tallyOf(entries).seconds // sumSeconds(entries)
 */
export function tallyOf(records: Iterable<TimedRecord>): EntryTally {
  const tally = emptyTally()
  for (const record of records) tallyStep(tally, record, 1)
  return tally
}

/**
 * Per-author totals, largest first (ties by user id), as `totalsByUser` orders them. Copies, so a
 * later step does not change a list already handed out.
 *
 * @example
 * tallyByUser(tally)[0] // { key: 5, seconds: 7200, count: 3 }
 */
export function tallyByUser(tally: EntryTally): Total<number>[] {
  return byUserTotals([...tally.byUser.values()].map(total => ({ ...total })))
}

/**
 * Per-day totals, newest day first, as `totalsByDay` orders them.
 *
 * @example
 * tallyByDay(tally)[0] // { key: '2024-05-16', seconds: 3600, count: 1 }
 */
export function tallyByDay(tally: EntryTally): Total<DayKey>[] {
  return byDayTotals([...tally.byDay.values()].map(total => ({ ...total })))
}
