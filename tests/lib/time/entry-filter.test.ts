/**
 * The list's filter: comment search (case- and diacritics-insensitive in any script, over the
 * comment's words, not its BBCode tags), source, and the parts combined with authors and days.
 */
import type { FilterableEntry } from '@/lib/time/entry-filter'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { commentSearchText, createCommentIndex, filterTimeEntries, hasBbcodeTag, normalizeSearchText, withoutBbcodeTags } from '@/lib/time/entry-filter'

/** Text without brackets, so it holds no BBCode tag: full Unicode, plus the scripts people type here. */
const plain = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...'aAéÉeEßẞıIİiςσΣёЁеЕйЙжЖçÇøØ  \n\tﬁ㎒ǰ'), maxLength: 12 }),
  fc.string({ unit: fc.integer({ min: 0x400, max: 0x4FF }).map(code => String.fromCodePoint(code)), maxLength: 12 }),
).map(text => text.replace(/[[\]]/g, ''))

/** One way of re-casing text a person might type: all upper, all lower, or letter by letter. */
function recase(text: string, pattern: readonly boolean[]): string {
  return [...text].map((char, index) => (pattern[index % Math.max(1, pattern.length)] ? char.toUpperCase() : char.toLowerCase())).join('')
}

/** Drops accents as a person typing without them would; the Greek iota subscript is a letter, ι, not an accent. */
function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/(?!\u0345)\p{M}/gu, '')
}

describe('search normaliser', () => {
  it('finds a comment that contains the query in any case, any script', () => {
    fc.assert(fc.property(plain, plain, plain, fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), (before, query, after, pattern) => {
      const comment = `${before}${query}${after}`
      const typed = normalizeSearchText(recase(query, pattern)).trim()
      expect(commentSearchText(comment).includes(typed)).toBe(true)
    }), { numRuns: 2000 })
  })

  it('finds a comment whatever diacritics the query or the comment carry', () => {
    fc.assert(fc.property(plain, plain, plain, fc.boolean(), (before, query, after, accentQuery) => {
      const comment = accentQuery ? `${before}${stripMarks(query)}${after}` : `${before}${query}${after}`
      const typed = normalizeSearchText(accentQuery ? query : stripMarks(query)).trim()
      expect(commentSearchText(comment).includes(typed)).toBe(true)
    }), { numRuns: 1000 })
  })

  it.each([
    { comment: 'Созвон с клиентом по макетам', query: 'КЛИЕНТ' },
    { comment: 'Ёлка для офиса', query: 'елка' },
    { comment: 'Café résumé', query: 'CAFE RESUME' },
    { comment: 'Straße', query: 'STRASSE' },
    { comment: 'Line one\nLine two', query: 'one line' },
    { comment: '[b]Deploy[/b] to staging, see [url=https://example.com/ci/4711]CI run[/url]', query: 'deploy to staging' },
    { comment: '[i]Письмо[/i] заказчику 📧 [color=#ff0000]срочно[/color]', query: 'заказчику 📧 срочно' },
    { comment: '[list][*]one[*]two[/list]', query: 'onetwo' },
  ])('finds "$query" in "$comment"', ({ comment, query }) => {
    expect(commentSearchText(comment).includes(normalizeSearchText(query).trim())).toBe(true)
  })

  it.each([
    { comment: '[b]Deploy[/b] to staging', query: '[b]' },
    { comment: 'see [url=https://example.com/ci/4711]CI run[/url]', query: 'example.com' },
    { comment: '[color=#ff0000]срочно[/color]', query: 'color' },
  ])('does not find the tag text "$query" in "$comment"', ({ comment, query }) => {
    expect(commentSearchText(comment).includes(normalizeSearchText(query).trim())).toBe(false)
  })

  it('keeps brackets that are no BBCode tag as text', () => {
    expect(commentSearchText('[WIP] Ticket [#42]')).toBe('[wip] ticket [#42]')
  })

  it('normalises each distinct comment once', () => {
    const seen: string[] = []
    const index = createCommentIndex()
    const spy = (comment: string) => {
      seen.push(comment)
      return index(comment)
    }
    expect(spy('Ёж')).toBe(spy('Ёж'))
    expect(index('Ёж')).toBe('еж')
  })
})

