/**
 * The timesheet's data engine: every time entry of a period for some people, across tasks, plus
 * the tasks and people those entries name, in as few HTTP requests as the portal allows
 * (docs/timesheet.md).
 *
 * REST facts it is built on:
 * - `task.elapseditem.getlist` without a task id lists the entries of every task the caller may
 *   see. Its params are positional; when the first value is an array the server puts a task id 0
 *   in front (`_parseRestParams`, tasks source `modules/tasks/classes/general/restservice.php`), so
 *   the command is `[ORDER, FILTER, SELECT, PARAMS]`. A literal 0 must not be sent: inside a batch
 *   it arrives as the string "0", which `runRestMethod` takes for a task id and fails on
 *   (`$taskId !== 0`, tasks source `modules/tasks/classes/general/elapseditem.php`);
 * - FILTER takes ID, USER_ID, CREATED_DATE (and TASK_ID) with `! < <= > >=`, an array meaning "any
 *   of" (docs `api-reference/tasks/elapsed-item/task-elapsed-item-get-list.md`; manifest in
 *   `elapseditem.php`): period and people are filtered on the server, projects and tasks here;
 * - rows of tasks the caller may not see are left out by the query itself (`CHECK_RIGHTS` runtime
 *   mixin in `ElapsedTimeTable::getList`, tasks source `modules/tasks/lib/integration/rest/elapsedtime.php`);
 * - pages hold at most 50 rows (`TASKS_LIMIT_PAGE_SIZE`) and `total` counts the whole filter,
 *   `>ID` included, i.e. the rows from the cursor on;
 * - a batch holds at most 50 commands, and a command may use an earlier one's result through
 *   `$result[key][49][ID]` (docs `settings/how-to-call-rest-api/batch.md`). When the referenced
 *   row does not exist, the portal substitutes what it found one level up, the whole page
 *   (`CRestUtil::processBatchElement`, rest source `modules/rest/classes/general/rest_util.php`):
 *   the command after a short page runs with a meaningless filter. Its rows are never read: a
 *   short page ends the chain, and chains are sized from `total` so that this only happens when
 *   entries are deleted during the load.
 *
 * Paging is by key (`ORDER {ID: asc}`, `FILTER {'>ID': last id}`), not by offset: an entry added
 * or deleted during the load cannot shift a page. Every row is mapped on its own; a row that does
 * not read is counted, never fatal.
 */
import type { BatchCommand, BatchOutcome, RestClient, RestParams } from './client'
import type { TaskProject, TaskSummary } from './task-list'
import type { CurrentUser, TimeEntry } from './time-entries'
import type { User } from './users'
import type { Period } from '@/lib/time/period'
import type { Slicer } from '@/lib/yield-to-main'
import { createdDateFilter } from '@/lib/time/period'
import { createSlicer } from '@/lib/yield-to-main'
import { ApiError, createApiError } from './errors'
import { asInt, PayloadError } from './parse'
import { projectNameParams, readProjectName, settleTaskList, TASK_LIST_CHUNK, taskListParams } from './task-list'
import { canAddParams, mapCurrentUser, mapTimeEntry } from './time-entries'
import { chunk, ENTRY_PAGE_SIZE, MAX_BATCH_COMMANDS } from './time-entries-paging'
import { ENTRY_SELECT } from './time-entry-query'
import { mapUser, userGetParams, userSearchParams } from './users'

/** `user.get` pages hold 50 users (docs `api-reference/user/user-get.md`). */
export const USER_CHUNK = 50

/** Pages of the very first batch, before `total` is known: 500 entries, a busy week of a team. */
export const FIRST_BATCH_PAGES = 10

/**
 * What to load: a period seen from a zone, and whose entries (null = everyone the caller sees;
 * `'me'` = the caller, whose id the same batch's `user.current` answers: only in a plan `withMe`).
 */
export interface TimesheetQuery {
  period: Period
  timeZone: string
  userIds: readonly number[] | null | 'me'
}

