/**
 * `CTaskElapsedItem::runRestMethod` and the methods behind it (tasks/classes/general/elapseditem.php,
 * subtaskitemabstract.php, taskelapsed.php), quirks included (docs/rest-quirks.md#elapseditem):
 * - `get`, `update`, `delete` and `isactionallowed` read the item **by id only**: it may belong
 *   to another task than TASKID, as long as TASKID's task is readable;
 * - `get` HTML-escapes string values (`htmlspecialcharsEx`), `getlist` returns them raw;
 * - `add` returns the new id, forces SOURCE = 2, defaults USER_ID to the caller and
 *   CREATED_DATE, DATE_START and DATE_STOP to now; without access it answers #4 even for a task
 *   the user cannot see;
 * - `update` is refused (#256, empty message) for any key but MINUTES, SECONDS, COMMENT_TEXT and
 *   CREATED_DATE, needs SECONDS (or MINUTES) every time, and sets SOURCE = 2 only when the
 *   duration changed; an empty field set is a no-op that checks nothing;
 * - only the author or an admin may modify or delete; ITEMID must be > 0 even for "may I add?";
 * - an entry whose author's b_user row is gone is listed by `getlist` (ElapsedTimeTable, no join)
 *   but not found by the others (`CTaskElapsedTime::GetList` joins b_user; bitrix24-core-corp
 *   modules/tasks/classes/general/taskelapsed.php).
 */
import type { DemoEntry } from '../../data/entries'
import type { DemoTask } from '../../data/tasks'
import type { ListFault } from '../../faults'
import type { RestContext } from '../context'
import type { LegacyClass, LegacyReturn } from '../legacy/task-rest-service'
import type { EntryRecord } from './list-query'
import { findTask } from '../../data/tasks'
import { isArrayLike } from '../../php/array'
import { strtotime } from '../../php/strtotime'
import { htmlspecialcharsEx, isLaxInteger, phpIntval, phpIsNumeric, phpStrval } from '../../php/values'
import { canAddTime, canModifyEntry, hasAccountRow, readableTask } from '../access'
import { parseRestParams } from '../legacy/rest-params'
import { taskAssert, tasksException } from '../legacy/tasks-exception'
import { compileSelect, filterReadsDates, matchEntries, pageOf, phpRound, toRecord } from './list-query'
import {
  ACTION_ELAPSED_TIME_ADD,
  ACTION_ELAPSED_TIME_MODIFY,
  ACTION_ELAPSED_TIME_REMOVE,
  ELAPSED_ITEM_MANIFEST,
  publicManifest,
  SOURCE_MANUAL,
  UPDATABLE_FIELDS,
} from './manifest'
import { cachedMatches } from './query-cache'

/** `CTaskRestService::TASKS_LIMIT_PAGE_SIZE`. */
const PAGE_SIZE_LIMIT = 50

/** `CTaskItem::getInstance`: a positive lax integer, or an assertion failure. */
function taskInstanceId(taskId: unknown): number {
  taskAssert(isLaxInteger(taskId) && phpIntval(taskId) > 0)
  return phpIntval(taskId)
}

/** `CTaskItem::getData()`: the task, or #1 when it does not exist or is hidden from the user. */
function taskData(context: RestContext, taskId: number): DemoTask {
  const task = readableTask(taskId, context.session.userId)
  if (!task)
    throw tasksException('TASK_NOT_FOUND_OR_NOT_ACCESSIBLE', 'Task not found or not accessible')
  return task
}

/** `checkAccess(ACTION_TASK_ELAPSED_TIME)`: false for a missing task rather than an error. */
function taskAllowsAddingTime(taskId: number, userId: number): boolean {
  const task = findTask(taskId)
  return task !== undefined && canAddTime(task, userId)
}

/** `CTaskDateTime::createFromUserTime` of a converted value: empty means now. */
function userTime(value: unknown, nowMs: number): number {
  return (typeof value === 'string' && value !== '' ? strtotime(value, nowMs) : null) ?? nowMs
}

/** A `CTaskElapsedItem` bound to a task: the item itself is loaded lazily, by id only. */
class ElapsedItem {
  constructor(private readonly context: RestContext, private readonly taskId: number, private readonly itemId: number) {}

  static open(context: RestContext, taskId: unknown, itemId: unknown): ElapsedItem {
    const task = taskInstanceId(taskId)
    taskAssert(isLaxInteger(itemId) && phpIntval(itemId) > 0)
    return new ElapsedItem(context, task, phpIntval(itemId))
  }

  /**
   * `getData()`: needs read access to the task, then looks the item up by id only, through
   * `CTaskElapsedTime::GetList`, whose INNER JOIN on b_user drops an entry whose author is gone.
   */
  entry(): Readonly<DemoEntry> {
    const entry = readableTask(this.taskId, this.context.session.userId) ? this.context.session.entries.get(this.itemId) : undefined
    if (!entry || !hasAccountRow(entry.userId))
      throw tasksException('ITEM_NOT_FOUND_OR_NOT_ACCESSIBLE', 'Check listitem not found or not accessible')
    return entry
  }

