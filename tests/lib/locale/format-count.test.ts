import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatCount } from '@/lib/locale/format-count'

describe('formatCount', () => {
  it('writes a count exactly as toLocaleString does, in every locale the app speaks', () => {
    fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom('en', 'ru', 'de', 'fr'), (value, locale) => {
      expect(formatCount(value, locale)).toBe(value.toLocaleString(locale))
    }))
  })
})
