/**
 * The filter → group → totals chain over a list of entries, for any view of them (one task, a
 * timesheet). Each entry's calendar day in the viewer's zone is computed once per zone.
 *
 * Incremental while a list loads (README "Performance": no long task while 50,000 entries arrive):
 * when the new list records how it came from the one seen last (`recordChange`, done by
 * useEntryCollection), only the added and removed entries are mapped, filtered and counted; the
 * lists are merged in one pass, the totals move by deltas (`tallyStep`). Anything else (another
 * zone, another filter, a list without a record) starts over from scratch; the result is the same
 * either way (tests/composables/entry-view.test.ts).
 */
import type { Ref } from 'vue'
import type { TimeEntry } from '@/api/time-entries'
import type { ListChange } from '@/lib/list-change'
import type { EntryFilter, Grouping, ListRow, TimedRecord } from '@/lib/time/aggregate'
import type { EntryListFilter } from '@/lib/time/entry-filter'
import type { EntryTally } from '@/lib/time/entry-tally'
import type { DayKey } from '@/lib/time/zone'
import { computed, markRaw } from 'vue'
import { changeFrom } from '@/lib/list-change'
import { createCommentIndex, filterTimeEntries } from '@/lib/time/entry-filter'
import { tallyByDay, tallyByUser, tallyOf, tallyStep } from '@/lib/time/entry-tally'
import { byNewest, insertionPoints, mergeAt, mergeSorted } from '@/lib/time/newest-first'
import { dayKeyReader } from '@/lib/time/zone'

export type ViewEntry = TimeEntry & TimedRecord

export interface EntryViewState extends EntryFilter, Partial<Pick<EntryListFilter, 'search' | 'source'>> {
  grouping: Grouping
}

type EntryListRow = Extract<ListRow<ViewEntry>, { kind: 'entry' }>

/** Everything derived from one list under one zone and filter; replaced whole, never mutated once handed out. */
interface Derived {
  source: readonly TimeEntry[]
  /**
   * The day cache the views came from. The cache is made again on every zone change, even back to
   * the same zone, and a delta looks removed entries up in it: only the same cache can take one.
   */
  views: WeakMap<TimeEntry, ViewEntry>
  filterKey: string
  grouping: Grouping
  viewEntries: readonly ViewEntry[]
  shown: readonly ViewEntry[]
  /** Over `shown`. */
  tally: EntryTally
  rows: readonly ListRow<ViewEntry>[]
  /** Grouped views: the shown entries of each group, newest first (null without grouping). */
  members: ReadonlyMap<number | DayKey, readonly ViewEntry[]> | null
  /** Entries per author over every entry (the filter's people). */
  authors: ReadonlyMap<number, number>
}

function byNewestRow(a: EntryListRow, b: EntryListRow): number {
  return byNewest(a.entry, b.entry)
}

/** The filter's identity: every field of the view state but the grouping. */
function filterKeyOf(state: EntryViewState): string {
  const { grouping: _grouping, ...filter } = state
  return JSON.stringify(filter)
}

function countAuthors(authors: Map<number, number>, entries: readonly ViewEntry[], sign: 1 | -1): void {
  for (const entry of entries) {
    const count = (authors.get(entry.userId) ?? 0) + sign
    if (count > 0)
      authors.set(entry.userId, count)
    else
      authors.delete(entry.userId)
  }
}

/**
 * @example
 * const { shown, rows, byUser, byDay, shownSeconds } = useEntryView(entries, viewState, timeZone)
 */
