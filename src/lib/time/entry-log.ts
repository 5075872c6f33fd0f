/**
 * The entries of one list query as they arrive page by page, and what can honestly be said about
 * them: entries by id, the keyset cursor (the lowest `ID` seen: pages run newest id first, and the
 * next asks `FILTER {'<ID': cursor}`),
 * how many rows the server sent against its own `total`, duplicates and unreadable rows counted,
 * and the running sum of seconds. Pure and immutable: every append returns a new log, so a
 * reactive holder can replace it whole.
 *
 * Bounded by what arrives: nothing here is sized by `total`, so a bogus `total` (2e9) costs nothing.
 */

export interface LoggedEntry {
  readonly id: number
  readonly seconds: number
}

/** One page of a list answer, already mapped row by row. */
export interface LogPage<T extends LoggedEntry> {
  /** Rows that could be read. */
  entries: readonly T[]
  /** Rows the server sent but that could not be read (skipped, counted). */
  unreadable: number
  /** Every row the server sent on this page, readable or not. */
  received: number
  /** The lowest row `ID` on the page (readable or not), null when none had a usable id. */
  lastId: number | null
  /**
   * The server's `total` for this page's query; null when the answer carried none. A keyset page
   * asks for `ID < cursor`, so its total counts the rows from the cursor on, this page included.
   */
  total: number | null
}

export interface EntryLog<T extends LoggedEntry> {
  readonly byId: ReadonlyMap<number, T>
  /** Keyset cursor: the lowest `ID` received so far (0 before the first page). */
  readonly cursor: number
  /** Rows the server sent, duplicates and unreadable rows included. */
  readonly received: number
  readonly duplicates: number
  readonly unreadable: number
  /**
   * How many rows the server says the whole query has: the rows received before the latest page
   * plus that page's own `total`. Null while the server said nothing; never guessed.
   */
  readonly total: number | null
  /** Sum of `seconds` over `byId`. */
  readonly seconds: number
  /** A short or empty page arrived, or the server's total was met: nothing more to ask for. */
  readonly exhausted: boolean
}

/** What the log may claim about the query's rows. */
export type LogVerdict
  = | { kind: 'complete' }
    | { kind: 'loading' }
    /** Ended, but what arrived does not add up: show "Loaded X of Y" and offer a reload. */
    | { kind: 'partial', loaded: number, total: number | null }

/**
 * An empty log.
 *
 * @example
 * emptyLog().byId.size // 0
 */
export function emptyLog<T extends LoggedEntry>(): EntryLog<T> {
  return { byId: new Map(), cursor: 0, received: 0, duplicates: 0, unreadable: 0, total: null, seconds: 0, exhausted: false }
}

/**
 * Adds pages in order. A page with fewer rows than `pageSize` ends the list; so does meeting the
 * server's `total` exactly. A row whose id is already logged is counted as a duplicate and the
 * first copy kept. A full page whose ids do not pass the cursor ends the list too (keyset paging
 * could not get past it).
 *
 * @example
 * appendPages(emptyLog(), [{ entries: [{ id: 1, seconds: 60 }], unreadable: 0, received: 1, lastId: 1, total: 1 }], 50).exhausted // true
 */
export function appendPages<T extends LoggedEntry>(log: EntryLog<T>, pages: readonly LogPage<T>[], pageSize: number): EntryLog<T> {
  if (pages.length === 0 || log.exhausted)
    return log
  return appendInto(new Map(log.byId), log, pages, pageSize, null)
}

/**
 * `appendPages` for a caller that owns `log` and gives it up: the pages go into `log.byId` itself
 * instead of a copy (copying 50,000 entries per batch is a long task at 4× CPU), and the entries
 * they added (first copies, in page order) come back with the new log. `log` must not be read
 * afterwards; its `byId` now belongs to the returned log. Equal to `appendPages` otherwise
 * (tests/lib/time/entry-log.test.ts).
 *
 * @example
 * const { log: next, added } = appendPagesInPlace(log, pages, 50)
 */
export function appendPagesInPlace<T extends LoggedEntry>(log: EntryLog<T>, pages: readonly LogPage<T>[], pageSize: number): { log: EntryLog<T>, added: T[] } {
  const added: T[] = []
  if (pages.length === 0 || log.exhausted)
    return { log, added }
  return { log: appendInto(log.byId as Map<number, T>, log, pages, pageSize, added), added }
}

/** The keyset position of a log: what the next request asks for, without the entries. */
export type LogPosition = Pick<EntryLog<LoggedEntry>, 'cursor' | 'received' | 'total' | 'exhausted'>

