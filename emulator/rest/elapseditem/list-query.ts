/**
 * The ORM query behind `task.elapseditem.getlist` (`Bitrix\Tasks\Integration\Rest\ElapsedTimeTable::
 * getList` on top of `DataManager::getList`), as far as the REST arguments can steer it:
 * - ORDER: keys in priority order; a direction is upper-cased and must be ASC or DESC
 *   (`Query::addOrder`: `Invalid order "…"`). Date keys were already run through `strtotime`
 *   unless the value was exactly `asc`/`desc`, so `{CREATED_DATE: "DESC"}` fails — a real quirk;
 * - FILTER: legacy operators `!`, `<`, `<=`, `>`, `>=` and plain equality; an array value means IN
 *   (NOT IN with `!`), and for a comparison "any of" (an assumption); date values are the portal's
 *   `DD.MM.YYYY HH:MI:SS` produced by `unConvertDateTime`, '' when `strtotime` failed, which matches
 *   only NULL for equality and nothing for comparisons (an assumption);
 * - SELECT: entity columns or `*`. `<FIELD>_<FUNC>` aggregates pass the manifest but the runtime
 *   fields parsed out of them are never added to the query, so the ORM rejects them (source);
 * - limit/offset only when the page size is positive; `count_total` always;
 * - `CHECK_RIGHTS`: rows of tasks the user cannot read are left out.
 */
import type { DemoEntry } from '../../data/entries'
import { strtotime } from '../../php/strtotime'
import { phpIntval } from '../../php/values'

/** A row as the ORM fetches it: integers as strings, dates as instants (null when empty). */
export interface EntryRecord {
  ID: string
  TASK_ID: string
  USER_ID: string
  COMMENT_TEXT: string
  SECONDS: string
  MINUTES: string
  SOURCE: string
  CREATED_DATE: number | null
  DATE_START: number | null
  DATE_STOP: number | null
}

const ENTITY_FIELDS = ['ID', 'CREATED_DATE', 'DATE_START', 'DATE_STOP', 'USER_ID', 'TASK_ID', 'MINUTES', 'SECONDS', 'SOURCE', 'COMMENT_TEXT'] as const
export type EntityField = (typeof ENTITY_FIELDS)[number]
const DATE_COLUMNS = new Set<string>(['CREATED_DATE', 'DATE_START', 'DATE_STOP'])
const ENTITY_NAME = 'Bitrix\\Tasks\\Integration\\Rest\\ElapsedTime'

/** PHP's `round()`: halves away from zero. */
export function phpRound(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value))
}

/** The ORM row of an entry (built only for the rows a page returns). */
export function toRecord(entry: Readonly<DemoEntry>): EntryRecord {
  return {
    ID: String(entry.id),
    TASK_ID: String(entry.taskId),
    USER_ID: String(entry.userId),
    COMMENT_TEXT: entry.comment,
    SECONDS: String(entry.seconds),
    MINUTES: String(phpRound(entry.seconds / 60)),
    SOURCE: String(entry.source),
    CREATED_DATE: entry.createdDate,
    DATE_START: entry.dateStart,
    DATE_STOP: entry.dateStop,
  }
}

function unknownField(definition: string): Error {
  return new Error(`Unknown field definition \`${definition}\` (${definition}) for ${ENTITY_NAME} Entity.`)
}

function asField(name: string): EntityField {
  if (!(ENTITY_FIELDS as readonly string[]).includes(name))
    throw unknownField(name)
  return name as EntityField
}

type Comparable = number | null

/**
 * A column's value in comparable form, read from the entry itself (what the record's string would
 * convert to): numbers for integer and date columns, text for the comment. Filtering and sorting
 * 50,000 rows this way needs no string conversions.
 */
type ColumnReader = (entry: Readonly<DemoEntry>) => Comparable | string

const COLUMN_READERS: Readonly<Record<EntityField, ColumnReader>> = {
  ID: entry => entry.id,
  TASK_ID: entry => entry.taskId,
  USER_ID: entry => entry.userId,
  COMMENT_TEXT: entry => entry.comment,
  SECONDS: entry => entry.seconds,
  MINUTES: entry => phpRound(entry.seconds / 60),
  SOURCE: entry => entry.source,
  CREATED_DATE: entry => entry.createdDate,
  DATE_START: entry => entry.dateStart,
  DATE_STOP: entry => entry.dateStop,
}

/** A filter value converted the way the column's ORM field converts it (null = SQL NULL/failed date). */
function filterValue(field: EntityField, value: unknown, nowMs: number): Comparable | string {
  if (DATE_COLUMNS.has(field))
    return value === '' ? null : strtotime(value, nowMs)
  return field === 'COMMENT_TEXT' ? String(value) : phpIntval(value)
}

