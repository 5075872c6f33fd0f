/**
 * The list's view state lives in the URL query, so a filtered, grouped view can be shared:
 * `?group=day&users=1,5&from=2024-05-13&to=2024-05-19`. Parsing is forgiving (bad parts are
 * dropped); serialising leaves out defaults so the plain view has a clean URL.
 */
import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { EntryFilter, Grouping } from '@/lib/time/aggregate'
import { GROUPINGS } from '@/lib/time/aggregate'
import { isDayKey } from '@/lib/time/range'

export interface EntriesViewState extends EntryFilter {
  grouping: Grouping
}

export const DEFAULT_VIEW_STATE: EntriesViewState = { grouping: 'none', userIds: [], from: null, to: null }

function single(value: LocationQuery[string] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first : null
}

/**
 * Reads the view state from a route query.
 *
 * @example
 * parseViewQuery({ group: 'day', users: '5,1,x', from: '2024-05-13' })
 * // { grouping: 'day', userIds: [1, 5], from: '2024-05-13', to: null }
 */
export function parseViewQuery(query: LocationQuery): EntriesViewState {
  const group = single(query.group)
  const users = single(query.users)
  const from = single(query.from)
  const to = single(query.to)
  const userIds = users === null
    ? []
    : [...new Set(users.split(',').filter(part => /^[1-9]\d{0,15}$/.test(part)).map(Number))].sort((a, b) => a - b)
  return {
    grouping: GROUPINGS.includes(group as Grouping) ? group as Grouping : 'none',
    userIds,
    from: isDayKey(from) ? from : null,
    to: isDayKey(to) ? to : null,
  }
}

/**
 * Writes the view state as a route query, keeping unrelated keys of `base`.
 *
 * @example
 * toViewQuery({ grouping: 'user', userIds: [3], from: null, to: null }) // { group: 'user', users: '3' }
 */
export function toViewQuery(state: EntriesViewState, base: LocationQuery = {}): LocationQueryRaw {
  const query: LocationQueryRaw = { ...base }
  delete query.group
  delete query.users
  delete query.from
  delete query.to
  if (state.grouping !== 'none')
    query.group = state.grouping
  if (state.userIds.length > 0)
    query.users = [...state.userIds].sort((a, b) => a - b).join(',')
  if (state.from)
    query.from = state.from
  if (state.to)
    query.to = state.to
  return query
}

/** How many filters are on (people count as one). */
export function activeFilterCount(state: EntryFilter): number {
  return (state.userIds.length > 0 ? 1 : 0) + (state.from ? 1 : 0) + (state.to ? 1 : 0)
}
