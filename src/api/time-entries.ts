/**
 * Time entries of a task over the legacy `task.elapseditem.*` methods (research/rest.md §1).
 *
 * Facts this file encodes:
 * - parameters are positional, so every `task.*` call passes an array in documented order;
 * - inside a `batch` the SDK writes each command as a query string, and `qs` drops empty objects:
 *   an empty ORDER or FILTER would vanish and shift SELECT into FILTER's slot. Both are therefore
 *   always non-empty (`{ ID: 'desc' }`, `{ '>ID': 0 }`);
 * - `get` HTML-escapes COMMENT_TEXT (`htmlspecialcharsEx`), `getlist` does not: `get` output is
 *   un-escaped so both show the same text; `get` may answer an object or a one-element array, and
 *   looks the item up by id only, so callers compare `taskId`;
 * - `update` accepts only SECONDS, COMMENT_TEXT, CREATED_DATE (+MINUTES) and needs SECONDS every time.
 */
import type { BatchCommand, BatchOutcome, RestClient, RestParams, RestResult } from './client'
import type { Task } from './tasks'
import type { User } from './users'
import { formatOffset, parseUtcOffset } from '@/lib/time/zone'
import { ApiError, createApiError } from './errors'
import { asInt, asOptionalDate, asOptionalString, asRecord, PayloadError } from './parse'
import { mapTaskResult, taskGetParams } from './tasks'
import { chunk, ENTRY_PAGE_SIZE } from './time-entries-paging'
import { mapUser, userGetParams } from './users'

/** `SOURCE` 2 = typed by a person, 3 = the task timer, 1 = unknown (research/rest.md §1.2). */
export type EntrySource = 'manual' | 'timer' | 'unknown'

export interface TimeEntry {
  id: number
  taskId: number
  userId: number
  seconds: number
  /** Plain text exactly as typed (may contain HTML or BBCode, which the UI shows inert). */
  comment: string
  source: EntrySource
  /** The day and time the work is booked on (`CREATED_DATE`). */
  createdAt: Date
  /** Timer entries: when the timer ran. Meaningless for manual entries. */
  startedAt: Date | null
  stoppedAt: Date | null
}

/** What a person may write; `createdDate` is ISO 8601 with an offset. */
export interface EntryFields {
  seconds: number
  comment: string
  createdDate: string
}

export interface CurrentUser extends User {
  /** IANA zone from the profile; null when the profile leaves it to the portal default. */
  timeZone: string | null
  /** The server's UTC offset (`+01:00`) from the envelope's `time.date_start`; Bitrix24 shows server time without `timeZone`. */
  serverUtcOffset?: string | null
}

export interface EntryPage {
  page: number
  entries: TimeEntry[]
  total: number
}

/** The opening batch: everything the sidebar needs in one HTTP request. */
export interface TaskOpening {
  task: Task
  canAdd: boolean
  /** Null when `user.current` failed: the list still shows, read-only. */
  me: CurrentUser | null
  firstPage: EntryPage | ApiError
}

export interface PagesResult {
  pages: Map<number, EntryPage | ApiError>
  /** Null when no users were asked for. */
  users: Map<number, User> | ApiError | null
}

export interface EntryOpening {
  entry: TimeEntry
  me: CurrentUser | null
}

export interface TimeEntriesApi {
  /** One batch: the task, page 1 of its entries, the add permission and the current user. */
  open: (taskId: number) => Promise<TaskOpening>
  /** One batch (≤ 50 commands): more pages and/or a user look-up. */
  fetch: (taskId: number, pages: readonly number[], userIds: readonly number[]) => Promise<PagesResult>
  /** One entry (and the current user when asked), in one request. */
  openEntry: (taskId: number, itemId: number, withMe: boolean) => Promise<EntryOpening>
  /** Returns the new entry's id. */
  add: (taskId: number, fields: EntryFields) => Promise<number>
  update: (taskId: number, itemId: number, fields: EntryFields) => Promise<void>
  remove: (taskId: number, itemId: number) => Promise<void>
}

export const ENTRY_SELECT = ['ID', 'TASK_ID', 'USER_ID', 'COMMENT_TEXT', 'SECONDS', 'SOURCE', 'CREATED_DATE', 'DATE_START', 'DATE_STOP'] as const

/** `task.elapseditem.isactionallowed` ACTIONID for "add" (research/rest.md §1.3). */
export const ACTION_ADD = 1

/**
 * Positional getlist params: `[TASKID, ORDER, FILTER, SELECT, PARAMS]`.
 *
 * @example
 * getListParams(691, 2) // [691, { ID: 'desc' }, { '>ID': 0 }, [...ENTRY_SELECT], { NAV_PARAMS: { nPageSize: 50, iNumPage: 2 } }]
 */
export function getListParams(taskId: number, page: number): RestParams {
  return [taskId, { ID: 'desc' }, { '>ID': 0 }, [...ENTRY_SELECT], { NAV_PARAMS: { nPageSize: ENTRY_PAGE_SIZE, iNumPage: page } }]
}