/** Where the load stands; the planner reads it, `advanceTimesheet` writes it. */
export interface TimesheetState {
  /** The highest entry id read so far (0 before the first page). */
  cursor: number
  /** Entries the portal holds past the cursor, from the last page's `total`; null = not known yet. */
  remaining: number | null
  entriesDone: boolean
  /** Task and user ids named by entries and not asked for yet (or asked for and failed). */
  pendingTaskIds: readonly number[]
  pendingUserIds: readonly number[]
  /** Every id asked for so far (successfully or in flight), so none is asked twice. */
  requestedTaskIds: ReadonlySet<number>
  requestedUserIds: ReadonlySet<number>
}

/** The contents of one batch (one HTTP request). */
export interface TimesheetBatchPlan {
  /** The `>ID` of the chain's first page. */
  cursor: number
  /** Pages chained by `$result[…][49][ID]`; 0 when the entries are complete. */
  entryPages: number
  taskChunks: number[][]
  userChunks: number[][]
  /** `user.current` first (key `me`): the caller, their zone, and the id a `'me'` query filters by. */
  withMe?: boolean
}

export interface PlanOptions {
  maxCommands?: number
  firstBatchPages?: number
  /** Put `user.current` in front (the first batch of "my week"). */
  withMe?: boolean
}

/** What one batch brought. */
export interface TimesheetArrival {
  entries: TimeEntry[]
  /** Entry rows that could not be read (skipped, counted). */
  unreadableEntries: number
  /** Rows at or below the cursor, i.e. already seen (the chain went wrong); skipped. */
  repeatedEntries: number
  /** The highest entry id of this batch's readable chain. */
  cursor: number
  remaining: number | null
  entriesDone: boolean
  /** The page that broke the chain (the next batch resumes at `cursor`); null when none did. */
  entriesError: ApiError | null
  tasks: TaskSummary[]
  unreadableTasks: number
  users: User[]
  unreadableUsers: number
  /** Chunks that failed as a whole; their ids go back to pending. */
  failedTaskIds: number[]
  failedUserIds: number[]
  lookupErrors: ApiError[]
  /** The caller, when the plan asked (`withMe`) and the portal answered. */
  me: CurrentUser | null
}

const ME_KEY = 'me'
/** The caller's id inside the batch that asked `user.current` first (docs `settings/how-to-call-rest-api/batch.md`). */
const ME_REFERENCE = `$result[${ME_KEY}][ID]`
const ENTRY_KEY = 'e'
const TASK_KEY = 't'
const USER_KEY = 'u'

/**
 * The state before anything is loaded. An empty list of people has no entries and needs no
 * request at all (inside a batch an empty USER_ID list would vanish and mean "everyone",
 * docs/rest-quirks.md#batch-encoding).
 *
 * @example
 * planTimesheetBatch(initialTimesheetState(query)) // { cursor: 0, entryPages: 10, taskChunks: [], userChunks: [] }
 */
export function initialTimesheetState(query?: Pick<TimesheetQuery, 'userIds'>): TimesheetState {
  const nobody = query?.userIds?.length === 0
  return { cursor: 0, remaining: nobody ? 0 : null, entriesDone: nobody, pendingTaskIds: [], pendingUserIds: [], requestedTaskIds: new Set(), requestedUserIds: new Set() }
}

/**
 * The server-side FILTER of a query, without the cursor: the period's CREATED_DATE edges in the
 * viewer's zone and, for a chosen set of people, USER_ID as a list.
 *
 * @example
 * timesheetFilter({ period: { from: '2026-03-01', to: '2026-03-31' }, timeZone: 'Europe/Moscow', userIds: [101, 102] })
 * // { '>=CREATED_DATE': '2026-03-01T00:00:00+03:00', '<CREATED_DATE': '2026-04-01T00:00:00+03:00', USER_ID: [101, 102] }
 */
export function timesheetFilter(query: TimesheetQuery): Record<string, unknown> {
  const filter: Record<string, unknown> = { ...createdDateFilter(query.period, query.timeZone) }
  if (query.userIds === 'me') {
    filter.USER_ID = ME_REFERENCE
  }
  else if (query.userIds !== null) {
    if (query.userIds.length === 0)
      throw new RangeError('timesheetFilter: no people given (an empty USER_ID list would mean everyone)')
    filter.USER_ID = [...new Set(query.userIds)]
  }
  return filter
}