  escapedData(): EntryRecord {
    const record = toRecord(this.entry())
    const escaped = { ...record }
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === 'string' && !phpIsNumeric(value))
        (escaped as Record<string, unknown>)[key] = htmlspecialcharsEx(value)
    }
    return escaped
  }

  isActionAllowed(actionId: unknown): boolean {
    taskAssert(isLaxInteger(actionId))
    const action = phpIntval(actionId)
    const userId = this.context.session.userId
    if (action === ACTION_ELAPSED_TIME_ADD)
      return taskAllowsAddingTime(this.taskId, userId)
    if (action === ACTION_ELAPSED_TIME_MODIFY || action === ACTION_ELAPSED_TIME_REMOVE)
      return canModifyEntry(this.entry(), userId)
    return false
  }

  update(fields: Record<string, unknown>): void {
    if (Object.keys(fields).length === 0)
      return
    if (!this.isActionAllowed(ACTION_ELAPSED_TIME_MODIFY))
      throw tasksException('ACTION_NOT_ALLOWED')
    if (Object.keys(fields).some(key => !(UPDATABLE_FIELDS as readonly string[]).includes(key)))
      throw tasksException('WRONG_ARGUMENTS')
    const current = this.entry()
    const given = (key: string) => fields[key] !== undefined && fields[key] !== null
    taskAssert(!(given('MINUTES') && given('SECONDS')))
    taskAssert(given('SECONDS') || given('MINUTES'))
    const seconds = given('SECONDS') ? phpIntval(fields.SECONDS) : 60 * phpIntval(fields.MINUTES)
    const patch: Partial<DemoEntry> = { seconds }
    // CTaskElapsedTime::Update: MINUTES = round(SECONDS / 60); manual when MINUTES or SECONDS differ
    // from the stored row (the emulator stores MINUTES as round(SECONDS / 60) too).
    if (seconds !== current.seconds || phpRound(seconds / 60) !== phpRound(current.seconds / 60))
      patch.source = SOURCE_MANUAL
    if (Object.hasOwn(fields, 'CREATED_DATE'))
      patch.createdDate = userTime(fields.CREATED_DATE, this.context.nowMs)
    if (Object.hasOwn(fields, 'COMMENT_TEXT'))
      patch.comment = phpStrval(fields.COMMENT_TEXT)
    this.context.session.entries.update(this.itemId, patch)
  }

  delete(): void {
    if (!this.isActionAllowed(ACTION_ELAPSED_TIME_REMOVE))
      throw tasksException('ACTION_NOT_ALLOWED')
    this.context.session.entries.delete(this.itemId)
  }
}

function add(context: RestContext, taskId: unknown, fields: Record<string, unknown>): number {
  const task = taskInstanceId(taskId)
  const userId = context.session.userId
  if (!taskAllowsAddingTime(task, userId))
    throw tasksException('ACTION_NOT_ALLOWED')
  const given = (key: string) => fields[key] !== undefined && fields[key] !== null
  taskAssert(given('SECONDS'))
  const seconds = phpIntval(fields.SECONDS)
  const now = context.nowMs
  const createdDate = typeof fields.CREATED_DATE === 'string' && fields.CREATED_DATE !== '' ? userTime(fields.CREATED_DATE, now) : now
  const entry = context.session.entries.add({
    taskId: task,
    userId: phpIntval(fields.USER_ID) === 0 ? userId : phpIntval(fields.USER_ID),
    comment: phpStrval(fields.COMMENT_TEXT),
    seconds,
    // CTaskElapsedTime::Add writes SOURCE_MANUAL whatever the caller sent (the timer passes SYSTEM).
    source: SOURCE_MANUAL,
    createdDate,
    dateStart: userTime(fields.DATE_START, now),
    dateStop: userTime(fields.DATE_STOP, now),
  })
  return entry.id
}

/** `CHECK_RIGHTS`: the rows of tasks the user may read (each task's access decided once). */
function readableEntries(entries: readonly Readonly<DemoEntry>[], userId: number): Readonly<DemoEntry>[] {
  const readable = new Map<number, boolean>()
  return entries.filter((entry) => {
    let allowed = readable.get(entry.taskId)
    if (allowed === undefined) {
      allowed = readableTask(entry.taskId, userId) !== undefined
      readable.set(entry.taskId, allowed)
    }
    return allowed
  })
}

