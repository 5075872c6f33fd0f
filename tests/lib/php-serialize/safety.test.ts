/**
 * Hostile input cannot hurt the caller: no key changes a prototype, no depth overflows the stack,
 * no declared size drives an allocation, and trailing bytes are refused unless asked for.
 */
import type { PhpMap } from '@/lib/php-serialize'
import { describe, expect, it } from 'vitest'
import { PhpObject, serialize, tryUnserialize, unserialize } from '@/lib/php-serialize'

describe('safety', () => {
  describe('prototypes', () => {
    it.each([
      { key: '__proto__' },
      { key: 'constructor' },
      { key: 'toString' },
      { key: 'hasOwnProperty' },
      { key: 'prototype' },
    ])('keeps $key as a plain Map key', ({ key }) => {
      const payload = new Map([['admin', true]])
      const value = unserialize(serialize(new Map([[key, payload]]))) as PhpMap
      expect(Object.getPrototypeOf(value)).toBe(Map.prototype)
      expect([...value.keys()]).toEqual([key])
      expect(value.get(key)).toEqual(payload)
      expect(({} as Record<string, unknown>).admin).toBeUndefined()
    })

    it('keeps __proto__ as a plain property name of an object', () => {
      const value = unserialize('O:8:"stdClass":1:{s:9:"__proto__";a:1:{s:5:"admin";b:1;}}') as PhpObject
      expect(Object.getPrototypeOf(value)).toBe(PhpObject.prototype)
      expect([...value.properties.keys()]).toEqual(['__proto__'])
      expect((value as unknown as Record<string, unknown>).admin).toBeUndefined()
    })

    it('builds lists from the real Array prototype, also from a __proto__ list', () => {
      const value = unserialize('a:1:{s:9:"__proto__";a:1:{i:0;i:1;}}') as PhpMap
      expect(Object.getPrototypeOf(value.get('__proto__'))).toBe(Array.prototype)
    })
  })

  describe('depth', () => {
    const nested = (depth: number): string => `${'a:1:{i:0;'.repeat(depth)}N;${'}'.repeat(depth)}`

    it('rejects 100,000 nested arrays as too deep, without a stack overflow', () => {
      const result = tryUnserialize(nested(100_000))
      expect(result).toMatchObject({ ok: false, error: { code: 'too-deep', byteOffset: 512 * 9 } })
    })

    it('accepts exactly maxDepth levels and rejects one more', () => {
      expect(tryUnserialize(nested(512)).ok).toBe(true)
      expect(tryUnserialize(nested(513))).toMatchObject({ ok: false, error: { code: 'too-deep' } })
      expect(tryUnserialize(nested(3), { maxDepth: 2 })).toMatchObject({ ok: false, error: { code: 'too-deep', byteOffset: 18 } })
    })

    it('counts empty arrays and objects as a level', () => {
      expect(tryUnserialize('a:1:{i:0;a:0:{}}', { maxDepth: 1 })).toMatchObject({ ok: false, error: { code: 'too-deep' } })
      expect(tryUnserialize('a:1:{i:0;O:8:"stdClass":0:{}}', { maxDepth: 1 })).toMatchObject({ ok: false, error: { code: 'too-deep' } })
    })

    it('parses 100,000 levels when the limit allows it: the parser keeps its own stack', () => {
      let value = unserialize(nested(100_000), { maxDepth: Number.POSITIVE_INFINITY })
      let depth = 0
      while (Array.isArray(value)) {
        value = value[0] ?? null
        depth++
      }
      expect(depth).toBe(100_000)
    })
  })

  describe('declared sizes', () => {
    it('rejects a string length longer than the input before reading the text', () => {
      const input = `s:999999999:"${'a'.repeat(100_000)}";`
      expect(tryUnserialize(input)).toMatchObject({ ok: false, error: { code: 'too-large', byteOffset: 2 } })
    })

    it('rejects a huge element count at the first missing element, without allocating for it', () => {
      expect(tryUnserialize('a:999999999:{')).toMatchObject({ ok: false, error: { code: 'unexpected-end', byteOffset: 13 } })
      expect(tryUnserialize('a:999999999:{i:0;N;}')).toMatchObject({ ok: false, error: { code: 'count-mismatch', byteOffset: 19 } })
      expect(tryUnserialize('a:99999999999999999999999:{}')).toMatchObject({ ok: false, error: { code: 'count-mismatch' } })
    })

    it.each([
      { input: 's:5:"hello";', maxLength: 4, byteOffset: 2 },
      { input: 'a:3:{i:0;N;i:1;N;i:2;N;}', maxLength: 2, byteOffset: 2 },
      { input: 'O:8:"stdClass":0:{}', maxLength: 7, byteOffset: 2 },
      { input: 'a:1:{i:0;s:3:"abc";}', maxLength: 2, byteOffset: 11 },
    ])('enforces maxLength $maxLength on $input', ({ input, maxLength, byteOffset }) => {
      expect(tryUnserialize(input, { maxLength })).toMatchObject({ ok: false, error: { code: 'too-large', byteOffset } })
      expect(tryUnserialize(input, { maxLength: maxLength + 1 }).ok).toBe(true)
    })
  })

  describe('trailing data', () => {
    it.each([
      { input: 'i:1;garbage', expected: 1, byteOffset: 4 },
      { input: 'N;x', expected: null, byteOffset: 2 },
      { input: 'a:1:{i:0;i:1;}}', expected: [1], byteOffset: 14 },
      { input: 'a:0:{};', expected: [], byteOffset: 6 },
    ])('rejects $input by default and reads it with allowTrailing', ({ input, expected, byteOffset }) => {
      expect(tryUnserialize(input)).toMatchObject({ ok: false, error: { code: 'trailing-data', byteOffset } })
      expect(unserialize(input, { allowTrailing: true })).toEqual(expected)
    })
  })
})
