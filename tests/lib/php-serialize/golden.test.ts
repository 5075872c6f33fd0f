/**
 * Real PHP is the oracle (tests/fixtures/php/golden.json, from scripts/php-fixtures/generate.php):
 * what PHP writes we decode to PHP's own view and write back byte for byte, and what PHP rejects we reject.
 */
import type { PhpTree } from './php-tree'
import type { PhpSerializeErrorCode, PhpValue } from '@/lib/php-serialize'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PhpFloat, PhpObject, PhpSerializeError, serialize, tryUnserialize, unserialize } from '@/lib/php-serialize'
import { utf8ByteLength } from '@/lib/php-serialize/utf8'
import { toTree } from './php-tree'

interface GoldenFile {
  php: string
  serializePrecision: string
  valid: Array<{ name: string, php: string, value: PhpTree }>
  accepted: Array<{ name: string, input: string, value: PhpTree }>
  rejected: Array<{ name: string, input: string, offset: number | null }>
}

const golden = JSON.parse(readFileSync(new URL('../../fixtures/php/golden.json', import.meta.url), 'utf8')) as GoldenFile

/**
 * Inputs PHP 8.2 accepts that this library refuses on purpose (by fixture case name), and why.
 * Everything else PHP accepts must decode to exactly PHP's value.
 */
const STRICTER_THAN_PHP: Record<string, { code: PhpSerializeErrorCode, why: string }> = {
  'int above PHP_INT_MAX': { code: 'invalid-number', why: 'PHP clamps to PHP_INT_MAX with only a warning' },
  'int below PHP_INT_MIN': { code: 'invalid-number', why: 'PHP clamps to PHP_INT_MIN with only a warning' },
  'array int key above range': { code: 'invalid-number', why: 'PHP clamps the key to PHP_INT_MAX' },
  'trailing garbage': { code: 'trailing-data', why: 'PHP < 8.3 ignores trailing bytes; allowTrailing reads it' },
  'trailing null': { code: 'trailing-data', why: 'as above' },
  'trailing brace': { code: 'trailing-data', why: 'as above' },
  'trailing semicolon': { code: 'trailing-data', why: 'as above' },
  'escaped string': { code: 'unsupported-token', why: 'S: is a legacy form nothing writes' },
  'object reference': { code: 'unsupported-token', why: 'r: would need shared identity in the value model' },
  'enum twice': { code: 'unsupported-token', why: 'PHP writes a repeated enum case as an r: reference' },
  'value reference': { code: 'unsupported-token', why: 'R: is a PHP reference (&$x)' },
  'PHP reference': { code: 'unsupported-token', why: 'as above' },
  'legacy Serializable': { code: 'unsupported-token', why: 'C: carries a class-specific payload' },
}

/**
 * Rejected inputs where our offset is before PHP's, because we see the error sooner: PHP reads a
 * whole array key before checking its type and a whole reference before resolving it; we stop at
 * the tag. Our depth limit (512) is also far below PHP's (4096).
 */
const DETECTED_BEFORE_PHP = new Set([
  'array float key',
  'array bool key',
  'array null key',
  'array array key',
  'object null key',
  'self reference',
  'reference to nothing',
  'too deep for PHP',
])

/** The value with every PhpFloat unwrapped: what `unserialize` returns without `preserveFloatType`. */
function withPlainFloats(value: PhpValue): PhpValue {
  if (value instanceof PhpFloat)
    return value.value
  if (Array.isArray(value))
    return value.map(withPlainFloats)
  if (value instanceof Map)
    return new Map([...value].map(([key, item]) => [key, withPlainFloats(item)]))
  if (value instanceof PhpObject)
    return new PhpObject(value.className, withPlainFloats(value.properties) as Map<string, PhpValue>)
  return value
}

describe('golden fixtures from PHP', () => {
  it('come from PHP 8 with serialize_precision -1, in volume', () => {
    expect(golden.php).toMatch(/^8\./)
    expect(golden.serializePrecision).toBe('-1')
    expect(golden.valid.length).toBeGreaterThan(500)
    expect(golden.rejected.length).toBeGreaterThan(500)
  })

  describe('serialize() output', () => {
    it.each(golden.valid)('$name: decodes to PHP\'s value and back to the same bytes', ({ php, value }) => {
      const decoded = unserialize(php, { preserveFloatType: true })
      expect(toTree(decoded)).toEqual(value)
      expect(serialize(decoded)).toBe(php)
      expect(unserialize(php)).toEqual(withPlainFloats(decoded))
    })
  })

  describe('inputs PHP accepts but never writes', () => {
    it.each(golden.accepted)('$name', ({ name, input, value }) => {
      const refusal = STRICTER_THAN_PHP[name]
      const strict = tryUnserialize(input, { preserveFloatType: true })
      if (refusal === undefined) {
        expect(strict).toMatchObject({ ok: true })
        expect(toTree((strict as { value: PhpValue }).value)).toEqual(value)
        return
      }
      expect(strict).toMatchObject({ ok: false, error: { code: refusal.code } })
      if (refusal.code === 'trailing-data')
        expect(toTree(unserialize(input, { preserveFloatType: true, allowTrailing: true }))).toEqual(value)
    })

    it('lists only refusals that still occur in the fixture', () => {
      const names = new Set(golden.accepted.map(({ name }) => name))
      expect(Object.keys(STRICTER_THAN_PHP).filter(name => !names.has(name))).toEqual([])
    })
  })

  describe('inputs PHP rejects', () => {
    it.each(golden.rejected)('$name', ({ name, input, offset }) => {
      const result = tryUnserialize(input)
      expect(result.ok).toBe(false)
      const error = (result as { error: PhpSerializeError }).error
      expect(error).toBeInstanceOf(PhpSerializeError)
      expect(error.byteOffset).toBeLessThanOrEqual(utf8ByteLength(input))
      // The caret's character holds the failing byte.
      expect(utf8ByteLength(input.slice(0, error.charOffset))).toBeLessThanOrEqual(error.byteOffset)
      expect(utf8ByteLength(input.slice(0, error.charOffset + 1))).toBeGreaterThanOrEqual(Math.min(error.byteOffset, utf8ByteLength(input)))
      // PHP names where it gave up; the real fault is never earlier than that, unless we saw it sooner.
      if (offset !== null && !DETECTED_BEFORE_PHP.has(name))
        expect(error.byteOffset).toBeGreaterThanOrEqual(offset)
    })
  })
})
