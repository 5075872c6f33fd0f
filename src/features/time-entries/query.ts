/**
 * The list's view state lives in the URL query, so a filtered, grouped view can be shared:
 * `?group=day&users=1,5&from=2024-05-13&to=2024-05-19&source=timer&q=deploy`. Days are absolute
 * (a link to "last week" shows the same entries next month). Parsing is forgiving (bad parts are
 * dropped); serialising leaves out defaults so the plain view has a clean URL.
 */
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { Grouping } from '@/lib/time/aggregate'
import type { EntryListFilter, SourceFilter } from '@/lib/time/entry-filter'
import { GROUPINGS } from '@/lib/time/aggregate'
import { MAX_SEARCH_LENGTH, SOURCE_FILTERS } from '@/lib/time/entry-filter'
import { isDayKey } from '@/lib/time/range'

export interface EntriesViewState extends EntryListFilter {
  grouping: Grouping
}

export const DEFAULT_VIEW_STATE: EntriesViewState = { grouping: 'none', userIds: [], from: null, to: null, search: '', source: 'any' }

/** The query keys this view owns; every other key is left as it is. */
const OWN_KEYS = ['group', 'users', 'from', 'to', 'source', 'q'] as const

function single(value: LocationQuery[string] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first : null
}

/**
 * A search as typed, kept within bounds: control characters become spaces, length is capped.
 *
 * @example
 * cleanSearch('deploy\u0000 now') // 'deploy  now'
 */
export function cleanSearch(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  return text.replace(/[\u0000-\u001F\u007F]/g, ' ').slice(0, MAX_SEARCH_LENGTH)
}

/**
 * Reads the view state from a route query.
 *
 * @example
 * parseViewQuery({ group: 'day', users: '5,1,x', from: '2024-05-13', source: 'radio', q: 'Deploy' })
 * // { grouping: 'day', userIds: [1, 5], from: '2024-05-13', to: null, search: 'Deploy', source: 'any' }
 */
export function parseViewQuery(query: LocationQuery): EntriesViewState {
  const group = single(query.group)
  const users = single(query.users)
  const from = single(query.from)
  const to = single(query.to)
  const source = single(query.source)
  const search = single(query.q)
  const userIds = users === null
    ? []
    : [...new Set(users.split(',').filter(part => /^[1-9]\d{0,15}$/.test(part)).map(Number))].sort((a, b) => a - b)
  return {
    grouping: GROUPINGS.includes(group as Grouping) ? group as Grouping : 'none',
    userIds,
    from: isDayKey(from) ? from : null,
    to: isDayKey(to) ? to : null,
    search: search === null ? '' : cleanSearch(search),
    source: SOURCE_FILTERS.includes(source as SourceFilter) ? source as SourceFilter : 'any',
  }
}

/**
 * Writes the view state as a route query, keeping unrelated keys of `base`.
 *
 * @example
 * toViewQuery({ ...DEFAULT_VIEW_STATE, grouping: 'user', userIds: [3], source: 'manual' }) // { group: 'user', users: '3', source: 'manual' }
 */
export function toViewQuery(state: EntriesViewState, base: LocationQuery = {}): LocationQueryRaw {
  const query: LocationQueryRaw = { ...base }
  for (const key of OWN_KEYS)
    delete query[key]
  if (state.grouping !== 'none')
    query.group = state.grouping
  if (state.userIds.length > 0)
    query.users = [...state.userIds].sort((a, b) => a - b).join(',')
  if (state.from)
    query.from = state.from
  if (state.to)
    query.to = state.to
  if (state.source !== 'any')
    query.source = state.source
  if (state.search.trim() !== '')
    query.q = cleanSearch(state.search)
  return query
}

/** How many filters are on: people, the period (one or both ends), the source and the search count one each. */
export function activeFilterCount(state: EntryListFilter): number {
  return (state.userIds.length > 0 ? 1 : 0)
    + (state.from || state.to ? 1 : 0)
    + (state.source !== 'any' ? 1 : 0)
    + (state.search.trim() !== '' ? 1 : 0)
}
