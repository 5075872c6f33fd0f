import type { PhpKey, PhpValue } from './types'
import { PHP_INT_MAX, PHP_INT_MIN, toArrayKey } from './parser'
import { PhpEnum, PhpFloat, PhpObject } from './types'
import { utf8ByteLength } from './utf8'

/**
 * A float as PHP 8 writes it with `serialize_precision = -1`: the shortest digits that read back as
 * the same double (JavaScript picks the same digits), positional while the decimal exponent is
 * within -4..16, else `<d>.<digits>E<sign><exp>` with at least one fraction digit. No `.0` is
 * appended to integral values: `d:100;`. Checked against php-cli on 30,000 random doubles; the
 * golden fixtures keep about 200 of them.
 *
 * @example
 * formatFloat(0.1) // '0.1'
 * formatFloat(1e25) // '1.0E+25'
 * formatFloat(-0) // '-0'
 */
export function formatFloat(value: number): string {
  if (value === 0)
    return Object.is(value, -0) ? '-0' : '0'
  if (!Number.isFinite(value))
    return Number.isNaN(value) ? 'NAN' : value > 0 ? 'INF' : '-INF'
  const magnitude = Math.abs(value)
  // JavaScript also writes this range positionally (its own switch is at 1e21 and 1e-7).
  if (magnitude >= 1e-4 && magnitude < 1e17)
    return String(value)
  const text = magnitude.toExponential()
  const split = text.indexOf('e')
  const mantissa = text.slice(0, split)
  return `${value < 0 ? '-' : ''}${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${text.slice(split + 1)}`
}

function writeInt(value: number | bigint): string {
  if (typeof value === 'bigint' ? value > PHP_INT_MAX || value < PHP_INT_MIN : !Number.isSafeInteger(value))
    throw new TypeError(`${value} is not a PHP int`)
  return `i:${value};`
}

/** `<bytes>:"<text>"`, the body shared by `s:`, `E:` and `O:`. */
function quoted(text: string): string {
  return `${utf8ByteLength(text)}:"${text}"`
}

function writeString(text: string): string {
  return `s:${quoted(text)};`
}

function writeKey(key: PhpKey | bigint): string {
  return typeof key === 'string' ? writeString(key) : writeInt(key)
}

/** Recursion is bounded by the value's own depth; `ancestors` turns a cycle into a TypeError. */
function writeValue(value: PhpValue, ancestors: Set<object>): string {
  switch (typeof value) {
    case 'boolean':
      return value ? 'b:1;' : 'b:0;'
    case 'number':
      return Number.isSafeInteger(value) && !Object.is(value, -0) ? `i:${value};` : `d:${formatFloat(value)};`
    case 'bigint':
      return writeInt(value)
    case 'string':
      return writeString(value)
  }
  if (value === null)
    return 'N;'
  if (typeof value !== 'object')
    throw new TypeError(`PHP has no ${typeof value}`)
  if (value instanceof PhpFloat)
    return `d:${formatFloat(value.value)};`
  if (value instanceof PhpEnum)
    return `E:${quoted(`${value.className}:${value.caseName}`)};`
  let header: string
  let entries: Iterable<[PhpKey | bigint, PhpValue | undefined]>
  if (Array.isArray(value)) {
    header = `a:${value.length}`
    entries = value.entries()
  }
  else if (value instanceof Map) {
    header = `a:${value.size}`
    entries = value
  }
  else if (value instanceof PhpObject) {
    header = `O:${quoted(value.className)}:${value.properties.size}`
    entries = value.properties
  }
  else {
    throw new TypeError(`PHP has no ${(value as object).constructor?.name ?? 'Object'}`)
  }
  if (ancestors.has(value))
    throw new TypeError('cyclic value: PHP would need a reference')
  ancestors.add(value)
  let text = `${header}:{`
  for (const [key, item] of entries) {
    // Property names stay as written; a string array key is written the way PHP stores it ("5" as 5).
    text += writeKey(typeof key === 'string' && !(value instanceof PhpObject) ? toArrayKey(key) : key)
      + writeValue(item as PhpValue, ancestors)
  }
  ancestors.delete(value)
  return `${text}}`
}

/**
 * Encodes a value as PHP's `serialize()` would, byte for byte: `number` is `i:` when it is a safe
 * integer (and not −0), else `d:`; `bigint` is `i:`; arrays are lists, Maps keep their order, and a
 * string Map key that PHP would store as an int (`"5"`) is written as one. Every value
 * `unserialize` returns serializes back to its input, with `preserveFloatType` when floats matter.
 *
 * @throws TypeError for values PHP has no form for: `undefined`, functions, holes in arrays,
 * fractional or unsafe `number` keys, ints outside 64 bits, cyclic structures.
 * @example
 * serialize(['102']) // 'a:1:{i:0;s:3:"102";}'
 * serialize(new Map([['PERIOD', 'weekly']])) // 'a:1:{s:6:"PERIOD";s:6:"weekly";}'
 * serialize('Привет') // 's:12:"Привет";'
 */
export function serialize(value: PhpValue): string {
  return writeValue(value, new Set())
}
