/**
 * Deletes that are sent the moment the person confirms, with an Undo that puts the entry back.
 * Nothing waits for a timer or for the page to stay open: a portal closes its slider whenever the
 * user likes, and a write may not depend on the frame surviving. Undo therefore re-adds the entry
 * (same date, duration and comment) through `task.elapseditem.add`; Bitrix gives it a new id and
 * marks it manual (`CTaskElapsedTime::Add`, bitrix24-core-corp modules/tasks/classes/general/taskelapsed.php).
 *
 * "Not found" is not taken for success: `get`, `update` and `delete` find an item through a query
 * that joins `b_user` (`CTaskElapsedTime::GetList`, same file), so an entry whose author's account
 * is gone answers "not found" while `getlist` still lists it. The entry is looked up again; if it
 * is still there, it cannot be changed, and the person is told why.
 */
import type { ApiError } from '@/api/errors'
import type { EntryFields, TimeEntriesApi, TimeEntry } from '@/api/time-entries'
import { shallowRef } from 'vue'
import { keepApiError } from '@/stores/api-error'

/** How long the Undo button stays on screen after a delete went through. Only the button waits. */
export const UNDO_WINDOW_MS = 6000

export type RemovalPhase = 'deleting' | 'deleted' | 'restoring' | 'restored'

export interface PendingRemoval {
  entry: TimeEntry
  phase: RemovalPhase
  /** The id the re-added entry got (phase 'restored'). */
  restoredAs: number | null
}

/** Why a delete did not happen, when the reason is not an `ApiError` of its own. */
export interface RemovalRefusal { kind: 'unchangeable', entry: TimeEntry }

export interface RemovalHooks {
  api: TimeEntriesApi
  /** The server no longer has the entry. */
  removed: (entry: TimeEntry) => void
  /** The server has it (again): the re-added entry with its new id. */
  restored: (entry: TimeEntry) => void
  /** The author for a re-add, when it is not the caller (an admin undoing someone else's delete). */
  authorFor: (entry: TimeEntry) => number | undefined
  /** `CREATED_DATE` for a re-add: ISO 8601 with the offset the person sees. */
  isoDate: (date: Date) => string
}

/**
 * @example
 * const removal = useUndoableRemoval({ api, removed: drop, restored: put, authorFor: () => undefined, isoDate: d => d.toISOString() })
 * await removal.remove(entry)
 */
export function useUndoableRemoval(hooks: RemovalHooks) {
  const pending = shallowRef<ReadonlyMap<number, PendingRemoval>>(new Map())
  const error = shallowRef<ApiError | null>(null)
  const refusal = shallowRef<RemovalRefusal | null>(null)
  const timers = new Map<number, ReturnType<typeof setTimeout>>()

  function set(id: number, value: PendingRemoval | null): void {
    const next = new Map(pending.value)
    if (value)
      next.set(id, value)
    else
      next.delete(id)
    pending.value = next
  }

  function expireLater(id: number): void {
    clearTimeout(timers.get(id))
    timers.set(id, setTimeout(() => {
      timers.delete(id)
      set(id, null)
    }, UNDO_WINDOW_MS))
  }

  /** After "not found": is the entry really gone, or only invisible to `delete`? */
  async function settleNotFound(entry: TimeEntry): Promise<void> {
    if (await hooks.api.isListed(entry.taskId, entry.id)) {
      refusal.value = { kind: 'unchangeable', entry }
      set(entry.id, null)
      return
    }
    hooks.removed(entry)
    set(entry.id, null)
  }

  /** Sends the delete now; the entry is hidden while it is on its way. */
  async function remove(entry: TimeEntry): Promise<void> {
    if (pending.value.has(entry.id))
      return
    error.value = null
    refusal.value = null
    set(entry.id, { entry, phase: 'deleting', restoredAs: null })
    try {
      await hooks.api.remove(entry.taskId, entry.id)
      hooks.removed(entry)
      set(entry.id, { entry, phase: 'deleted', restoredAs: null })
      expireLater(entry.id)
    }
    catch (thrown) {
      const failure = keepApiError(thrown)
      try {
        if (failure.code === 'TASK_ITEM_NOT_FOUND')
          return await settleNotFound(entry)
      }
      catch (recheck) {
        error.value = keepApiError(recheck)
        set(entry.id, null)
        return
      }
      error.value = failure
      set(entry.id, null)
    }
  }

  /** Puts a deleted entry back as a new entry; resolves false when nothing was restored. */
  async function undo(id: number): Promise<boolean> {
    const item = pending.value.get(id)
    if (!item || item.phase !== 'deleted')
      return false
    clearTimeout(timers.get(id))
    set(id, { ...item, phase: 'restoring' })
    const { entry } = item
    const fields: EntryFields = { seconds: entry.seconds, comment: entry.comment, createdDate: hooks.isoDate(entry.createdAt) }
    try {
      const newId = await hooks.api.add(entry.taskId, fields, hooks.authorFor(entry))
      hooks.restored({ ...entry, id: newId, source: 'manual', minutes: Math.round(entry.seconds / 60), startedAt: null, stoppedAt: null })
      set(id, { ...item, phase: 'restored', restoredAs: newId })
      expireLater(id)
      return true
    }
    catch (thrown) {
      error.value = keepApiError(thrown)
      set(id, { ...item, phase: 'deleted' })
      expireLater(id)
      return false
    }
  }

  function dismiss(): void {
    error.value = null
    refusal.value = null
  }

  function $reset(): void {
    for (const timer of timers.values()) clearTimeout(timer)
    timers.clear()
    pending.value = new Map()
    error.value = null
    refusal.value = null
  }

  return { pending, error, refusal, remove, undo, dismiss, $reset }
}
