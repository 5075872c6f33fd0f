import type { BatchOutcome, RestClient, RestParams, RestResult } from '@/api/client'
import type { ApiErrorCode } from '@/api/errors'
/**
 * An in-memory stand-in for the portal's REST side, at the `RestClient` seam: it answers the
 * methods the time-entry feature uses with Bitrix's shapes and quirks (positional params, pages of
 * ≤ 50 with `total`, HTML-escaped `get`, author-or-admin writes) and records every HTTP request.
 */
import type { PortalConnector, PortalContext, PortalFrame } from '@/api/portal'
import { vi } from 'vitest'
import { ApiError, createApiError } from '@/api/errors'

export interface RawEntry {
  ID: string
  TASK_ID: string
  USER_ID: string
  COMMENT_TEXT: string
  SECONDS: string
  MINUTES: string
  SOURCE: string
  CREATED_DATE: string
  DATE_START: string
  DATE_STOP: string
}

export interface FakeUser {
  id: number
  name: string
  lastName: string
  timeZone?: string
}

export interface RecordedRequest {
  kind: 'call' | 'batch'
  /** For a call: its method; for a batch: the methods of its commands. */
  methods: string[]
  params: unknown[]
}

export interface FakeRestOptions {
  tasks?: Array<{ id: number, title: string, estimate?: number, tracking?: boolean }>
  users?: FakeUser[]
  meId?: number
  isAdmin?: boolean
  canAdd?: boolean
  /** Called before each command; return an error code to fail it. */
  fault?: (method: string, params: unknown, index: number) => ApiErrorCode | undefined
  /** Called with each successful answer; return another to play a misbehaving portal. */
  mangle?: (method: string, params: unknown, answer: RestResult<unknown>) => RestResult<unknown>
}

export function apiError(code: ApiErrorCode, status = 400): ApiError {
  return createApiError({ code, status })
}

/** Bitrix's `htmlspecialcharsEx`, as `task.elapseditem.get` applies it to COMMENT_TEXT. */
export function htmlspecialcharsEx(text: string): string {
  return text.replace(/&(amp|lt|gt|quot);|[<>"]/g, (match, entity: string | undefined) =>
    entity ? `&amp;${entity};` : match === '<' ? '&lt;' : match === '>' ? '&gt;' : '&quot;')
}

export function rawEntry(id: number, taskId: number, userId: number, seconds: number, createdDate: string, extra: Partial<RawEntry> = {}): RawEntry {
  return {
    ID: String(id),
    TASK_ID: String(taskId),
    USER_ID: String(userId),
    COMMENT_TEXT: '',
    SECONDS: String(seconds),
    MINUTES: String(Math.round(seconds / 60)),
    SOURCE: '2',
    CREATED_DATE: createdDate,
    DATE_START: createdDate,
    DATE_STOP: '',
    ...extra,
  }
}

/** `count` entries for a task, by users cycling through `userIds`, one per hour backwards. */
export function manyEntries(taskId: number, count: number, userIds: readonly number[], firstId = 1): RawEntry[] {
  const start = Date.parse('2024-05-31T18:00:00Z')
  return Array.from({ length: count }, (_, index) => rawEntry(
    firstId + index,
    taskId,
    userIds[index % userIds.length]!,
    600 + (index % 7) * 300,
    new Date(start - index * 3_600_000).toISOString().replace('.000Z', '+00:00'),
  ))
}

/**
 * Batch references `$result[key][i][FIELD]` as `CRestUtil::processBatchElement` resolves them
 * (bitrix24-core-corp modules/rest/classes/general/rest_util.php): a missing segment stops the
 * walk one level up, and a value that is exactly one reference takes what was found.
 */
function resolveReferences(value: unknown, results: Record<string, unknown>): unknown {
  if (typeof value === 'string') {
    const match = /^\$result((?:\[[^\]]+\])+)$/.exec(value)
    if (!match)
      return value
    let found: unknown = results
    for (const [, segment] of match[1]!.matchAll(/\[([^\]]+)\]/g)) {
      const next = found !== null && typeof found === 'object' ? (found as Record<string, unknown>)[segment!] : undefined
      if (next === undefined || next === null)
        break
      found = next
    }
    return found
  }
  if (Array.isArray(value))
    return value.map(item => resolveReferences(item, results))
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveReferences(item, results)]))
  return value
}