/**
 * Positional getlist params without a task id: `[ORDER, FILTER, SELECT, PARAMS]`, keyset-paged.
 * `cursor` is an id or a batch reference.
 *
 * @example
 * entryPageParams(query, '$result[e0][49][ID]')
 * // [{ ID: 'asc' }, { '>ID': '$result[e0][49][ID]', ... }, [...ENTRY_SELECT], { NAV_PARAMS: { nPageSize: 50, iNumPage: 1 } }]
 */
export function entryPageParams(query: TimesheetQuery, cursor: number | string): RestParams {
  return [
    { ID: 'asc' },
    { '>ID': cursor, ...timesheetFilter(query) },
    [...ENTRY_SELECT],
    { NAV_PARAMS: { nPageSize: ENTRY_PAGE_SIZE, iNumPage: 1 } },
  ]
}

/**
 * The pure planner: what the next batch carries, or null when the load is complete. Look-ups of
 * tasks and people already named go first (the grid can paint once they are in), then as many
 * chained entry pages as the rest of the batch holds and the last `total` says are needed.
 *
 * @example
 * planTimesheetBatch({ ...initialTimesheetState(), cursor: 500, remaining: 19_500, pendingTaskIds: [101], pendingUserIds: [102] })
 * // { cursor: 500, entryPages: 48, taskChunks: [[101]], userChunks: [[102]] }
 */
export function planTimesheetBatch(state: TimesheetState, options: PlanOptions = {}): TimesheetBatchPlan | null {
  const withMe = options.withMe === true
  const max = (options.maxCommands ?? MAX_BATCH_COMMANDS) - (withMe ? 1 : 0)
  const firstPages = options.firstBatchPages ?? FIRST_BATCH_PAGES
  const taskChunks = chunk([...state.pendingTaskIds], TASK_LIST_CHUNK).slice(0, max)
  const userChunks = chunk([...state.pendingUserIds], USER_CHUNK).slice(0, max - taskChunks.length)
  const room = max - taskChunks.length - userChunks.length
  const wanted = state.entriesDone ? 0 : state.remaining === null ? firstPages : Math.ceil(state.remaining / ENTRY_PAGE_SIZE)
  const entryPages = Math.max(0, Math.min(room, wanted))
  if (entryPages === 0 && taskChunks.length === 0 && userChunks.length === 0 && !withMe)
    return null
  return { cursor: state.cursor, entryPages, taskChunks, userChunks, ...(withMe ? { withMe } : {}) }
}

/**
 * The batch commands of a plan: `e0…` chained entry pages, `t0…` task chunks, `u0…` user chunks.
 *
 * @example
 * Object.keys(timesheetBatchCommands(query, { cursor: 0, entryPages: 2, taskChunks: [[101]], userChunks: [] })) // ['e0', 'e1', 't0']
 */
export function timesheetBatchCommands(query: TimesheetQuery, plan: TimesheetBatchPlan): Record<string, BatchCommand> {
  if (query.userIds === 'me' && !plan.withMe)
    throw new RangeError('timesheetBatchCommands: a \'me\' query needs user.current in the same batch')
  // Commands run in key order: `me` first, so the entry pages can refer to its ID.
  const commands: Record<string, BatchCommand> = plan.withMe ? { [ME_KEY]: { method: 'user.current' } } : {}
  for (let page = 0; page < plan.entryPages; page++) {
    const cursor = page === 0 ? plan.cursor : `$result[${ENTRY_KEY}${page - 1}][${ENTRY_PAGE_SIZE - 1}][ID]`
    commands[`${ENTRY_KEY}${page}`] = { method: 'task.elapseditem.getlist', params: entryPageParams(query, cursor) }
  }
  plan.taskChunks.forEach((ids, index) => {
    commands[`${TASK_KEY}${index}`] = { method: 'tasks.task.list', params: taskListParams(ids) }
  })
  plan.userChunks.forEach((ids, index) => {
    commands[`${USER_KEY}${index}`] = { method: 'user.get', params: userGetParams(ids) }
  })
  return commands
}

function malformed(method: string, detail: string): ApiError {
  return createApiError({ code: 'MALFORMED_RESPONSE', status: 200, detail: `${method}: ${detail}` })
}

