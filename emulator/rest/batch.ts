/**
 * `batch` (`CRestProvider::methodsBatch`, `CRestUtil::ParseBatchQuery`; DOCS batch.md):
 * - parameters are upper-cased: `cmd`/`CMD`, `halt`/`HALT` (PHP truthiness);
 * - each row `method?query` is split by `parse_url` and decoded by `parse_str`, then
 *   `$result[key][path…]` (also `$next`, `$total`, `$time`, `$error`) references to earlier rows are
 *   substituted: a value that is exactly one reference takes the referenced value whatever its type,
 *   a reference inside a longer string is replaced by its text (numbers become text, arrays are
 *   left alone); a missing path segment stops the walk one level up, as the portal does;
 * - rows past the 50th answer ERROR_BATCH_LENGTH_EXCEEDED in `result_error` (the call itself still
 *   succeeds); `batch`, `download`, `upload` inside a batch answer ERROR_BATCH_METHOD_NOT_ALLOWED;
 * - with `halt` the batch stops after the first failed row;
 * - the answer is `{result, result_error, result_total, result_next, result_time}`, each keyed by
 *   the row keys; PHP prints a 0..n-1 keyed array as a JSON list, anything else as an object.
 */
import type { RestQuery } from '../php/array'
import type { RestContext } from './context'
import type { RestError, RestOutcome } from './envelope'
import { entriesOf, isArrayLike, toRestQuery } from '../php/array'
import { parseStr } from '../php/parse-str'
import { phpEmpty, phpIsNumeric } from '../php/values'
import { timeEnvelope } from './envelope'
import { batchLengthExceeded, batchMethodNotAllowed } from './errors'

/** `CRestUtil::BATCH_MAX_LENGTH`. */
export const BATCH_MAX_LENGTH = 50

export type RestCall
  = | { ok: true, outcome: RestOutcome, startedMs: number }
    | { ok: false, error: RestError }

/** Runs one method for a batch row (the dispatcher, passed in to keep the modules acyclic). */
export type Invoke = (context: RestContext, method: string, query: RestQuery) => RestCall

type ResultTables = Record<'result' | 'next' | 'total' | 'time' | 'error', Map<string, unknown>>

const REFERENCE = /\$(result|next|total|time|error)(\S*)/gi
const PATH_SEGMENT = /\[([^\]]+)\]/g

/** PHP's `isset($container[$key])` for the values a batch result can hold. */
function child(container: unknown, key: string): { found: boolean, value?: unknown } {
  let value: unknown
  if (container instanceof Map)
    value = container.get(key)
  else if (typeof container === 'string')
    value = /^\d+$/.test(key) ? container[Number(key)] : undefined
  else if (Array.isArray(container))
    value = /^(?:0|[1-9]\d*)$/.test(key) ? container[Number(key)] : undefined
  else if (isArrayLike(container))
    value = Object.hasOwn(container, key) ? (container as Record<string, unknown>)[key] : undefined
  return value === undefined || value === null ? { found: false } : { found: true, value }
}

/** `CRestUtil::processBatchElement` for one value. */
function substitute(value: string, tables: ResultTables): unknown {
  let current: unknown = value
  for (const match of value.matchAll(REFERENCE)) {
    const segments = [...(match[2] ?? '').matchAll(PATH_SEGMENT)].map(segment => segment[1]!)
    if (segments.length === 0)
      continue
    const table = match[1] as keyof ResultTables
    let referenced: unknown = Object.hasOwn(tables, table) ? tables[table] : null
    for (const segment of segments) {
      const next = child(referenced, segment)
      if (!next.found)
        break
      referenced = next.value
    }
    if (match[0] === current) {
      current = referenced
      continue
    }
    const text = phpIsNumeric(referenced) ? String(referenced) : referenced
    if (typeof text === 'string' && typeof current === 'string')
      current = current.split(match[0]).join(text)
  }
  return current
}

function substituteAll(value: unknown, tables: ResultTables): unknown {
  if (typeof value === 'string')
    return substitute(value, tables)
  if (Array.isArray(value))
    return value.map(item => substituteAll(item, tables))
  if (isArrayLike(value))
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substituteAll(item, tables)]))
  return value
}

/** `parse_url($call)`: the path is the method, the query the parameters (a fragment is dropped). */
function splitCall(call: string): { method: string, query: string } {
  const withoutFragment = call.split('#', 1)[0] ?? ''
  const separator = withoutFragment.indexOf('?')
  return separator === -1
    ? { method: withoutFragment, query: '' }
    : { method: withoutFragment.slice(0, separator), query: withoutFragment.slice(separator + 1) }
}

/** PHP's json_encode of an array: a list when keyed 0..n-1 in order, an object otherwise. */
function phpArrayValue(table: Map<string, unknown>): unknown {
  const keys = [...table.keys()]
  return keys.every((key, index) => key === String(index)) ? [...table.values()] : Object.fromEntries(table)
}

const NOT_IN_BATCH = new Set(['batch', 'download', 'upload'])

export function runBatch(context: RestContext, query: RestQuery, invoke: Invoke): RestOutcome {
  const params = new Map([...query].map(([key, value]) => [key.toUpperCase(), value]))
  const halt = !phpEmpty(params.get('HALT'))
  const tables: ResultTables = { result: new Map(), next: new Map(), total: new Map(), time: new Map(), error: new Map() }
  const commands = params.get('CMD')
  let counted = 0
  for (const [key, call] of isArrayLike(commands) ? entriesOf(commands) : []) {
    let reply: RestCall
    if (counted++ < BATCH_MAX_LENGTH) {
      if (typeof call !== 'string')
        continue
      const { method, query: rowQuery } = splitCall(call)
      const rowParams = new Map([...toRestQuery(parseStr(rowQuery))].map(([name, value]) => [name, substituteAll(value, tables)]))
      reply = NOT_IN_BATCH.has(method.toLowerCase())
        ? { ok: false, error: batchMethodNotAllowed() }
        : invoke({ ...context, inBatch: true }, method, rowParams)
    }
    else {
      reply = { ok: false, error: batchLengthExceeded() }
    }
    if (reply.ok) {
      tables.result.set(key, reply.outcome.result)
      if (reply.outcome.next !== undefined)
        tables.next.set(key, reply.outcome.next)
      if (reply.outcome.total !== undefined)
        tables.total.set(key, reply.outcome.total)
      tables.time.set(key, timeEnvelope(reply.startedMs))
    }
    else {
      tables.error.set(key, reply.error.toBody())
      if (halt)
        break
    }
  }
  return {
    result: {
      result: phpArrayValue(tables.result),
      result_error: phpArrayValue(tables.error),
      result_total: phpArrayValue(tables.total),
      result_next: phpArrayValue(tables.next),
      result_time: phpArrayValue(tables.time),
    },
  }
}
