/**
 * useEntryView updates by deltas while a list loads and after local writes (useEntryCollection
 * records how each list came from the last, `recordChange`). Whatever the sequence of appended
 * batches, edits, deletes, unrecorded copies, filter, grouping and zone changes, and whether or not
 * the view was read in between, what it shows equals a view computed from scratch over the same
 * list: rows (group headers with their subtotals), shown entries, totals, authors.
 */
import type { TimeEntry } from '@/api/time-entries'
import type { EntryViewState } from '@/composables/useEntryView'
import type { ListRow } from '@/lib/time/aggregate'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ref, shallowRef } from 'vue'
import { useEntryView } from '@/composables/useEntryView'
import { recordChange } from '@/lib/list-change'
import { groupRows, sumSeconds, totalsByDay, totalsByUser } from '@/lib/time/aggregate'
import { mergeNewest, mergeNewestAt } from '@/lib/time/newest-first'

const START = Date.UTC(2026, 2, 1)
const ZONES = ['UTC', 'Europe/Moscow', 'America/New_York', 'Asia/Kathmandu'] as const
const WORDS = ['deploy', 'review', 'Code review', '']

interface Draft {
  userId: number
  seconds: number
  /** Hours after START: entries near midnight fall on different days in different zones. */
  hour: number
  word: number
  timer: boolean
}

const draft: fc.Arbitrary<Draft> = fc.record({
  userId: fc.integer({ min: 1, max: 4 }),
  seconds: fc.integer({ min: 0, max: 36_000 }),
  hour: fc.integer({ min: 0, max: 24 * 6 }),
  word: fc.integer({ min: 0, max: WORDS.length - 1 }),
  timer: fc.boolean(),
})

const viewState: fc.Arbitrary<EntryViewState> = fc.record({
  grouping: fc.constantFrom('none', 'user', 'day'),
  userIds: fc.subarray([1, 2, 3, 4], { maxLength: 2 }),
  from: fc.option(fc.constantFrom('2026-03-02', '2026-03-03'), { nil: null }),
  to: fc.option(fc.constantFrom('2026-03-04', '2026-03-06'), { nil: null }),
  search: fc.constantFrom('', 'review', 'DEPLOY'),
  source: fc.constantFrom('any', 'timer', 'manual'),
})

type Step
  = | { kind: 'append', drafts: Draft[], withPoints: boolean }
    | { kind: 'edit', at: number, draft: Draft }
    | { kind: 'delete', at: number }
    /** A filtered copy with no record (the store hides a removal in flight): the view starts over. */
    | { kind: 'copy', at: number }
    | { kind: 'state', state: EntryViewState }
    | { kind: 'zone', zone: string }

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('append' as const), drafts: fc.array(draft, { maxLength: 12 }), withPoints: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), draft }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('copy' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('state' as const), state: viewState }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('zone' as const), zone: fc.constantFrom(...ZONES) }) },
)

function entryOf(id: number, value: Draft): TimeEntry {
  const createdAt = new Date(START + value.hour * 3_600_000 + (id % 7) * 60_000)
  return {
    id,
    taskId: 1,
    userId: value.userId,
    seconds: value.seconds,
    minutes: Math.round(value.seconds / 60),
    comment: WORDS[value.word]!,
    source: value.timer ? 'timer' : 'manual',
    createdAt,
    startedAt: value.timer ? createdAt : null,
    stoppedAt: value.timer ? new Date(createdAt.getTime() + value.seconds * 1000) : null,
  }
}

function rowOf(item: ListRow<TimeEntry & { day: string }>) {
  return item.kind === 'group'
    ? { group: item.grouping, key: item.key, seconds: item.seconds, count: item.count }
    : { entry: item.entry.id, day: item.entry.day }
}

/** What the view shows, as plain data (entries by id and day). */
function snapshot(view: ReturnType<typeof useEntryView>) {
  return {
    rows: view.rows.value.map(rowOf),
    shown: view.shown.value.map(entry => [entry.id, entry.day]),
    all: view.viewEntries.value.map(entry => [entry.id, entry.day]),
    byUser: view.byUser.value,
    byDay: view.byDay.value,
    shownSeconds: view.shownSeconds.value,
    authors: [...view.authorIds.value].sort((a, b) => a - b),
  }
}

const NO_FILTER: EntryViewState = { grouping: 'none', userIds: [], from: null, to: null, search: '', source: 'any' }