type ChainRead = Pick<TimesheetArrival, 'entries' | 'unreadableEntries' | 'repeatedEntries' | 'cursor' | 'remaining' | 'entriesDone' | 'entriesError'>

/**
 * Reads the chained pages in order. A short page ends the chain (later pages ran with a
 * substituted filter and are ignored); a failed or malformed page stops it, keeping the cursor
 * of the last good page so that the next batch resumes exactly there. A generator that pauses
 * after every page, so `readTimesheetBatchSliced` can yield between pages.
 */
function* readEntryChain(plan: TimesheetBatchPlan, rows: Readonly<Record<string, BatchOutcome>>, previousRemaining: number | null): Generator<void, ChainRead> {
  const read: ChainRead = { entries: [], unreadableEntries: 0, repeatedEntries: 0, cursor: plan.cursor, remaining: previousRemaining, entriesDone: false, entriesError: null }
  for (let page = 0; page < plan.entryPages; page++) {
    const outcome = rows[`${ENTRY_KEY}${page}`]
    if (!outcome || !outcome.ok) {
      read.entriesError = outcome ? outcome.error : malformed('task.elapseditem.getlist', `row ${ENTRY_KEY}${page} missing`)
      return read
    }
    const list = outcome.value.result
    if (!Array.isArray(list)) {
      read.entriesError = malformed('task.elapseditem.getlist', 'expected an array')
      return read
    }
    // The cursor must move to the page's last id even when that row does not read otherwise:
    // it is what the next page's `$result[…][49][ID]` resolves to on the server.
    let lastId: number
    try {
      lastId = list.length === 0 ? read.cursor : asInt((list.at(-1) as Record<string, unknown> | null)?.ID, 'entry.ID')
    }
    catch (error) {
      if (!(error instanceof PayloadError))
        throw error
      read.entriesError = malformed('task.elapseditem.getlist', error.message)
      return read
    }
    for (const row of list) {
      try {
        const entry = mapTimeEntry(row)
        if (entry.id <= read.cursor)
          read.repeatedEntries++
        else
          read.entries.push(entry)
      }
      catch (error) {
        if (!(error instanceof PayloadError))
          throw error
        read.unreadableEntries++
      }
    }
    if (lastId > read.cursor)
      read.cursor = lastId
    const total = outcome.value.total
    // Without a `total` the rest is unknown (null), unless an earlier page told it.
    if (total !== null)
      read.remaining = Math.max(0, total - list.length)
    else if (read.remaining !== null)
      read.remaining = Math.max(0, read.remaining - list.length)
    if (list.length < ENTRY_PAGE_SIZE || read.remaining === 0) {
      read.entriesDone = true
      read.remaining = 0
      return read
    }
    // A page read: a point where the sliced reader may give the main thread back.
    yield
  }
  return read
}

function readMe(outcome: BatchOutcome | undefined): CurrentUser | ApiError {
  if (!outcome)
    return malformed('user.current', `row ${ME_KEY} missing`)
  if (!outcome.ok)
    return outcome.error
  try {
    return mapCurrentUser(outcome.value.result, outcome.value.time?.date_start)
  }
  catch (error) {
    if (!(error instanceof PayloadError))
      throw error
    return malformed('user.current', error.message)
  }
}

function readUsers(result: unknown): { users: User[], unreadable: number } {
  if (!Array.isArray(result))
    throw new PayloadError('user.get: expected an array')
  const read = { users: [] as User[], unreadable: 0 }
  for (const row of result) {
    try {
      read.users.push(mapUser(row))
    }
    catch (error) {
      if (!(error instanceof PayloadError))
        throw error
      read.unreadable++
    }
  }
  return read
}

/** Runs a generator to its end without pausing. */
function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done)
      return step.value
  }
}

/**
 * Reads a batch's answer against its plan.
 *
 * @example
 * const arrival = readTimesheetBatch(plan, await rest.batch(timesheetBatchCommands(query, plan)), state.remaining)
 */
export function readTimesheetBatch(plan: TimesheetBatchPlan, rows: Readonly<Record<string, BatchOutcome>>, previousRemaining: number | null = null): TimesheetArrival {
  return drain(readBatchSteps(plan, rows, previousRemaining))
}

