/**
 * Modern (named-parameter) methods: `tasks.task.get`, `tasks.template.get`, `user.get`, `user.current`,
 * `server.time`. Shapes follow the docs: `tasks.task.get` wraps camelCase keys in `result.task` and
 * answers `[]` for a missing or hidden task; `tasks.template.get` answers `false` for a missing,
 * forbidden or empty id and error "100" when the parameter is absent.
 */
import type { Session } from '../sessions'
import type { RestReply } from './envelope'
import { tryUnserialize } from '../../src/lib/php-serialize'
import { findUser, USERS } from '../data/users'
import { canAddTime, isAdmin, visibleTask } from './access'
import { RestError, success } from './envelope'

type Params = Record<string, unknown>

function missing(name: string): RestError {
  return new RestError(400, '100', `Could not find value for parameter {${name}}`)
}

/** Case-insensitive read of a named parameter (the engine binder matches names loosely). */
function param(params: Params, name: string): unknown {
  const key = Object.keys(params).find(candidate => candidate.toLowerCase() === name.toLowerCase())
  return key === undefined ? undefined : params[key]
}

function taskGet(session: Session, params: Params): RestReply {
  const rawId = param(params, 'taskId')
  if (rawId === undefined)
    throw missing('taskId')
  const task = visibleTask(Number(rawId), session.userId)
  if (!task)
    return success([])
  const spent = session.entries.filter(entry => entry.taskId === task.id).reduce((sum, entry) => sum + entry.seconds, 0)
  const canAdd = canAddTime(task, session.userId)
  return success({
    task: {
      id: String(task.id),
      title: task.title,
      status: String(task.status),
      groupId: String(task.groupId),
      createdBy: String(task.createdBy),
      responsibleId: String(task.responsibleId),
      accomplices: task.accomplices.map(String),
      auditors: task.auditors.map(String),
      timeEstimate: String(task.timeEstimate),
      timeSpentInLogs: String(spent),
      allowTimeTracking: task.allowTimeTracking ? 'Y' : 'N',
      forkedByTemplateId: task.forkedByTemplateId === null ? null : String(task.forkedByTemplateId),
      action: {
        'elapsedtime.add': canAdd && task.allowTimeTracking,
        'dayplan.timer.toggle': canAdd,
        'edit': isAdmin(session.userId) || task.createdBy === session.userId,
      },
    },
  })
}

function memberIds(serialized: unknown): number[] {
  if (typeof serialized !== 'string')
    return []
  const decoded = tryUnserialize(serialized)
  if (!decoded.ok)
    return []
  const values = decoded.value instanceof Map ? [...decoded.value.values()] : Array.isArray(decoded.value) ? decoded.value : []
  return values.map(Number).filter(Number.isFinite)
}

function templateGet(session: Session, params: Params): RestReply {
  const rawId = param(params, 'templateId')
  if (rawId === undefined)
    throw missing('templateId')
  const row = session.templates.get(Number(rawId))
  if (!row)
    return success(false)
  const readers = [Number(row.CREATED_BY), Number(row.RESPONSIBLE_ID), ...memberIds(row.RESPONSIBLES), ...memberIds(row.ACCOMPLICES), ...memberIds(row.AUDITORS)]
  if (!isAdmin(session.userId) && !readers.includes(session.userId))
    return success(false)
  const select = (param(params, 'params') as Params | undefined)?.select
  const fields = Array.isArray(select) && !select.includes('*') ? select.map(String) : null
  return success(fields ? Object.fromEntries(Object.entries(row).filter(([key]) => fields.includes(key) || key === 'ID')) : row)
}

function userRow(user: (typeof USERS)[number], portalOrigin: string) {
  return {
    ID: String(user.ID),
    ACTIVE: user.ACTIVE,
    NAME: user.NAME,
    LAST_NAME: user.LAST_NAME,
    SECOND_NAME: '',
    WORK_POSITION: user.WORK_POSITION,
    PERSONAL_PHOTO: `${portalOrigin}/__emulator/avatar/${user.ID}.svg`,
    TIME_ZONE: '',
  }
}

const USER_PAGE = 50

function userGet(_session: Session, params: Params, portalOrigin: string): RestReply {
  const filter = (param(params, 'FILTER') ?? {}) as Params
  const rawIds = param(filter, 'ID')
  const ids = rawIds === undefined ? null : (typeof rawIds === 'object' && rawIds !== null ? Object.values(rawIds) : [rawIds]).map(Number)
  // Deleted users are gone from user.get (their old entries still name them).
  const matches = USERS.filter(user => !user.DELETED && (ids === null || ids.includes(user.ID)))
  const start = Number(param(params, 'start') ?? 0) || 0
  const page = matches.slice(start, start + USER_PAGE)
  const next = start + page.length < matches.length ? start + page.length : undefined
  return success(page.map(user => userRow(user, portalOrigin)), { total: matches.length, next })
}

function userCurrent(session: Session, _params: Params, portalOrigin: string): RestReply {
  const user = findUser(session.userId)
  if (!user)
    throw new RestError(401, 'NO_AUTH_FOUND', 'Wrong authorization data')
  return success({ ...userRow(user, portalOrigin), IS_ADMIN: user.IS_ADMIN })
}

export const namedMethods: Record<string, (session: Session, params: Params, portalOrigin: string) => RestReply> = {
  'tasks.task.get': taskGet,
  'tasks.template.get': templateGet,
  'user.get': userGet,
  'user.current': userCurrent,
  'server.time': () => success(new Date().toISOString()),
}
