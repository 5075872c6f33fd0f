/**
 * Long `s:` bodies are measured by the engine's UTF-8 encoder: whatever the text (any Unicode, lone
 * surrogates, quotes inside), a body is read exactly when its declared size is its UTF-8 length,
 * and refused otherwise.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tryUnserialize } from '@/lib/php-serialize'
import { utf8ByteLength } from '@/lib/php-serialize/utf8'

describe('long strings', { timeout: 60_000 }, () => {
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 20, maxLength: 200 }),
    fc.string({ unit: 'binary', minLength: 40, maxLength: 200 }),
    fc.string({ unit: fc.constantFrom('a', 'я', '"', '€', '😀', '\uD800', '\uDC00', ';'), minLength: 40, maxLength: 200 }),
  )

  it('reads a body of exactly its UTF-8 length, as the value', () => {
    fc.assert(fc.property(text, (body) => {
      expect(tryUnserialize(`s:${utf8ByteLength(body)}:"${body}";`)).toEqual({ ok: true, value: body })
    }), { numRuns: 5000 })
  })

  it('refuses any other declared size', () => {
    fc.assert(fc.property(text, fc.integer({ min: -4, max: 4 }).filter(delta => delta !== 0), (body, delta) => {
      const size = utf8ByteLength(body) + delta
      fc.pre(size >= 0)
      expect(tryUnserialize(`s:${size}:"${body}";`).ok).toBe(false)
    }), { numRuns: 5000 })
  })
})
