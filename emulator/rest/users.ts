import type { DemoUser } from '../data/users'
/**
 * `user.get`, `user.current` and `profile` (rest/lib/api/user.php, rest_provider.php):
 * - `user.get` upper-cases its parameters; a FILTER array replaces them as the filter, otherwise the
 *   parameters themselves are the filter ("a mistake … kept for backward compatibility"); keys may
 *   carry an operator prefix (`!`, `>`, `%` …), arrays mean IN; ACTIVE compares exactly;
 * - deleted users are gone; dismissed users come back with ACTIVE false;
 * - pages of 50 by `start`, `total` and `next` only when something was found (an empty answer is a
 *   bare `[]`), SORT/ORDER optional, SELECT narrows the fields;
 * - `user.search` is the same `userGet` callback (`onRestServiceBuildDescription`); only under that
 *   name is `FIND` an allowed filter key (elsewhere it is dropped like any unknown key), searching
 *   name, last and second name, position (real portals: full text or `LIKE 'text%'` per word,
 *   `UserUtils::getUserSearchFilter`; here a case-insensitive substring);
 * - PERSONAL_PHOTO is an absolute URL (the emulator draws SVG initials); dates as the code converts
 *   them: LAST_LOGIN via ConvertDateTime, DATE_REGISTER/PERSONAL_BIRTHDAY via ConvertDate (which
 *   shifts midnight by the server offset on a non-UTC server), TIMESTAMP_X and LAST_ACTIVITY_DATE
 *   are DateTime objects that JSON-encode to `{}` (as in the docs' example).
 */
import type { RestQuery } from '../php/array'
import type { RestContext, RestMethod } from './context'
import { fromServerWallClock, SERVER_UTC_OFFSET_MINUTES, toServerIso } from '../data/clock'
import { existingUsers, findUser } from '../data/users'
import { isArrayLike } from '../php/array'
import { isAdmin } from './access'
import { accessDenied } from './errors'

const PAGE_SIZE = 50

/** Fields a `user`-scope app may read, in the order `getUserData` writes them. */
const ALLOWED_FIELDS = ['ID', 'XML_ID', 'ACTIVE', 'NAME', 'LAST_NAME', 'SECOND_NAME', 'EMAIL', 'LAST_LOGIN', 'DATE_REGISTER', 'TIME_ZONE', 'IS_ONLINE', 'TIMESTAMP_X', 'LAST_ACTIVITY_DATE', 'PERSONAL_GENDER', 'PERSONAL_WWW', 'PERSONAL_BIRTHDAY', 'PERSONAL_PHOTO', 'PERSONAL_MOBILE', 'PERSONAL_CITY', 'WORK_PHONE', 'WORK_POSITION', 'UF_EMPLOYMENT_DATE', 'UF_DEPARTMENT', 'USER_TYPE'] as const

/** The emulator's avatar of a user, on the portal's origin. */
export function photoUrl(portalOrigin: string, user: DemoUser): string {
  return user.photoFileId === null ? '' : `${portalOrigin}/__emulator/avatar/${user.id}.svg`
}

/** `CRestUtil::ConvertDate`: `date('c', MakeTimeStamp($date) + date('Z'))`. */
function convertDate(dayStartMs: number): string {
  return toServerIso(dayStartMs + SERVER_UTC_OFFSET_MINUTES * 60_000)
}

function serverDay(epochMs: number): number {
  const wall = new Date(epochMs + SERVER_UTC_OFFSET_MINUTES * 60_000)
  return fromServerWallClock(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate())
}

/** A DB-side view of the user, the values filters compare against. */
function columns(user: DemoUser, portalOrigin: string): Record<string, unknown> {
  return {
    ID: String(user.id),
    XML_ID: null,
    ACTIVE: user.active,
    NAME: user.name,
    LAST_NAME: user.lastName,
    SECOND_NAME: user.secondName,
    EMAIL: user.email,
    LAST_LOGIN: toServerIso(user.lastLoginAt),
    DATE_REGISTER: convertDate(serverDay(user.registeredAt)),
    TIME_ZONE: user.timeZone,
    IS_ONLINE: 'N',
    TIMESTAMP_X: {},
    LAST_ACTIVITY_DATE: {},
    PERSONAL_GENDER: user.gender,
    PERSONAL_WWW: '',
    PERSONAL_BIRTHDAY: '',
    PERSONAL_PHOTO: photoUrl(portalOrigin, user),
    PERSONAL_MOBILE: '',
    PERSONAL_CITY: '',
    WORK_PHONE: '',
    WORK_POSITION: user.workPosition,
    UF_EMPLOYMENT_DATE: '',
    UF_DEPARTMENT: user.departments,
    USER_TYPE: 'employee',
  }
}

type UserFilterTest = (row: Record<string, unknown>) => boolean

function comparable(value: unknown): string {
  if (typeof value === 'boolean')
    return value ? 'Y' : 'N'
  return String(value ?? '').toLowerCase()
}

