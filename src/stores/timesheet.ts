import type { ApiError } from '@/api/errors'
/**
 * The timesheet across tasks: every entry of a period for some people (or for the caller), the
 * tasks and people those entries name, loaded by the plan → batch → read → advance loop of
 * `src/api/timesheet.ts` (docs/timesheet.md). The first batch carries `user.current` and ten
 * pages of entries, so the first grid needs two HTTP requests (entries, then their tasks).
 *
 * - Entries are asked for one day wider on each side in UTC (`serverWindow`), so the first batch
 *   does not wait for the caller's zone; each entry's day in the viewer's zone decides whether it
 *   is in the period. Completeness compares what arrived with the server's own count of that query.
 * - Stale answers are dropped (`useRequestSequence`): a new load supersedes the one in flight.
 * - Rate limits and network failures are retried by `api/client.ts`; a row of a batch that fails
 *   (a page, a look-up chunk) is retried by its own under `lib/retry.ts`'s rules, the rest kept.
 * - A task the portal no longer returns (deleted mid-load, or hidden) is reported, not an error.
 * - Entries are turned into records in slices that yield (`createSlicer`), one object per entry
 *   (the entry plus its day), so 20,000 entries never block the main thread for long; the API reads
 *   a batch's pages in slices too, and the progress line's people are counted as records come and
 *   go (docs/timesheet.md#budgets).
 */
import type { TaskProject, TaskSummary } from '@/api/task-list'
import type { CurrentUser, TimeEntry } from '@/api/time-entries'
import type { TimesheetApi, TimesheetArrival, TimesheetQuery, TimesheetState } from '@/api/timesheet'
import type { LoadStatus } from '@/lib/load-status'
import type { Period } from '@/lib/time/period'
import type { DayKey } from '@/lib/time/zone'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, triggerRef } from 'vue'
import { API_KEY } from '@/api'
import { advanceTimesheet, initialTimesheetState, planTimesheetBatch } from '@/api/timesheet'
import { useRequestSequence } from '@/composables/useRequestSequence'
import { retryDelay } from '@/lib/retry'
import { dayKey, portalTimeZone } from '@/lib/time/zone'
import { serverWindow, WINDOW_ZONE } from '@/lib/timesheet/query-window'
import { createSlicer } from '@/lib/yield-to-main'
import { keepApiError } from './api-error'
import { usePeopleStore } from './people'
import { injectRequired } from './required'

/** Whose entries: the caller (`'me'`), chosen people, or everyone the caller may see (`null`). */
export type TimesheetPeople = 'me' | readonly number[] | null

export interface TimesheetRequest {
  period: Period
  people: TimesheetPeople
}

/** An entry with its day in the viewer's zone: the one object the timesheet keeps per entry. */
export type TimesheetRecord = TimeEntry & { day: DayKey }

export interface TimesheetProgress {
  /** Entries read so far (kept or outside the period), unreadable rows included. */
  entries: number
  /** The server's count for the query; null until the first page answered. */
  total: number | null
  tasks: number
  people: number
}

export type TimesheetVerdict
  = | { kind: 'loading' }
    | { kind: 'complete' }
    /** Ended, but what arrived does not add up to the server's count: "X of Y" + Reload. */
    | { kind: 'partial', loaded: number, total: number }

/** Rows of a batch processed between two checks of the slice clock. */
const SLICE_ROWS = 256

function wait(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}

