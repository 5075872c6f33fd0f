/**
 * `N;` is null and `b:` takes exactly one digit, 0 or 1: PHP rejects `b:2;` and so must we,
 * where four of the five npm parsers surveyed quietly read it as true or false.
 */
import { describe, expect, it } from 'vitest'
import { serialize, unserialize } from '@/lib/php-serialize'

describe('null and booleans', () => {
  it.each([
    { input: 'N;', expected: null },
    { input: 'b:0;', expected: false },
    { input: 'b:1;', expected: true },
  ])('reads $input', ({ input, expected }) => {
    expect(unserialize(input)).toBe(expected)
    expect(serialize(expected)).toBe(input)
  })

  it.each([
    { input: 'b:2;', code: 'unexpected-token', byteOffset: 2 },
    { input: 'b:01;', code: 'unexpected-token', byteOffset: 3 },
    { input: 'b:;', code: 'unexpected-token', byteOffset: 2 },
    { input: 'b:true;', code: 'unexpected-token', byteOffset: 2 },
    { input: 'b:1', code: 'unexpected-end', byteOffset: 3 },
    { input: 'n;', code: 'unexpected-token', byteOffset: 0 },
    { input: 'N', code: 'unexpected-end', byteOffset: 1 },
    { input: 'N:', code: 'unexpected-token', byteOffset: 1 },
  ])('rejects $input with $code at byte $byteOffset', ({ input, code, byteOffset }) => {
    expect(() => unserialize(input)).toThrow(expect.objectContaining({ code, byteOffset }))
  })
})
