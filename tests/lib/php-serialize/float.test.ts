/**
 * `d:` reads every float form PHP writes or accepts, and `serialize` writes floats exactly as PHP 8
 * does with serialize_precision = -1 (shortest round-trip digits, `E+`/`E-` outside 1e-4 ≤ |x| < 1e17).
 */
import { describe, expect, it } from 'vitest'
import { PhpFloat, serialize, unserialize } from '@/lib/php-serialize'
import { formatFloat } from '@/lib/php-serialize/serializer'

describe('floats', () => {
  it.each([
    { input: 'd:-1.5;', expected: -1.5 },
    { input: 'd:-0;', expected: -0 },
    { input: 'd:0.1;', expected: 0.1 },
    { input: 'd:1.0E+25;', expected: 1e25 },
    { input: 'd:1.5E-7;', expected: 1.5e-7 },
    { input: 'd:1E+25;', expected: 1e25 },
    { input: 'd:INF;', expected: Number.POSITIVE_INFINITY },
    { input: 'd:-INF;', expected: Number.NEGATIVE_INFINITY },
    { input: 'd:NAN;', expected: Number.NaN },
    { input: 'd:5.0E-324;', expected: 5e-324 },
    { input: 'd:1.7976931348623157E+308;', expected: Number.MAX_VALUE },
  ])('reads $input', ({ input, expected }) => {
    expect(unserialize(input)).toBe(expected)
  })

  it.each([
    { input: 'd:+1.5;', expected: 1.5 },
    { input: 'd:.5;', expected: 0.5 },
    { input: 'd:5.;', expected: 5 },
    { input: 'd:1e5;', expected: 100000 },
    { input: 'd:-.5e-3;', expected: -0.0005 },
    { input: 'd:00012;', expected: 12 },
    { input: 'd:1e400;', expected: Number.POSITIVE_INFINITY },
    { input: 'd:1e-400;', expected: 0 },
  ])('reads the lenient form $input as PHP does', ({ input, expected }) => {
    expect(unserialize(input)).toBe(expected)
  })

  it.each([
    { input: 'd:+INF;', code: 'invalid-number' },
    { input: 'd:inf;', code: 'invalid-number' },
    { input: 'd:-NAN;', code: 'invalid-number' },
    { input: 'd:Infinity;', code: 'invalid-number' },
    { input: 'd:1.5e;', code: 'invalid-number' },
    { input: 'd:1.5x;', code: 'invalid-number' },
    { input: 'd:.;', code: 'invalid-number' },
    { input: 'd:;', code: 'invalid-number' },
    { input: 'd:0x10;', code: 'invalid-number' },
    { input: 'd:1.5', code: 'unexpected-end' },
    { input: 'd:1.5e', code: 'unexpected-end' },
    { input: 'd:NA', code: 'unexpected-end' },
    { input: 'd:-IN', code: 'unexpected-end' },
  ])('rejects $input with $code', ({ input, code }) => {
    expect(() => unserialize(input)).toThrow(expect.objectContaining({ code, byteOffset: code === 'unexpected-end' ? input.length : 2 }))
  })

  // Each row was checked against php-cli 8.2 (`php -r 'echo serialize(<value>);'`).
  it.each([
    { value: 0, php: '0' },
    { value: -0, php: '-0' },
    { value: 100, php: '100' },
    { value: -1.5, php: '-1.5' },
    { value: 0.1, php: '0.1' },
    { value: 0.1 + 0.2, php: '0.30000000000000004' },
    { value: 1e-4, php: '0.0001' },
    { value: 9.99e-5, php: '9.99E-5' },
    { value: 1e-5, php: '1.0E-5' },
    { value: 1.5e-7, php: '1.5E-7' },
    { value: 1e16, php: '10000000000000000' },
    { value: 99999999999999980, php: '99999999999999980' },
    { value: 1e17, php: '1.0E+17' },
    { value: 1.2345678901234568e17, php: '1.2345678901234568E+17' },
    { value: 1e25, php: '1.0E+25' },
    { value: -1e25, php: '-1.0E+25' },
    { value: 5e-324, php: '5.0E-324' },
    { value: Number.MAX_VALUE, php: '1.7976931348623157E+308' },
    { value: Number.POSITIVE_INFINITY, php: 'INF' },
    { value: Number.NEGATIVE_INFINITY, php: '-INF' },
    { value: Number.NaN, php: 'NAN' },
  ])('formats $value as PHP does: $php', ({ value, php }) => {
    expect(formatFloat(value)).toBe(php)
    expect(serialize(new PhpFloat(value))).toBe(`d:${php};`)
  })

  it('writes a plain number as i: when it is a safe integer, else as d:', () => {
    expect(serialize(1)).toBe('i:1;')
    expect(serialize(-0)).toBe('d:-0;')
    expect(serialize(1.5)).toBe('d:1.5;')
    expect(serialize(2 ** 53)).toBe('d:9007199254740992;')
    expect(serialize(Number.NaN)).toBe('d:NAN;')
  })

  describe('preserveFloatType', () => {
    it('wraps every d: value, so an integral float stays a float', () => {
      expect(unserialize('d:1;', { preserveFloatType: true })).toEqual(new PhpFloat(1))
      expect(unserialize('d:0.5;', { preserveFloatType: true })).toEqual(new PhpFloat(0.5))
      expect(unserialize('i:1;', { preserveFloatType: true })).toBe(1)
    })

    it.each([
      { input: 'd:1;' },
      { input: 'd:-0;' },
      { input: 'd:100;' },
      { input: 'd:1.0E+25;' },
      { input: 'd:NAN;' },
      { input: 'a:2:{i:0;d:2;i:1;i:2;}' },
    ])('round-trips $input byte for byte', ({ input }) => {
      expect(serialize(unserialize(input, { preserveFloatType: true }))).toBe(input)
    })

    it('is needed: without it an integral float comes back as an int', () => {
      expect(serialize(unserialize('d:1;'))).toBe('i:1;')
    })
  })
})
