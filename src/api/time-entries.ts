/**
 * Time entries of a task over the legacy `task.elapseditem.*` methods (b24restdocs
 * api-reference/tasks/elapsed-item/).
 *
 * Facts this file encodes:
 * - parameters are positional, so every `task.*` call passes an array in documented order;
 * - `getlist` arguments and keyset paging live in `time-entry-query.ts`; a page is mapped row by
 *   row, so one unreadable row is counted and skipped instead of hiding the page;
 * - `get` HTML-escapes COMMENT_TEXT (`htmlspecialcharsEx`), `getlist` does not: `get` output is
 *   un-escaped so both show the same text; `get` may answer an object or a one-element array, and
 *   looks the item up by id only, so callers compare `taskId`;
 * - `update` accepts only SECONDS, COMMENT_TEXT, CREATED_DATE (+MINUTES) and needs SECONDS every time.
 */
import type { BatchCommand, BatchOutcome, RestClient, RestParams, RestResult } from './client'
import type { Task } from './tasks'
import type { User } from './users'
import type { LogPage } from '@/lib/time/entry-log'
import type { Slicer } from '@/lib/yield-to-main'
import { formatOffset, parseUtcOffset } from '@/lib/time/zone'
import { ApiError, createApiError } from './errors'
import { asArray, asInt, asOptionalDate, asOptionalInt, asOptionalString, asRecord, PayloadError } from './parse'
import { mapTaskResult, taskGetParams } from './tasks'
import { chunk, ENTRY_PAGE_SIZE } from './time-entries-paging'
import { authorRecentParams, entryByIdParams, keysetParams, lastIdReference } from './time-entry-query'
import { mapUser, userGetParams } from './users'

/** `SOURCE` 2 = typed by a person, 3 = the task timer, 1 = unknown (docs/rest-quirks.md#source-values). */
export type EntrySource = 'manual' | 'timer' | 'unknown'