function getList(context: RestContext, args: unknown[]): LegacyReturn {
  const [taskId, order, filter, select, params] = args as [unknown, Record<string, unknown>?, Record<string, unknown>?, unknown[]?, Record<string, unknown>?]
  const userId = context.session.userId
  let byTaskId: number | null = null
  let effectiveFilter: Record<string, unknown> = isArrayLike(filter) ? { ...filter } : {}
  // Strictly `!== 0`: a JSON 0 lists every readable task, the string "0" of a form or batch
  // row goes on to CTaskItem and fails its assertion.
  if (args.length > 0 && taskId !== 0) {
    const id = taskInstanceId(taskId)
    taskData(context, id)
    byTaskId = id
    effectiveFilter = { ...effectiveFilter, TASK_ID: taskId }
  }
  const navParams = isArrayLike(params) && isArrayLike((params as Record<string, unknown>).NAV_PARAMS)
    ? (params as Record<string, Record<string, unknown>>).NAV_PARAMS!
    : null
  let pageSize: number
  let offset = 0
  if (navParams) {
    pageSize = navParams.nPageSize !== undefined && navParams.nPageSize !== null
      ? Math.min(PAGE_SIZE_LIMIT, phpIntval(navParams.nPageSize))
      : PAGE_SIZE_LIMIT
    if (navParams.iNumPage !== undefined && navParams.iNumPage !== null) {
      const page = phpIntval(navParams.iNumPage)
      offset = page > 0 ? (page - 1) * pageSize : 0
    }
  }
  else {
    // No NAV_PARAMS: everything for one task, the first 50 across tasks.
    pageSize = byTaskId !== null ? 0 : PAGE_SIZE_LIMIT
  }
  const query = {
    order: isArrayLike(order) && Object.keys(order).length > 0 ? order : { ID: 'ASC' },
    filter: effectiveFilter,
  }
  const columns = compileSelect(Array.isArray(select) && select.length > 0 ? select : isArrayLike(select) && Object.keys(select).length > 0 ? Object.values(select) : ['*'])
  const store = context.session.entries
  // Relative dates (`now`, `today`) in a filter make the result depend on the clock.
  const key = JSON.stringify([byTaskId, userId, query.filter, query.order, filterReadsDates(query.filter) ? context.nowMs : 0])
  const matches = cachedMatches(store, key, () => {
    // With a task id the TASK_ID filter keeps only that task's rows: start from them (same
    // result, and a page of a 50,000-entry task does not scan the others).
    const entries = byTaskId !== null ? store.list(byTaskId) : readableEntries(store.list(), userId)
    return matchEntries(entries, query, context.nowMs)
  })
  const rows = pageOf(matches, columns, { limit: pageSize, offset })
  const count = matches.length
  const listFault = context.session.faults.listFault
  if (listFault) {
    const records = (byTaskId !== null ? store.list(byTaskId) : readableEntries(store.list(), userId)).map(toRecord)
    return bendList(listFault, { rows, count, offset, cursor: phpIntval(effectiveFilter['<ID'] ?? effectiveFilter['>ID'] ?? 0), records })
  }
  return { value: rows, nav: { offset, count } }
}

/**
 * The explicit `listFault` opt-ins (emulator/faults.ts): answers a real portal can give when rows
 * change between two pages or hold unreadable data. "A later page" is one that starts past the
 * first row, by offset or by a keyset cursor (`>ID` ascending, `<ID` descending).
 */
function bendList(fault: ListFault, list: { rows: Partial<EntryRecord>[], count: number, offset: number, cursor: number, records: readonly EntryRecord[] }): LegacyReturn {
  const { rows, count, offset, cursor, records } = list
  const later = offset > 0 || cursor > 0
  switch (fault) {
    case 'page2_empty':
      return { value: later ? [] : rows, nav: { offset, count } }
    case 'bogus_total':
      return { value: rows, nav: { offset, count: 2_000_000_000 } }
    case 'malformed_row':
      return { value: rows.map((row, index) => (!later && index === 0 ? { ...row, SECONDS: 'abc' } : row)), nav: { offset, count } }
    case 'duplicate_row': {
      // The row just before this page comes again at its start, as offset paging does after a delete.
      const previous = later ? records.find(record => Number(record.ID) === cursor) : undefined
      const columns = rows[0] ? Object.keys(rows[0]) as Array<keyof EntryRecord> : []
      const repeated = previous ? Object.fromEntries(columns.map(column => [column, previous[column]])) as Partial<EntryRecord> : null
      return { value: repeated ? [repeated, ...rows] : rows, nav: { offset, count } }
    }
  }
}

function run(context: RestContext, methodName: string, rawArgs: unknown[]): LegacyReturn {
  const args = parseRestParams(ELAPSED_ITEM_MANIFEST, methodName, rawArgs, context.nowMs)
  switch (methodName) {
    case 'getmanifest':
      return { value: publicManifest() }
    case 'getlist':
      return getList(context, args)
    case 'add':
      return { value: add(context, args[0], args[1] as Record<string, unknown>) }
  }
  const item = ElapsedItem.open(context, args[0], args[1])
  switch (methodName) {
    case 'get': return { value: item.escapedData() }
    case 'update':
      item.update(args[2] as Record<string, unknown>)
      return { value: null }
    case 'delete':
      item.delete()
      return { value: null }
    case 'isactionallowed': return { value: item.isActionAllowed(args[2]) }
    default: throw new Error('Unknown REST-method signature given')
  }
}

export const ELAPSED_ITEM: LegacyClass = { manifest: ELAPSED_ITEM_MANIFEST, run }

/** Method names the class exposes (lower case), for the REST routing table. */
export const ELAPSED_ITEM_METHODS = Object.keys(ELAPSED_ITEM_MANIFEST.methods)
