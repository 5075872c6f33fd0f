/**
 * PHP's `parse_str()` (the form-body and batch-row decoder of a portal): keys keep their order,
 * `a[b][]=x` nests, the last duplicate wins in the place of the first, `.` and ` ` in a top-level
 * name become `_`, and an unclosed `[` turns into `_` as well.
 */
import type { PhpArray, PhpInput } from './array'
import { isPhpArray } from './array'

/** PHP's `max_input_nesting_level`. */
const MAX_NESTING = 64

/** `urldecode()`: `+` is a space; a malformed `%` escape is kept as it is, like PHP does. */
export function urlDecode(text: string): string {
  const spaced = text.replace(/\+/g, ' ')
  try {
    return decodeURIComponent(spaced)
  }
  catch {
    return spaced.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run)
      }
      catch {
        return run
      }
    })
  }
}

/** Splits a decoded variable name into the top-level name and its bracket segments. */
function splitName(rawName: string): { name: string, path: string[] } | null {
  const trimmed = rawName.replace(/^ +/, '')
  if (trimmed === '')
    return null
  const open = trimmed.indexOf('[')
  const close = open === -1 ? -1 : trimmed.indexOf(']', open)
  if (open === -1 || close === -1) {
    // No complete bracket: the first `[` becomes `_` and the rest is a literal name.
    const literal = open === -1 ? trimmed : `${trimmed.slice(0, open)}_${trimmed.slice(open + 1)}`
    return { name: literal.replace(/[. ]/g, '_'), path: [] }
  }
  const name = trimmed.slice(0, open).replace(/[. ]/g, '_')
  if (name === '')
    return null
  const path: string[] = []
  let cursor = open
  while (cursor < trimmed.length && trimmed[cursor] === '[') {
    const end = trimmed.indexOf(']', cursor)
    if (end === -1)
      break
    path.push(trimmed.slice(cursor + 1, end))
    cursor = end + 1
  }
  return { name, path }
}

/** The index `$a[] = …` appends at: one past the largest integer key. */
function nextIndex(array: PhpArray): string {
  let next = 0
  for (const key of array.keys()) {
    if (/^(?:0|-?[1-9]\d*)$/.test(key))
      next = Math.max(next, Number(key) + 1)
  }
  return String(next)
}

function assign(target: PhpArray, keys: readonly string[], value: string): void {
  let current = target
  for (const [index, rawKey] of keys.entries()) {
    const key = rawKey === '' ? nextIndex(current) : rawKey
    if (index === keys.length - 1) {
      current.set(key, value)
      return
    }
    const existing: PhpInput | undefined = current.get(key)
    if (isPhpArray(existing)) {
      current = existing
      continue
    }
    const created: PhpArray = new Map()
    current.set(key, created)
    current = created
  }
}

/**
 * Decodes `a=1&b[x]=2&b[]=3` into an ordered PHP array of strings and nested arrays.
 *
 * @example
 * parseStr('TASKID=5&ORDER[ID]=desc') // Map { 'TASKID' => '5', 'ORDER' => Map { 'ID' => 'desc' } }
 */
export function parseStr(query: string): PhpArray {
  const result: PhpArray = new Map()
  for (const pair of query.split('&')) {
    if (pair === '')
      continue
    const separator = pair.indexOf('=')
    const rawName = urlDecode(separator === -1 ? pair : pair.slice(0, separator))
    const value = separator === -1 ? '' : urlDecode(pair.slice(separator + 1))
    const split = splitName(rawName)
    if (!split || split.path.length >= MAX_NESTING)
      continue
    assign(result, [split.name, ...split.path], value)
  }
  return result
}
