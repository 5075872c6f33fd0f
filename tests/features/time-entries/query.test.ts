/**
 * The list's view state in the URL hash query: every state survives a round trip through
 * `toViewQuery` → the router's own query encoding → `parseViewQuery`, bad values fall back to the
 * default calmly, and keys of others are kept.
 */
import type { LocationQuery } from 'vue-router'
import type { EntriesViewState } from '@/features/time-entries/query'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { activeFilterCount, DEFAULT_VIEW_STATE, parseViewQuery, toViewQuery } from '@/features/time-entries/query'
import { MAX_SEARCH_LENGTH } from '@/lib/time/entry-filter'

const dayKey = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }).map(ms => new Date(ms).toISOString().slice(0, 10))
/** What a person may type: any text, without the control characters the parser turns into spaces. */
// eslint-disable-next-line no-control-regex -- control characters are what is left out
const typed = fc.string({ unit: 'grapheme', maxLength: 40 }).map(text => text.replace(/[\u0000-\u001F\u007F]/g, ''))
const state: fc.Arbitrary<EntriesViewState> = fc.record({
  grouping: fc.constantFrom('none', 'user', 'day'),
  userIds: fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 5 }).map(ids => ids.sort((a, b) => a - b)),
  from: fc.option(dayKey, { nil: null }),
  to: fc.option(dayKey, { nil: null }),
  search: typed.filter(text => text.trim() !== '' || text === ''),
  source: fc.constantFrom('any', 'timer', 'manual'),
})

const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/tasks/:taskId/entries', component: { render: () => null } }] })

describe('view state in the URL', () => {
  it('round-trips every state through the router\'s URL', async () => {
    await fc.assert(fc.asyncProperty(state, async (wanted) => {
      const url = router.resolve({ path: '/tasks/101/entries', query: toViewQuery(wanted) }).fullPath
      const back = parseViewQuery(router.resolve(url).query)
      expect(back).toEqual(wanted)
    }), { numRuns: 300 })
  })

  it('leaves the defaults out of the URL', () => {
    expect(toViewQuery(DEFAULT_VIEW_STATE)).toEqual({})
    expect(toViewQuery({ ...DEFAULT_VIEW_STATE, search: '   ' })).toEqual({})
  })

  it('writes search and source next to the other keys and keeps keys it does not own', () => {
    expect(toViewQuery({ ...DEFAULT_VIEW_STATE, search: 'Ёлка [b]', source: 'timer', from: '2026-03-09', to: '2026-03-15' }, { lang: 'ru', q: 'old' }))
      .toEqual({ lang: 'ru', q: 'Ёлка [b]', source: 'timer', from: '2026-03-09', to: '2026-03-15' })
  })

  it.each<{ query: LocationQuery, expected: Partial<EntriesViewState> }>([
    { query: { source: 'radio' }, expected: {} },
    { query: { source: ['timer', 'manual'] }, expected: { source: 'timer' } },
    { query: { from: '2026-02-30', to: 'yesterday' }, expected: {} },
    { query: { q: 'a\u0000b' }, expected: { search: 'a b' } },
    { query: { q: 'x'.repeat(5000) }, expected: { search: 'x'.repeat(MAX_SEARCH_LENGTH) } },
    { query: { q: null }, expected: {} },
    { query: { users: '5,x,5,-1,0' }, expected: { userIds: [5] } },
  ])('reads $query calmly', ({ query, expected }) => {
    expect(parseViewQuery(query)).toEqual({ ...DEFAULT_VIEW_STATE, ...expected })
  })

  it('counts people, the period, the source and the search once each', () => {
    expect(activeFilterCount(DEFAULT_VIEW_STATE)).toBe(0)
    expect(activeFilterCount({ ...DEFAULT_VIEW_STATE, from: '2026-03-09', to: '2026-03-15' })).toBe(1)
    expect(activeFilterCount({ ...DEFAULT_VIEW_STATE, userIds: [1, 2], to: '2026-03-15', source: 'manual', search: 'x' })).toBe(4)
    expect(activeFilterCount({ ...DEFAULT_VIEW_STATE, search: '  ' })).toBe(0)
  })
})
