/**
 * What turned one list into the next, remembered next to the new list itself: the list it was
 * made from, the items added and the items removed. A consumer that derived something from
 * `base` can then update it by these deltas instead of starting over on every item (README
 * "Performance": a batch of 2,500 entries costs 2,500 steps, not a pass over the 50,000 already in).
 * Kept in a WeakMap keyed by the new array, so a list handed through a computed unchanged keeps its
 * record, any other list (filtered, copied) simply has none, and nothing outlives its list. The
 * base is held weakly: only a consumer that still holds it can use the delta, and a chain of
 * records never keeps every earlier list of a load alive.
 */

export interface ListChange<T> {
  /** The list this one was made from. */
  readonly base: readonly T[]
  readonly added: readonly T[]
  /** Items of `base` no longer in the list (an edited item is removed as old and added as new). */
  readonly removed: readonly T[]
  /**
   * For a pure merge (nothing removed): `added` is in list order and `added[i]` went before
   * `base[points[i]]` (`insertionPoints`), so a list parallel to `base` follows without comparing.
   */
  readonly points?: Uint32Array
}

interface Recorded {
  readonly base: WeakRef<readonly unknown[]>
  readonly added: readonly unknown[]
  readonly removed: readonly unknown[]
  readonly points: Uint32Array | undefined
}

const changes = new WeakMap<readonly unknown[], Recorded>()

/**
 * Remembers how `next` came from `change.base`; returns `next`.
 *
 * @example
 * const next = recordChange(mergeNewest(list, batch), { base: list, added: batch, removed: [] })
 */
export function recordChange<T>(next: readonly T[], change: ListChange<T>): readonly T[] {
  changes.set(next, { base: new WeakRef(change.base), added: change.added, removed: change.removed, points: change.points })
  return next
}

/**
 * How `list` came from `base`, when that was recorded; undefined for any other list.
 *
 * @example
 * changeFrom(next, list)?.added // batch, after the recordChange above
 */
export function changeFrom<T>(list: readonly T[], base: readonly T[]): ListChange<T> | undefined {
  const recorded = changes.get(list)
  if (!recorded || recorded.base.deref() !== base)
    return undefined
  return { base, added: recorded.added as readonly T[], removed: recorded.removed as readonly T[], points: recorded.points }
}
