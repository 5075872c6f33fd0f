/**
 * The order people read a time log in: newest first, ties by id so it is stable. Lists grow batch
 * by batch, so new rows are merged in (sort the batch, one pass over the list) instead of sorting
 * everything received so far again.
 */

export interface Dated {
  readonly id: number
  readonly createdAt: Date
}

/**
 * Newest first; ties by id, higher first.
 *
 * @example
 * [older, newer].sort(byNewest) // [newer, older]
 */
export function byNewest(a: Dated, b: Dated): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id
}

/**
 * `ordered` (sorted by `compare`) with `added` (sorted by `compare` too) merged in, in one pass;
 * on ties the row already listed comes first. Always a new array.
 *
 * @example
 * mergeSorted([5, 3, 1], [4, 2], (a, b) => b - a) // [5, 4, 3, 2, 1]
 */
export function mergeSorted<T>(ordered: readonly T[], added: readonly T[], compare: (a: T, b: T) => number): T[] {
  if (added.length === 0)
    return ordered.slice()
  const merged: T[] = Array.from({ length: ordered.length + added.length })
  let left = 0
  let right = 0
  let out = 0
  while (left < ordered.length && right < added.length)
    merged[out++] = compare(ordered[left]!, added[right]!) <= 0 ? ordered[left++]! : added[right++]!
  while (left < ordered.length)
    merged[out++] = ordered[left++]!
  while (right < added.length)
    merged[out++] = added[right++]!
  return merged
}

/**
 * `ordered` (newest first) with `added` merged in: the same order as sorting both together.
 * Sorts `added` in place.
 *
 * @example
 * mergeNewest(shown, pageEntries) // the same order as [...shown, ...pageEntries].sort(byNewest)
 */
export function mergeNewest<T extends Dated>(ordered: readonly T[], added: T[]): T[] {
  return mergeSorted(ordered, added.sort(byNewest), byNewest)
}
