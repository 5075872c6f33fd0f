/**
 * One task's time entries: a thin composition of the entry engine for the scope `{ taskId }`.
 * The opening batch (task + page 1 + add permission + current user) is one HTTP request; further
 * keyset pages and the authors' names follow in batches of 20 pages (5,000 entries = 6
 * requests in all, docs/development.md#request-budget). Writes go out at once; a newer load always wins over an older one.
 */
import type { Task } from '@/api/tasks'
import type { CurrentUser, EntryFields, TimeEntry } from '@/api/time-entries'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, inject, ref, shallowRef } from 'vue'
import { API_KEY } from '@/api'
import { OPENING_PREFETCH_KEY } from '@/api/opening-prefetch'
import { useEntryCollection } from '@/composables/useEntryCollection'
import { useEntryWrites } from '@/composables/useEntryWrites'
import { injectPacing } from '@/composables/usePacing'
import { useUndoableRemoval } from '@/composables/useUndoableRemoval'
import { mayChangeEntry } from '@/lib/bitrix/entry-rights'
import { portalTimeZone, toZonedIso } from '@/lib/time/zone'
import { useEntryDetailStore } from './entry-detail'
import { useFrameStore } from './frame'
import { usePeopleStore } from './people'
import { injectRequired } from './required'

export { DURATION_FORMAT_OPTION } from './preferences'
export type { PendingRemoval } from '@/composables/useUndoableRemoval'
export { UNDO_WINDOW_MS } from '@/composables/useUndoableRemoval'
export type { LoadStatus, SaveStatus } from '@/lib/load-status'

export const useTimeEntriesStore = defineStore('time-entries', () => {
  const api = injectRequired(API_KEY, 'useTimeEntriesStore').timeEntries
  // Optional: main.ts starts the opening batch at the handshake; without it the store sends its own.
  const prefetch = inject(OPENING_PREFETCH_KEY, null)
  const frame = useFrameStore()
  const people = usePeopleStore()
  const detail = useEntryDetailStore()

  const taskId = ref<number | null>(null)
  const task = shallowRef<Task | null>(null)
  const me = shallowRef<CurrentUser | null>(null)
  const canAdd = ref(false)
  const collection = useEntryCollection(people, { pace: injectPacing() })
  const { log, status, error, entries, verdict } = collection

  const timeZone = computed(() => portalTimeZone(me.value?.timeZone, me.value?.serverUtcOffset))
  const isAdmin = computed(() => frame.context?.isAdmin === true)
  /** Adding needs the permission and a known author (the entry is booked on the caller). */
  const canAddEntry = computed(() => canAdd.value && me.value !== null)
  const total = computed(() => log.value.total)
  /** Every row the server counted arrived, none twice, none unreadable. Local writes keep it true. */
  const complete = computed(() => verdict.value.kind === 'complete')

  function patchTaskSpent(delta: number): void {
    if (task.value && delta !== 0)
      task.value = { ...task.value, timeSpentInLogs: Math.max(0, task.value.timeSpentInLogs + delta) }
  }

  function inThisTask(entry: TimeEntry): boolean {
    return taskId.value === entry.taskId
  }

  const writes = useEntryWrites({
    api,
    authorId: () => me.value?.id ?? null,
    knownIds: () => new Set(log.value.byId.keys()),
    stored(entry, before) {
      if (inThisTask(entry) && (before === null || log.value.byId.has(entry.id))) {
        collection.put(entry)
        patchTaskSpent(entry.seconds - (before?.seconds ?? 0))
      }
      detail.replace(entry)
    },
  })

  const removal = useUndoableRemoval({
    api,
    removed(entry) {
      if (inThisTask(entry) && log.value.byId.has(entry.id)) {
        collection.drop(entry.id)
        patchTaskSpent(-entry.seconds)
      }
      detail.forget(entry.id)
    },
    restored(entry) {
      if (inThisTask(entry)) {
        collection.put(entry)
        patchTaskSpent(entry.seconds)
      }
    },
    authorFor: entry => (me.value !== null && entry.userId !== me.value.id ? entry.userId : undefined),
    isoDate: date => toZonedIso(date, timeZone.value),
  })
  const pendingRemovals = removal.pending

  const visibleEntries = computed(() => {
    const hidden = [...pendingRemovals.value.values()].filter(item => item.phase === 'deleting')
    return hidden.length === 0 ? entries.value : entries.value.filter(entry => !hidden.some(item => item.entry.id === entry.id))
  })

  /**
   * Bitrix's rule for MODIFY and REMOVE (`mayChangeEntry`, src/lib/bitrix/entry-rights.ts).
   *
   * @example
   * store.canModify(entry) // true for your own entries
   */
  function canModify(entry: TimeEntry): boolean {
    return mayChangeEntry(entry.userId, me.value?.id ?? null, isAdmin.value)
  }

  /**
   * Loads a task's entries from scratch; a later call supersedes one still in flight.
   *
   * @example
   * await store.load(691)
   */
  async function load(id: number): Promise<void> {
    if (taskId.value !== id) {
      collection.clear()
      task.value = null
    }
    taskId.value = id
    await collection.load(async (ticket) => {
      const opening = await (prefetch?.take(id) ?? api.open(id))
      if (!collection.isCurrent(ticket))
        return null
      task.value = opening.task
      canAdd.value = opening.canAdd
      if (opening.me) {
        me.value = opening.me
        people.add([opening.me])
      }
      return opening.firstPage
    }, { more: (after, count, userIds) => api.fetch(id, { after, count }, userIds) })
  }

  /** After a failure: resumes after the last entry received; starts over when nothing arrived. */
  async function retry(): Promise<void> {
    if (taskId.value === null)
      return
    if (task.value === null || !collection.hasFirstPage.value)
      return load(taskId.value)
    await collection.resume()
  }

  /** Adds (`itemId` null) or edits an entry; resolves true once the server has it. */
  async function saveEntry(target: { taskId: number, itemId: number | null }, fields: EntryFields): Promise<boolean> {
    const old = target.itemId === null ? null : (log.value.byId.get(target.itemId) ?? (detail.entry?.id === target.itemId ? detail.entry : null))
    if (target.itemId !== null && old === null)
      return false
    return writes.save(target.taskId, old, fields)
  }

  /** Loads one entry's page, learning the current user on the way when not known yet. */
  async function loadDetail(id: number, itemId: number): Promise<void> {
    const found = await detail.load(id, itemId, me.value === null)
    if (found && me.value === null)
      me.value = found
  }

  function $reset(): void {
    collection.clear()
    taskId.value = null
    task.value = null
    me.value = null
    canAdd.value = false
    writes.clear()
    removal.$reset()
  }

  return {
    taskId,
    task,
    log,
    entries,
    total,
    me,
    canAdd,
    status,
    error,
    verdict,
    saveStatus: writes.status,
    saveError: writes.error,
    saveOutcome: writes.outcome,
    pendingRemovals,
    removeError: removal.error,
    removeRefusal: removal.refusal,
    visibleEntries,
    complete,
    timeZone,
    isAdmin,
    canAddEntry,
    canModify,
    load,
    retry,
    saveEntry,
    clearSaveError: writes.clear,
    removeEntry: removal.remove,
    undoRemoval: removal.undo,
    dismissRemoveError: removal.dismiss,
    loadDetail,
    $reset,
  }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useTimeEntriesStore, import.meta.hot))
