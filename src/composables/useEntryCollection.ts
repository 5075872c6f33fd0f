/**
 * One list of time entries loaded completely by keyset pages, whatever query feeds it (one task
 * today, a period of people for the timesheet): the entry log in a ref, its status and error, a
 * stale-reply guard, and the authors' names riding along in the same batches.
 *
 * Work is bounded by what arrives: a batch asks for the pages the server's `total` announces (at
 * most one batch's worth), and the chain ends at the first short or empty page, whatever `total`
 * says. Memory grows with the rows received, never with `total`.
 */
import type { ApiError } from '@/api/errors'
import type { EntryPage, PagesResult, TimeEntry } from '@/api/time-entries'
import type { LoadStatus } from '@/lib/load-status'
import type { EntryLog } from '@/lib/time/entry-log'
import type { usePeopleStore } from '@/stores/people'
import { computed, ref, shallowRef } from 'vue'
import { ApiError as ApiErrorClass } from '@/api/errors'
import { ENTRY_PAGE_SIZE, MAX_BATCH_COMMANDS, nextBatch } from '@/api/time-entries-paging'
import { appendPages, emptyLog, logVerdict, pagesWanted, withEntry, withoutEntry } from '@/lib/time/entry-log'
import { keepApiError } from '@/stores/api-error'
import { useRequestSequence } from './useRequestSequence'

/** Where the pages come from: the scope's query, plugged in by the store that owns the list. */
export interface EntryPager {
  /** One batch: `count` keyset pages after id `after`, and the user look-ups. */
  more: (after: number, count: number, userIds: readonly number[]) => Promise<PagesResult>
}

/** Newest first, as people read a log; ties by id so the order is stable. */
function byNewest(a: TimeEntry, b: TimeEntry): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id
}

/**
 * `ordered` (newest first) with `added` merged in: sorts only the new rows and merges in one pass,
 * instead of re-sorting every row received so far on each batch of 2,500. Sorts `added` in place.
 *
 * @example
 * mergeNewest(shown, pageEntries) // the same order as [...shown, ...pageEntries].sort(byNewest)
 */
export function mergeNewest(ordered: readonly TimeEntry[], added: TimeEntry[]): TimeEntry[] {
  if (added.length === 0)
    return ordered.slice()
  added.sort(byNewest)
  const merged: TimeEntry[] = Array.from({ length: ordered.length + added.length })
  let left = 0
  let right = 0
  let out = 0
  while (left < ordered.length && right < added.length)
    merged[out++] = byNewest(ordered[left]!, added[right]!) <= 0 ? ordered[left++]! : added[right++]!
  while (left < ordered.length)
    merged[out++] = ordered[left++]!
  while (right < added.length)
    merged[out++] = added[right++]!
  return merged
}

/** The entries `pages` brought into `next` that `previous` did not have (first copies only). */
function addedBy(previous: EntryLog<TimeEntry>, next: EntryLog<TimeEntry>, pages: readonly EntryPage[]): TimeEntry[] {
  const added: TimeEntry[] = []
  for (const page of pages) {
    for (const entry of page.entries) {
      if (!previous.byId.has(entry.id) && next.byId.get(entry.id) === entry)
        added.push(entry)
    }
  }
  return added
}

/**
 * @example
 * const collection = useEntryCollection(usePeopleStore())
 * await collection.load(async () => firstPage, { more: (after, count, ids) => api.timeEntries.fetch(taskId, { after, count }, ids) })
 */
export function useEntryCollection(people: ReturnType<typeof usePeopleStore>) {
  const log = shallowRef<EntryLog<TimeEntry>>(emptyLog())
  const status = ref<LoadStatus>('idle')
  const error = shallowRef<ApiError | null>(null)
  const loads = useRequestSequence()
  let pager: EntryPager | null = null

  /** Newest first; kept in step with `log` by `publish`, merged per batch rather than re-sorted. */
  const ordered = shallowRef<readonly TimeEntry[]>([])
  const entries = computed(() => ordered.value)
  const verdict = computed(() => logVerdict(log.value))

  /** Appends pages to the log and merges their new rows into the newest-first order. */
  function publish(base: EntryLog<TimeEntry>, pages: readonly EntryPage[]): void {
    const next = appendPages(base, pages, ENTRY_PAGE_SIZE)
    if (next === log.value)
      return
    ordered.value = mergeNewest(base === log.value ? ordered.value : [], addedBy(base, next, pages))
    log.value = next
  }

  /** After a local write: the whole order again (one entry changed, possibly its date). */
  function reorder(next: EntryLog<TimeEntry>): void {
    log.value = next
    ordered.value = [...next.byId.values()].sort(byNewest)
  }

  function fail(ticket: number, thrown: unknown): void {
    if (!loads.isCurrent(ticket))
      return
    status.value = 'error'
    error.value = keepApiError(thrown)
  }

  function authors(): number[] {
    return people.unasked([...log.value.byId.values()].map(entry => entry.userId))
  }

  async function continueLoading(ticket: number, source: EntryPager): Promise<void> {
    for (;;) {
      const wanted = log.value.exhausted ? 0 : pagesWanted(log.value, ENTRY_PAGE_SIZE, MAX_BATCH_COMMANDS)
      const unknown = authors()
      if (wanted === 0 && unknown.length === 0)
        break
      const plan = nextBatch(wanted, Math.ceil(unknown.length / ENTRY_PAGE_SIZE))
      const asked = plan.includeUsers ? people.claim(unknown) : []
      const result = await source.more(log.value.cursor, plan.pages, asked)
      if (!loads.isCurrent(ticket))
        return
      // A failed look-up leaves "User #id" labels; it does not stop the list.
      if (result.users instanceof Map)
        people.add(result.users.values())
      const pages: EntryPage[] = []
      const failure = result.pages.find(page => page instanceof ApiErrorClass)
      for (const page of result.pages) {
        if (page instanceof ApiErrorClass)
          break
        pages.push(page)
      }
      publish(log.value, pages)
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
      publish(emptyLog(), [page])
      await continueLoading(ticket, source)
    }
    catch (thrown) {
      fail(ticket, thrown)
    }
  }

  /** After a failure: resumes after the last id received, keeping what arrived. */
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
    status.value = 'idle'
    error.value = null
  }

  /** A write this client made: the entry is stored (added or changed) on the server. */
  function put(entry: TimeEntry): void {
    reorder(withEntry(log.value, entry))
  }

  /** A delete this client made went through. */
  function drop(id: number): void {
    reorder(withoutEntry(log.value, id))
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
