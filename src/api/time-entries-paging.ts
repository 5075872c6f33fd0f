/**
 * Paging arithmetic for `task.elapseditem.getlist` (research/rest.md §1.3, §5.2).
 *
 * The method ignores `start`; it pages by `PARAMS.NAV_PARAMS { nPageSize ≤ 50, iNumPage ≥ 1 }` and
 * answers `total` plus `next` = offset + count while more rows remain. The SDK does not expose a
 * batch row's `next` (research/sdk.md §4.2), so pages are computed from `total`; the same numbers
 * are what `next` would say, which `nextOffset`/`pageOfOffset` make explicit and testable.
 */

/** Bitrix caps `nPageSize` at 50 (`CTaskRestService::TASKS_LIMIT_PAGE_SIZE`). */
export const ENTRY_PAGE_SIZE = 50

/** A `batch` takes at most 50 commands (`ERROR_BATCH_LENGTH_EXCEEDED` beyond). */
export const MAX_BATCH_COMMANDS = 50

/**
 * The `next` a list method reports after a page: `offset + count` while rows remain, else null.
 *
 * @example
 * nextOffset(0, 50, 120) // 50
 * nextOffset(100, 20, 120) // null
 */
export function nextOffset(offset: number, count: number, total: number): number | null {
  const next = offset + count
  return next < total ? next : null
}

/**
 * The 1-based `iNumPage` that starts at `offset` (`iNumPage = next / nPageSize + 1`).
 *
 * @example
 * pageOfOffset(100, 50) // 3
 */
export function pageOfOffset(offset: number, pageSize = ENTRY_PAGE_SIZE): number {
  if (offset % pageSize !== 0)
    throw new RangeError(`offset ${offset} is not a multiple of the page size ${pageSize}`)
  return offset / pageSize + 1
}

/**
 * How many pages hold `total` rows.
 *
 * @example
 * pageCount(5000) // 100
 * pageCount(0) // 0
 */
export function pageCount(total: number, pageSize = ENTRY_PAGE_SIZE): number {
  return Math.ceil(Math.max(0, total) / pageSize)
}

/**
 * The pages of a `total`-row list that are not loaded yet, in order. Derived by walking `next`
 * from the first page, exactly as a sequential client would.
 *
 * @example
 * missingPages(120, new Set([1])) // [2, 3]
 */
export function missingPages(total: number, loaded: ReadonlySet<number>, pageSize = ENTRY_PAGE_SIZE): number[] {
  const pages: number[] = []
  for (let offset: number | null = 0; offset !== null; offset = nextOffset(offset, pageSize, total)) {
    if (total === 0)
      break
    const page = pageOfOffset(offset, pageSize)
    if (!loaded.has(page))
      pages.push(page)
  }
  return pages
}

export interface NextBatch {
  pages: number[]
  /** True when the user look-ups ride along in this batch (it is the last one). */
  includeUsers: boolean
}

/**
 * What the next follow-up batch carries: as many pages as fit; the user look-ups go into the
 * batch that also finishes the pages when there is room, else into one more batch of their own.
 * 5,000 entries: page 1 came with the opening batch, then 50 pages, then 49 pages + users = 3 requests.
 *
 * @example
 * nextBatch([2, 3], 1) // { pages: [2, 3], includeUsers: true }
 */
export function nextBatch(remainingPages: readonly number[], userCommands: number, max = MAX_BATCH_COMMANDS): NextBatch {
  if (remainingPages.length + userCommands <= max)
    return { pages: [...remainingPages], includeUsers: userCommands > 0 }
  return { pages: remainingPages.slice(0, max), includeUsers: false }
}

/**
 * Splits ids into chunks of `size` (user.get pages hold 50).
 *
 * @example
 * chunk([1, 2, 3], 2) // [[1, 2], [3]]
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let index = 0; index < items.length; index += size) chunks.push(items.slice(index, index + size))
  return chunks
}