export function createFakeRest(entries: RawEntry[], options: FakeRestOptions = {}) {
  const data = { entries: entries.map(entry => ({ ...entry })) }
  const tasks = options.tasks ?? [{ id: 691, title: 'Prepare the release', estimate: 36_000, tracking: true }]
  const users = options.users ?? [
    { id: 1, name: 'Anna', lastName: 'Smith', timeZone: 'Europe/Berlin' },
    { id: 2, name: 'Борис', lastName: 'Иванов' },
    { id: 3, name: 'Chen', lastName: 'Li' },
  ]
  const meId = options.meId ?? 1
  const requests: RecordedRequest[] = []
  let nextId = Math.max(0, ...data.entries.map(entry => Number(entry.ID))) + 1
  let commandIndex = 0
  /** Resolves pending answers one by one when a test holds them. */
  let gate: (() => Promise<void>) | null = null

  function userRow(user: FakeUser) {
    return { ID: String(user.id), NAME: user.name, LAST_NAME: user.lastName, PERSONAL_PHOTO: '', WORK_POSITION: '', TIME_ZONE: user.timeZone ?? '' }
  }

  function canModify(entry: RawEntry): boolean {
    return options.isAdmin === true || Number(entry.USER_ID) === meId
  }

  function execute(method: string, params: RestParams | undefined): RestResult<unknown> {
    const answer = answerOf(method, params)
    return options.mangle ? options.mangle(method, params, answer) : answer
  }

  function answerOf(method: string, params: RestParams | undefined): RestResult<unknown> {
    const fault = options.fault?.(method, params, commandIndex++)
    if (fault)
      throw apiError(fault)
    const list = Array.isArray(params) ? params as unknown[] : []
    const named = (params && !Array.isArray(params) ? params : {}) as Record<string, unknown>
    switch (method) {
      case 'tasks.task.get': {
        const task = tasks.find(candidate => candidate.id === named.taskId)
        if (!task)
          return { result: [], total: null }
        return {
          result: { task: {
            id: String(task.id),
            title: task.title,
            timeEstimate: String(task.estimate ?? 0),
            timeSpentInLogs: String(data.entries.filter(entry => Number(entry.TASK_ID) === task.id).reduce((sum, entry) => sum + Number(entry.SECONDS), 0)),
            allowTimeTracking: task.tracking === false ? 'N' : 'Y',
            forkedByTemplateId: null,
            responsibleId: '1',
            action: { 'elapsedtime.add': options.canAdd ?? true },
          } },
          total: null,
        }
      }
      case 'task.elapseditem.getlist': {
        const [taskId, order, filter, select, nav] = list as [number, Record<string, string>, Record<string, unknown>, string[], { NAV_PARAMS: { nPageSize: number, iNumPage: number } }]
        if (typeof taskId !== 'number' || !order || !filter || !Array.isArray(select) || !nav?.NAV_PARAMS)
          throw apiError('TASK_WRONG_ARGUMENTS')
        if (!tasks.some(task => task.id === taskId))
          throw apiError('TASK_NOT_FOUND')
        const matches = (entry: RawEntry) => Object.entries(filter).every(([key, value]) => {
          if (key === '>ID')
            return typeof value === 'number' || typeof value === 'string' ? Number(entry.ID) > Number(value) : false
          if (key === 'ID' || key === 'USER_ID')
            return Number(entry[key]) === Number(value)
          return true
        })
        const rows = data.entries.filter(entry => Number(entry.TASK_ID) === taskId && matches(entry)).sort((a, b) => (order.ID === 'desc' ? Number(b.ID) - Number(a.ID) : Number(a.ID) - Number(b.ID)))
        const size = Math.min(50, nav.NAV_PARAMS.nPageSize)
        const offset = (nav.NAV_PARAMS.iNumPage - 1) * size
        return { result: rows.slice(offset, offset + size), total: rows.length || null }
      }
      case 'task.elapseditem.isactionallowed':
        if (list.length !== 3 || !(Number(list[1]) > 0))
          throw apiError('TASK_ASSERTION_FAILED')
        return { result: options.canAdd ?? true, total: null }
      case 'user.current':
        return { result: userRow(users.find(user => user.id === meId)!), total: null }
      case 'user.get': {
        const ids = ((named.FILTER as { ID: number[] }).ID).map(Number)
        return { result: users.filter(user => ids.includes(user.id)).map(userRow), total: null }
      }
      case 'task.elapseditem.get': {
        const [taskId, itemId] = list as [number, number]
        if (!tasks.some(task => task.id === taskId))
          throw apiError('TASK_ITEM_NOT_FOUND')
        // Looked up by id only, as Bitrix does.
        const entry = data.entries.find(candidate => Number(candidate.ID) === itemId)
        if (!entry)
          throw apiError('TASK_ITEM_NOT_FOUND')
        return { result: { ...entry, COMMENT_TEXT: htmlspecialcharsEx(entry.COMMENT_TEXT) }, total: null }
      }
      case 'task.elapseditem.add': {
        const [taskId, fields] = list as [number, Record<string, unknown>]
        if (!(options.canAdd ?? true))
          throw apiError('TASK_ACTION_NOT_ALLOWED')
        const id = nextId++
        data.entries.push(rawEntry(id, taskId, meId, Number(fields.SECONDS), String(fields.CREATED_DATE), { COMMENT_TEXT: String(fields.COMMENT_TEXT ?? '') }))
        return { result: id, total: null }
      }
      case 'task.elapseditem.update': {
        const [, itemId, fields] = list as [number, number, Record<string, unknown>]
        const entry = data.entries.find(candidate => Number(candidate.ID) === itemId)
        if (!entry)
          throw apiError('TASK_ITEM_NOT_FOUND')
        if (!canModify(entry))
          throw apiError('TASK_ACTION_NOT_ALLOWED')
        if (Object.keys(fields).some(key => !['SECONDS', 'COMMENT_TEXT', 'CREATED_DATE', 'MINUTES'].includes(key)))
          throw apiError('TASK_WRONG_ARGUMENTS')
        if (fields.SECONDS === undefined)
          throw apiError('TASK_ASSERTION_FAILED')
        Object.assign(entry, { SECONDS: String(fields.SECONDS), COMMENT_TEXT: String(fields.COMMENT_TEXT), CREATED_DATE: String(fields.CREATED_DATE), SOURCE: '2' })
        return { result: null, total: null }
      }
      case 'task.elapseditem.delete': {
        const [, itemId] = list as [number, number]
        const index = data.entries.findIndex(candidate => Number(candidate.ID) === itemId)
        if (index < 0)
          throw apiError('TASK_ITEM_NOT_FOUND')
        if (!canModify(data.entries[index]!))
          throw apiError('TASK_ACTION_NOT_ALLOWED')
        data.entries.splice(index, 1)
        return { result: null, total: null }
      }
      default:
        throw apiError('ERROR_METHOD_NOT_FOUND', 404)
    }
  }

  const rest: RestClient = {
    call: vi.fn(async (method: string, params?: RestParams) => {
      requests.push({ kind: 'call', methods: [method], params: [params] })
      await gate?.()
      return execute(method, params)
    }) as RestClient['call'],
    batch: vi.fn(async (commands) => {
      const keys = Object.keys(commands)
      if (keys.length > 50)
        throw apiError('ERROR_BATCH_LENGTH_EXCEEDED')
      requests.push({ kind: 'batch', methods: keys.map(key => commands[key]!.method), params: keys.map(key => commands[key]!.params) })
      await gate?.()
      const outcomes: Record<string, BatchOutcome> = {}
      const results: Record<string, unknown> = {}
      for (const key of keys) {
        try {
          const value = execute(commands[key]!.method, resolveReferences(commands[key]!.params, results) as RestParams | undefined)
          results[key] = value.result
          outcomes[key] = { ok: true, value }
        }
        catch (error) {
          if (!(error instanceof ApiError))
            throw error
          outcomes[key] = { ok: false, error }
        }
      }
      return outcomes
    }),
  }

  return {
    rest,
    data,
    requests,
    /** Holds every answer until the returned function is called (one answer per call). */
    hold() {
      const waiting: Array<() => void> = []
      gate = () => new Promise<void>(resolve => waiting.push(resolve))
      return {
        releaseNext: () => waiting.shift()?.(),
        releaseLast: () => waiting.pop()?.(),
        pending: () => waiting.length,
        stop: () => {
          gate = null
          waiting.splice(0).forEach(resolve => resolve())
        },
      }
    },
  }
}

export function fakePortal(context: Partial<PortalContext> = {}, savedOptions: Record<string, string> = {}) {
  const options = { ...savedOptions }
  const frame: PortalFrame = {
    context: {
      lang: 'en',
      placement: 'TASK_VIEW_SIDEBAR',
      placementOptions: { taskId: '691' },
      isAdmin: false,
      isSliderMode: false,
      isInstallMode: false,
      portalOrigin: 'http://localhost:8099',
      ...context,
    },
    fitHeight: vi.fn(async () => {}),
    getUserOption: vi.fn((name: string) => options[name]),
    setUserOption: vi.fn(async (name: string, value: string) => {
      options[name] = value
    }),
    installFinish: vi.fn(async () => {}),
  }
  const portal: PortalConnector = { connect: vi.fn(async () => frame), rest: { call: vi.fn(), batch: vi.fn() } }
  return { portal, frame, options }
}
