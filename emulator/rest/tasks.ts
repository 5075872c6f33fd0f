/**
 * `tasks.task.get` (tasks/lib/rest/controllers/task.php `getAction`, DOCS tasks-task-get.md):
 * - `taskId` bound by exact name (the engine binder); missing → error "100", ≤ 0 → error "0"
 *   "wrong task id"; a `select` that is not an array → error "100";
 * - a missing or unreadable task answers `result: []` (the controller swallows the exception);
 * - the row is wrapped in `result.task` with camelCase keys; without `select` every non-UF field
 *   comes back, with `select` those fields plus `favorite` (UF fields only when asked for; asking for
 *   one brings all three, and DESCRIPTION brings DESCRIPTION_IN_BBCODE, as in the docs' example);
 * - `group` always, `creator`/`responsible` with CREATED_BY/RESPONSIBLE_ID, `accomplicesData` /
 *   `auditorsData` with ACCOMPLICES/AUDITORS, and the `action` map of the current user;
 * - TIME_SPENT_IN_LOGS is `SUM(SECONDS)` of the task's entries, NULL for a task without any.
 * The `action` flags follow the documented roles loosely (an approximation of
 * `CTaskItem::getAllowedActionsArray`); `elapsedtime.add` uses the same rule as
 * `task.elapseditem.isactionallowed`. CHECKLIST is not emulated.
 */
import type { DemoTask } from '../data/tasks'
import type { DemoUser } from '../data/users'
import type { RestQuery } from '../php/array'
import type { RestContext, RestMethod } from './context'
import { toServerIso } from '../data/clock'
import { findGroup, TASKS } from '../data/tasks'
import { findUser, fullName } from '../data/users'
import { isArrayLike } from '../php/array'
import { phpIntval } from '../php/values'
import { canAddTime, canEditTask, canReadTask, isAdmin, readableTask } from './access'
import { RestError } from './envelope'
import { photoUrl } from './users'

/** `CTasks::getFieldsInfo()` keys (CHECKLIST left out), in that order. */
const TASK_FIELDS = ['ID', 'PARENT_ID', 'TITLE', 'DESCRIPTION', 'MARK', 'PRIORITY', 'STATUS', 'MULTITASK', 'NOT_VIEWED', 'REPLICATE', 'GROUP_ID', 'STAGE_ID', 'SPRINT_ID', 'BACKLOG_ID', 'CREATED_BY', 'CREATED_DATE', 'RESPONSIBLE_ID', 'ACCOMPLICES', 'AUDITORS', 'CHANGED_BY', 'CHANGED_DATE', 'STATUS_CHANGED_BY', 'STATUS_CHANGED_DATE', 'CLOSED_BY', 'CLOSED_DATE', 'ACTIVITY_DATE', 'DATE_START', 'DEADLINE', 'START_DATE_PLAN', 'END_DATE_PLAN', 'GUID', 'XML_ID', 'COMMENTS_COUNT', 'SERVICE_COMMENTS_COUNT', 'NEW_COMMENTS_COUNT', 'ALLOW_CHANGE_DEADLINE', 'ALLOW_TIME_TRACKING', 'TASK_CONTROL', 'ADD_IN_REPORT', 'FORKED_BY_TEMPLATE_ID', 'TIME_ESTIMATE', 'TIME_SPENT_IN_LOGS', 'MATCH_WORK_TIME', 'FORUM_TOPIC_ID', 'FORUM_ID', 'SITE_ID', 'SUBORDINATE', 'FAVORITE', 'EXCHANGE_MODIFIED', 'EXCHANGE_ID', 'OUTLOOK_VERSION', 'VIEWED_DATE', 'SORTING', 'DURATION_PLAN', 'DURATION_FACT', 'DURATION_TYPE', 'IS_MUTED', 'IS_PINNED', 'IS_PINNED_IN_GROUP', 'FLOW_ID', 'CHAT_ID'] as const

const USER_FIELDS = ['UF_CRM_TASK', 'UF_TASK_WEBDAV_FILES', 'UF_MAIL_MESSAGE'] as const

const DEFAULT_AVATAR = '/bitrix/images/tasks/default_avatar.png'

const yesNo = (flag: boolean) => (flag ? 'Y' : 'N')
const idOrNull = (id: number | null) => (id === null || id === 0 ? null : String(id))

/** `Converter::toCamel` on keys: `TIME_ESTIMATE` → `timeEstimate`, `ID` → `id`. */
export function camelCase(key: string): string {
  return key.toLowerCase().replace(/_([a-z0-9])/g, (_match, char: string) => char.toUpperCase())
}

