/**
 * `i:` reads PHP's 64-bit ints exactly: a `number` while safe, a `bigint` beyond ±(2^53 − 1) up to
 * PHP_INT_MAX/MIN, and an error past that, where PHP 8.2 would silently clamp with only a warning.
 */
import { describe, expect, it } from 'vitest'
import { serialize, unserialize } from '@/lib/php-serialize'

describe('ints', () => {
  it.each([
    { input: 'i:0;', expected: 0 },
    { input: 'i:42;', expected: 42 },
    { input: 'i:-7;', expected: -7 },
    { input: 'i:9007199254740991;', expected: Number.MAX_SAFE_INTEGER },
    { input: 'i:-9007199254740991;', expected: Number.MIN_SAFE_INTEGER },
    { input: 'i:9007199254740992;', expected: 9007199254740992n },
    { input: 'i:-9007199254740993;', expected: -9007199254740993n },
    { input: 'i:9223372036854775807;', expected: 9223372036854775807n },
    { input: 'i:-9223372036854775808;', expected: -9223372036854775808n },
  ])('reads $input exactly', ({ input, expected }) => {
    expect(unserialize(input)).toBe(expected)
    expect(serialize(expected)).toBe(input)
  })

  it('keeps the 16-digit path exact where a double would round', () => {
    expect(unserialize('i:1234567890123456;')).toBe(1234567890123456)
    expect(unserialize('i:9007199254740993;')).toBe(9007199254740993n)
  })

  it.each([
    { input: 'i:+5;', expected: 5 },
    { input: 'i:-0;', expected: 0 },
    { input: 'i:007;', expected: 7 },
    { input: 'i:00000000000000000001;', expected: 1 },
  ])('reads the lenient form $input as PHP does', ({ input, expected }) => {
    expect(Object.is(unserialize(input), expected)).toBe(true)
  })

  it.each([
    { input: 'i:9223372036854775808;', code: 'invalid-number', byteOffset: 2 },
    { input: 'i:-9223372036854775809;', code: 'invalid-number', byteOffset: 2 },
    { input: 'i:99999999999999999999999;', code: 'invalid-number', byteOffset: 2 },
    { input: 'i:1.5;', code: 'invalid-number', byteOffset: 2 },
    { input: 'i:1e5;', code: 'invalid-number', byteOffset: 2 },
    { input: 'i:;', code: 'invalid-number', byteOffset: 2 },
    { input: 'i: 1;', code: 'invalid-number', byteOffset: 2 },
    { input: 'i:--1;', code: 'invalid-number', byteOffset: 2 },
    { input: 'i:0x1A;', code: 'invalid-number', byteOffset: 2 },
    { input: 'i:12', code: 'unexpected-end', byteOffset: 4 },
    { input: 'i:-', code: 'unexpected-end', byteOffset: 3 },
  ])('rejects $input with $code', ({ input, code, byteOffset }) => {
    expect(() => unserialize(input)).toThrow(expect.objectContaining({ code, byteOffset }))
  })

  it.each([
    { value: 2n ** 63n, reason: 'above PHP_INT_MAX' },
    { value: -(2n ** 63n) - 1n, reason: 'below PHP_INT_MIN' },
  ])('refuses to serialize a bigint $reason', ({ value }) => {
    expect(() => serialize(value)).toThrow(TypeError)
  })
})
