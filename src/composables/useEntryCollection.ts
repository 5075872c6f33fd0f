import type { Pace } from './usePacing'
/**
 * One list of time entries loaded completely by keyset pages, whatever query feeds it (one task
 * today, a period of people for the timesheet): the entry log in a ref, its status and error, a
 * stale-reply guard, and the authors' names riding along in the same batches.
 *
 * Work is bounded by what arrives: a batch asks for the pages the server's `total` announces (at
 * most `LIST_BATCH_PAGES`), and the chain ends at the first short or empty page, whatever `total`
 * says. Memory grows with the rows received, never with `total`. The batches go back to back: the
 * next leaves once an answer is mapped, before its rows are published. Under pacing (usePacing) a
 * load gives the main thread back between its parts: the opening's rows a step after the opening,
 * a batch's pages five at a time (README "Performance": no long task while 50,000 entries arrive).
 */
import type { ApiError } from '@/api/errors'
import type { EntryPage, PagesResult, TimeEntry } from '@/api/time-entries'
import type { LoadStatus } from '@/lib/load-status'
import type { EntryLog, LogPosition } from '@/lib/time/entry-log'
import type { usePeopleStore } from '@/stores/people'
import { computed, ref, shallowRef } from 'vue'
import { ApiError as ApiErrorClass } from '@/api/errors'
import { ENTRY_PAGE_SIZE, LIST_BATCH_PAGES, nextBatch } from '@/api/time-entries-paging'
import { recordChange } from '@/lib/list-change'
import { appendPagesInPlace, emptyLog, logVerdict, pagesWanted, positionAfter, withEntry, withoutEntry } from '@/lib/time/entry-log'
import { mergeNewest, mergeNewestAt } from '@/lib/time/newest-first'
import { keepApiError } from '@/stores/api-error'
import { useRequestSequence } from './useRequestSequence'

/** Where the pages come from: the scope's query, plugged in by the store that owns the list. */
export interface EntryPager {
  /** One batch: `count` keyset pages after id `after`, and the user look-ups. */
  more: (after: number, count: number, userIds: readonly number[]) => Promise<PagesResult>
}

export { mergeNewest } from '@/lib/time/newest-first'

/**
 * @example
 * const collection = useEntryCollection(usePeopleStore())
 * await collection.load(async () => firstPage, { more: (after, count, ids) => api.timeEntries.fetch(taskId, { after, count }, ids) })
 */
export interface EntryCollectionOptions {
  /**
   * Gives the main thread back between the parts of a load: the opening's page is published one
   * task after the opening itself (the view's header renders first), and a batch's pages are
   * published `PAGES_PER_STEP` at a time, each part in its own task. Null: all at once.
   */
  pace?: Pace | null
}

/** Pages published per paced step: 250 rows, whose merge, view update and render fit one short task at 4× CPU (500 did not: 60–100 ms). */
export const PAGES_PER_STEP = 5