function camelKeys(value: unknown): unknown {
  if (Array.isArray(value))
    return value.map(camelKeys)
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [/^\d+$/.test(key) ? key : camelCase(key), camelKeys(item)]))
  return value
}

function columns(task: DemoTask, context: RestContext): Record<string, unknown> {
  const spent = context.session.entries.list(task.id).reduce<number | null>((sum, entry) => (sum ?? 0) + entry.seconds, null)
  const started = task.status >= 3 ? task.createdDate + 3_600_000 : null
  return {
    ID: String(task.id),
    PARENT_ID: null,
    TITLE: task.title,
    DESCRIPTION: task.description,
    MARK: null,
    PRIORITY: String(task.priority),
    STATUS: String(task.status),
    MULTITASK: 'N',
    NOT_VIEWED: 'N',
    REPLICATE: 'N',
    GROUP_ID: String(task.groupId),
    STAGE_ID: '0',
    SPRINT_ID: null,
    BACKLOG_ID: null,
    CREATED_BY: String(task.createdBy),
    CREATED_DATE: toServerIso(task.createdDate),
    RESPONSIBLE_ID: String(task.responsibleId),
    ACCOMPLICES: task.accomplices.map(String),
    AUDITORS: task.auditors.map(String),
    CHANGED_BY: String(task.createdBy),
    CHANGED_DATE: toServerIso(task.createdDate),
    STATUS_CHANGED_BY: String(task.createdBy),
    STATUS_CHANGED_DATE: toServerIso(started ?? task.createdDate),
    CLOSED_BY: null,
    CLOSED_DATE: null,
    ACTIVITY_DATE: toServerIso(started ?? task.createdDate),
    DATE_START: started === null ? null : toServerIso(started),
    DEADLINE: task.deadline === null ? null : toServerIso(task.deadline),
    START_DATE_PLAN: null,
    END_DATE_PLAN: null,
    GUID: `{${String(task.id).padStart(8, '0')}-7a5c-4e1b-9c3d-5e6f7a8b9c0d}`,
    XML_ID: null,
    COMMENTS_COUNT: String(task.commentsCount),
    SERVICE_COMMENTS_COUNT: '0',
    NEW_COMMENTS_COUNT: 0,
    ALLOW_CHANGE_DEADLINE: 'Y',
    ALLOW_TIME_TRACKING: yesNo(task.allowTimeTracking),
    TASK_CONTROL: 'N',
    ADD_IN_REPORT: 'N',
    FORKED_BY_TEMPLATE_ID: idOrNull(task.forkedByTemplateId),
    TIME_ESTIMATE: String(task.timeEstimate),
    TIME_SPENT_IN_LOGS: spent === null ? null : String(spent),
    MATCH_WORK_TIME: 'N',
    FORUM_TOPIC_ID: null,
    FORUM_ID: null,
    SITE_ID: 's1',
    SUBORDINATE: 'N',
    FAVORITE: 'N',
    EXCHANGE_MODIFIED: null,
    EXCHANGE_ID: null,
    OUTLOOK_VERSION: '1',
    VIEWED_DATE: toServerIso(context.nowMs),
    SORTING: null,
    DURATION_PLAN: null,
    DURATION_FACT: spent === null ? null : String(Math.round(spent / 60)),
    DURATION_TYPE: 'days',
    IS_MUTED: 'N',
    IS_PINNED: 'N',
    IS_PINNED_IN_GROUP: 'N',
    FLOW_ID: null,
    CHAT_ID: null,
    UF_CRM_TASK: [],
    UF_TASK_WEBDAV_FILES: [],
    UF_MAIL_MESSAGE: null,
    DESCRIPTION_IN_BBCODE: 'Y',
  }
}

/** `fillUserInfo`'s entry for one user: id, formatted name, profile link, avatar, position. */
function userInfo(user: DemoUser | undefined, portalOrigin: string): Record<string, unknown> | undefined {
  if (!user || user.deleted)
    return undefined
  return {
    ID: String(user.id),
    NAME: fullName(user),
    LINK: `/company/personal/user/${user.id}/`,
    ICON: photoUrl(portalOrigin, user) || DEFAULT_AVATAR,
    WORK_POSITION: user.workPosition,
  }
}

function usersById(ids: readonly number[], portalOrigin: string): Record<string, unknown> | [] {
  const entries = ids.map(id => [String(id), userInfo(findUser(id), portalOrigin)] as const).filter(([, info]) => info !== undefined)
  return entries.length === 0 ? [] : Object.fromEntries(entries)
}

