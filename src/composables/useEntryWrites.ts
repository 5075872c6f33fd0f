/**
 * Adding and editing entries. A write is sent once (the client never repeats it); when an add
 * fails on the network its outcome is unknown, the server may have stored it before the answer
 * was lost, so the author's newest entries are read back and matched (duration, comment, date)
 * before the person is offered a retry, and told which it was.
 */
import type { ApiError } from '@/api/errors'
import type { EntryFields, TimeEntriesApi, TimeEntry } from '@/api/time-entries'
import type { SaveStatus } from '@/lib/load-status'
import { ref, shallowRef } from 'vue'
import { keepApiError } from '@/stores/api-error'

/** What became of an add whose answer was lost. */
export type AddOutcome = 'stored' | 'not-stored' | 'unknown'

/** CREATED_DATE is kept to the second; an offset rewrite may move the stored text, not the instant. */
const SAME_INSTANT_MS = 1000

export interface WriteHooks {
  api: TimeEntriesApi
  /** The caller's id, for "entries by this author"; null when unknown. */
  authorId: () => number | null
  /** Ids already in the list, so an old identical entry is not taken for the lost one. */
  knownIds: () => ReadonlySet<number>
  /** The server stored `entry` (new or changed); `before` is the old version of an edit. */
  stored: (entry: TimeEntry, before: TimeEntry | null) => void
}

/**
 * Bitrix makes an edited entry manual when SECONDS or MINUTES change (`CTaskElapsedTime::Update`
 * computes MINUTES = round(SECONDS / 60) and compares both with the stored row; bitrix24-core-corp
 * modules/tasks/classes/general/taskelapsed.php).
 *
 * @example
 * editedSource({ seconds: 3600, minutes: 60, source: 'timer' }, 3600) // 'timer'
 */
export function editedSource(old: Pick<TimeEntry, 'seconds' | 'minutes' | 'source'>, seconds: number): TimeEntry['source'] {
  const minutes = Math.round(seconds / 60)
  const storedMinutes = old.minutes ?? Math.round(old.seconds / 60)
  return old.seconds !== seconds || storedMinutes !== minutes ? 'manual' : old.source
}

/**
 * @example
 * const writes = useEntryWrites({ api, authorId: () => me.id, knownIds: () => ids, stored: put })
 * await writes.save({ taskId: 691, itemId: null }, fields, null)
 */
export function useEntryWrites(hooks: WriteHooks) {
  const status = ref<SaveStatus>('idle')
  const error = shallowRef<ApiError | null>(null)
  /** Set after an add whose answer was lost: what the read-back found. */
  const outcome = ref<AddOutcome | null>(null)

  async function findLostAdd(taskId: number, fields: EntryFields): Promise<TimeEntry | null> {
    const author = hooks.authorId()
    if (author === null)
      return null
    const known = hooks.knownIds()
    const at = Date.parse(fields.createdDate)
    const recent = await hooks.api.recentByAuthor(taskId, author)
    return recent.find(entry => !known.has(entry.id) && entry.seconds === fields.seconds
      && entry.comment === fields.comment && Math.abs(entry.createdAt.getTime() - at) < SAME_INSTANT_MS) ?? null
  }

  async function add(taskId: number, fields: EntryFields): Promise<boolean> {
    try {
      const id = await hooks.api.add(taskId, fields)
      hooks.stored({
        id,
        taskId,
        userId: hooks.authorId() ?? 0,
        seconds: fields.seconds,
        minutes: Math.round(fields.seconds / 60),
        comment: fields.comment,
        // `add` forces SOURCE = manual (CTaskElapsedTime::Add).
        source: 'manual',
        createdAt: new Date(fields.createdDate),
        startedAt: null,
        stoppedAt: null,
      }, null)
      return true
    }
    catch (thrown) {
      const failure = keepApiError(thrown)
      if (failure.code !== 'NETWORK_ERROR')
        throw failure
      let found: TimeEntry | null
      try {
        found = await findLostAdd(taskId, fields)
      }
      catch (recheck) {
        keepApiError(recheck)
        outcome.value = 'unknown'
        throw failure
      }
      outcome.value = found ? 'stored' : 'not-stored'
      if (!found)
        throw failure
      hooks.stored(found, null)
      return true
    }
  }

  async function edit(taskId: number, old: TimeEntry, fields: EntryFields): Promise<void> {
    await hooks.api.update(taskId, old.id, fields)
    hooks.stored({
      ...old,
      seconds: fields.seconds,
      minutes: Math.round(fields.seconds / 60),
      comment: fields.comment,
      createdAt: new Date(fields.createdDate),
      source: editedSource(old, fields.seconds),
    }, old)
  }

  /**
   * Adds (`old` null) or edits. Resolves true once the server has the entry; on failure the error
   * is in `error` and the caller keeps its form open with the person's input.
   */
  async function save(taskId: number, old: TimeEntry | null, fields: EntryFields): Promise<boolean> {
    status.value = 'saving'
    error.value = null
    outcome.value = null
    try {
      if (old)
        await edit(taskId, old, fields)
      else if (!(await add(taskId, fields)))
        return false
      status.value = 'idle'
      return true
    }
    catch (thrown) {
      error.value = keepApiError(thrown)
      status.value = 'error'
      return false
    }
  }

  /** Forgets a failed save (the person closed or reset the form). */
  function clear(): void {
    status.value = 'idle'
    error.value = null
    outcome.value = null
  }

  return { status, error, outcome, save, clear }
}
