/**
 * `tasks.task.get` and `tasks.task.list` (tasks/lib/rest/controllers/task.php `getAction`, `listAction` below, DOCS tasks-task-get.md):
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
import type { RestContext, RestMethod } from './context'
import { toServerIso } from '../data/clock'
import { findGroup, TASKS } from '../data/tasks'
import { findUser, fullName } from '../data/users'
import { isArrayLike } from '../php/array'
import { phpIntval } from '../php/values'
import { canAddTime, canEditTask, isAdmin, readableTask } from './access'
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

/** `fillGroupInfo`'s entry for a project, `[]` when there is none. */
function groupInfo(groupId: number): Record<string, unknown> | [] {
  const group = findGroup(groupId)
  return group ? { ID: String(group.id), NAME: group.name, OPENED: group.opened, MEMBERS_COUNT: group.members.length, IMAGE: '', ADDITIONAL_DATA: [] } : []
}

/** `fillUserInfo`: user data for the member columns the row carries. */
function fillUserInfo(row: Record<string, unknown>, task: DemoTask, portalOrigin: string): void {
  if ('CREATED_BY' in row)
    row.CREATOR = userInfo(findUser(task.createdBy), portalOrigin)
  if ('RESPONSIBLE_ID' in row)
    row.RESPONSIBLE = userInfo(findUser(task.responsibleId), portalOrigin)
  if ('ACCOMPLICES' in row)
    row.ACCOMPLICES_DATA = usersById(task.accomplices, portalOrigin)
  if ('AUDITORS' in row)
    row.AUDITORS_DATA = usersById(task.auditors, portalOrigin)
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

const taskGet: RestMethod = (context, query) => {
  if (!query.has('taskId'))
    throw new RestError(400, '100', 'CTaskItem All parameters in the constructor must have real class type (internal error)')
  const select = query.get('select') ?? []
  if (!isArrayLike(select))
    throw new RestError(400, '100', `Invalid value {${String(select)}} to match with parameter {select}. Should be value of type array. (internal error)`)
  const params = query.get('params') ?? []
  if (!isArrayLike(params))
    throw new RestError(400, '100', `Invalid value {${String(params)}} to match with parameter {params}. Should be value of type array. (internal error)`)
  const taskId = phpIntval(query.get('taskId'))
  if (taskId <= 0)
    throw new RestError(400, '0', 'wrong task id')
  const userId = context.session.userId
  const task = readableTask(taskId, userId)
  if (!task)
    return { result: [] }
  const all = columns(task, context)
  const row: Record<string, unknown> = {}
  for (const column of selectedColumns(Object.values(select)))
    row[column] = all[column]
  row.GROUP = groupInfo(task.groupId)
  fillUserInfo(row, task, context.portalOrigin)
  const camelTask = camelKeys(row) as Record<string, unknown>
  camelTask.action = actions(task, userId)
  return { result: { task: camelTask } }
}

/** `CTasks::getAvailableOrderFields()` as the docs list them (tasks-task-list.md, `order`). */
const ORDER_FIELDS = new Set(['ID', 'TITLE', 'TIME_SPENT_IN_LOGS', 'DATE_START', 'CREATED_DATE', 'CHANGED_DATE', 'CLOSED_DATE', 'ACTIVITY_DATE', 'START_DATE_PLAN', 'END_DATE_PLAN', 'DEADLINE', 'REAL_STATUS', 'STATUS_COMPLETE', 'PRIORITY', 'MARK', 'CREATED_BY_LAST_NAME', 'RESPONSIBLE_LAST_NAME', 'GROUP_ID', 'TIME_ESTIMATE', 'ALLOW_CHANGE_DEADLINE', 'ALLOW_TIME_TRACKING', 'MATCH_WORK_TIME', 'FAVORITE', 'SORTING', 'IS_PINNED', 'IS_PINNED_IN_GROUP'])

/** Numeric task fields the emulator filters on; other filter keys are ignored (an assumption). */
const FILTER_FIELDS: Readonly<Record<string, (task: DemoTask) => number | null>> = {
  ID: task => task.id,
  // A numeric key of `CTasks::GetFilter` (modules/tasks/classes/general/task.php), not in the docs' list.
  FORKED_BY_TEMPLATE_ID: task => task.forkedByTemplateId,
  GROUP_ID: task => task.groupId,
  RESPONSIBLE_ID: task => task.responsibleId,
  CREATED_BY: task => task.createdBy,
  REAL_STATUS: task => task.status,
  STATUS: task => task.status,
  PRIORITY: task => task.priority,
}

/** Sort keys the emulator orders by; others are accepted and leave the ID order (an assumption). */
const SORT_VALUES: Readonly<Record<string, (task: DemoTask) => number | string>> = {
  ID: task => task.id,
  TITLE: task => task.title,
  GROUP_ID: task => task.groupId,
  TIME_ESTIMATE: task => task.timeEstimate,
  CREATED_DATE: task => task.createdDate,
  DEADLINE: task => task.deadline ?? 0,
  REAL_STATUS: task => task.status,
  PRIORITY: task => task.priority,
}

/** `tasks.task.list` pages hold 50 tasks (`PageNavigation`, docs tasks-task-list.md `start`). */
export const TASK_LIST_PAGE_SIZE = 50

const LEGACY_FILTER_KEY = /^(!|<=|<|>=|[>=@])?([A-Z_]+)$/

/** The legacy filter of `CTasks::GetList` for numeric fields: an array means IN (NOT IN with `!`). */
function taskFilter(filter: Record<string, unknown>): (task: DemoTask) => boolean {
  const tests: Array<(task: DemoTask) => boolean> = []
  for (const [key, raw] of Object.entries(filter)) {
    const match = LEGACY_FILTER_KEY.exec(key)
    const field = match ? FILTER_FIELDS[match[2]!] : undefined
    if (!match || !field)
      continue
    const operator = match[1] ?? ''
    const values = (isArrayLike(raw) ? Object.values(raw) : [raw]).map(phpIntval)
    tests.push((task) => {
      const actual = field(task)
      // SQL: a NULL column matches no comparison, negated ones included.
      if (actual === null)
        return false
      switch (operator) {
        case '!': return !values.includes(actual)
        case '<': return values.some(value => actual < value)
        case '<=': return values.some(value => actual <= value)
        case '>': return values.some(value => actual > value)
        case '>=': return values.some(value => actual >= value)
        default: return values.includes(actual)
      }
    })
  }
  return task => tests.every(test => test(task))
}

/** `prepareSelect` for the list: `select` order, no FAVORITE added (only `getAction` adds it). */
function listColumns(select: unknown[]): string[] {
  if (select.length === 0 || select.includes('*'))
    return [...TASK_FIELDS, 'DESCRIPTION_IN_BBCODE']
  const wanted = select.map(String)
  const fields = wanted.filter((field, index) => (TASK_FIELDS as readonly string[]).includes(field) && wanted.indexOf(field) === index)
  const withUserFields = wanted.some(field => field.startsWith('UF_')) ? [...USER_FIELDS] : []
  return [...fields, ...withUserFields, ...(fields.includes('DESCRIPTION') ? ['DESCRIPTION_IN_BBCODE'] : [])]
}

function arrayParam(query: Map<string, unknown>, name: string): Record<string, unknown> | unknown[] {
  const value = query.get(name) ?? []
  if (!isArrayLike(value))
    throw new RestError(400, '100', `Invalid value {${String(value)}} to match with parameter {${name}}. Should be value of type array. (internal error)`)
  return value
}

/**
 * `tasks.task.list` (`Task::listAction`, tasks source `modules/tasks/lib/rest/controllers/task.php`;
 * docs `api-reference/tasks/tasks-task-list.md`):
 * - named `filter`, `select`, `order`, `params`; `start` pages by 50 (`-1`: no `total`);
 * - only tasks the caller may read (the access rules of `access.ts`);
 * - order keys outside `CTasks::getAvailableOrderFields()` fail; the default order is ID descending (docs);
 * - every row gets `group` (`fillGroupInfo`): the project's data when the row has GROUP_ID and the
 *   project exists, `[]` otherwise; `creator` / `responsible` / `accomplicesData` / `auditorsData`
 *   with their columns (`fillUserInfo`); STATUS becomes `status` (real) and `subStatus`;
 * - the answer is `result.tasks` (camelCase keys), `total`, and `next` while tasks remain.
 */
const taskList: RestMethod = (context, query) => {
  const filter = arrayParam(query, 'filter')
  const select = Object.values(arrayParam(query, 'select'))
  const order = arrayParam(query, 'order')
  arrayParam(query, 'params')
  const orderEntries = Object.entries(order).map(([key, direction]) => [key.toUpperCase(), String(direction).toUpperCase()] as const)
  if (orderEntries.some(([key]) => !ORDER_FIELDS.has(key)))
    throw new RestError(400, '0', 'Wrong field for ordering')
  const userId = context.session.userId
  const visible = TASKS.filter(task => readableTask(task.id, userId) !== undefined).filter(taskFilter(Array.isArray(filter) ? {} : filter))
  const sortKeys = orderEntries.length > 0 ? orderEntries : [['ID', 'DESC'] as const]
  visible.sort((left, right) => {
    for (const [key, direction] of sortKeys) {
      const value = SORT_VALUES[key]
      if (!value)
        continue
      const a = value(left)
      const b = value(right)
      if (a !== b)
        return (a < b ? -1 : 1) * (direction === 'DESC' ? -1 : 1)
    }
    return left.id - right.id
  })
  const withTotal = context.start !== -1
  const offset = Math.max(0, context.start)
  const page = visible.slice(offset, offset + TASK_LIST_PAGE_SIZE)
  const wanted = listColumns(select)
  const tasks = page.map((task) => {
    const all = columns(task, context)
    const row: Record<string, unknown> = {}
    for (const column of wanted)
      row[column] = all[column]
    row.GROUP = 'GROUP_ID' in row ? groupInfo(task.groupId) : []
    fillUserInfo(row, task, context.portalOrigin)
    if ('STATUS' in row)
      row.SUB_STATUS = task.status < 4 && task.deadline !== null && task.deadline < context.nowMs ? '-1' : row.STATUS
    return camelKeys(row)
  })
  if (!withTotal)
    return { result: { tasks } }
  const outcome: { result: unknown, total: number, next?: number } = { result: { tasks }, total: visible.length }
  if (offset + TASK_LIST_PAGE_SIZE < visible.length)
    outcome.next = offset + TASK_LIST_PAGE_SIZE
  return outcome
}

export const taskMethods: ReadonlyArray<readonly [string, RestMethod]> = [
  ['tasks.task.get', taskGet],
  ['tasks.task.list', taskList],
]