/** One `prepareUserFilter` entry as a row test (MySQL compares text case-insensitively). */
function userFilterTest(operator: string, field: string, value: unknown): UserFilterTest {
  const wanted = (Array.isArray(value) ? value : isArrayLike(value) ? Object.values(value) : [value]).map(comparable)
  return (row) => {
    const actualValues = Array.isArray(row[field]) ? (row[field] as unknown[]).map(comparable) : [comparable(row[field])]
    const hit = (test: (actual: string, expected: string) => boolean) => actualValues.some(actual => wanted.some(expected => test(actual, expected)))
    switch (operator) {
      case '!':
      case '!=': return !hit((a, b) => a === b)
      case '%': return hit((a, b) => a.includes(b))
      case '!%': return !hit((a, b) => a.includes(b))
      case '>': return hit((a, b) => Number(a) > Number(b))
      case '>=': return hit((a, b) => Number(a) >= Number(b))
      case '<': return hit((a, b) => Number(a) < Number(b))
      case '<=': return hit((a, b) => Number(a) <= Number(b))
      default: return hit((a, b) => a === b)
    }
  }
}

function upperKeys(value: Record<string, unknown> | RestQuery): Map<string, unknown> {
  const entries = value instanceof Map ? [...value] : Object.entries(value)
  return new Map(entries.map(([key, item]) => [key.toUpperCase(), item]))
}

function compileUserFilter(query: Map<string, unknown>, method: string): UserFilterTest[] {
  const tests: UserFilterTest[] = []
  for (const [code, value] of query) {
    const prefixed = /^(\W{1,2})(\w.*)$/.exec(code)
    const operator = prefixed ? prefixed[1]! : ''
    const field = prefixed ? prefixed[2]! : code
    if ((ALLOWED_FIELDS as readonly string[]).includes(field))
      tests.push(userFilterTest(operator, field, value))
    else if (field === 'NAME_SEARCH' || (field === 'FIND' && method === 'user.search'))
      tests.push(row => ['NAME', 'LAST_NAME', 'SECOND_NAME', 'EMAIL', 'WORK_POSITION'].some(name => comparable(row[name]).includes(comparable(value))))
  }
  return tests
}

function selectFields(select: unknown): readonly string[] {
  if (!Array.isArray(select) || select.length === 0 || select.includes('*'))
    return ALLOWED_FIELDS
  return ALLOWED_FIELDS.filter(field => select.includes(field))
}

const userGet: RestMethod = (context, query) => {
  const upper = upperKeys(query)
  const filterSource = isArrayLike(upper.get('FILTER')) && !Array.isArray(upper.get('FILTER'))
    ? upperKeys(upper.get('FILTER') as Record<string, unknown>)
    : upper
  const tests = compileUserFilter(filterSource, context.method)
  const sort = upper.get('SORT')
  const order = String(upper.get('ORDER') ?? 'ASC').toUpperCase() === 'DESC' ? -1 : 1
  const rows = existingUsers()
    .map(user => columns(user, context.portalOrigin))
    .filter(row => tests.every(test => test(row)))
  if (typeof sort === 'string' && (ALLOWED_FIELDS as readonly string[]).includes(sort.toUpperCase())) {
    const field = sort.toUpperCase()
    rows.sort((a, b) => order * comparable(a[field]).localeCompare(comparable(b[field]), 'en', { numeric: true }))
  }
  const offset = Math.max(0, context.start)
  const page = rows.slice(offset, offset + PAGE_SIZE)
  const fields = selectFields(upper.get('SELECT'))
  const result = page.map(row => Object.fromEntries(fields.map(field => [field, row[field]])))
  if (result.length === 0)
    return { result: [] }
  return { result, next: offset + result.length < rows.length ? offset + result.length : undefined, total: rows.length }
}

function currentUser(context: RestContext): DemoUser {
  const user = findUser(context.session.userId)
  if (!user)
    throw accessDenied('User authorization required')
  return user
}

const userCurrent: RestMethod = (context) => {
  const user = currentUser(context)
  const row = columns(user, context.portalOrigin)
  const result: Record<string, unknown> = {}
  for (const field of ALLOWED_FIELDS) {
    if (field !== 'TIMESTAMP_X')
      result[field] = field === 'LAST_ACTIVITY_DATE' ? toServerIso(user.lastLoginAt).slice(0, 19).replace('T', ' ') : row[field]
  }
  return { result }
}

const profile: RestMethod = (context) => {
  const user = currentUser(context)
  const result: Record<string, unknown> = {
    ID: String(user.id),
    ADMIN: isAdmin(user.id),
    NAME: user.name,
    LAST_NAME: user.lastName,
    PERSONAL_GENDER: user.gender,
    TIME_ZONE: user.timeZone,
  }
  if (user.photoFileId !== null)
    result.PERSONAL_PHOTO = photoUrl(context.portalOrigin, user)
  return { result }
}

export const userMethods: ReadonlyArray<readonly [string, RestMethod]> = [
  ['user.get', userGet],
  ['user.search', userGet],
  ['user.current', userCurrent],
  ['profile', profile],
]