export function useEntryCollection(people: ReturnType<typeof usePeopleStore>, options: EntryCollectionOptions = {}) {
  const pace = options.pace ?? null
  const log = shallowRef<EntryLog<TimeEntry>>(emptyLog())
  const status = ref<LoadStatus>('idle')
  const error = shallowRef<ApiError | null>(null)
  const loads = useRequestSequence()
  let pager: EntryPager | null = null

  /**
   * Newest first; kept in step with `log` by `publish`, merged per batch rather than re-sorted.
   * Every new array records how it came from the previous one (`recordChange`), so views derived
   * from it (useEntryView) update by the delta.
   */
  const ordered = shallowRef<readonly TimeEntry[]>([])
  const entries = computed(() => ordered.value)
  const verdict = computed(() => logVerdict(log.value))
  /** How many listed entries each author has: the names to look up, without a pass over every entry per batch. */
  let authorCounts = new Map<number, number>()

  function countAuthors(list: readonly TimeEntry[], sign: 1 | -1): void {
    for (const entry of list) {
      const count = (authorCounts.get(entry.userId) ?? 0) + sign
      if (count > 0)
        authorCounts.set(entry.userId, count)
      else
        authorCounts.delete(entry.userId)
    }
  }

  function setOrdered(next: readonly TimeEntry[], added: readonly TimeEntry[], removed: readonly TimeEntry[], points?: Uint32Array): void {
    countAuthors(removed, -1)
    countAuthors(added, 1)
    ordered.value = recordChange(next, { base: ordered.value, added, removed, points })
  }

  /** A fresh load: a new list, no delta recorded (it would hold the old list's entries alive). */
  function replaceOrdered(next: readonly TimeEntry[]): void {
    authorCounts = new Map()
    countAuthors(next, 1)
    ordered.value = next
  }

  /**
   * Appends pages to the log and merges their new rows into the newest-first order. The log's map
   * grows in place (the collection owns it, and the old log object is dropped here), so a batch
   * costs its own rows, not a copy of every entry already in.
   */
  function publish(base: EntryLog<TimeEntry>, pages: readonly EntryPage[]): void {
    const { log: next, added } = appendPagesInPlace(base, pages, ENTRY_PAGE_SIZE)
    if (next === log.value)
      return
    if (base === log.value) {
      // The places found here serve the views too (useEntryView): one search per batch, not three.
      const { merged, points } = mergeNewestAt(ordered.value, added)
      setOrdered(merged, added, [], points)
    }
    else {
      replaceOrdered(mergeNewest([], added))
    }
    log.value = next
  }

  /** After a local write: one entry in or out (an edit is both), merged into the order. */
  function reorder(next: EntryLog<TimeEntry>, added: TimeEntry | undefined, removed: TimeEntry | undefined): void {
    log.value = next
    const kept = removed ? ordered.value.filter(entry => entry !== removed) : ordered.value
    setOrdered(mergeNewest(kept, added ? [added] : []), added ? [added] : [], removed ? [removed] : [])
  }

  function fail(ticket: number, thrown: unknown): void {
    if (!loads.isCurrent(ticket))
      return
    status.value = 'error'
    error.value = keepApiError(thrown)
  }

  /** Yields when pacing is on; false when a newer load (or a clear) took over meanwhile. */
  async function paced(ticket: number): Promise<boolean> {
    if (pace)
      await pace()
    return loads.isCurrent(ticket)
  }

  /** One follow-up request on its way: the users it claimed, its answer. */
  interface Sent {
    asked: number[]
    answer: Promise<PagesResult>
  }

  /** Sends the batch a log standing at `position` needs next (the authors in `pending` not yet counted); null when nothing is left. */
  function sendNext(source: EntryPager, position: LogPosition, pending: readonly EntryPage[]): Sent | null {
    const wanted = position.exhausted ? 0 : pagesWanted(position, ENTRY_PAGE_SIZE, LIST_BATCH_PAGES)
    const unknown = people.unasked([...authorCounts.keys(), ...pending.flatMap(page => page.entries.map(entry => entry.userId))])
    if (wanted === 0 && unknown.length === 0)
      return null
    const plan = nextBatch(wanted, Math.ceil(unknown.length / ENTRY_PAGE_SIZE))
    const asked = plan.includeUsers ? people.claim(unknown) : []
    const answer = source.more(position.cursor, plan.pages, asked)
    // Sent ahead of publishing: a newer load may end this one before the answer is awaited, and
    // its failure must not surface as an unhandled rejection. Awaiting `answer` still throws it.
    answer.catch(() => {})
    return { asked, answer }
  }

  /**
   * The follow-up batches, back to back: as soon as one answer is mapped, the next request leaves
   * (its cursor foreseen by `positionAfter`, which gives exactly the position publishing reaches:
   * tests/lib/time/entry-log.test.ts; local writes never move the cursor, and a newer load or a
   * clear ends this one), and the answer's pages are published while it is on its way.
   */
  async function continueLoading(ticket: number, source: EntryPager): Promise<void> {
    let sent = sendNext(source, log.value, [])
    while (sent) {
      const { asked, answer } = sent
      const result = await answer
      if (!loads.isCurrent(ticket))
        return
      // A failed look-up leaves "User #id" labels; it does not stop the list.
      if (result.users instanceof Map)
        people.answered(asked, result.users.values())
      const pages: EntryPage[] = []
      const failure = result.pages.find(page => page instanceof ApiErrorClass)
      for (const page of result.pages) {
        if (page instanceof ApiErrorClass)
          break
        pages.push(page)
      }
      sent = failure ? null : sendNext(source, positionAfter(log.value, pages, ENTRY_PAGE_SIZE), pages)
      const step = pace ? PAGES_PER_STEP : Math.max(1, pages.length)
      // Every part in a task of its own, the first too: the answer's handling (SDK, mapping) had its task.
      for (let from = 0; from < pages.length; from += step) {
        if (pace && !(await paced(ticket)))
          return
        publish(log.value, pages.slice(from, from + step))
      }
      if (failure) {
        fail(ticket, failure)
        return
      }
    }
    status.value = 'success'
  }

  /**
   * Loads from scratch: `first` answers page 1 (usually inside a larger opening batch), `source`
   * the rest. The old list stays until fresh rows are here, so a reload never blinks empty.
   * Returns the ticket of this load; `isCurrent(ticket)` tells whether it still counts.
   */
  async function load(first: (ticket: number) => Promise<EntryPage | ApiError | null>, source: EntryPager): Promise<void> {
    const ticket = loads.next()
    pager = source
    status.value = 'loading'
    error.value = null
    try {
      const page = await first(ticket)
      if (!loads.isCurrent(ticket) || page === null)
        return
      if (page instanceof ApiErrorClass) {
        fail(ticket, page)
        return
      }
      // The opening (task, people) renders in this task, its first rows in the next; a page that is
      // the whole list (fewer rows than a page) renders with it, one pass to the first row (README
      // "Performance"), as nothing follows that a long first task would hold back.
      if (pace && page.received >= ENTRY_PAGE_SIZE && !(await paced(ticket)))
        return
      publish(emptyLog(), [page])
      await continueLoading(ticket, source)
    }
    catch (thrown) {
      fail(ticket, thrown)
    }
  }

  /** After a failure: resumes below the last id received, keeping what arrived. */
  async function resume(): Promise<void> {
    if (!pager)
      return
    const ticket = loads.next()
    status.value = 'loading'
    error.value = null
    try {
      await continueLoading(ticket, pager)
    }
    catch (thrown) {
      fail(ticket, thrown)
    }
  }

  /** Forgets the list (another scope opens); a load in flight no longer counts. */
  function clear(): void {
    loads.cancel()
    pager = null
    log.value = emptyLog()
    ordered.value = []
    authorCounts = new Map()
    status.value = 'idle'
    error.value = null
  }

  /** A write this client made: the entry is stored (added or changed) on the server. */
  function put(entry: TimeEntry): void {
    reorder(withEntry(log.value, entry), entry, log.value.byId.get(entry.id))
  }

  /** A delete this client made went through. */
  function drop(id: number): void {
    const removed = log.value.byId.get(id)
    if (removed)
      reorder(withoutEntry(log.value, id), undefined, removed)
  }

  return {
    log,
    status,
    error,
    entries,
    verdict,
    load,
    resume,
    clear,
    put,
    drop,
    isCurrent: loads.isCurrent,
    hasFirstPage: computed(() => log.value.received > 0 || log.value.exhausted),
  }
}

export type EntryCollection = ReturnType<typeof useEntryCollection>