export const useTimesheetStore = defineStore('timesheet', () => {
  const root = injectRequired(API_KEY, 'useTimesheetStore')
  const people = usePeopleStore()
  const loads = useRequestSequence()

  const request = shallowRef<TimesheetRequest | null>(null)
  const me = shallowRef<CurrentUser | null>(null)
  const status = ref<LoadStatus>('idle')
  const error = shallowRef<ApiError | null>(null)
  /** Records by entry id; mutated in place per batch, then triggered (no copy of 20,000 rows). */
  const records = shallowRef(new Map<number, TimesheetRecord>())
  const tasks = shallowRef<ReadonlyMap<number, TaskSummary>>(new Map())
  /** Tasks the portal did not return although entries name them (deleted during the load, hidden). */
  const missingTaskIds = shallowRef<readonly number[]>([])
  const read = ref(0)
  const unreadable = ref(0)
  const repeated = ref(0)
  const firstTotal = ref<number | null>(null)
  const latestTotal = ref<number | null>(null)
  /** Records per author, kept as records come and go: the progress line's people without a pass over 20,000. */
  const perAuthor = new Map<number, number>()
  const authors = ref(0)

  let engine: TimesheetState = initialTimesheetState()
  let query: TimesheetQuery | null = null
  let api: TimesheetApi | null = null
  /** Task ids given up on (a look-up that kept failing): shown as "Task #id", never asked again. */
  const unresolved = new Set<number>()
  /** Projects named by their own look-up, for reports where no loaded task names them. */
  const projects = shallowRef<ReadonlyMap<number, TaskProject>>(new Map())
  /** Project ids asked for (answered, or in flight), so none is asked twice. */
  const askedProjects = new Set<number>()

  const timeZone = computed(() => portalTimeZone(me.value?.timeZone, me.value?.serverUtcOffset))
  const records$ = computed(() => [...records.value.values()])
  const progress = computed<TimesheetProgress>(() => ({
    entries: read.value + unreadable.value,
    total: latestTotal.value,
    tasks: tasks.value.size,
    people: authors.value,
  }))
  const verdict = computed<TimesheetVerdict>(() => {
    if (status.value !== 'success')
      return { kind: 'loading' }
    const loaded = read.value
    const total = Math.max(firstTotal.value ?? 0, latestTotal.value ?? 0)
    return unreadable.value === 0 && repeated.value === 0 && loaded === total ? { kind: 'complete' } : { kind: 'partial', loaded, total }
  })

  function clearData(): void {
    records.value = new Map()
    tasks.value = new Map()
    missingTaskIds.value = []
    read.value = 0
    unreadable.value = 0
    repeated.value = 0
    firstTotal.value = null
    latestTotal.value = null
    perAuthor.clear()
    authors.value = 0
    unresolved.clear()
  }

  function keep(record: TimesheetRecord): void {
    const previous = records.value.get(record.id)
    if (previous)
      forget(previous)
    records.value.set(record.id, record)
    perAuthor.set(record.userId, (perAuthor.get(record.userId) ?? 0) + 1)
  }

  function forget(record: TimesheetRecord): void {
    records.value.delete(record.id)
    const left = (perAuthor.get(record.userId) ?? 1) - 1
    if (left > 0)
      perAuthor.set(record.userId, left)
    else
      perAuthor.delete(record.userId)
  }

  function inPeriod(day: DayKey): boolean {
    const period = request.value?.period
    return period !== undefined && day >= period.from && day <= period.to
  }

  /** Whether an entry belongs to what is shown: the period, and the people asked for. */
  function belongs(entry: TimeEntry, day: DayKey): boolean {
    const asked = request.value?.people
    if (!inPeriod(day) || asked === undefined)
      return false
    if (asked === 'me')
      return me.value !== null && entry.userId === me.value.id
    return asked === null || asked.includes(entry.userId)
  }

  async function absorb(ticket: number, arrival: TimesheetArrival): Promise<boolean> {
    const slicer = createSlicer()
    const zone = timeZone.value
    for (let start = 0; start < arrival.entries.length; start += SLICE_ROWS) {
      for (const entry of arrival.entries.slice(start, start + SLICE_ROWS)) {
        const day = dayKey(entry.createdAt, zone)
        if (belongs(entry, day))
          keep({ ...entry, day })
      }
      const pause = slicer.maybeYield()
      if (pause) {
        await pause
        if (!loads.isCurrent(ticket))
          return false
      }
    }
    read.value += arrival.entries.length
    unreadable.value += arrival.unreadableEntries
    repeated.value += arrival.repeatedEntries
    if (arrival.tasks.length > 0) {
      const next = new Map(tasks.value)
      for (const task of arrival.tasks) next.set(task.id, task)
      tasks.value = next
    }
    if (arrival.users.length > 0)
      people.add(arrival.users)
    authors.value = perAuthor.size
    triggerRef(records)
    return true
  }

  /** After a batch: the server's count of the whole query (read so far + what remains past the cursor). */
  function noteTotal(arrival: TimesheetArrival): void {
    if (arrival.remaining === null)
      return
    const total = read.value + unreadable.value + repeated.value + arrival.remaining
    firstTotal.value ??= total
    latestTotal.value = total
  }

  /** Look-ups that failed for good: shown by id from now on, never asked again. */
  function giveUp(state: TimesheetState, arrival: TimesheetArrival): TimesheetState {
    arrival.failedTaskIds.forEach(id => unresolved.add(id))
    const requestedTaskIds = new Set([...state.requestedTaskIds, ...arrival.failedTaskIds])
    const requestedUserIds = new Set([...state.requestedUserIds, ...arrival.failedUserIds])
    return { ...state, pendingTaskIds: state.pendingTaskIds.filter(id => !requestedTaskIds.has(id)), pendingUserIds: state.pendingUserIds.filter(id => !requestedUserIds.has(id)), requestedTaskIds, requestedUserIds }
  }

  function settleMissing(): void {
    const named = new Set<number>()
    for (const record of records.value.values()) named.add(record.taskId)
    missingTaskIds.value = [...named].filter(id => !tasks.value.has(id) && !unresolved.has(id)).sort((a, b) => a - b)
  }

  function fail(ticket: number, failure: ApiError): void {
    if (!loads.isCurrent(ticket))
      return
    error.value = failure
    status.value = 'error'
  }

  async function run(ticket: number): Promise<void> {
    let attempt = 0
    for (;;) {
      if (!api || !query)
        return
      const plan = planTimesheetBatch(engine, { withMe: me.value === null && !engine.entriesDone })
      if (!plan)
        break
      const arrival = await api.fetchBatch(query, plan, engine.remaining)
      if (!loads.isCurrent(ticket))
        return
      if (arrival.me) {
        me.value = arrival.me
        people.add([arrival.me])
        if (query.userIds === 'me')
          query = { ...query, userIds: [arrival.me.id] }
      }
      if (!(await absorb(ticket, arrival)))
        return
      noteTotal(arrival)
      engine = advanceTimesheet(engine, plan, arrival)
      const failure = arrival.entriesError ?? arrival.lookupErrors[0] ?? null
      if (!failure) {
        attempt = 0
        continue
      }
      const delay = retryDelay(failure.code, { attempt, idempotent: true, operatingResetAt: failure.resetAt, now: Date.now(), random: Math.random() })
      attempt++
      if (delay !== null) {
        await wait(delay)
        if (!loads.isCurrent(ticket))
          return
        continue
      }
      if (arrival.entriesError)
        return fail(ticket, arrival.entriesError)
      // A look-up that cannot succeed leaves ids instead of names; the entries stay.
      engine = giveUp(engine, arrival)
      attempt = 0
    }
    settleMissing()
    status.value = 'success'
  }

  async function guarded(ticket: number, body: () => Promise<void>): Promise<void> {
    status.value = 'loading'
    error.value = null
    try {
      await body()
    }
    catch (thrown) {
      fail(ticket, keepApiError(thrown))
    }
  }

  /**
   * Loads a period for some people from scratch; a later call supersedes one still in flight.
   *
   * @example
   * await store.load({ period: { from: '2026-12-07', to: '2026-12-13' }, people: 'me' })
   */
  async function load(next: TimesheetRequest): Promise<void> {
    const ticket = loads.next()
    request.value = next
    clearData()
    const nobody = Array.isArray(next.people) && next.people.length === 0
    const userIds = next.people === 'me' ? (me.value ? [me.value.id] : 'me') : next.people
    query = { period: serverWindow(next.period), timeZone: WINDOW_ZONE, userIds }
    engine = initialTimesheetState(nobody ? { userIds: [] } : undefined)
    await guarded(ticket, async () => {
      api = await root.timesheet()
      if (loads.isCurrent(ticket))
        await run(ticket)
    })
  }

  /** After a failure: resumes where the load stopped (the cursor of the last good page). */
  async function retry(): Promise<void> {
    if (!request.value)
      return
    if (!api || !query)
      return load(request.value)
    const ticket = loads.next()
    await guarded(ticket, () => run(ticket))
  }

  /** A write this client made: the entry is stored; kept when it belongs to what is shown. */
  function put(entry: TimeEntry): void {
    const day = dayKey(entry.createdAt, timeZone.value)
    const previous = records.value.get(entry.id)
    if (previous)
      forget(previous)
    if (belongs(entry, day))
      keep({ ...entry, day })
    authors.value = perAuthor.size
    triggerRef(records)
  }

  /** A delete this client made went through. */
  function drop(id: number): void {
    const previous = records.value.get(id)
    if (!previous)
      return
    forget(previous)
    authors.value = perAuthor.size
    triggerRef(records)
  }

  /** The task's own spent time moved by a write of ours (`timeSpentInLogs` is the sum of its entries). */
  function patchTaskSpent(taskId: number, delta: number): void {
    const task = tasks.value.get(taskId)
    if (!task || delta === 0)
      return
    tasks.value = new Map(tasks.value).set(taskId, { ...task, timeSpentInLogs: Math.max(0, task.timeSpentInLogs + delta) })
  }

  /**
   * Names a project that no loaded task names (docs/timesheet.md#project-names). Best effort: a
   * failed look-up leaves the name as the id ("Project #7", nothing guessed) and may be asked again.
   *
   * @example
   * await store.nameProject(7) // store.projects.get(7)?.name === 'Website relaunch'
   */
  async function nameProject(id: number): Promise<void> {
    if (id <= 0 || askedProjects.has(id) || [...tasks.value.values()].some(task => task.project?.id === id))
      return
    askedProjects.add(id)
    try {
      const project = await (await root.timesheet()).projectName(id)
      if (project && askedProjects.has(id))
        projects.value = new Map(projects.value).set(id, project)
    }
    catch {
      askedProjects.delete(id)
    }
  }

  function $reset(): void {
    loads.cancel()
    projects.value = new Map()
    askedProjects.clear()
    request.value = null
    me.value = null
    status.value = 'idle'
    error.value = null
    clearData()
    engine = initialTimesheetState()
    query = null
    api = null
  }

  return {
    request,
    me,
    status,
    error,
    records,
    entries: records$,
    tasks,
    projects,
    missingTaskIds,
    unreadable,
    timeZone,
    progress,
    verdict,
    load,
    retry,
    put,
    drop,
    patchTaskSpent,
    nameProject,
    $reset,
  }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useTimesheetStore, import.meta.hot))
