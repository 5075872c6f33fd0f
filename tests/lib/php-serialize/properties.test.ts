/**
 * For arbitrary values, `unserialize(serialize(v))` is `v` again (order, key types and float bits
 * included); for arbitrary corruptions of valid input, `tryUnserialize` answers: a value or a PhpSerializeError.
 */
import type { PhpMap, PhpValue } from '@/lib/php-serialize'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PhpEnum, PhpFloat, PhpObject, PhpSerializeError, serialize, tryUnserialize, unserialize } from '@/lib/php-serialize'
import { toArrayKey } from '@/lib/php-serialize/parser'
import { utf8ByteLength } from '@/lib/php-serialize/utf8'
import { toTree } from './php-tree'

const INT64_MIN = -(2n ** 63n)
const INT64_MAX = 2n ** 63n - 1n

/** Any string, lone surrogates included (`unit: 'binary'` draws any code point or surrogate half). */
const text = fc.string({ unit: 'binary', maxLength: 12 })
const unsafeInt = fc.oneof(
  fc.bigInt({ min: INT64_MIN, max: -(2n ** 53n) }),
  fc.bigInt({ min: 2n ** 53n, max: INT64_MAX }),
)
const className = fc.stringMatching(/^[A-Z_a-z\u0400-\u04FF][\w\\]{0,12}$/)
const caseName = fc.stringMatching(/^\w{1,12}$/)
/** Keys as PHP stores them: a string that spells an int would come back as that int. */
const arrayKey = fc.oneof(fc.maxSafeInteger(), unsafeInt, text.filter(key => toArrayKey(key) === key))
const propertyName = fc.oneof(fc.maxSafeInteger(), text)

function isListShaped(map: PhpMap): boolean {
  let index = 0
  for (const key of map.keys()) {
    if (key !== index++)
      return false
  }
  return true
}

/** PHP values; `float` decides how floats look, since a plain number and a PhpFloat read back differently. */
function phpValue(float: fc.Arbitrary<PhpValue>, scalarsOnly = false): fc.Arbitrary<PhpValue> {
  return fc.letrec<{ value: PhpValue }>(tie => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constant(null),
      fc.boolean(),
      fc.maxSafeInteger(),
      unsafeInt,
      float,
      text,
      fc.tuple(className, caseName).map(([name, item]) => new PhpEnum(name, item)),
      ...(scalarsOnly
        ? []
        : [
            fc.array(tie('value'), { maxLength: 4 }),
            fc.uniqueArray(fc.tuple(arrayKey, tie('value')), { selector: ([key]) => key, maxLength: 4 })
              .map(entries => new Map(entries))
              .filter(map => !isListShaped(map)),
            fc.tuple(className, fc.uniqueArray(fc.tuple(propertyName, tie('value')), { selector: ([key]) => key, maxLength: 4 }))
              .map(([name, entries]) => new PhpObject(name, new Map(entries))),
          ]),
    ),
  })).value
}

const plainValue = phpValue(fc.double())
const typedValue = phpValue(fc.double().map(value => new PhpFloat(value)))

describe('properties', () => {
  it('unserialize(serialize(v)) is v, floats as plain numbers', () => {
    fc.assert(fc.property(plainValue, (value) => {
      expect(toTree(unserialize(serialize(value)))).toEqual(toTree(value))
    }), { numRuns: 1000 })
  })

  it('unserialize(serialize(v), { preserveFloatType }) is v, floats as PhpFloat', () => {
    fc.assert(fc.property(typedValue, (value) => {
      const php = serialize(value)
      const decoded = unserialize(php, { preserveFloatType: true })
      expect(toTree(decoded)).toEqual(toTree(value))
      expect(serialize(decoded)).toBe(php)
    }), { numRuns: 1000 })
  })

  it('serialize writes the UTF-8 byte length of every string', () => {
    fc.assert(fc.property(text, (value) => {
      expect(serialize(value)).toBe(`s:${new TextEncoder().encode(value).length}:"${value}";`)
    }))
  })

  type Mutation
    = | { kind: 'replace', at: number, text: string }
      | { kind: 'insert', at: number, text: string }
      | { kind: 'delete', at: number, length: number }
      | { kind: 'truncate', at: number }

  /** Characters that matter to the grammar, so that mutants get past the first check. */
  const fragment = fc.oneof(
    fc.constantFrom(':', ';', '{', '}', '"', 'a', 'i', 's', 'd', 'b', 'N', 'O', 'E', 'r', '0', '1', '9', '-', '+', '.', 'e', 'é', '😀', '\uD800'),
    fc.string({ unit: 'binary', maxLength: 3 }),
  )
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), text: fragment }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fragment }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 3 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  )

  function mutate(input: string, change: Mutation): string {
    const at = change.at % (input.length + 1)
    switch (change.kind) {
      case 'replace':
        return input.slice(0, at) + change.text + input.slice(at + change.text.length)
      case 'insert':
        return input.slice(0, at) + change.text + input.slice(at)
      case 'delete':
        return input.slice(0, at) + input.slice(at + change.length)
      case 'truncate':
        return input.slice(0, at)
    }
  }

  it('answers any corruption of valid input with a value or a PhpSerializeError', () => {
    const mutant = fc.tuple(plainValue.map(serialize), fc.array(mutation, { minLength: 1, maxLength: 3 }))
      .map(([input, changes]) => changes.reduce(mutate, input))
    fc.assert(fc.property(mutant, (input) => {
      const result = tryUnserialize(input, { preserveFloatType: true })
      if (result.ok) {
        // Whatever is accepted can be written and read back to the same value.
        expect(toTree(unserialize(serialize(result.value), { preserveFloatType: true }))).toEqual(toTree(result.value))
        return
      }
      expect(result.error).toBeInstanceOf(PhpSerializeError)
      expect(result.error.charOffset).toBeGreaterThanOrEqual(0)
      expect(result.error.charOffset).toBeLessThanOrEqual(input.length)
      expect(result.error.byteOffset).toBeLessThanOrEqual(utf8ByteLength(input))
    }), { numRuns: 5000 })
  })

  it('answers arbitrary text with a value or a PhpSerializeError', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (input) => {
      const result = tryUnserialize(input)
      expect(result.ok || result.error instanceof PhpSerializeError).toBe(true)
    }), { numRuns: 2000 })
  })
})
