/**
 * `task.elapseditem.*` (class `CTaskElapsedItem`), quirks included (research/rest.md §1):
 * positional params; `get`/`update`/`delete` look the item up by id only (it may belong to another
 * task); `get` HTML-escapes COMMENT_TEXT while `getlist` returns it raw; `update` takes only
 * SECONDS, COMMENT_TEXT, CREATED_DATE and needs SECONDS every time; SOURCE is forced by the server.
 */
import type { DemoEntry } from '../data/tasks'
import type { Session } from '../sessions'
import type { RestReply } from './envelope'
import type { ParamSpec } from './positional'
import { DEMO_NOW, parseServerDate } from '../data/clock'
import { serverDate } from '../data/tasks'
import { canAddTime, canModifyEntry, visibleTask } from './access'
import { success } from './envelope'
import { checkParams, positionalValues } from './positional'
import { assertionFailed, taskException } from './task-errors'

const CLASS = 'ctaskelapseditem'
const FIELDS = ['ID', 'TASK_ID', 'USER_ID', 'COMMENT_TEXT', 'SECONDS', 'MINUTES', 'SOURCE', 'CREATED_DATE', 'DATE_START', 'DATE_STOP'] as const
const SORTABLE = new Set(['ID', 'TASK_ID', 'USER_ID', 'SECONDS', 'MINUTES', 'CREATED_DATE', 'DATE_START', 'DATE_STOP'])
const FILTERABLE = new Set(['ID', 'TASK_ID', 'USER_ID', 'CREATED_DATE'])
const WRITABLE_ON_ADD = new Set(['USER_ID', 'COMMENT_TEXT', 'SECONDS', 'SOURCE', 'CREATED_DATE', 'DATE_START', 'DATE_STOP'])
const WRITABLE_ON_UPDATE = new Set(['SECONDS', 'COMMENT_TEXT', 'CREATED_DATE'])
const PAGE_SIZE_LIMIT = 50

const ACTION_ADD = 1
const ACTION_MODIFY = 2
const ACTION_REMOVE = 3