export interface TimeEntry {
  id: number
  taskId: number
  userId: number
  seconds: number
  /**
   * The stored `MINUTES` column; null when the row did not carry it. Bitrix compares it, as well
   * as SECONDS, to decide whether an edit makes the entry manual.
   */
  minutes: number | null
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

/** A page of entries as the entry log takes it: readable rows, unreadable rows counted. */
export type EntryPage = LogPage<TimeEntry>

/** The opening batch: everything the sidebar needs in one HTTP request. */
export interface TaskOpening {
  task: Task
  canAdd: boolean
  /** Null when `user.current` failed: the list still shows, read-only. */
  me: CurrentUser | null
  firstPage: EntryPage | ApiError
}

export interface PagesResult {
  /**
   * The pages in order, up to and including the first short page or failure; the pages a batch
   * asked for after that are dropped unread (their keyset reference did not resolve).
   */
  pages: Array<EntryPage | ApiError>
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
  /** One batch (≤ 50 commands): `count` keyset pages after id `after`, and/or a user look-up. */
  fetch: (taskId: number, pages: { after: number, count: number }, userIds: readonly number[]) => Promise<PagesResult>
  /** The newest entries of one author on the task (to find out whether a lost add was stored). */
  recentByAuthor: (taskId: number, userId: number) => Promise<readonly TimeEntry[]>
  /** Whether `getlist` still lists the entry (it lists entries that `get` and `delete` cannot find). */
  isListed: (taskId: number, itemId: number) => Promise<boolean>
  /** One entry (and the current user when asked), in one request. */
  openEntry: (taskId: number, itemId: number, withMe: boolean) => Promise<EntryOpening>
  /** Returns the new entry's id; `authorId` books it on someone else (an admin's undo). */
  add: (taskId: number, fields: EntryFields, authorId?: number) => Promise<number>
  update: (taskId: number, itemId: number, fields: EntryFields) => Promise<void>
  remove: (taskId: number, itemId: number) => Promise<void>
}

/** `task.elapseditem.isactionallowed` ACTIONID for "add" (docs/rest-quirks.md#action-ids). */
export const ACTION_ADD = 1

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
export function mapTimeEntry(raw: unknown, options: { escaped?: boolean, strings?: Map<string, string> } = {}): TimeEntry {
  const row = asRecord(raw, 'entry')
  const createdAt = asOptionalDate(row.CREATED_DATE, 'entry.CREATED_DATE')
  if (createdAt === null)
    throw new PayloadError('entry.CREATED_DATE: missing')
  const text = asOptionalString(row.COMMENT_TEXT, 'entry.COMMENT_TEXT') ?? ''
  const comment = options.escaped ? unescapeBitrixHtml(text) : text
  const startedAt = sameInstant(asOptionalDate(row.DATE_START, 'entry.DATE_START'), createdAt)
  return {
    id: asInt(row.ID, 'entry.ID'),
    taskId: asInt(row.TASK_ID, 'entry.TASK_ID'),
    userId: asInt(row.USER_ID, 'entry.USER_ID'),
    seconds: asInt(row.SECONDS, 'entry.SECONDS'),
    minutes: asOptionalInt(row.MINUTES, 'entry.MINUTES'),
    comment: options.strings ? intern(options.strings, comment) : comment,
    source: mapSource(row.SOURCE),
    createdAt,
    startedAt,
    stoppedAt: sameInstant(asOptionalDate(row.DATE_STOP, 'entry.DATE_STOP'), startedAt ?? createdAt),
  }
}

/**
 * `date`, or `other` when both name the same instant: a manual entry's DATE_START and DATE_STOP
 * are one moment, a timer entry's CREATED_DATE is its DATE_START, so most rows need one or two
 * Date objects instead of three (heap per entry; the app never mutates a Date).
 */
function sameInstant(date: Date | null, other: Date | null): Date | null {
  return date !== null && other !== null && date.getTime() === other.getTime() ? other : date
}

/** One copy of each repeated comment per batch ("", "Code review" …) instead of one per row. */
function intern(strings: Map<string, string>, text: string): string {
  const known = strings.get(text)
  if (known !== undefined)
    return known
  strings.set(text, text)
  return text
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

/** `SECONDS` is a signed 32-bit column; anything larger or negative is not a stored duration. */
export const MAX_ENTRY_SECONDS = 2_147_483_647

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/

/** A CREATED_DATE that names a real instant: an offset is given and the calendar fields exist. */
function isRealIsoInstant(value: unknown): boolean {
  if (typeof value !== 'string')
    return false
  const match = ISO_WITH_OFFSET.exec(value.trim())
  if (!match)
    return false
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(part => Number(part ?? 0)) as [number, number, number, number, number, number]
  const calendar = new Date(Date.UTC(year, month - 1, day, hour, minute, second))
  return calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day
    && calendar.getUTCHours() === hour && calendar.getUTCMinutes() === minute && calendar.getUTCSeconds() === second
}

/**
 * One `getlist` row of task `taskId`, or null when it cannot be trusted: unreadable fields, a
 * duration no column can hold, a date without an offset or off the calendar, another task's row.
 *
 * @example
 * readListRow({ ID: '7', TASK_ID: '691', SECONDS: 'abc', … }, 691) // null
 */
export function readListRow(raw: unknown, taskId: number, strings?: Map<string, string>): TimeEntry | null {
  try {
    const entry = mapTimeEntry(raw, { strings })
    const row = asRecord(raw, 'entry')
    if (entry.id <= 0 || entry.taskId !== taskId || entry.seconds < 0 || entry.seconds > MAX_ENTRY_SECONDS || !isRealIsoInstant(row.CREATED_DATE))
      return null
    return entry
  }
  catch (error) {
    if (error instanceof PayloadError)
      return null
    throw error
  }
}

function rowId(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null)
    return null
  try {
    const id = asInt((raw as Record<string, unknown>).ID, 'entry.ID')
    return id > 0 ? id : null
  }
  catch {
    return null
  }
}

/**
 * Maps a page row by row: a row that cannot be read is counted and skipped, never hides the
 * others. `total` is what the server said, or null; it is never made up. `strings` shares one copy
 * of each repeated comment across the pages of one batch.
 */
export function mapPage(result: unknown, total: number | null, taskId: number, strings = new Map<string, string>()): EntryPage {
  if (!Array.isArray(result))
    throw new PayloadError('task.elapseditem.getlist: expected an array')
  const entries: TimeEntry[] = []
  let lastId: number | null = null
  for (const raw of result) {
    const id = rowId(raw)
    if (id !== null && (lastId === null || id < lastId))
      lastId = id
    const entry = readListRow(raw, taskId, strings)
    if (entry)
      entries.push(entry)
  }
  return { entries, unreadable: result.length - entries.length, received: result.length, lastId, total }
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
export interface TimeEntriesApiOptions {
  /**
   * Slices the mapping of a batch's pages (the app passes `createSlicer` from
   * `@/lib/yield-to-main`); without it a batch is mapped in one go.
   */
  slicer?: () => Slicer
}

const UNSLICED: Slicer = { maybeYield: () => undefined }

export function createTimeEntriesApi(rest: RestClient, options: TimeEntriesApiOptions = {}): TimeEntriesApi {
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

  function readOrThrow<T>(method: string, read: () => T): T {
    try {
      return read()
    }
    catch (error) {
      throw error instanceof PayloadError ? malformed(method, error) : error
    }
  }

  function isError(value: unknown): value is ApiError {
    return value instanceof ApiError
  }

  return {
    async open(taskId) {
      const commands: Record<string, BatchCommand> = {
        task: { method: 'tasks.task.get', params: taskGetParams(taskId) },
        entries: { method: 'task.elapseditem.getlist', params: keysetParams({ taskId }, 0) },
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
        firstPage: settle(rows.entries, 'task.elapseditem.getlist', ({ result, total }) => mapPage(result, total, taskId)),
      }
    },

    async fetch(taskId, pages, userIds) {
      const commands: Record<string, BatchCommand> = {}
      const keys = Array.from({ length: pages.count }, (_, index) => `page${index}`)
      keys.forEach((key, index) => {
        const after = index === 0 ? pages.after : lastIdReference(keys[index - 1]!)
        commands[key] = { method: 'task.elapseditem.getlist', params: keysetParams({ taskId }, after) }
      })
      const userChunks = chunk([...new Set(userIds)], ENTRY_PAGE_SIZE)
      userChunks.forEach((ids, index) => {
        commands[`users${index}`] = { method: 'user.get', params: userGetParams(ids) }
      })
      const rows = await rest.batch(commands)
      const result: PagesResult = { pages: [], users: null }
      // 20 pages are 1,000 rows: mapped in slices that give the main thread back in between.
      const slicer = options.slicer?.() ?? UNSLICED
      const strings = new Map<string, string>()
      for (const key of keys) {
        await slicer.maybeYield()
        const page = settle(rows[key], 'task.elapseditem.getlist', ({ result: list, total }) => mapPage(list, total, taskId, strings))
        result.pages.push(page)
        if (isError(page) || page.received < ENTRY_PAGE_SIZE)
          break
      }
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

    async recentByAuthor(taskId, userId) {
      const { result } = await rest.call('task.elapseditem.getlist', authorRecentParams(taskId, userId))
      return readOrThrow('task.elapseditem.getlist', () => mapPage(result, null, taskId).entries)
    },

    async isListed(taskId, itemId) {
      const { result } = await rest.call('task.elapseditem.getlist', entryByIdParams(taskId, itemId))
      return readOrThrow('task.elapseditem.getlist', () => asArray(result, 'task.elapseditem.getlist').some(raw => rowId(raw) === itemId))
    },

    async add(taskId, fields, authorId) {
      const payload = authorId === undefined ? entryFieldsPayload(fields) : { ...entryFieldsPayload(fields), USER_ID: authorId }
      const { result } = await rest.call('task.elapseditem.add', [taskId, payload], { idempotent: false })
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
