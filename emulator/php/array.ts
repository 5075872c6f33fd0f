/**
 * PHP arrays as the portal's REST server receives them. A request is one ordered PHP array: the
 * order of its top-level keys is what positional `task.*` methods read, so it is kept in a `Map`
 * (a plain object would move integer-like keys such as "0" in front of "TASKID").
 */

/** A decoded input value: scalars as PHP's decoders produce them, arrays as ordered maps. */
export type PhpInput = string | number | boolean | null | PhpArray

/** Keys are kept as text: PHP's int key 0 and the string "0" are the same key. */
export type PhpArray = Map<string, PhpInput>

/** The request parameters: ordered top-level keys, nested values as plain JS (see `toPlain`). */
export type RestQuery = Map<string, unknown>

export function isPhpArray(value: unknown): value is PhpArray {
  return value instanceof Map
}

/** PHP's `is_array()` on a plain value: lists and objects alike. */
export function isArrayLike(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null
}

/**
 * Converts a decoded PHP array to plain JS, as the handlers read nested values: a list-shaped array
 * (keys 0..n-1 in order) becomes an array, anything else an object.
 */
export function toPlain(value: PhpInput): unknown {
  if (!isPhpArray(value))
    return value
  const keys = [...value.keys()]
  if (keys.every((key, index) => key === String(index)))
    return [...value.values()].map(toPlain)
  const plain: Record<string, unknown> = {}
  for (const [key, item] of value)
    plain[key] = toPlain(item)
  return plain
}

/** The top-level request array with nested values made plain. */
export function toRestQuery(array: PhpArray): RestQuery {
  return new Map([...array].map(([key, value]) => [key, toPlain(value)]))
}

/** `array_replace($base, $override)`: keys of `base` keep their place, new keys are appended. */
export function arrayReplace(base: RestQuery, override: RestQuery): RestQuery {
  const merged = new Map(base)
  for (const [key, value] of override)
    merged.set(key, value)
  return merged
}

/** Entries of a plain array-like value in PHP iteration order (lists by index). */
export function entriesOf(value: Record<string, unknown> | unknown[]): Array<[string, unknown]> {
  return Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value)
}