const OPERATORS = ['!', '<=', '<', '>=', '>', ''] as const
type Operator = (typeof OPERATORS)[number]

function compare(operator: Operator, actual: Comparable | string, expected: Comparable | string): boolean {
  if (operator === '' || operator === '!') {
    const equal = actual === expected
    return operator === '' ? equal : !equal
  }
  if (actual === null || expected === null)
    return false
  switch (operator) {
    case '<=': return actual <= expected
    case '<': return actual < expected
    case '>=': return actual >= expected
    case '>': return actual > expected
  }
}

export type EntryPredicate = (entry: Readonly<DemoEntry>) => boolean

export function compileFilter(filter: Record<string, unknown>, nowMs: number): EntryPredicate {
  const tests: EntryPredicate[] = []
  for (const [key, rawValue] of Object.entries(filter)) {
    const operator = OPERATORS.find(candidate => key.startsWith(candidate))!
    const field = asField(key.slice(operator.length))
    const values = (Array.isArray(rawValue) ? rawValue : typeof rawValue === 'object' && rawValue !== null ? Object.values(rawValue) : [rawValue])
      .map(value => filterValue(field, value, nowMs))
    const read = COLUMN_READERS[field]
    const [only] = values
    if (values.length === 1 && operator !== '!')
      tests.push(entry => compare(operator, read(entry), only!))
    else if (operator === '!')
      tests.push(entry => values.every(value => compare('!', read(entry), value)))
    else
      tests.push(entry => values.some(value => compare(operator, read(entry), value)))
  }
  if (tests.length === 1)
    return tests[0]!
  return entry => tests.every(test => test(entry))
}

export type EntryOrder = (left: Readonly<DemoEntry>, right: Readonly<DemoEntry>) => number

export function compileOrder(order: Record<string, unknown>): EntryOrder {
  const keys = Object.entries(order).map(([key, direction]) => {
    if (typeof direction !== 'string')
      throw new Error('Order must be a string')
    const upper = direction.toUpperCase()
    if (upper !== 'ASC' && upper !== 'DESC')
      throw new Error(`Invalid order "${upper}"`)
    return { read: COLUMN_READERS[asField(key)], descending: upper === 'DESC' }
  })
  return (left, right) => {
    for (const { read, descending } of keys) {
      const a = read(left)
      const b = read(right)
      if (a === b)
        continue
      // MySQL sorts NULL before everything in ascending order.
      const ascending = a === null ? -1 : b === null ? 1 : a < b ? -1 : 1
      return descending ? -ascending : ascending
    }
    return left.id - right.id
  }
}

/** Columns a select returns; `*` means every column of the entity. */
export function compileSelect(select: readonly unknown[]): EntityField[] {
  const fields = new Set<EntityField>()
  for (const item of select) {
    if (item === '*')
      ENTITY_FIELDS.forEach(field => fields.add(field))
    else
      fields.add(asField(String(item)))
  }
  return [...fields]
}

export interface ListParameters {
  order: Record<string, unknown>
  filter: Record<string, unknown>
  select: readonly unknown[]
  /** ≤ 0: no limit. */
  limit: number
  offset: number
}

/** The rows a query matches, in its order (what `count_total` counts and a page slices). */
export function matchEntries(entries: readonly Readonly<DemoEntry>[], parameters: Pick<ListParameters, 'filter' | 'order'>, nowMs: number): readonly Readonly<DemoEntry>[] {
  return entries.filter(compileFilter(parameters.filter, nowMs)).sort(compileOrder(parameters.order))
}

/** Whether a filter reads a date column, whose values (`now`, `today` …) depend on the clock. */
export function filterReadsDates(filter: Record<string, unknown>): boolean {
  return Object.keys(filter).some(key => DATE_COLUMNS.has(key.replace(/^(?:!|<=|<|>=|>)/, '')))
}

/** One page of matched rows, selected columns only. */
export function pageOf(matches: readonly Readonly<DemoEntry>[], columns: readonly EntityField[], parameters: Pick<ListParameters, 'limit' | 'offset'>): Partial<EntryRecord>[] {
  const offset = Math.max(0, parameters.offset)
  const page = parameters.limit > 0 ? matches.slice(offset, offset + parameters.limit) : matches
  return page.map((entry) => {
    const record = toRecord(entry)
    return Object.fromEntries(columns.map(column => [column, record[column]])) as Partial<EntryRecord>
  })
}