const ENTRIES: Array<FilterableEntry & { id: number }> = [
  { id: 1, userId: 1, day: '2026-03-14', source: 'manual', comment: 'Созвон с клиентом' },
  { id: 2, userId: 2, day: '2026-03-15', source: 'timer', comment: '' },
  { id: 3, userId: 1, day: '2026-02-14', source: 'unknown', comment: '[b]Legacy[/b] import' },
  { id: 4, userId: 2, day: '2026-03-16', source: 'manual', comment: 'Import fixes' },
]
const ids = (entries: ReadonlyArray<{ id: number }>) => entries.map(entry => entry.id)

describe('filterTimeEntries', () => {
  it('filters by source; unknown-source entries only show for "any"', () => {
    expect(ids(filterTimeEntries(ENTRIES, { userIds: [], from: null, to: null, source: 'timer' }))).toEqual([2])
    expect(ids(filterTimeEntries(ENTRIES, { userIds: [], from: null, to: null, source: 'manual' }))).toEqual([1, 4])
    expect(ids(filterTimeEntries(ENTRIES, { userIds: [], from: null, to: null, source: 'any' }))).toEqual([1, 2, 3, 4])
  })

  it('combines authors, days, source and search, order kept', () => {
    expect(ids(filterTimeEntries(ENTRIES, { userIds: [], from: null, to: null, search: ' IMPORT ' }))).toEqual([3, 4])
    expect(ids(filterTimeEntries(ENTRIES, { userIds: [2], from: '2026-03-01', to: null, search: 'import', source: 'manual' }))).toEqual([4])
    expect(ids(filterTimeEntries(ENTRIES, { userIds: [1], from: '2026-03-01', to: '2026-03-31', search: 'клиент', source: 'any' }))).toEqual([1])
  })

  it('returns a copy of everything when nothing filters (a blank query is no filter)', () => {
    const result = filterTimeEntries(ENTRIES, { userIds: [], from: null, to: null, search: '  ', source: 'any' })
    expect(result).toEqual(ENTRIES)
    expect(result).not.toBe(ENTRIES)
  })

  it('every entry shown passes every part, and every entry passing every part is shown', () => {
    const entry = fc.record({
      id: fc.nat(),
      userId: fc.integer({ min: 1, max: 4 }),
      day: fc.constantFrom('2026-03-01', '2026-03-09', '2026-03-15', '2026-03-16'),
      source: fc.constantFrom('manual', 'timer', 'unknown'),
      comment: fc.constantFrom('', 'Ёлка', 'елка [b]x[/b]', 'Import'),
    })
    const filter = fc.record({
      userIds: fc.uniqueArray(fc.integer({ min: 1, max: 4 }), { maxLength: 2 }),
      from: fc.constantFrom(null, '2026-03-09'),
      to: fc.constantFrom(null, '2026-03-15'),
      search: fc.constantFrom('', 'ЕЛКА', 'x', 'b'),
      source: fc.constantFrom('any', 'timer', 'manual') as fc.Arbitrary<'any' | 'timer' | 'manual'>,
    })
    fc.assert(fc.property(fc.array(entry, { maxLength: 20 }), filter, (entries, wanted) => {
      const shown = new Set(filterTimeEntries(entries, wanted))
      for (const one of entries) {
        const passes = (wanted.userIds.length === 0 || wanted.userIds.includes(one.userId))
          && (wanted.from === null || one.day >= wanted.from) && (wanted.to === null || one.day <= wanted.to)
          && (wanted.source === 'any' || one.source === wanted.source)
          && commentSearchText(one.comment).includes(normalizeSearchText(wanted.search))
        expect(shown.has(one)).toBe(passes)
      }
    }))
  })
})

describe('a comment\'s text before its renderer arrives', () => {
  const tag = fc.constantFrom('[b]', '[/b]', '[i]', '[/i]', '[url=https://ci.example/run?id=7]', '[/url]', '[QUOTE]', '[/quote]', '[list]', '[*]', '[/list]', '[color=#f00]', '[/color]', '[user=1]', '[/user]')

  it('keeps every word and drops every tag, in order', () => {
    fc.assert(fc.property(fc.array(fc.tuple(tag, plain), { maxLength: 6 }), plain, (pieces, tail) => {
      const comment = pieces.map(([open, words]) => `${open}${words}`).join('') + tail
      const words = pieces.map(([, text]) => text).join('') + tail
      expect(withoutBbcodeTags(comment)).toBe(words)
      expect(hasBbcodeTag(withoutBbcodeTags(comment))).toBe(false)
    }))
  })

  it('leaves brackets that are no tag alone', () => {
    expect(withoutBbcodeTags('array[0] = [x] [bold]')).toBe('array[0] = [x] [bold]')
  })
})
