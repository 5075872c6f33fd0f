/**
 * Writes from the timesheet's drill-down: the same add / edit / delete-with-undo as the task view
 * (`useEntryWrites`, `useUndoableRemoval` over `api.timeEntries`), the same rules for who may
 * change what, and what a write does to the loaded timesheet (`useTimesheetStore.put` / `drop`).
 * Kept apart from the load: one concern per store.
 */
import type { EntryFields, TimeEntry } from '@/api/time-entries'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { API_KEY } from '@/api'
import { useEntryWrites } from '@/composables/useEntryWrites'
import { useUndoableRemoval } from '@/composables/useUndoableRemoval'
import { mayChangeEntry } from '@/lib/bitrix/entry-rights'
import { toZonedIso } from '@/lib/time/zone'
import { keepApiError } from './api-error'
import { useFrameStore } from './frame'
import { injectRequired } from './required'
import { useTimesheetStore } from './timesheet'

/** Whether the caller may add time to a task: unknown until asked, then the portal's answer. */
export type AddPermission = 'checking' | 'allowed' | 'denied' | 'unknown'

export const useTimesheetEditsStore = defineStore('timesheet-edits', () => {
  const root = injectRequired(API_KEY, 'useTimesheetEditsStore')
  const api = root.timeEntries
  const sheet = useTimesheetStore()
  const frame = useFrameStore()
  const permissions = shallowRef<ReadonlyMap<number, AddPermission>>(new Map())

  const isAdmin = computed(() => frame.context?.isAdmin === true)

  const writes = useEntryWrites({
    api,
    authorId: () => sheet.me?.id ?? null,
    knownIds: () => new Set(sheet.records.keys()),
    stored(entry, before) {
      sheet.put(entry)
      sheet.patchTaskSpent(entry.taskId, entry.seconds - (before?.seconds ?? 0))
    },
  })

  const removal = useUndoableRemoval({
    api,
    removed(entry) {
      sheet.drop(entry.id)
      sheet.patchTaskSpent(entry.taskId, -entry.seconds)
    },
    restored(entry) {
      sheet.put(entry)
      sheet.patchTaskSpent(entry.taskId, entry.seconds)
    },
    authorFor: entry => (sheet.me !== null && entry.userId !== sheet.me.id ? entry.userId : undefined),
    isoDate: date => toZonedIso(date, sheet.timeZone),
  })

  /** Bitrix's rule for MODIFY and REMOVE, the task view's (`mayChangeEntry`, src/lib/bitrix/entry-rights.ts). */
  function canModify(entry: TimeEntry): boolean {
    return mayChangeEntry(entry.userId, sheet.me?.id ?? null, isAdmin.value)
  }

  function setPermission(taskId: number, value: AddPermission): void {
    permissions.value = new Map(permissions.value).set(taskId, value)
  }

  /** Asks the portal once per task whether the caller may add time there (one request). */
  async function checkCanAdd(taskId: number): Promise<void> {
    const known = permissions.value.get(taskId)
    if (known === 'checking' || known === 'allowed' || known === 'denied')
      return
    setPermission(taskId, 'checking')
    try {
      const timesheet = await root.timesheet()
      setPermission(taskId, (await timesheet.canAdd(taskId)) ? 'allowed' : 'denied')
    }
    catch (thrown) {
      keepApiError(thrown)
      setPermission(taskId, 'unknown')
    }
  }

  /** Adding needs the permission and a known author (the entry is booked on the caller). */
  function canAdd(taskId: number): boolean {
    return sheet.me !== null && permissions.value.get(taskId) === 'allowed'
  }

  /** Adds (`itemId` null) or edits an entry; resolves true once the server has it. */
  async function saveEntry(target: { taskId: number, itemId: number | null }, fields: EntryFields): Promise<boolean> {
    const old = target.itemId === null ? null : (sheet.records.get(target.itemId) ?? null)
    if (target.itemId !== null && old === null)
      return false
    return writes.save(target.taskId, old, fields)
  }

  function $reset(): void {
    writes.clear()
    removal.$reset()
    permissions.value = new Map()
  }

  return {
    permissions,
    isAdmin,
    saveStatus: writes.status,
    saveError: writes.error,
    saveOutcome: writes.outcome,
    pendingRemovals: removal.pending,
    removeError: removal.error,
    removeRefusal: removal.refusal,
    canModify,
    canAdd,
    checkCanAdd,
    saveEntry,
    clearSaveError: writes.clear,
    removeEntry: removal.remove,
    undoRemoval: removal.undo,
    dismissRemoveError: removal.dismiss,
    $reset,
  }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useTimesheetEditsStore, import.meta.hot))