function actions(task: DemoTask, userId: number): Record<string, boolean> {
  const edit = canEditTask(task, userId)
  const responsible = task.responsibleId === userId
  const doer = responsible || task.accomplices.includes(userId)
  const member = doer || edit || task.auditors.includes(userId)
  const open = task.status < 4
  return {
    'accept': false,
    'decline': false,
    'complete': (responsible || edit) && open,
    'approve': edit && task.status === 4,
    'disapprove': edit && task.status === 4,
    'start': (responsible || edit) && task.status === 2,
    'pause': (responsible || edit) && task.status === 3,
    'delegate': responsible || edit,
    'remove': edit,
    'edit': edit,
    'defer': (responsible || edit) && task.status !== 6,
    'renew': edit && !open,
    'create': true,
    'changeDeadline': edit || responsible,
    'checklistAddItems': member,
    'addFavorite': true,
    'deleteFavorite': false,
    'rate': edit,
    'take': false,
    'edit.originator': isAdmin(userId),
    'checklist.reorder': member,
    'elapsedtime.add': canAddTime(task, userId),
    'dayplan.timer.toggle': doer && task.allowTimeTracking,
    'edit.plan': member,
    'checklist.add': member,
    'favorite.add': true,
    'favorite.delete': false,
  }
}

/** Which columns come back, in order (`prepareSelect` + what the provider adds on its own). */
function selectedColumns(select: unknown[]): string[] {
  if (select.length === 0 || select.includes('*'))
    return [...TASK_FIELDS, 'DESCRIPTION_IN_BBCODE']
  const wanted = [...select, 'FAVORITE'].map(String)
  const fields = TASK_FIELDS.filter(field => wanted.includes(field)).sort((a, b) => wanted.indexOf(a) - wanted.indexOf(b))
  const withUserFields = wanted.some(field => field.startsWith('UF_')) ? [...USER_FIELDS] : []
  const withBbcodeFlag = fields.includes('DESCRIPTION') ? ['DESCRIPTION_IN_BBCODE'] : []
  const favorite = fields.filter(field => field === 'FAVORITE')
  return [...fields.filter(field => field !== 'FAVORITE'), ...withUserFields, ...withBbcodeFlag, ...favorite]
}

/**
 * One task as `getAction` and `listAction` build it: the selected columns, GROUP (`fillGroupInfo`
 * adds it to every row), CREATOR / RESPONSIBLE / *_DATA when their id columns are selected
 * (`fillUserInfo`), keys camelCased (`convertKeysToCamelCase`).
 */
function taskRow(task: DemoTask, select: unknown[], context: RestContext): Record<string, unknown> {
  const all = columns(task, context)
  const row: Record<string, unknown> = {}
  for (const column of selectedColumns(select))
    row[column] = all[column]
  const group = findGroup(task.groupId)
  row.GROUP = group ? { ID: String(group.id), NAME: group.name, OPENED: group.opened, MEMBERS_COUNT: group.members.length, IMAGE: '', ADDITIONAL_DATA: [] } : []
  if ('CREATED_BY' in row)
    row.CREATOR = userInfo(findUser(task.createdBy), context.portalOrigin)
  if ('RESPONSIBLE_ID' in row)
    row.RESPONSIBLE = userInfo(findUser(task.responsibleId), context.portalOrigin)
  if ('ACCOMPLICES' in row)
    row.ACCOMPLICES_DATA = usersById(task.accomplices, context.portalOrigin)
  if ('AUDITORS' in row)
    row.AUDITORS_DATA = usersById(task.auditors, context.portalOrigin)
  return camelKeys(row) as Record<string, unknown>
}

function arrayParameter(query: RestQuery, name: string): unknown[] | Record<string, unknown> {
  const value = query.get(name) ?? []
  if (!isArrayLike(value))
    throw new RestError(400, '100', `Invalid value {${String(value)}} to match with parameter {${name}}. Should be value of type array. (internal error)`)
  return value
}

const taskGet: RestMethod = (context, query) => {
  if (!query.has('taskId'))
    throw new RestError(400, '100', 'CTaskItem All parameters in the constructor must have real class type (internal error)')
  const select = arrayParameter(query, 'select')
  arrayParameter(query, 'params')
  const taskId = phpIntval(query.get('taskId'))
  if (taskId <= 0)
    throw new RestError(400, '0', 'wrong task id')
  const userId = context.session.userId
  const task = readableTask(taskId, userId)
  if (!task)
    return { result: [] }
  const camelTask = taskRow(task, Object.values(select), context)
  camelTask.action = actions(task, userId)
  return { result: { task: camelTask } }
}

