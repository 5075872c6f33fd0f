/**
 * The matched rows of recent `getlist` queries, per session data set: a batch of 50 pages asks the
 * same query 50 times with another offset, and filtering and sorting 50,000 rows once instead of 50
 * times keeps the emulator's answer far below the app's own work. Entries are immutable and every
 * write bumps the data set's version, so a cached list is exact until the next write.
 */
import type { EntryStore } from '../../data/data-set'
import type { DemoEntry } from '../../data/entries'

/** Queries remembered per data set (a page load asks a handful). */
const CAPACITY = 8

interface Cached {
  version: number
  queries: Map<string, readonly Readonly<DemoEntry>[]>
}

const CACHES = new WeakMap<EntryStore, Cached>()

/**
 * The rows of `key` for this data set's current version, computed by `match` on a miss.
 *
 * @example
 * cachedMatches(session.entries, JSON.stringify([taskId, filter, order]), () => matchEntries(...))
 */
export function cachedMatches(store: EntryStore, key: string, match: () => readonly Readonly<DemoEntry>[]): readonly Readonly<DemoEntry>[] {
  let cached = CACHES.get(store)
  if (!cached || cached.version !== store.version) {
    cached = { version: store.version, queries: new Map() }
    CACHES.set(store, cached)
  }
  const hit = cached.queries.get(key)
  if (hit) {
    // Most recently used last, so the oldest query is the one evicted.
    cached.queries.delete(key)
    cached.queries.set(key, hit)
    return hit
  }
  const rows = match()
  cached.queries.set(key, rows)
  if (cached.queries.size > CAPACITY)
    cached.queries.delete(cached.queries.keys().next().value!)
  return rows
}