/**
 * `[TASKID, ITEMID, ACTIONID]`; ITEMID must be > 0 even for "add", where the item is never loaded.
 *
 * @example
 * canAddParams(691) // [691, 1, 1]
 */
export function canAddParams(taskId: number): RestParams {
  return [taskId, 1, ACTION_ADD]
}

/** Only the keys `update` accepts, SECONDS always included. */
export function entryFieldsPayload(fields: EntryFields): Record<string, unknown> {
  return { SECONDS: fields.seconds, COMMENT_TEXT: fields.comment, CREATED_DATE: fields.createdDate }
}

const ESCAPED = /&amp;(amp;|lt;|gt;|quot;|#34|#x22|#39|#x27)|&amp;|&(lt|gt|quot|#0?39);/g
const UNESCAPE: Readonly<Record<string, string>> = { 'lt': '<', 'gt': '>', 'quot': '"', '#39': '\'', '#039': '\'' }

/**
 * Undoes the escaping `get` applies to COMMENT_TEXT, so `get` shows the text `getlist` shows.
 * Bitrix's `htmlspecialcharsEx` escapes `< > "` and re-escapes existing entities (`&lt;` →
 * `&amp;lt;`) but leaves a bare `&` alone; plain `htmlspecialchars` (seen on some servers, and
 * in the emulator) also turns `&` into `&amp;` and `'` into `&#039;`. Both are undone exactly:
 * `htmlspecialcharsEx` never produces a bare `&amp;` outside a re-escaped entity.
 *
 * @example
 * unescapeBitrixHtml('&lt;b&gt; &amp;lt; & x') // '<b> &lt; & x'
 * unescapeBitrixHtml('a &amp; b') // 'a & b'
 */
export function unescapeBitrixHtml(text: string): string {
  return text.replace(ESCAPED, (_match, reEscaped: string | undefined, escaped: string | undefined) => {
    if (reEscaped !== undefined)
      return `&${reEscaped}`
    if (escaped !== undefined)
      return UNESCAPE[escaped]!
    return '&'
  })
}

function mapSource(value: unknown): EntrySource {
  const source = asOptionalString(value, 'entry.SOURCE')
  return source === '2' ? 'manual' : source === '3' ? 'timer' : 'unknown'
}

/**
 * Maps one raw row (all values strings, dates ISO with the server's offset).
 *
 * @example
 * mapTimeEntry({ ID: '7', TASK_ID: '691', USER_ID: '1', SECONDS: '3600', SOURCE: '2', CREATED_DATE: '2024-05-16T10:33:00+02:00', COMMENT_TEXT: '' })
 */
export function mapTimeEntry(raw: unknown, options: { escaped?: boolean } = {}): TimeEntry {
  const row = asRecord(raw, 'entry')
  const createdAt = asOptionalDate(row.CREATED_DATE, 'entry.CREATED_DATE')
  if (createdAt === null)
    throw new PayloadError('entry.CREATED_DATE: missing')
  const comment = asOptionalString(row.COMMENT_TEXT, 'entry.COMMENT_TEXT') ?? ''
  return {
    id: asInt(row.ID, 'entry.ID'),
    taskId: asInt(row.TASK_ID, 'entry.TASK_ID'),
    userId: asInt(row.USER_ID, 'entry.USER_ID'),
    seconds: asInt(row.SECONDS, 'entry.SECONDS'),
    comment: options.escaped ? unescapeBitrixHtml(comment) : comment,
    source: mapSource(row.SOURCE),
    createdAt,
    startedAt: asOptionalDate(row.DATE_START, 'entry.DATE_START'),
    stoppedAt: asOptionalDate(row.DATE_STOP, 'entry.DATE_STOP'),
  }
}

/**
 * `get` answers one object; the docs' sample shows a one-element array. Accept both; an empty
 * answer (`[]`, `false`, `null`) means "no such entry" and maps to null.
 */
export function mapGetResult(raw: unknown): TimeEntry | null {
  if (raw === false || raw === null || (Array.isArray(raw) && raw.length === 0))
    return null
  if (Array.isArray(raw) && raw.length !== 1)
    throw new PayloadError(`task.elapseditem.get: expected one item, got ${raw.length}`)
  return mapTimeEntry(Array.isArray(raw) ? raw[0] : raw, { escaped: true })
}

export function mapCurrentUser(raw: unknown, dateStart?: string): CurrentUser {
  const user = mapUser(raw)
  const zone = asOptionalString(asRecord(raw, 'user').TIME_ZONE, 'user.TIME_ZONE')
  const serverOffset = parseUtcOffset(dateStart)
  return { ...user, timeZone: zone && zone.trim() !== '' ? zone.trim() : null, serverUtcOffset: serverOffset === null ? null : formatOffset(serverOffset) }
}

function mapPage(page: number, result: unknown, total: number | null): EntryPage {
  if (!Array.isArray(result))
    throw new PayloadError('task.elapseditem.getlist: expected an array')
  const entries = result.map(row => mapTimeEntry(row))
  // A missing `total` (an empty list) means "what you see is all".
  return { page, entries, total: total ?? (page - 1) * ENTRY_PAGE_SIZE + entries.length }
}

function mapUsers(result: unknown, into: Map<number, User>): void {
  if (!Array.isArray(result))
    throw new PayloadError('user.get: expected an array')
  for (const row of result) {
    const user = mapUser(row)
    into.set(user.id, user)
  }
}

/**
 * The `task.elapseditem.*` part of the API.
 *
 * @example
 * const entries = createTimeEntriesApi(rest)
 * const { task, firstPage } = await entries.open(691)
 */
export function createTimeEntriesApi(rest: RestClient): TimeEntriesApi {
  function malformed(method: string, error: unknown): ApiError {
    const detail = error instanceof Error ? error.message : String(error)
    return createApiError({ code: 'MALFORMED_RESPONSE', status: 200, detail: `${method}: ${detail}`, method })
  }

  /** Maps a batch row, turning its failure or a shape error into an ApiError value. */
  function settle<T>(outcome: BatchOutcome | undefined, method: string, map: (value: RestResult<unknown>) => T): T | ApiError {
    if (!outcome)
      return malformed(method, 'row missing')
    if (!outcome.ok)
      return outcome.error
    try {
      return map(outcome.value)
    }
    catch (error) {
      if (error instanceof PayloadError)
        return malformed(method, error)
      throw error
    }
  }

  function isError(value: unknown): value is ApiError {
    return value instanceof ApiError
  }

  return {
    async open(taskId) {
      const commands: Record<string, BatchCommand> = {
        task: { method: 'tasks.task.get', params: taskGetParams(taskId) },
        entries: { method: 'task.elapseditem.getlist', params: getListParams(taskId, 1) },
        canAdd: { method: 'task.elapseditem.isactionallowed', params: canAddParams(taskId) },
        me: { method: 'user.current' },
      }
      const rows = await rest.batch(commands)
      const task = settle(rows.task, 'tasks.task.get', ({ result }) => mapTaskResult(result))
      if (isError(task))
        throw task
      if (task === null)
        throw createApiError({ code: 'TASK_NOT_FOUND', status: 200 })
      const allowed = settle(rows.canAdd, 'task.elapseditem.isactionallowed', ({ result }) => result === true || result === 'Y' || result === 'true')
      const me = settle(rows.me, 'user.current', ({ result, time }) => mapCurrentUser(result, time?.date_start))
      return {
        task,
        // isactionallowed is the documented rule; the task's action map is the fallback.
        canAdd: isError(allowed) ? task.canAddElapsedTime === true : allowed,
        me: isError(me) ? null : me,
        firstPage: settle(rows.entries, 'task.elapseditem.getlist', ({ result, total }) => mapPage(1, result, total)),
      }
    },

    async fetch(taskId, pages, userIds) {
      const commands: Record<string, BatchCommand> = {}
      for (const page of pages)
        commands[`page${page}`] = { method: 'task.elapseditem.getlist', params: getListParams(taskId, page) }
      const userChunks = chunk([...new Set(userIds)], ENTRY_PAGE_SIZE)
      userChunks.forEach((ids, index) => {
        commands[`users${index}`] = { method: 'user.get', params: userGetParams(ids) }
      })
      const rows = await rest.batch(commands)
      const result: PagesResult = { pages: new Map(), users: null }
      for (const page of pages)
        result.pages.set(page, settle(rows[`page${page}`], 'task.elapseditem.getlist', ({ result: list, total }) => mapPage(page, list, total)))
      if (userChunks.length > 0) {
        const users = new Map<number, User>()
        for (let index = 0; index < userChunks.length; index++) {
          const mapped = settle(rows[`users${index}`], 'user.get', ({ result: list }) => mapUsers(list, users))
          if (isError(mapped)) {
            result.users = mapped
            return result
          }
        }
        result.users = users
      }
      return result
    },

    async openEntry(taskId, itemId, withMe) {
      const commands: Record<string, BatchCommand> = {
        entry: { method: 'task.elapseditem.get', params: [taskId, itemId] },
      }
      if (withMe)
        commands.me = { method: 'user.current' }
      const rows = await rest.batch(commands)
      const entry = settle(rows.entry, 'task.elapseditem.get', ({ result }) => mapGetResult(result))
      if (isError(entry))
        throw entry
      if (entry === null)
        throw createApiError({ code: 'TASK_ITEM_NOT_FOUND', status: 200 })
      const me = withMe ? settle(rows.me, 'user.current', ({ result, time }) => mapCurrentUser(result, time?.date_start)) : null
      return { entry, me: isError(me) ? null : me }
    },

    async add(taskId, fields) {
      const { result } = await rest.call('task.elapseditem.add', [taskId, entryFieldsPayload(fields)], { idempotent: false })
      try {
        return asInt(result, 'task.elapseditem.add')
      }
      catch (error) {
        throw malformed('task.elapseditem.add', error)
      }
    },

    async update(taskId, itemId, fields) {
      await rest.call('task.elapseditem.update', [taskId, itemId, entryFieldsPayload(fields)], { idempotent: false })
    },

    async remove(taskId, itemId) {
      await rest.call('task.elapseditem.delete', [taskId, itemId], { idempotent: false })
    },
  }
}