/** The sortable fields (DOCS tasks-task-list.md `order`; `checkOrderKeys` refuses any other key). */
const ORDER_FIELDS = new Set(['ID', 'TITLE', 'TIME_SPENT_IN_LOGS', 'DATE_START', 'CREATED_DATE', 'CHANGED_DATE', 'CLOSED_DATE', 'ACTIVITY_DATE', 'START_DATE_PLAN', 'END_DATE_PLAN', 'DEADLINE', 'REAL_STATUS', 'STATUS_COMPLETE', 'PRIORITY', 'MARK', 'CREATED_BY_LAST_NAME', 'RESPONSIBLE_LAST_NAME', 'GROUP_ID', 'TIME_ESTIMATE', 'ALLOW_CHANGE_DEADLINE', 'ALLOW_TIME_TRACKING', 'MATCH_WORK_TIME', 'FAVORITE', 'SORTING', 'IS_PINNED', 'IS_PINNED_IN_GROUP'])

/** Filter keys the emulator evaluates: the numeric columns `CTasks::GetFilter` compares as `number_wo_nulls`. */
const NUMERIC_FILTERS: Readonly<Record<string, (task: DemoTask) => number | null>> = {
  ID: task => task.id,
  CREATED_BY: task => task.createdBy,
  RESPONSIBLE_ID: task => task.responsibleId,
  FORKED_BY_TEMPLATE_ID: task => task.forkedByTemplateId,
}

/** A `[!|=]KEY` filter entry as a predicate; a list value matches any of its ids (SQL `IN`). */
function filterPredicate(rawKey: string, value: unknown): (task: DemoTask) => boolean {
  const match = /^(!|=)?([A-Z_]+)$/i.exec(rawKey)
  const column = match ? NUMERIC_FILTERS[match[2]!.toUpperCase()] : undefined
  if (!match || !column)
    throw new RestError(400, 'EMULATOR_FILTER_NOT_EMULATED', `tasks.task.list: the emulator does not evaluate filter key "${rawKey}" (emulator/README.md)`)
  const wanted = (Array.isArray(value) ? value : isArrayLike(value) ? Object.values(value) : [value]).map(phpIntval)
  const negate = match[1] === '!'
  return (task) => {
    const actual = column(task)
    const hit = actual !== null && wanted.includes(actual)
    return negate ? !hit : hit
  }
}

/** `listAction`'s page size (`PageNavigation` of the REST engine): 50 rows from `start`. */
const LIST_PAGE_SIZE = 50

/**
 * `tasks.task.list` (tasks/lib/rest/controllers/task.php `listAction`, DOCS tasks-task-list.md): rows
 * the caller may read, `filter` through `CTasks::GetFilter` (FORKED_BY_TEMPLATE_ID is one of its
 * numeric keys, although the docs' filter list leaves it out), an `order` key outside
 * `getAvailableOrderFields` answers error "0", 50 rows a page with `total` and `next`, wrapped in
 * `result.tasks`; STATUS comes back as the real status with `subStatus` next to it.
 */
const taskList: RestMethod = (context, query) => {
  const filter = arrayParameter(query, 'filter')
  const select = Object.values(arrayParameter(query, 'select'))
  const order = arrayParameter(query, 'order')
  arrayParameter(query, 'params')
  const orderEntries = Object.entries(order)
  if (orderEntries.some(([key]) => !ORDER_FIELDS.has(key.toUpperCase())))
    throw new RestError(400, '0', 'Invalid sorting key (internal error)')
  const predicates = Object.entries(filter).map(([key, value]) => filterPredicate(key, value))
  const userId = context.session.userId
  const matching = TASKS.filter(task => canReadTask(task, userId) && predicates.every(predicate => predicate(task)))
  // Default order: ID descending (DOCS tasks-task-list.md); the emulator sorts by ID or CREATED_DATE only.
  const [orderKey, direction] = orderEntries[0] ?? ['ID', 'desc']
  const sortColumn = orderKey.toUpperCase() === 'CREATED_DATE' ? (task: DemoTask) => task.createdDate : (task: DemoTask) => task.id
  const sign = String(direction).toLowerCase() === 'desc' ? -1 : 1
  const sorted = [...matching].sort((a, b) => sign * (sortColumn(a) - sortColumn(b)))
  const start = Math.max(0, context.start)
  const page = sorted.slice(start, start + LIST_PAGE_SIZE).map((task) => {
    const row = taskRow(task, select, context)
    if ('status' in row)
      row.subStatus = row.status
    return row
  })
  const next = start + LIST_PAGE_SIZE < sorted.length ? start + LIST_PAGE_SIZE : undefined
  return { result: { tasks: page }, total: sorted.length, ...(next === undefined ? {} : { next }) }
}

export const taskMethods: ReadonlyArray<readonly [string, RestMethod]> = [
  ['tasks.task.get', taskGet],
  ['tasks.task.list', taskList],
]
