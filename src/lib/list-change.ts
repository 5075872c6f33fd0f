/**
 * What turned one list into the next, remembered next to the new list itself: the list it was
 * made from, the items added and the items removed. A consumer that derived something from
 * `base` can then update it by these deltas instead of starting over on every item (README
 * "Performance": a batch of 2,500 entries costs 2,500 steps, not a pass over the 50,000 already in).
 * Kept in a WeakMap keyed by the new array, so a list handed through a computed unchanged keeps its
 * record, any other list (filtered, copied) simply has none, and nothing outlives its list.
 */

export interface ListChange<T> {
  /** The list this one was made from. */
  readonly base: readonly T[]
  readonly added: readonly T[]
  /** Items of `base` no longer in the list (an edited item is removed as old and added as new). */
  readonly removed: readonly T[]
}

const changes = new WeakMap<readonly unknown[], ListChange<unknown>>()

/**
 * Remembers how `next` came from `change.base`; returns `next`.
 *
 * @example
 * const next = recordChange(mergeNewest(list, batch), { base: list, added: batch, removed: [] })
 */
export function recordChange<T>(next: readonly T[], change: ListChange<T>): readonly T[] {
  changes.set(next, change)
  return next
}

/**
 * How `list` came about, when it was recorded.
 *
 * @example
 * changeOf(next)?.base === list // true after the recordChange above
 */
export function changeOf<T>(list: readonly T[]): ListChange<T> | undefined {
  return changes.get(list) as ListChange<T> | undefined
}
