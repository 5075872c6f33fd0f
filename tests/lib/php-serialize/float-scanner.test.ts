/**
 * The hand-written float scanner reads exactly PHP's float grammar (`var_unserializer.re`): for any
 * text after `d:`, the value or the error equals what the grammar's regular expression decides.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { serialize, tryUnserialize, unserialize } from '@/lib/php-serialize'

const GRAMMAR = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|NAN|-?INF);/

/** The reference: the grammar, then `Number()` (INF spelled out). */
function reference(text: string): { ok: true, value: number } | { ok: false } {
  const match = GRAMMAR.exec(text)
  if (!match || match[0].length !== text.length)
    return { ok: false }
  const body = match[0].slice(0, -1)
  return { ok: true, value: body === 'INF' ? Infinity : body === '-INF' ? -Infinity : Number(body) }
}

// Property runs take seconds on a busy machine: not a timing test, so give them room.
describe('float scanner', { timeout: 60_000 }, () => {
  it('agrees with the grammar on any text over the float alphabet', () => {
    const text = fc.stringMatching(/^[-+.\deEINFA;x]{0,12}$/)
    fc.assert(fc.property(text, (body) => {
      const expected = reference(body)
      const actual = tryUnserialize(`d:${body}`)
      expect(actual.ok).toBe(expected.ok)
      if (actual.ok && expected.ok)
        expect(Object.is(actual.value, expected.value)).toBe(true)
    }), { numRuns: 10_000 })
  })

  it('reads the forms PHP writes and the lenient ones it accepts', () => {
    for (const [body, value] of [['-12.5', -12.5], ['1.0E+25', 1e25], ['-3.2E-7', -3.2e-7], ['.5', 0.5], ['5.', 5], ['+.5e3', 500], ['5.e3', 5000]] as const)
      expect(tryUnserialize(`d:${body};`)).toEqual({ ok: true, value })
    for (const body of ['.', '-', 'e5', '1e', '1e+', '--1', '1..2', '+INF', '-NAN', ''])
      expect(tryUnserialize(`d:${body};`).ok).toBe(false)
  })

  it('reads every decimal spelling to the double Number() reads (the fast path rounds once, the same way)', () => {
    const decimal = fc.tuple(
      fc.constantFrom('', '-', '+'),
      fc.stringMatching(/^\d{0,18}$/),
      fc.option(fc.stringMatching(/^\d{0,18}$/), { nil: undefined }),
      fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.integer({ min: 0, max: 400 })), { nil: undefined }),
    ).map(([sign, whole, fraction, exponent]) => `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : `${exponent[0]}${exponent[1]}${exponent[2]}`}`)
    fc.assert(fc.property(decimal, (body) => {
      const expected = reference(`${body};`)
      const actual = tryUnserialize(`d:${body};`)
      expect(actual.ok).toBe(expected.ok)
      if (actual.ok && expected.ok)
        expect(Object.is(actual.value, expected.value)).toBe(true)
    }), { numRuns: 10_000 })
  })

  it('round-trips every double through serialize', () => {
    fc.assert(fc.property(fc.double(), (value) => {
      expect(Object.is(unserialize(serialize(value)), value)).toBe(true)
    }), { numRuns: 10_000 })
  })

  it('reads mantissas around 2^53, where the fast path ends, to the double Number() reads', () => {
    // 2⁵³ ± a few, spelled with the point anywhere and exponents the fast path takes (±22, and the
    // shifted form up to 44): a mantissa that had rounded on the way would read one ulp off.
    const mantissa = fc.bigInt({ min: 2n ** 53n - 64n, max: 2n ** 53n + 64n }).map(String)
    const spelled = fc.tuple(mantissa, fc.nat({ max: 16 }), fc.integer({ min: -30, max: 48 }), fc.boolean())
      .map(([digits, point, exponent, negative]) => `${negative ? '-' : ''}${digits.slice(0, digits.length - point)}.${digits.slice(digits.length - point)}E${exponent}`)
    fc.assert(fc.property(spelled, (body) => {
      const actual = unserialize(`d:${body};`)
      expect(Object.is(actual, Number(body))).toBe(true)
    }), { numRuns: 10_000 })
  })
})