/** PHP `htmlspecialcharsEx`: what `get` (CTaskSubItemAbstract::getData with escaping) returns. */
function htmlspecialcharsEx(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function toRow(entry: DemoEntry, escape: boolean): Record<string, string> {
  return {
    ID: String(entry.id),
    TASK_ID: String(entry.taskId),
    USER_ID: String(entry.userId),
    COMMENT_TEXT: escape ? htmlspecialcharsEx(entry.comment) : entry.comment,
    SECONDS: String(entry.seconds),
    MINUTES: String(Math.round(entry.seconds / 60)),
    SOURCE: String(entry.source),
    CREATED_DATE: serverDate(entry.createdDate),
    DATE_START: serverDate(entry.dateStart),
    DATE_STOP: serverDate(entry.dateStop),
  }
}

function requireTask(session: Session, taskId: number, notFound: 'task' | 'item') {
  const task = visibleTask(taskId, session.userId)
  if (!task) {
    throw notFound === 'task'
      ? taskException('TASK_NOT_FOUND_OR_NOT_ACCESSIBLE', 'Task not found or not accessible')
      : taskException('ITEM_NOT_FOUND_OR_NOT_ACCESSIBLE', 'Check listitem not found or not accessible')
  }
  return task
}

function requireItem(session: Session, itemId: number): DemoEntry {
  if (itemId <= 0)
    throw assertionFailed()
  // By id only, as `fetchDataFromDb` does: the task id of the request is not part of the lookup.
  const entry = session.entries.find(candidate => candidate.id === itemId)
  if (!entry || !visibleTask(entry.taskId, session.userId))
    throw taskException('ITEM_NOT_FOUND_OR_NOT_ACCESSIBLE', 'Check listitem not found or not accessible')
  return entry
}

function entryValue(entry: DemoEntry, field: string): number | string {
  switch (field) {
    case 'ID': return entry.id
    case 'TASK_ID': return entry.taskId
    case 'USER_ID': return entry.userId
    case 'SECONDS': return entry.seconds
    case 'MINUTES': return Math.round(entry.seconds / 60)
    case 'CREATED_DATE': return entry.createdDate
    case 'DATE_START': return entry.dateStart ?? 0
    case 'DATE_STOP': return entry.dateStop ?? 0
    default: return 0
  }
}

type Comparison = (left: number, right: number) => boolean
const OPERATORS: ReadonlyArray<[prefix: string, compare: Comparison]> = [
  ['>=', (a, b) => a >= b],
  ['<=', (a, b) => a <= b],
  ['!', (a, b) => a !== b],
  ['>', (a, b) => a > b],
  ['<', (a, b) => a < b],
  ['', (a, b) => a === b],
]

function compileFilter(filter: Record<string, unknown>): (entry: DemoEntry) => boolean {
  const tests: Array<(entry: DemoEntry) => boolean> = []
  for (const [rawKey, rawValue] of Object.entries(filter)) {
    const [prefix, compare] = OPERATORS.find(([candidate]) => rawKey.startsWith(candidate))!
    const field = rawKey.slice(prefix.length)
    if (!FILTERABLE.has(field))
      throw taskException('WRONG_ARGUMENTS', `Param #2 (arFilter) for method ${CLASS}::getlist() must not contain key "${rawKey}".`)
    const values = (Array.isArray(rawValue) ? rawValue : typeof rawValue === 'object' && rawValue !== null ? Object.values(rawValue) : [rawValue])
      .map(value => (field === 'CREATED_DATE' ? parseServerDate(value) : Number(value)))
    // strtotime() false compares as 0: such a filter simply matches nothing useful.
    const numbers = values.map(value => value ?? 0)
    tests.push((entry) => {
      const actual = entryValue(entry, field) as number
      return prefix === '!' ? numbers.every(value => compare(actual, value)) : numbers.some(value => compare(actual, value))
    })
  }
  return entry => tests.every(test => test(entry))
}

function compileOrder(order: Record<string, unknown>): (a: DemoEntry, b: DemoEntry) => number {
  const keys = Object.entries(order)
  if (keys.length === 0)
    return (a, b) => a.id - b.id
  for (const [key, direction] of keys) {
    if (!SORTABLE.has(key))
      throw taskException('WRONG_ARGUMENTS', `Param #1 (arOrder) for method ${CLASS}::getlist() must not contain key "${key}".`)
    if (!['asc', 'desc'].includes(String(direction).toLowerCase()))
      throw taskException('WRONG_ARGUMENTS', `Param #1 (arOrder) for method ${CLASS}::getlist() must not contain value "${String(direction)}".`)
  }
  return (a, b) => {
    for (const [key, direction] of keys) {
      const difference = (entryValue(a, key) as number) - (entryValue(b, key) as number)
      if (difference !== 0)
        return String(direction).toLowerCase() === 'desc' ? -difference : difference
    }
    return a.id - b.id
  }
}

function selectFields(select: unknown): readonly string[] {
  const list = Array.isArray(select) ? select : typeof select === 'object' && select !== null ? Object.values(select) : []
  if (list.length === 0 || list.includes('*') || list.includes(''))
    return FIELDS
  for (const field of list) {
    if (!(FIELDS as readonly unknown[]).includes(field))
      throw taskException('WRONG_ARGUMENTS', `Param #3 (arSelect) for method ${CLASS}::getlist() must not contain value "${String(field)}".`)
  }
  return list as string[]
}

const GETLIST_PARAMS: ParamSpec[] = [
  { name: 'taskId', type: 'integer' },
  { name: 'arOrder', type: 'array' },
  { name: 'arFilter', type: 'array' },
  { name: 'arSelect', type: 'array' },
  { name: 'arParams', type: 'array' },
]

function getlist(session: Session, raw: unknown[]): RestReply {
  // An array first means "no task id": the server inserts 0 in front (`_parseRestParams`).
  const values = typeof raw[0] === 'object' && raw[0] !== null ? [0, ...raw] : raw
  const [taskId = 0, order = {}, filter = {}, select = ['*'], params = {}] = checkParams(CLASS, 'getlist', GETLIST_PARAMS, 0, values) as [number?, Record<string, unknown>?, Record<string, unknown>?, unknown?, Record<string, unknown>?]
  if (taskId !== 0)
    requireTask(session, taskId, 'task')
  const matches = compileFilter(filter)
  const rows = session.entries
    .filter(entry => (taskId === 0 ? visibleTask(entry.taskId, session.userId) !== null : entry.taskId === taskId) && matches(entry))
    .sort(compileOrder(order))
  const nav = (params.NAV_PARAMS ?? {}) as Record<string, unknown>
  // With a task id and no NAV_PARAMS the page size is 0, i.e. everything (research/rest.md §1.3).
  const requested = Number(nav.nPageSize ?? (taskId !== 0 ? 0 : PAGE_SIZE_LIMIT))
  const pageSize = requested > 0 ? Math.min(PAGE_SIZE_LIMIT, requested) : (taskId !== 0 ? 0 : PAGE_SIZE_LIMIT)
  const page = Math.max(1, Number(nav.iNumPage ?? 1) || 1)
  const offset = pageSize === 0 ? 0 : (page - 1) * pageSize
  const pageRows = pageSize === 0 ? rows : rows.slice(offset, offset + pageSize)
  const fields = selectFields(select)
  const result = pageRows.map((entry) => {
    const row = toRow(entry, false)
    return Object.fromEntries(fields.map(field => [field, row[field]]))
  })
  const next = offset + pageRows.length < rows.length ? offset + pageRows.length : undefined
  return success(result, { total: rows.length, next })
}

function get(session: Session, raw: unknown[]): RestReply {
  const [taskId, itemId] = checkParams(CLASS, 'get', [{ name: 'taskId', type: 'integer' }, { name: 'itemId', type: 'integer' }], 2, raw) as [number, number]
  requireTask(session, taskId, 'item')
  return success(toRow(requireItem(session, itemId), true))
}

function readFields(raw: unknown, allowed: Set<string>, method: string, index: number): Record<string, unknown> {
  const fields = raw as Record<string, unknown>
  for (const key of Object.keys(fields)) {
    if (!allowed.has(key))
      throw taskException('WRONG_ARGUMENTS', `Param #${index} (arFields) for method ${CLASS}::${method}() must not contain key "${key}".`)
  }
  return fields
}

function secondsOf(fields: Record<string, unknown>): number {
  const seconds = Number(fields.SECONDS)
  if (fields.SECONDS === undefined || fields.SECONDS === '' || !Number.isFinite(seconds))
    throw assertionFailed()
  return Math.trunc(seconds)
}

function add(session: Session, raw: unknown[]): RestReply {
  const [taskId, rawFields] = checkParams(CLASS, 'add', [{ name: 'taskId', type: 'integer' }, { name: 'arFields', type: 'array' }], 2, raw) as [number, unknown]
  const task = requireTask(session, taskId, 'task')
  const fields = readFields(rawFields, WRITABLE_ON_ADD, 'add', 1)
  if (!canAddTime(task, session.userId))
    throw taskException('ACTION_NOT_ALLOWED', '')
  const seconds = secondsOf(fields)
  const created = fields.CREATED_DATE !== undefined ? parseServerDate(fields.CREATED_DATE) : DEMO_NOW
  const userId = Number(fields.USER_ID ?? 0) || session.userId
  const entry: DemoEntry = {
    id: session.nextEntryId++,
    taskId,
    userId,
    comment: String(fields.COMMENT_TEXT ?? ''),
    seconds,
    // CTaskElapsedTime::Add always writes SOURCE = manual for REST, whatever was sent.
    source: 2,
    createdDate: created ?? DEMO_NOW,
    dateStart: created ?? DEMO_NOW,
    dateStop: created ?? DEMO_NOW,
  }
  session.entries.push(entry)
  return success(entry.id)
}

function update(session: Session, raw: unknown[]): RestReply {
  const [taskId, itemId, rawFields] = checkParams(CLASS, 'update', [{ name: 'taskId', type: 'integer' }, { name: 'itemId', type: 'integer' }, { name: 'arFields', type: 'array' }], 3, raw) as [number, number, unknown]
  requireTask(session, taskId, 'item')
  const entry = requireItem(session, itemId)
  const fields = readFields(rawFields, WRITABLE_ON_UPDATE, 'update', 2)
  if (!canModifyEntry(entry, session.userId))
    throw taskException('ACTION_NOT_ALLOWED', '')
  entry.seconds = secondsOf(fields)
  if (fields.COMMENT_TEXT !== undefined)
    entry.comment = String(fields.COMMENT_TEXT)
  if (fields.CREATED_DATE !== undefined)
    entry.createdDate = parseServerDate(fields.CREATED_DATE) ?? entry.createdDate
  entry.source = 2
  return success(null)
}

function remove(session: Session, raw: unknown[]): RestReply {
  const [taskId, itemId] = checkParams(CLASS, 'delete', [{ name: 'taskId', type: 'integer' }, { name: 'itemId', type: 'integer' }], 2, raw) as [number, number]
  requireTask(session, taskId, 'item')
  const entry = requireItem(session, itemId)
  if (!canModifyEntry(entry, session.userId))
    throw taskException('ACTION_NOT_ALLOWED', '')
  session.entries.splice(session.entries.indexOf(entry), 1)
  return success(null)
}

function isActionAllowed(session: Session, raw: unknown[]): RestReply {
  const [taskId, itemId, actionId] = checkParams(CLASS, 'isactionallowed', [{ name: 'taskId', type: 'integer' }, { name: 'itemId', type: 'integer' }, { name: 'actionId', type: 'integer' }], 3, raw) as [number, number, number]
  // The constructor asserts a positive item id even for ADD, where the item is never loaded.
  if (itemId <= 0)
    throw assertionFailed()
  if (actionId === ACTION_ADD)
    return success(canAddTime(requireTask(session, taskId, 'item'), session.userId))
  requireTask(session, taskId, 'item')
  const entry = requireItem(session, itemId)
  if (actionId === ACTION_MODIFY || actionId === ACTION_REMOVE)
    return success(canModifyEntry(entry, session.userId))
  return success(false)
}

const MANIFEST = {
  'Manifest version': '1.2',
  'Warning': 'Don\'t rely on format of this manifest, it can be changed without any notification',
  'Manifest change date': '22 Feb 2018',
  'REST: shortname alias to class': 'elapseditem',
  'REST: readable fields': FIELDS,
  'REST: writable fields': [...WRITABLE_ON_ADD],
  'REST: sortable fields': [...SORTABLE],
  'REST: filterable fields': [...FILTERABLE],
  'REST: date fields': ['CREATED_DATE', 'DATE_START', 'DATE_STOP'],
}

export const elapsedItemMethods: Record<string, (session: Session, values: unknown[]) => RestReply> = {
  'task.elapseditem.getlist': getlist,
  'task.elapseditem.get': get,
  'task.elapseditem.add': add,
  'task.elapseditem.update': update,
  'task.elapseditem.delete': remove,
  'task.elapseditem.isactionallowed': isActionAllowed,
  'task.elapseditem.getmanifest': () => success(MANIFEST),
}

/** Adapts named request params to the positional handlers. */
export function callElapsedItem(method: string, session: Session, params: Record<string, unknown>): RestReply | null {
  const handler = elapsedItemMethods[method]
  return handler ? handler(session, positionalValues(params)) : null
}