/**
 * `readTimesheetBatch` in slices: a batch of 50 pages is 2,500 rows, so the slicer may give the
 * main thread back between pages (the same arrival, read in more tasks).
 *
 * @example
 * const arrival = await readTimesheetBatchSliced(plan, rows, state.remaining, createSlicer(8, { spent: true }))
 */
export async function readTimesheetBatchSliced(plan: TimesheetBatchPlan, rows: Readonly<Record<string, BatchOutcome>>, previousRemaining: number | null, slicer: Slicer): Promise<TimesheetArrival> {
  const steps = readBatchSteps(plan, rows, previousRemaining)
  for (;;) {
    await slicer.maybeYield()
    const step = steps.next()
    if (step.done)
      return step.value
  }
}

function* readBatchSteps(plan: TimesheetBatchPlan, rows: Readonly<Record<string, BatchOutcome>>, previousRemaining: number | null): Generator<void, TimesheetArrival> {
  const me = plan.withMe ? readMe(rows[ME_KEY]) : null
  // Without the caller's id the pages ran with an unresolved reference as USER_ID: never read them.
  const chain = me instanceof ApiError
    ? { entries: [], unreadableEntries: 0, repeatedEntries: 0, cursor: plan.cursor, remaining: previousRemaining, entriesDone: false, entriesError: me }
    : yield* readEntryChain(plan, rows, previousRemaining)
  const arrival: TimesheetArrival = {
    ...chain,
    me: me instanceof ApiError ? null : me,
    tasks: [],
    unreadableTasks: 0,
    users: [],
    unreadableUsers: 0,
    failedTaskIds: [],
    failedUserIds: [],
    lookupErrors: [],
  }
  if (plan.entryPages === 0 && !(me instanceof ApiError)) {
    arrival.entriesDone = true
    arrival.remaining = 0
  }
  plan.taskChunks.forEach((ids, index) => {
    const read = settleTaskList(rows[`${TASK_KEY}${index}`])
    if ('error' in read) {
      arrival.failedTaskIds.push(...ids)
      arrival.lookupErrors.push(read.error)
      return
    }
    arrival.tasks.push(...read.tasks)
    arrival.unreadableTasks += read.unreadable
  })
  plan.userChunks.forEach((ids, index) => {
    const outcome = rows[`${USER_KEY}${index}`]
    try {
      if (!outcome || !outcome.ok)
        throw outcome ? outcome.error : malformed('user.get', `row ${USER_KEY}${index} missing`)
      const read = readUsers(outcome.value.result)
      arrival.users.push(...read.users)
      arrival.unreadableUsers += read.unreadable
    }
    catch (error) {
      if (!(error instanceof PayloadError) && !(error instanceof ApiError))
        throw error
      arrival.failedUserIds.push(...ids)
      arrival.lookupErrors.push(error instanceof PayloadError ? malformed('user.get', error.message) : error)
    }
  })
  return arrival
}

/**
 * The state after a batch arrived (pure): the cursor moves to the last good page, new task and
 * user ids become pending, failed look-ups go back to pending. When the plan carried no entry
 * pages the entries' state is kept as it was.
 *
 * @example
 * state = advanceTimesheet(state, plan, arrival)
 */
export function advanceTimesheet(state: TimesheetState, plan: TimesheetBatchPlan, arrival: TimesheetArrival): TimesheetState {
  const requestedTaskIds = new Set(state.requestedTaskIds)
  const requestedUserIds = new Set(state.requestedUserIds)
  plan.taskChunks.flat().forEach(id => requestedTaskIds.add(id))
  plan.userChunks.flat().forEach(id => requestedUserIds.add(id))
  arrival.failedTaskIds.forEach(id => requestedTaskIds.delete(id))
  arrival.failedUserIds.forEach(id => requestedUserIds.delete(id))
  const pendingTaskIds = new Set(state.pendingTaskIds.filter(id => !requestedTaskIds.has(id)))
  const pendingUserIds = new Set(state.pendingUserIds.filter(id => !requestedUserIds.has(id)))
  arrival.failedTaskIds.forEach(id => pendingTaskIds.add(id))
  arrival.failedUserIds.forEach(id => pendingUserIds.add(id))
  for (const entry of arrival.entries) {
    if (!requestedTaskIds.has(entry.taskId))
      pendingTaskIds.add(entry.taskId)
    if (!requestedUserIds.has(entry.userId))
      pendingUserIds.add(entry.userId)
  }
  const entries = plan.entryPages === 0
    ? { cursor: state.cursor, remaining: state.remaining, entriesDone: state.entriesDone }
    : { cursor: arrival.cursor, remaining: arrival.remaining, entriesDone: arrival.entriesDone }
  return { ...entries, pendingTaskIds: [...pendingTaskIds], pendingUserIds: [...pendingUserIds], requestedTaskIds, requestedUserIds }
}

