/**
 * A task's time entries: loaded completely (the opening batch, then pages of 50 through batches of
 * ≤ 50 commands), their authors, the viewer's permissions, writes with undoable deletes, one entry's
 * detail, and the viewer's duration format.
 *
 * Request budget (issue 4): opening = 1 HTTP request (task + page 1 + add permission + current
 * user); authors of a small task = 1 more; 5,000 entries = 3 in all (`nextBatch`). Every load bumps
 * a counter and drops replies of superseded loads, so a newer load always wins.
 */
import type { ApiError } from '@/api/errors'
import type { Task } from '@/api/tasks'
import type { CurrentUser, EntryFields, EntryPage, TimeEntry } from '@/api/time-entries'
import type { User } from '@/api/users'
import type { DurationFormat } from '@/lib/time/duration'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, inject, ref, shallowRef } from 'vue'
import { API_KEY } from '@/api'
import { ApiError as ApiErrorClass } from '@/api/errors'
import { ENTRY_PAGE_SIZE, missingPages, nextBatch } from '@/api/time-entries-paging'
import { isDurationFormat } from '@/lib/time/duration'
import { portalTimeZone } from '@/lib/time/zone'
import { useFrameStore } from './frame'

export type LoadStatus = 'idle' | 'loading' | 'success' | 'error'
export type SaveStatus = 'idle' | 'saving' | 'error'

/** How long a deleted entry can be brought back before the real `delete` is sent. */
export const UNDO_DELAY_MS = 6000

/** The `options.userSet` key of the duration format. */
export const DURATION_FORMAT_OPTION = 'durationFormat'

export interface PendingRemoval {
  entry: TimeEntry
  /** True once the `delete` request is on its way: too late to undo. */
  committing: boolean
}

/** Newest first, as people read a log; ties by id so the order is stable. */
function byNewest(a: TimeEntry, b: TimeEntry): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id
}

