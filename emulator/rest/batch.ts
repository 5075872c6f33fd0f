/**
 * `batch` (research/rest.md §4.3): up to 50 commands `method?query`, each answered on its own in
 * `result` / `result_error` / `result_total` / `result_next` / `result_time` (objects for a named
 * `cmd`, arrays for a list); `halt=1` stops at the first failure; `$result[key][field]` in a query
 * refers to an earlier command's result.
 */
import type { DispatchContext } from './dispatch'
import type { RestReply } from './envelope'
import { parse } from 'qs-esm'
import { dispatch } from './dispatch'
import { RestError, success, timeEnvelope } from './envelope'

const MAX_COMMANDS = 50
const REFERENCE = /\$result\[([^\]]+)\]((?:\[[^\]]*\])*)/g

function lookup(results: Map<string, unknown>, key: string, path: string): unknown {
  let value: unknown = results.get(key)
  for (const [, segment] of path.matchAll(/\[([^\]]*)\]/g)) {
    if (typeof value !== 'object' || value === null)
      return undefined
    value = (value as Record<string, unknown>)[segment!]
  }
  return value
}

/** Replaces `$result[...]` references: a whole-value reference keeps the referenced type. */
function substitute(value: unknown, results: Map<string, unknown>): unknown {
  if (typeof value === 'string') {
    const whole = /^\$result\[([^\]]+)\]((?:\[[^\]]*\])*)$/.exec(value)
    if (whole)
      return lookup(results, whole[1]!, whole[2] ?? '')
    return value.replace(REFERENCE, (_match, key: string, path: string) => String(lookup(results, key, path) ?? ''))
  }
  if (Array.isArray(value))
    return value.map(item => substitute(item, results))
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, results)]))
  return value
}

export function runBatch(params: Record<string, unknown>, context: DispatchContext): RestReply {
  const started = Date.now()
  const cmd = params.cmd
  if (typeof cmd !== 'object' || cmd === null)
    throw new RestError(400, 'ERROR_ARGUMENT', 'Argument cmd is empty')
  const commands = Object.entries(cmd as Record<string, unknown>)
  if (commands.length > MAX_COMMANDS)
    throw new RestError(400, 'ERROR_BATCH_LENGTH_EXCEEDED', 'Max batch length exceeded')
  const halt = Number(params.halt ?? 0) === 1
  const result: Record<string, unknown> = {}
  const errors: Record<string, unknown> = {}
  const totals: Record<string, unknown> = {}
  const nexts: Record<string, unknown> = {}
  const times: Record<string, unknown> = {}
  const results = new Map<string, unknown>()
  for (const [key, row] of commands) {
    const text = String(row)
    const separator = text.indexOf('?')
    const method = separator === -1 ? text : text.slice(0, separator)
    const query = separator === -1 ? {} : parse(text.slice(separator + 1), { arrayLimit: 1000, depth: 10 }) as Record<string, unknown>
    const rowStarted = Date.now()
    const reply = dispatch(method, substitute(query, results) as Record<string, unknown>, { ...context, inBatch: true })
    times[key] = timeEnvelope(rowStarted)
    if (reply.status !== 200 || 'error' in reply.body) {
      errors[key] = { error: reply.body.error, error_description: reply.body.error_description }
      if (halt)
        break
      continue
    }
    result[key] = reply.body.result
    results.set(key, reply.body.result)
    if (reply.body.total !== undefined)
      totals[key] = reply.body.total
    if (reply.body.next !== undefined)
      nexts[key] = reply.body.next
  }
  // PHP's json_encode: an empty or 0..n-1-keyed array is a JSON list, anything else an object.
  const shape = (map: Record<string, unknown>) => {
    const keys = Object.keys(map)
    return keys.every((key, index) => key === String(index)) ? Object.values(map) : map
  }
  return success({
    result: shape(result),
    result_error: shape(errors),
    result_total: shape(totals),
    result_next: shape(nexts),
    result_time: shape(times),
  }, {}, started)
}
