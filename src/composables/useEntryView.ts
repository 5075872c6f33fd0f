/**
 * The filter → group → totals chain over a list of entries, for any view of them (one task, a
 * timesheet). Each entry's calendar day in the viewer's zone is computed once per zone: the cache
 * lives inside a computed keyed on the zone, so a zone change starts a fresh one by itself.
 */
import type { Ref } from 'vue'
import type { TimeEntry } from '@/api/time-entries'
import type { EntryFilter, Grouping, ListRow, TimedRecord } from '@/lib/time/aggregate'
import type { EntryListFilter } from '@/lib/time/entry-filter'
import { computed } from 'vue'
import { groupRows, sumSeconds, totalsByDay, totalsByUser } from '@/lib/time/aggregate'
import { createCommentIndex, filterTimeEntries } from '@/lib/time/entry-filter'
import { dayKey } from '@/lib/time/zone'

export type ViewEntry = TimeEntry & TimedRecord

export interface EntryViewState extends EntryFilter, Partial<Pick<EntryListFilter, 'search' | 'source'>> {
  grouping: Grouping
}

/**
 * @example
 * const { shown, rows, byUser, byDay, shownSeconds } = useEntryView(entries, viewState, timeZone)
 */
export function useEntryView(entries: Readonly<Ref<readonly TimeEntry[]>>, viewState: Readonly<Ref<EntryViewState>>, timeZone: Readonly<Ref<string>>) {
  /** One cache per zone: entries are immutable, so an entry's day never changes within a zone. */
  const dayCache = computed(() => ({ zone: timeZone.value, days: new WeakMap<TimeEntry, ViewEntry>() }))

  const viewEntries = computed<ViewEntry[]>(() => {
    const { zone, days } = dayCache.value
    return entries.value.map((entry) => {
      let cached = days.get(entry)
      if (!cached) {
        cached = { ...entry, day: dayKey(entry.createdAt, zone) }
        days.set(entry, cached)
      }
      return cached
    })
  })
  /** Normalised comments, filled on the first search and kept for the next keystrokes. */
  const commentIndex = createCommentIndex()
  const shown = computed(() => filterTimeEntries(viewEntries.value, viewState.value, commentIndex))
  const rows = computed<ListRow<ViewEntry>[]>(() => groupRows(shown.value, viewState.value.grouping))
  const byUser = computed(() => totalsByUser(shown.value))
  const byDay = computed(() => totalsByDay(shown.value))
  const shownSeconds = computed(() => sumSeconds(shown.value))

  return { viewEntries, shown, rows, byUser, byDay, shownSeconds }
}