export function useEntryView(entries: Readonly<Ref<readonly TimeEntry[]>>, viewState: Readonly<Ref<EntryViewState>>, timeZone: Readonly<Ref<string>>) {
  /** Normalised comments, filled on the first search and kept for the next keystrokes. */
  const commentIndex = createCommentIndex()
  const filterEntries = (list: readonly ViewEntry[], state: EntryViewState): ViewEntry[] => filterTimeEntries(list, state, commentIndex)
  /** One cache per zone: entries are immutable, so an entry's day never changes within a zone. */
  const dayCache = computed(() => ({ zone: timeZone.value, dayOf: dayKeyReader(timeZone.value), views: new WeakMap<TimeEntry, ViewEntry>() }))
  /** One list row per entry, made once (the rows of 50,000 entries are not rebuilt per batch). */
  const entryRows = new WeakMap<ViewEntry, EntryListRow>()
  let last: Derived | null = null

  function viewOf(entry: TimeEntry): ViewEntry {
    const { dayOf, views } = dayCache.value
    let view = views.get(entry)
    if (!view) {
      // Spelled out rather than spread: the fields stay inside the object (no separate property store per entry).
      view = {
        id: entry.id,
        taskId: entry.taskId,
        userId: entry.userId,
        seconds: entry.seconds,
        minutes: entry.minutes,
        comment: entry.comment,
        source: entry.source,
        createdAt: entry.createdAt,
        startedAt: entry.startedAt,
        stoppedAt: entry.stoppedAt,
        day: dayOf(entry.createdAt),
      }
      views.set(entry, view)
    }
    return view
  }

  function rowOf(entry: ViewEntry): EntryListRow {
    let row = entryRows.get(entry)
    if (!row) {
      row = { kind: 'entry', entry }
      entryRows.set(entry, row)
    }
    return row
  }

  function keyOf(grouping: Grouping): (entry: ViewEntry) => number | DayKey {
    return grouping === 'user' ? entry => entry.userId : entry => entry.day
  }

  /** Each group's shown entries, newest first (the order of `shown`). */
  function membersOf(shown: readonly ViewEntry[], grouping: Grouping): Map<number | DayKey, ViewEntry[]> | null {
    if (grouping === 'none')
      return null
    const key = keyOf(grouping)
    const members = new Map<number | DayKey, ViewEntry[]>()
    for (const entry of shown) {
      const list = members.get(key(entry))
      if (list)
        list.push(entry)
      else
        members.set(key(entry), [entry])
    }
    return members
  }

  /**
   * The list rows: entries alone, or a header before each group (largest person first, newest day
   * first, the order `groupRows` gives) read from the tally, which is kept by deltas already.
   */
  function rowsOf(shown: readonly ViewEntry[], grouping: Grouping, tally: EntryTally, members: ReadonlyMap<number | DayKey, readonly ViewEntry[]> | null): ListRow<ViewEntry>[] {
    if (grouping === 'none' || members === null)
      return shown.map(rowOf)
    const rows: ListRow<ViewEntry>[] = []
    const order = grouping === 'user' ? tallyByUser(tally) : tallyByDay(tally)
    for (const total of order) {
      rows.push({ kind: 'group', grouping, key: total.key, seconds: total.seconds, count: total.count })
      for (const entry of members.get(total.key) ?? []) rows.push(rowOf(entry))
    }
    return rows
  }

  /** `members` with the entries that joined the shown list (newest first): only their groups are copied. */
  function membersByDelta(previous: ReadonlyMap<number | DayKey, readonly ViewEntry[]>, grouping: Grouping, passing: readonly ViewEntry[]): Map<number | DayKey, ViewEntry[]> {
    const members = new Map(previous) as Map<number | DayKey, ViewEntry[]>
    for (const [group, list] of membersOf(passing, grouping) ?? []) members.set(group, mergeSorted(members.get(group) ?? [], list, byNewest))
    return members
  }

  function fromScratch(source: readonly TimeEntry[], views: WeakMap<TimeEntry, ViewEntry>, state: EntryViewState, filterKey: string): Derived {
    const viewEntries = source.map(viewOf)
    const filtered = filterEntries(viewEntries, state)
    // Order kept, so equal length means equal lists: share one, and later batches can keep sharing it.
    const shown = filtered.length === viewEntries.length ? viewEntries : filtered
    const authors = new Map<number, number>()
    countAuthors(authors, viewEntries, 1)
    const tally = tallyOf(shown)
    const members = membersOf(shown, state.grouping)
    return { source, views, filterKey, grouping: state.grouping, viewEntries, shown, tally, rows: rowsOf(shown, state.grouping, tally, members), members, authors }
  }

  /** `previous` moved by the recorded delta: work in proportion to what changed. */
  function byDelta(previous: Derived, source: readonly TimeEntry[], change: ListChange<TimeEntry>, state: EntryViewState): Derived {
    const { added, removed } = change
    const { views } = dayCache.value
    // With the merge's places the added entries are in list order already; else they are sorted.
    const addedViews = change.points ? added.map(viewOf) : added.map(viewOf).sort(byNewest)
    const removedViews = removed.map(entry => views.get(entry)).filter((view): view is ViewEntry => view !== undefined)
    // The filter is the same, so an entry was shown exactly when it passes it now.
    const passing = filterEntries(addedViews, state)
    const leaving = filterEntries(removedViews, state)
    const tally: EntryTally = { seconds: previous.tally.seconds, count: previous.tally.count, byUser: new Map(), byDay: new Map() }
    for (const [key, total] of previous.tally.byUser) tally.byUser.set(key, { ...total })
    for (const [key, total] of previous.tally.byDay) tally.byDay.set(key, { ...total })
    for (const view of leaving) tallyStep(tally, view, -1)
    for (const view of passing) tallyStep(tally, view, 1)
    const authors = new Map(previous.authors)
    countAuthors(authors, removedViews, -1)
    countAuthors(authors, addedViews, 1)

    let viewEntries: readonly ViewEntry[]
    let shown: readonly ViewEntry[]
    let rows: readonly ListRow<ViewEntry>[]
    let members: ReadonlyMap<number | DayKey, readonly ViewEntry[]> | null
    const sameGrouping = previous.grouping === state.grouping
    if (removedViews.length === 0) {
      // viewEntries runs parallel to the source list, so the source's merge places them too.
      const points = change.points ?? insertionPoints(previous.viewEntries, addedViews, byNewest)
      viewEntries = mergeAt(previous.viewEntries, addedViews, points)
      // Everything shown before and everything new passes: no filter bites, one list serves both.
      const unfiltered = previous.shown === previous.viewEntries && passing.length === addedViews.length
      shown = unfiltered ? viewEntries : mergeSorted(previous.shown, passing, byNewest)
      members = sameGrouping && previous.members ? membersByDelta(previous.members, state.grouping, passing) : membersOf(shown, state.grouping)
      // Ungrouped rows are one per shown entry, in its order: unfiltered, the same places again.
      rows = state.grouping === 'none' && sameGrouping
        ? (unfiltered
            ? mergeAt(previous.rows, passing.map(rowOf), points)
            : mergeSorted(previous.rows as readonly EntryListRow[], passing.map(rowOf), byNewestRow))
        : rowsOf(shown, state.grouping, tally, members)
    }
    else {
      // A local write (one entry out, maybe one in): rare, so the lists are simply made again.
      viewEntries = source.map(viewOf)
      shown = filterEntries(viewEntries, state)
      members = membersOf(shown, state.grouping)
      rows = rowsOf(shown, state.grouping, tally, members)
    }
    return { source, views: previous.views, filterKey: previous.filterKey, grouping: state.grouping, viewEntries, shown, tally, rows, members, authors }
  }

  function regrouped(previous: Derived, grouping: Grouping): Derived {
    const members = membersOf(previous.shown, grouping)
    return { ...previous, grouping, members, rows: rowsOf(previous.shown, grouping, previous.tally, members) }
  }

  const derived = computed<Derived>(() => {
    const source = entries.value
    const state = viewState.value
    const views = dayCache.value.views
    const filterKey = filterKeyOf(state)
    const previous = last
    const change = previous ? changeFrom(source, previous.source) : undefined
    let next: Derived
    if (previous && previous.source === source && previous.views === views && previous.filterKey === filterKey)
      next = previous.grouping === state.grouping ? previous : regrouped(previous, state.grouping)
    else if (previous && change && previous.views === views && previous.filterKey === filterKey)
      next = byDelta(previous, source, change, state)
    else
      next = fromScratch(source, views, state, filterKey)
    // Plain data for the template: never wrapped in reactive proxies.
    markRaw(next.viewEntries)
    markRaw(next.shown)
    markRaw(next.rows)
    last = next
    return next
  })

  const viewEntries = computed(() => derived.value.viewEntries)
  const shown = computed(() => derived.value.shown)
  const rows = computed(() => derived.value.rows)
  const byUser = computed(() => tallyByUser(derived.value.tally))
  const byDay = computed(() => tallyByDay(derived.value.tally))
  const shownSeconds = computed(() => derived.value.tally.seconds)
  /** Every author with an entry in the list, filtered or not (the filter offers them all). */
  const authorIds = computed(() => [...derived.value.authors.keys()])

  return { viewEntries, shown, rows, byUser, byDay, shownSeconds, authorIds }
}
