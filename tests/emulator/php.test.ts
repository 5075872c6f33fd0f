/**
 * The emulator reads and writes the wire the way the portal's PHP does: ordered keys, parse_str,
 * lax integers, is_numeric, htmlspecialcharsEx, strtotime for dates, Json::encode escaping.
 */
import { spawnSync } from 'node:child_process'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toPlain } from '../../emulator/php/array'
import { decodeJson, encodePhpJson, JsonSyntaxError } from '../../emulator/php/json'
import { parseStr } from '../../emulator/php/parse-str'
import { strtotime } from '../../emulator/php/strtotime'
import { htmlspecialcharsEx, isLaxInteger, phpIntval, phpIsNumeric, phpStrval } from '../../emulator/php/values'

describe('parseStr', () => {
  it('keeps the order of keys, integer-like ones included', () => {
    expect([...parseStr('TASKID=5&0=7&b=1').keys()]).toEqual(['TASKID', '0', 'b'])
  })

  it.each([
    { query: 'a[x]=1&a[y][]=2&a[y][]=3', plain: { a: { x: '1', y: ['2', '3'] } } },
    { query: 'a=1&a=2', plain: { a: '2' } },
    { query: 'a=1&a[b]=2', plain: { a: { b: '2' } } },
    { query: 'a.b=1&c d=2', plain: { a_b: '1', c_d: '2' } },
    { query: 'a[b=1', plain: { a_b: '1' } },
    { query: 'x=%D0%9F%D1%80%D0%B8+%E2%9C%93', plain: { x: 'При ✓' } },
    { query: 'x=100%&y=%zz', plain: { x: '100%', y: '%zz' } },
    { query: 'list[]=a&list[5]=b&list[]=c', plain: { list: { 0: 'a', 5: 'b', 6: 'c' } } },
    { query: '=x&&y', plain: { y: '' } },
  ])('decodes $query', ({ query, plain }) => {
    expect(toPlain(parseStr(query))).toEqual(plain)
  })
})

describe('decodeJson', () => {
  it('keeps object key order where JSON.parse would move "0" first', () => {
    const decoded = decodeJson('{"TASKID":691,"0":5,"nested":{"b":1,"a":2}}')
    expect(decoded instanceof Map && [...decoded.keys()]).toEqual(['TASKID', '0', 'nested'])
  })

  it('turns lists into 0..n-1 keyed arrays and keeps scalars', () => {
    expect(toPlain(decodeJson('[1,"x",true,null,{"k":[]}]'))).toEqual([1, 'x', true, null, { k: [] }])
  })

  it.each(['{"a":1,}', '{"a" 1}', '[1 2]', '', '{"a":1}x'])('rejects %j', (text) => {
    expect(() => decodeJson(text)).toThrow(JsonSyntaxError)
  })
})

describe('encodePhpJson', () => {
  it('escapes < > & \' " and / inside strings like Json::encode, and leaves Unicode as is', () => {
    expect(encodePhpJson({ 'a/b': '<b>"x" & \'y\'</b> Привет 🚀' }))
      .toBe('{"a\\/b":"\\u003Cb\\u003E\\u0022x\\u0022 \\u0026 \\u0027y\\u0027\\u003C\\/b\\u003E Привет 🚀"}')
  })

  it('round-trips through JSON.parse', () => {
    const value = { s: 'a\\"b</x>', n: [1, 2.5, null, false] }
    expect(JSON.parse(encodePhpJson(value))).toEqual(value)
  })
})