/** One page's effect on the position (shared by `appendInto` and `positionAfter`). */
function advance(position: { cursor: number, received: number, total: number | null, exhausted: boolean }, page: LogPage<LoggedEntry>, pageSize: number): void {
  if (page.total !== null)
    position.total = position.received + page.total
  position.received += page.received
  // A full page that does not move the cursor down cannot be paged past: stop, never loop.
  const before = position.cursor
  if (page.lastId !== null && page.lastId > 0 && (before === 0 || page.lastId < before))
    position.cursor = page.lastId
  const advanced = position.cursor !== before
  position.exhausted = page.received < pageSize || (position.total !== null && position.received === position.total) || !advanced
}

/**
 * Where the log will stand once `pages` are appended, without appending them: the next request
 * can leave while these pages are still being published. Equal to the position `appendPages`
 * gives (tests/lib/time/entry-log.test.ts).
 *
 * @example
 * positionAfter(emptyLog(), [{ entries: [], unreadable: 0, received: 50, lastId: 80, total: 120 }], 50) // { cursor: 80, received: 50, total: 120, exhausted: false }
 */
export function positionAfter(log: LogPosition, pages: readonly LogPage<LoggedEntry>[], pageSize: number): LogPosition {
  const position = { cursor: log.cursor, received: log.received, total: log.total, exhausted: log.exhausted }
  for (const page of pages) {
    if (position.exhausted)
      break
    advance(position, page, pageSize)
  }
  return position
}

function appendInto<T extends LoggedEntry>(byId: Map<number, T>, log: EntryLog<T>, pages: readonly LogPage<T>[], pageSize: number, added: T[] | null): EntryLog<T> {
  let { duplicates, unreadable, seconds } = log
  const position = { cursor: log.cursor, received: log.received, total: log.total, exhausted: log.exhausted }
  for (const page of pages) {
    if (position.exhausted)
      break
    for (const entry of page.entries) {
      if (byId.has(entry.id)) {
        duplicates++
        continue
      }
      byId.set(entry.id, entry)
      added?.push(entry)
      seconds += entry.seconds
    }
    unreadable += page.unreadable
    advance(position, page, pageSize)
  }
  return { byId, ...position, duplicates, unreadable, seconds }
}

/**
 * How many pages the next request should ask for: the rest the server's `total` announces, at
 * least one, at most `max`. With no usable total (missing, or already exceeded) it asks for `max`;
 * the chain stops at the first short page, so the waste is bounded by one request.
 *
 * @example
 * pagesWanted({ ...emptyLog(), received: 50, total: 60 }, 50, 50) // 1
 */
export function pagesWanted(log: Pick<EntryLog<LoggedEntry>, 'received' | 'total'>, pageSize: number, max: number): number {
  if (log.total === null || log.total <= log.received)
    return max
  return Math.max(1, Math.min(max, Math.ceil((log.total - log.received) / pageSize)))
}

/**
 * Removes one entry after a confirmed delete, keeping counts consistent with the server's.
 *
 * @example
 * withoutEntry(log, 7).byId.has(7) // false
 */
export function withoutEntry<T extends LoggedEntry>(log: EntryLog<T>, id: number): EntryLog<T> {
  const entry = log.byId.get(id)
  if (!entry)
    return log
  const byId = new Map(log.byId)
  byId.delete(id)
  return {
    ...log,
    byId,
    seconds: log.seconds - entry.seconds,
    received: Math.max(0, log.received - 1),
    total: log.total === null ? null : Math.max(0, log.total - 1),
  }
}

/**
 * Adds or replaces one entry written by this client (an add counts one more row on the server).
 *
 * @example
 * withEntry(log, { id: 9, seconds: 60 }).seconds // log.seconds + 60
 */
export function withEntry<T extends LoggedEntry>(log: EntryLog<T>, entry: T): EntryLog<T> {
  const old = log.byId.get(entry.id)
  const byId = new Map(log.byId)
  byId.set(entry.id, entry)
  const added = old ? 0 : 1
  return {
    ...log,
    byId,
    // The cursor stays: an entry this client wrote is newer than every page still to come.
    seconds: log.seconds - (old?.seconds ?? 0) + entry.seconds,
    received: log.received + added,
    total: log.total === null ? null : log.total + added,
  }
}

/**
 * What may be said about the log: complete only when the list ended, every row the server
 * counted arrived, none twice and none unreadable.
 *
 * @example
 * logVerdict(emptyLog()) // { kind: 'loading' }
 */
export function logVerdict(log: EntryLog<LoggedEntry>): LogVerdict {
  if (!log.exhausted)
    return { kind: 'loading' }
  const counted = log.total === null ? log.received === 0 || log.received === log.byId.size : log.received === log.total
  if (counted && log.duplicates === 0 && log.unreadable === 0)
    return { kind: 'complete' }
  return { kind: 'partial', loaded: log.byId.size, total: log.total }
}