export const useTimeEntriesStore = defineStore('time-entries', () => {
  const api = inject(API_KEY)
  if (!api)
    throw new Error('useTimeEntriesStore needs API_KEY provided by the app')
  const frame = useFrameStore()

  const taskId = ref<number | null>(null)
  const task = shallowRef<Task | null>(null)
  const entries = shallowRef<readonly TimeEntry[]>([])
  /** The server's count of the task's entries (getlist `total`); null before the first page. */
  const total = ref<number | null>(null)
  /** All pages are in: totals cover every entry of the task. Local writes keep it true. */
  const complete = ref(false)
  const users = shallowRef<ReadonlyMap<number, User>>(new Map())
  const me = shallowRef<CurrentUser | null>(null)
  const canAdd = ref(false)
  const status = ref<LoadStatus>('idle')
  const error = shallowRef<ApiError | null>(null)

  const saveStatus = ref<SaveStatus>('idle')
  const saveError = shallowRef<ApiError | null>(null)
  const pendingRemovals = shallowRef<ReadonlyMap<number, PendingRemoval>>(new Map())
  const removeError = shallowRef<ApiError | null>(null)

  const detail = shallowRef<TimeEntry | null>(null)
  const detailStatus = ref<LoadStatus>('idle')
  const detailError = shallowRef<ApiError | null>(null)

  const durationFormat = ref<DurationFormat>('h:mm')

  // Bookkeeping, not state: which pages arrived, whose names were asked for, which load is current.
  let loadedPages = new Set<number>()
  let entriesById = new Map<number, TimeEntry>()
  let requestedUserIds = new Set<number>()
  let latestLoad = 0
  let latestDetail = 0
  const removalTimers = new Map<number, ReturnType<typeof setTimeout>>()
  const removalCommits = new Map<number, Promise<void>>()

  const visibleEntries = computed(() => pendingRemovals.value.size === 0
    ? entries.value
    : entries.value.filter(entry => !pendingRemovals.value.has(entry.id)))
  const timeZone = computed(() => portalTimeZone(me.value?.timeZone, me.value?.serverUtcOffset))
  const isAdmin = computed(() => frame.context?.isAdmin === true)
  /** Adding needs the permission and a known author (the entry is booked on the caller). */
  const canAddEntry = computed(() => canAdd.value && me.value !== null)

  /**
   * Bitrix's rule for MODIFY and REMOVE: the entry's author or an admin (research/rest.md §1.3).
   *
   * @example
   * store.canModify(entry) // true for your own entries
   */
  function canModify(entry: TimeEntry): boolean {
    return me.value !== null && (isAdmin.value || entry.userId === me.value.id)
  }

  function clearEntries(): void {
    loadedPages = new Set()
    entriesById = new Map()
    entries.value = []
    total.value = null
    complete.value = false
  }

  function publishEntries(): void {
    entries.value = [...entriesById.values()].sort(byNewest)
  }

  function acceptPage(page: EntryPage): void {
    loadedPages.add(page.page)
    total.value = page.total
    for (const entry of page.entries) entriesById.set(entry.id, entry)
  }

  function addUsers(found: Iterable<User>): void {
    const next = new Map(users.value)
    for (const user of found) next.set(user.id, user)
    users.value = next
  }

  function unknownUserIds(): number[] {
    const ids = new Set<number>()
    for (const entry of entriesById.values()) {
      if (!users.value.has(entry.userId) && !requestedUserIds.has(entry.userId))
        ids.add(entry.userId)
    }
    return [...ids].sort((a, b) => a - b)
  }

  function fail(request: number, thrown: unknown): void {
    if (request !== latestLoad)
      return
    error.value = thrown instanceof ApiErrorClass ? thrown : null
    status.value = 'error'
    if (!(thrown instanceof ApiErrorClass))
      throw thrown
  }

  /** Loads the remaining pages and unknown authors, batch after batch, until all are in. */
  async function continueLoading(request: number, id: number): Promise<void> {
    for (;;) {
      const remaining = total.value === null ? [] : missingPages(total.value, loadedPages)
      const unknown = unknownUserIds()
      if (remaining.length === 0 && unknown.length === 0)
        break
      const plan = nextBatch(remaining, Math.ceil(unknown.length / ENTRY_PAGE_SIZE))
      const asked = plan.includeUsers ? unknown : []
      const result = await api!.timeEntries.fetch(id, plan.pages, asked)
      if (request !== latestLoad)
        return
      for (const userId of asked) requestedUserIds.add(userId)
      // A failed look-up leaves "User #id" labels; it does not stop the list.
      if (result.users instanceof Map)
        addUsers(result.users.values())
      let failure: ApiError | null = null
      for (const page of result.pages.values()) {
        if (page instanceof ApiErrorClass)
          failure ??= page
        else
          acceptPage(page)
      }
      publishEntries()
      if (failure) {
        fail(request, failure)
        return
      }
    }
    complete.value = true
    status.value = 'success'
  }

  /**
   * Loads a task's entries from scratch; a later call supersedes one still in flight.
   *
   * @example
   * await store.load(691)
   */
  async function load(id: number): Promise<void> {
    const request = ++latestLoad
    if (taskId.value !== id) {
      void flushRemovals(id)
      task.value = null
      clearEntries()
    }
    taskId.value = id
    status.value = 'loading'
    error.value = null
    try {
      const opening = await api!.timeEntries.open(id)
      if (request !== latestLoad)
        return
      task.value = opening.task
      canAdd.value = opening.canAdd
      if (opening.me) {
        me.value = opening.me
        addUsers([opening.me])
      }
      if (opening.firstPage instanceof ApiErrorClass) {
        fail(request, opening.firstPage)
        return
      }
      // A reload replaces the list only once fresh rows are here, so it never blinks empty.
      clearEntries()
      requestedUserIds = new Set()
      acceptPage(opening.firstPage)
      publishEntries()
      await continueLoading(request, id)
    }
    catch (thrown) {
      fail(request, thrown)
    }
  }

  /**
   * After a failure: resumes with the pages still missing, keeping what was loaded; starts over
   * when not even the first page arrived.
   */
  async function retry(): Promise<void> {
    const id = taskId.value
    if (id === null)
      return
    if (task.value === null || total.value === null) {
      await load(id)
      return
    }
    const request = ++latestLoad
    status.value = 'loading'
    error.value = null
    try {
      await continueLoading(request, id)
    }
    catch (thrown) {
      fail(request, thrown)
    }
  }

  function patchTaskSpent(delta: number): void {
    if (task.value && delta !== 0)
      task.value = { ...task.value, timeSpentInLogs: Math.max(0, task.value.timeSpentInLogs + delta) }
  }

  /**
   * Adds (`itemId` null) or edits an entry. Resolves true on success; on failure the error is in
   * `saveError` and the caller keeps its form open with the person's input.
   */
  async function saveEntry(target: { taskId: number, itemId: number | null }, fields: EntryFields): Promise<boolean> {
    saveStatus.value = 'saving'
    saveError.value = null
    try {
      const sameTask = () => taskId.value === target.taskId
      if (target.itemId === null) {
        const newId = await api!.timeEntries.add(target.taskId, fields)
        if (sameTask()) {
          // Built locally instead of read back: saves a request, and add stores exactly these
          // fields (SOURCE is always "manual" for entries written through REST, research/rest.md §1.2).
          const entry: TimeEntry = {
            id: newId,
            taskId: target.taskId,
            userId: me.value?.id ?? 0,
            seconds: fields.seconds,
            comment: fields.comment,
            source: 'manual',
            createdAt: new Date(fields.createdDate),
            startedAt: null,
            stoppedAt: null,
          }
          entriesById.set(entry.id, entry)
          if (total.value !== null)
            total.value++
          publishEntries()
          patchTaskSpent(fields.seconds)
        }
      }
      else {
        const itemId = target.itemId
        await api!.timeEntries.update(target.taskId, itemId, fields)
        const apply = (old: TimeEntry): TimeEntry => ({
          ...old,
          seconds: fields.seconds,
          comment: fields.comment,
          createdAt: new Date(fields.createdDate),
          // Bitrix marks an entry manual when its duration changes (CTaskElapsedTime::Update).
          source: old.seconds !== fields.seconds ? 'manual' : old.source,
        })
        const old = entriesById.get(itemId)
        if (sameTask() && old) {
          entriesById.set(itemId, apply(old))
          publishEntries()
          patchTaskSpent(fields.seconds - old.seconds)
        }
        if (detail.value?.id === itemId)
          detail.value = apply(detail.value)
      }
      saveStatus.value = 'idle'
      return true
    }
    catch (thrown) {
      saveError.value = thrown instanceof ApiErrorClass ? thrown : null
      saveStatus.value = 'error'
      if (!(thrown instanceof ApiErrorClass))
        throw thrown
      return false
    }
  }

  /** Forgets a failed save's error (the person closed or reset the form). */
  function clearSaveError(): void {
    saveStatus.value = 'idle'
    saveError.value = null
  }

  function setPending(id: number, value: PendingRemoval | null): void {
    const next = new Map(pendingRemovals.value)
    if (value)
      next.set(id, value)
    else
      next.delete(id)
    pendingRemovals.value = next
  }

  async function commitRemoval(id: number): Promise<void> {
    removalTimers.delete(id)
    const pending = pendingRemovals.value.get(id)
    if (!pending || pending.committing)
      return
    setPending(id, { ...pending, committing: true })
    const { entry } = pending
    try {
      await api!.timeEntries.remove(entry.taskId, entry.id)
      forget(entry)
    }
    catch (thrown) {
      // Already gone on the server (deleted elsewhere): the outcome the person asked for.
      if (thrown instanceof ApiErrorClass && thrown.code === 'TASK_ITEM_NOT_FOUND')
        forget(entry)
      else
        removeError.value = thrown instanceof ApiErrorClass ? thrown : null
    }
    finally {
      setPending(id, null)
      removalCommits.delete(id)
    }
  }

  function forget(entry: TimeEntry): void {
    if (taskId.value === entry.taskId && entriesById.delete(entry.id)) {
      if (total.value !== null)
        total.value = Math.max(0, total.value - 1)
      publishEntries()
      patchTaskSpent(-entry.seconds)
    }
    if (detail.value?.id === entry.id)
      detail.value = null
  }

  /**
   * Hides the entry now and deletes it on the server after `UNDO_DELAY_MS`, unless undone.
   * Chosen over "delete, then re-add on undo": a re-added entry would get a new id, lose its timer
   * origin (SOURCE is forced to manual) and leave two log lines in the task's history.
   */
  function removeEntry(entry: TimeEntry): void {
    if (pendingRemovals.value.has(entry.id))
      return
    removeError.value = null
    setPending(entry.id, { entry, committing: false })
    removalTimers.set(entry.id, setTimeout(() => {
      removalCommits.set(entry.id, commitRemoval(entry.id))
    }, UNDO_DELAY_MS))
  }

  /** Brings a hidden entry back; false when its delete is already under way. */
  function undoRemoval(id: number): boolean {
    const pending = pendingRemovals.value.get(id)
    if (!pending || pending.committing)
      return false
    clearTimeout(removalTimers.get(id))
    removalTimers.delete(id)
    setPending(id, null)
    return true
  }

  /**
   * Sends waiting deletes now (the view is closing, or another task opens). `keepTaskId` spares
   * that task's deletes, whose undo bar is still on screen.
   */
  async function flushRemovals(keepTaskId?: number): Promise<void> {
    for (const [id, timer] of removalTimers) {
      if (keepTaskId !== undefined && pendingRemovals.value.get(id)?.entry.taskId === keepTaskId)
        continue
      clearTimeout(timer)
      removalTimers.delete(id)
      removalCommits.set(id, commitRemoval(id))
    }
    await Promise.all(removalCommits.values())
  }

  function dismissRemoveError(): void {
    removeError.value = null
  }

  /**
   * Loads one entry for the detail page, with the current user when not known yet, and its
   * author's name when not cached (at most one more request).
   */
  async function loadDetail(id: number, itemId: number): Promise<void> {
    const request = ++latestDetail
    if (detail.value?.id !== itemId)
      detail.value = null
    detailStatus.value = 'loading'
    detailError.value = null
    try {
      const opening = await api!.timeEntries.openEntry(id, itemId, me.value === null)
      if (request !== latestDetail)
        return
      if (opening.me) {
        me.value = opening.me
        addUsers([opening.me])
      }
      detail.value = opening.entry
      if (!users.value.has(opening.entry.userId)) {
        const found = await api!.timeEntries.fetch(id, [], [opening.entry.userId])
        if (request !== latestDetail)
          return
        if (found.users instanceof Map)
          addUsers(found.users.values())
      }
      detailStatus.value = 'success'
    }
    catch (thrown) {
      if (request !== latestDetail)
        return
      detailError.value = thrown instanceof ApiErrorClass ? thrown : null
      detailStatus.value = 'error'
      if (!(thrown instanceof ApiErrorClass))
        throw thrown
    }
  }

  /** Reads the saved duration format (`options.userSet`), if any. */
  function restoreDurationFormat(): void {
    const saved = frame.getUserOption(DURATION_FORMAT_OPTION)
    if (isDurationFormat(saved))
      durationFormat.value = saved
  }

  /** Switches the duration format and saves it for this user on the portal. */
  async function setDurationFormat(format: DurationFormat): Promise<void> {
    durationFormat.value = format
    await frame.setUserOption(DURATION_FORMAT_OPTION, format)
  }

  function $reset(): void {
    latestLoad++
    latestDetail++
    for (const timer of removalTimers.values()) clearTimeout(timer)
    removalTimers.clear()
    removalCommits.clear()
    taskId.value = null
    task.value = null
    clearEntries()
    requestedUserIds = new Set()
    users.value = new Map()
    me.value = null
    canAdd.value = false
    status.value = 'idle'
    error.value = null
    saveStatus.value = 'idle'
    saveError.value = null
    pendingRemovals.value = new Map()
    removeError.value = null
    detail.value = null
    detailStatus.value = 'idle'
    detailError.value = null
    durationFormat.value = 'h:mm'
  }

  return {
    taskId,
    task,
    entries,
    total,
    users,
    me,
    canAdd,
    status,
    error,
    saveStatus,
    saveError,
    pendingRemovals,
    removeError,
    detail,
    detailStatus,
    detailError,
    durationFormat,
    visibleEntries,
    complete,
    timeZone,
    isAdmin,
    canAddEntry,
    canModify,
    load,
    retry,
    saveEntry,
    clearSaveError,
    removeEntry,
    undoRemoval,
    flushRemovals,
    dismissRemoveError,
    loadDetail,
    restoreDurationFormat,
    setDurationFormat,
    $reset,
  }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useTimeEntriesStore, import.meta.hot))