describe('useEntryView by deltas', () => {
  it('equals the view from scratch after any sequence of batches, edits, deletes and view changes', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(step, fc.boolean()), { minLength: 1, maxLength: 25 }),
      viewState,
      (steps, initial) => {
        const list = shallowRef<readonly TimeEntry[]>([])
        const state = ref<EntryViewState>(initial)
        const zone = ref<string>('UTC')
        const view = useEntryView(list, state, zone)
        let nextId = 1
        for (const [current, read] of steps) {
          const before = list.value
          switch (current.kind) {
            case 'append': {
              const added = current.drafts.map(value => entryOf(nextId++, value))
              if (current.withPoints) {
                // As the entry collection records a batch: added sorted, with the merge's places.
                const { merged, points } = mergeNewestAt(before, added)
                list.value = recordChange(merged, { base: before, added, removed: [], points })
              }
              else {
                list.value = recordChange(mergeNewest(before, added.slice()), { base: before, added, removed: [] })
              }
              break
            }
            case 'edit': {
              const old = before[current.at % Math.max(1, before.length)]
              if (!old)
                break
              const edited = entryOf(old.id, current.draft)
              list.value = recordChange(mergeNewest(before.filter(entry => entry !== old), [edited]), { base: before, added: [edited], removed: [old] })
              break
            }
            case 'delete': {
              const old = before[current.at % Math.max(1, before.length)]
              if (old)
                list.value = recordChange(before.filter(entry => entry !== old), { base: before, added: [], removed: [old] })
              break
            }
            case 'copy':
              list.value = before.filter((_, index) => index !== current.at % Math.max(1, before.length))
              break
            case 'state':
              state.value = current.state
              break
            case 'zone':
              zone.value = current.zone
              break
          }
          if (read)
            snapshot(view)
        }
        const fresh = useEntryView(shallowRef(list.value), ref(state.value), ref(zone.value))
        expect(snapshot(view)).toEqual(snapshot(fresh))
        // And from scratch means what lib/time/aggregate.ts says: rows and totals of the shown entries.
        const shown = fresh.shown.value
        expect(snapshot(fresh).rows).toEqual(groupRows(shown, state.value.grouping).map(rowOf))
        expect(fresh.byUser.value).toEqual(totalsByUser(shown))
        expect(fresh.byDay.value).toEqual(totalsByDay(shown))
        expect(fresh.shownSeconds.value).toBe(sumSeconds(shown))
      },
    ), { numRuns: 300 })
  })

  it('applies a recorded delete or edit after the zone went away and back unseen', () => {
    // The zone's day cache is made again on every change, even back to the same zone: a delta
    // must not look the removed entry up in a cache that never saw it (found by the property above).
    const list = shallowRef<readonly TimeEntry[]>([])
    const zone = ref('UTC')
    const view = useEntryView(list, ref(NO_FILTER), zone)
    const kept = entryOf(1, { userId: 1, seconds: 60, hour: 5, word: 0, timer: false })
    const doomed = entryOf(2, { userId: 2, seconds: 120, hour: 6, word: 1, timer: false })
    list.value = recordChange(mergeNewest([], [kept, doomed]), { base: [], added: [kept, doomed], removed: [] })
    expect(view.shown.value.map(entry => entry.id)).toEqual([2, 1])
    zone.value = 'Europe/Moscow'
    zone.value = 'UTC'
    const base = list.value
    list.value = recordChange(base.filter(entry => entry !== doomed), { base, added: [], removed: [doomed] })
    expect(view.shown.value.map(entry => entry.id)).toEqual([1])
    expect(view.shownSeconds.value).toBe(60)
    zone.value = 'Europe/Moscow'
    const edited = entryOf(1, { userId: 1, seconds: 90, hour: 5, word: 0, timer: false })
    const beforeEdit = list.value
    list.value = recordChange([edited], { base: beforeEdit, added: [edited], removed: [kept] })
    zone.value = 'UTC'
    expect(view.shown.value.map(entry => entry.id)).toEqual([1])
    expect(view.shownSeconds.value).toBe(90)
  })

  it('keeps every earlier row object while batches only add entries', () => {
    const list = shallowRef<readonly TimeEntry[]>([])
    const view = useEntryView(list, ref(NO_FILTER), ref('UTC'))
    const first = [entryOf(1, { userId: 1, seconds: 60, hour: 5, word: 0, timer: false })]
    list.value = recordChange(mergeNewest([], first.slice()), { base: [], added: first, removed: [] })
    const row = view.rows.value[0]
    const second = [entryOf(2, { userId: 2, seconds: 60, hour: 1, word: 1, timer: true })]
    const base = list.value
    list.value = recordChange(mergeNewest(base, second.slice()), { base, added: second, removed: [] })
    expect(view.rows.value[0]).toBe(row)
    expect(view.rows.value).toHaveLength(2)
  })
})
