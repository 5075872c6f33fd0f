/**
 * The one write block of every entry list: the task view's and the timesheet's drill-down. It
 * joins a write store (the task view's `useTimeEntriesStore` or the timesheet's
 * `useTimesheetEditsStore`, both over `useEntryWrites` and `useUndoableRemoval`) with the form
 * state of `useEntryForm`, so the rows, `EntryWritePanel` and the rules for who may change what
 * are the same wherever entries are listed.
 */
import type { Ref } from 'vue'
import type { EntryFormActions } from './useEntryForm'
import type { ApiError } from '@/api/errors'
import type { TimeEntry } from '@/api/time-entries'
import type { AddOutcome } from '@/composables/useEntryWrites'
import type { PendingRemoval, RemovalRefusal } from '@/composables/useUndoableRemoval'
import type { SaveStatus } from '@/lib/load-status'
import { computed } from 'vue'
import { useEntryForm } from './useEntryForm'

/** What a store that writes entries offers (read through the store's reactive proxy). */
export interface EntryWriteStore extends EntryFormActions {
  readonly saveStatus: SaveStatus
  readonly saveError: ApiError | null
  readonly saveOutcome: AddOutcome | null
  readonly pendingRemovals: ReadonlyMap<number, PendingRemoval>
  readonly removeError: ApiError | null
  readonly removeRefusal: RemovalRefusal | null
  canModify: (entry: TimeEntry) => boolean
  undoRemoval: (id: number) => unknown
  dismissRemoveError: () => void
}

/**
 * @param store - the store that writes (and knows who may)
 * @param taskId - the task a new entry goes to
 * @param timeZone - the zone dates are written in
 * @example
 * const editor = useEntryEditor(useTimeEntriesStore(), taskId, timeZone)
 * editor.openAdd()
 */
export function useEntryEditor(store: EntryWriteStore, taskId: Readonly<Ref<number | null>>, timeZone: Readonly<Ref<string>>) {
  const form = useEntryForm(taskId, store, timeZone)
  const pending = computed(() => [...store.pendingRemovals.values()])
  /** Entries whose delete is on its way: not listed, the Undo bar speaks for them. */
  const deleting = computed(() => new Set(pending.value.filter(item => item.phase === 'deleting').map(item => item.entry.id)))
  /** Whether the block has anything to show: a form, a saved edit, an add's outcome, a delete, a failure. */
  const active = computed(() => form.form.value !== null || form.savedEdit.value !== null || store.saveOutcome !== null || pending.value.length > 0 || store.removeError !== null || store.removeRefusal !== null)
  return { ...form, store, pending, deleting, active }
}

export type EntryEditor = ReturnType<typeof useEntryEditor>
