/** Order statistics for timing samples. */
export interface Summary {
  median: number
  min: number
  max: number
  count: number
}

/**
 * Median (mean of the middle two for an even count), minimum and maximum; NaN for no samples.
 *
 * @example
 * summarize([3, 1, 2]) // { median: 2, min: 1, max: 3, count: 3 }
 */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0)
    return { median: Number.NaN, min: Number.NaN, max: Number.NaN, count: 0 }
  const sorted = [...values].sort((left, right) => left - right)
  const middle = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
  return { median, min: sorted[0]!, max: sorted.at(-1)!, count: sorted.length }
}