describe('php values', () => {
  it.each([
    { value: 691, lax: true },
    { value: '691', lax: true },
    { value: '-5', lax: true },
    { value: '691\n', lax: true },
    { value: ' 691', lax: false },
    { value: '6.9', lax: false },
    { value: 6.5, lax: false },
    { value: '', lax: false },
    { value: true, lax: false },
    { value: null, lax: false },
  ])('isLaxInteger($value) is $lax', ({ value, lax }) => {
    expect(isLaxInteger(value)).toBe(lax)
  })

  it.each([
    { value: '12abc', int: 12 },
    { value: ' 7', int: 7 },
    { value: '1e3', int: 1000 },
    { value: '90.9', int: 90 },
    { value: 'abc', int: 0 },
    { value: true, int: 1 },
    { value: [1], int: 1 },
  ])('(int) $value is $int', ({ value, int }) => {
    expect(phpIntval(value)).toBe(int)
  })

  // Expected values printed by PHP 8.2's is_numeric for each string.
  it.each([
    { value: '5', numeric: true },
    { value: ' 5', numeric: true },
    { value: '5 ', numeric: true },
    { value: '\t5\n', numeric: true },
    { value: '\v5', numeric: true },
    { value: '\f5', numeric: true },
    { value: '.5', numeric: true },
    { value: '5.', numeric: true },
    { value: '+.5e-3', numeric: true },
    { value: '1E5', numeric: true },
    { value: '\u00A05', numeric: false },
    { value: '5\u00A0', numeric: false },
    { value: '\u0661', numeric: false },
    { value: '1e', numeric: false },
    { value: '-', numeric: false },
    { value: '.', numeric: false },
    { value: '', numeric: false },
    { value: ' ', numeric: false },
    { value: '0x1A', numeric: false },
    { value: '1_000', numeric: false },
    { value: '5\u0000', numeric: false },
    { value: 6.5, numeric: true },
    { value: true, numeric: false },
    { value: null, numeric: false },
  ])('is_numeric($value) is $numeric', ({ value, numeric }) => {
    expect(phpIsNumeric(value)).toBe(numeric)
  })

  it('casts to string like PHP', () => {
    expect([phpStrval(null), phpStrval(false), phpStrval(true), phpStrval([1]), phpStrval(5)]).toEqual(['', '', '1', 'Array', '5'])
  })

  it('htmlspecialcharsEx escapes < > " and re-escapes entities but keeps a bare & and \'', () => {
    expect(htmlspecialcharsEx('<b>"A" & B\'s</b> &lt; &amp; &#39;'))
      .toBe('&lt;b&gt;&quot;A&quot; & B\'s&lt;/b&gt; &amp;lt; &amp;amp; &amp;#39;')
  })
})

describe('strtotime', () => {
  const now = Date.UTC(2026, 2, 16, 9, 0, 0)

  it.each([
    { text: '2024-02-16', iso: '2024-02-15T21:00:00.000Z' },
    { text: '2024-05-16T10:33:00+02:00', iso: '2024-05-16T08:33:00.000Z' },
    { text: '2024-05-16T10:33:00Z', iso: '2024-05-16T10:33:00.000Z' },
    { text: '2024-05-16 10:33', iso: '2024-05-16T07:33:00.000Z' },
    { text: '16.02.2024 12:00:00', iso: '2024-02-16T09:00:00.000Z' },
    { text: '02/16/2024', iso: '2024-02-15T21:00:00.000Z' },
    { text: '2024-02-30', iso: '2024-02-29T21:00:00.000Z' },
    { text: '@0', iso: '1970-01-01T00:00:00.000Z' },
    { text: 'today', iso: '2026-03-15T21:00:00.000Z' },
  ])('reads $text in server time (UTC+3)', ({ text, iso }) => {
    expect(new Date(strtotime(text, now)!).toISOString()).toBe(iso)
  })

  it.each(['DESC', 'asc', 'yesterday at noon', '2024-13-01', '', 42])('fails on %j like PHP returns false', (text) => {
    expect(strtotime(text, now)).toBeNull()
  })
})

const hasPhp = spawnSync('php', ['-v']).status === 0

describe.runIf(hasPhp)('is_numeric against the PHP on this machine', () => {
  it('agrees with PHP on strings made of the characters numbers are made of', () => {
    const alphabet = ['0', '1', '9', '+', '-', '.', 'e', 'E', 'x', '_', ' ', '\t', '\n', '\r', '\v', '\f', '\u00A0', '\u2028', '\u0661', '\0']
    const inputs = fc.sample(fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }).map(chars => chars.join('')), { numRuns: 3000, seed: 20261206 })
    const php = spawnSync('php', ['-r', 'echo json_encode(array_map("is_numeric", json_decode(stream_get_contents(STDIN))));'], { input: JSON.stringify(inputs), encoding: 'utf8' })
    const expected = JSON.parse(php.stdout) as boolean[]
    expect(inputs.map(phpIsNumeric)).toEqual(expected)
  })
})
