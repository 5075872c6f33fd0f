/**
 * PHP value semantics the portal code relies on: lax integer checks, `is_numeric`, `(int)` and
 * `(string)` casts, loose comparison with '' and Bitrix's `htmlspecialcharsEx`.
 */

/**
 * `CTaskAssert::isLaxIntegers` (tasks/classes/general/taskassert.php): an int, or a string of
 * digits with an optional leading minus. `"691"` passes, `" 691"`, `"6.9"` and `true` do not.
 * (PHP's `$` also matches before one trailing newline, hence `\n?`.)
 */
export function isLaxInteger(value: unknown): boolean {
  if (typeof value === 'number')
    return Number.isInteger(value)
  return typeof value === 'string' && /^-?\d+\n?$/.test(value)
}

/** PHP's whitespace for numeric strings: space, \t, \n, \r, \v, \f (not JS `\s`, which also takes NBSP and more). */
const NUMERIC_STRING = /^[ \t\n\r\v\f]*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?[ \t\n\r\v\f]*$/i

/**
 * PHP 8 `is_numeric($value)`: ints and floats, and strings that are a decimal number with optional
 * surrounding whitespace (PHP 8 accepts it trailing too). Hex, `1_000`, a lone `.` or `1e` are not.
 *
 * @example
 * phpIsNumeric(' 1.5e3\n') // true
 * phpIsNumeric('0x1A') // false
 */
export function phpIsNumeric(value: unknown): boolean {
  return typeof value === 'number' || (typeof value === 'string' && NUMERIC_STRING.test(value))
}

/** `(int) $value`: leading numeric prefix of a string, truncated; arrays are 0 or 1. */
export function phpIntval(value: unknown): number {
  if (typeof value === 'number')
    return Number.isFinite(value) ? Math.trunc(value) : 0
  if (typeof value === 'boolean')
    return value ? 1 : 0
  if (typeof value === 'string') {
    const prefix = /^[ \t\n\r\v\f]*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?/i.exec(value)
    return prefix ? Math.trunc(Number(prefix[0])) || 0 : 0
  }
  if (typeof value === 'object' && value !== null)
    return Object.keys(value).length > 0 ? 1 : 0
  return 0
}

/** `(string) $value`. */
export function phpStrval(value: unknown): string {
  if (value === null || value === undefined || value === false)
    return ''
  if (value === true)
    return '1'
  if (typeof value === 'object')
    return 'Array'
  return String(value)
}

/** PHP 8 `$value == ''`: true for '', null and false; `0` and `"0"` are not equal to ''. */
export function looseEqualsEmptyString(value: unknown): boolean {
  return value === '' || value === null || value === undefined || value === false
}

/** PHP's `empty()`. */
export function phpEmpty(value: unknown): boolean {
  if (typeof value === 'object' && value !== null)
    return Object.keys(value).length === 0
  return value === '' || value === '0' || value === 0 || value === null || value === undefined || value === false
}

const HTMLSPECIALCHARS_EX: ReadonlyArray<readonly [string, string]> = [
  ['&amp;', '&amp;amp;'],
  ['&lt;', '&amp;lt;'],
  ['&gt;', '&amp;gt;'],
  ['&quot;', '&amp;quot;'],
  ['&#34;', '&amp;#34;'],
  ['&#x22;', '&amp;#x22;'],
  ['&#39;', '&amp;#39;'],
  ['&#x27;', '&amp;#x27;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
]

/**
 * Bitrix's `htmlspecialcharsEx` (main/tools.php): `str_replace` with these pairs in order, so
 * existing entities are re-escaped, `< > "` are escaped, and a bare `&` or `'` stays as it is.
 *
 * @example
 * htmlspecialcharsEx('<b>A & B</b> &lt;') // '&lt;b&gt;A & B&lt;/b&gt; &amp;lt;'
 */
export function htmlspecialcharsEx(text: string): string {
  let result = text
  for (const [search, replace] of HTMLSPECIALCHARS_EX)
    result = result.split(search).join(replace)
  return result
}