export interface TimesheetApi {
  /** Runs one planned batch: exactly one HTTP request. */
  fetchBatch: (query: TimesheetQuery, plan: TimesheetBatchPlan, previousRemaining: number | null) => Promise<TimesheetArrival>
  /**
   * Whether the caller may add time to the task (`task.elapseditem.isactionallowed`, ACTIONID 1,
   * docs/rest-quirks.md#action-ids): one request.
   */
  canAdd: (taskId: number) => Promise<boolean>
  /**
   * Portal users matching typed text (`user.search` with FIND, one request): the first page of 50
   * and the portal's count of all matches. A row that does not read is counted and skipped.
   */
  searchUsers: (text: string) => Promise<UserSearchResult>
  /**
   * A project's name when no loaded task carries it (a report over a project without entries in
   * the period, docs/timesheet.md#project-names): one request; null when the caller sees no task
   * of the project.
   */
  projectName: (groupId: number) => Promise<TaskProject | null>
}

export interface UserSearchResult {
  users: User[]
  /** Matches on the portal; more than `users.length` when the page is not all of them. */
  total: number
  unreadable: number
}

export interface TimesheetApiOptions {
  /**
   * Slices the reading of a batch's pages. By default the first slice starts in a task of its
   * own (the SDK has just parsed the answer in the current one) and each runs about 8 ms.
   */
  slicer?: () => Slicer
}

/**
 * The timesheet part of the API. A store drives it: plan, fetch, advance, until the plan is null.
 *
 * @example
 * const api = createTimesheetApi(rest, t)
 * let state = initialTimesheetState()
 * for (let plan = planTimesheetBatch(state); plan; plan = planTimesheetBatch(state))
 *   state = advanceTimesheet(state, plan, await api.fetchBatch(query, plan, state.remaining))
 */
export function createTimesheetApi(rest: RestClient, options: TimesheetApiOptions = {}): TimesheetApi {
  const slicer = options.slicer ?? (() => createSlicer(8, { spent: true }))
  return {
    async fetchBatch(query, plan, previousRemaining) {
      const rows = await rest.batch(timesheetBatchCommands(query, plan))
      return readTimesheetBatchSliced(plan, rows, previousRemaining, slicer())
    },
    async searchUsers(text) {
      const { result, total } = await rest.call<unknown>('user.search', userSearchParams(text))
      if (!Array.isArray(result))
        throw createApiError({ code: 'MALFORMED_RESPONSE', status: 200, detail: 'user.search: expected an array', method: 'user.search' })
      const users: User[] = []
      let unreadable = 0
      for (const row of result) {
        try {
          users.push(mapUser(row))
        }
        catch (error) {
          if (!(error instanceof PayloadError))
            throw error
          unreadable++
        }
      }
      return { users, total: Math.max(total ?? 0, result.length), unreadable }
    },
    async projectName(groupId) {
      const { result } = await rest.call<unknown>('tasks.task.list', projectNameParams(groupId))
      try {
        return readProjectName(result, groupId)
      }
      catch (error) {
        if (!(error instanceof PayloadError))
          throw error
        throw createApiError({ code: 'MALFORMED_RESPONSE', status: 200, detail: `tasks.task.list: ${error.message}`, method: 'tasks.task.list' })
      }
    },
    async canAdd(taskId) {
      const { result } = await rest.call('task.elapseditem.isactionallowed', canAddParams(taskId))
      return result === true || result === 'Y' || result === 'true'
    },
  }
}
