/**
 * Batch sizes for `task.elapseditem.getlist` paging (keyset pages, see `time-entry-query.ts`).
 */

/** Bitrix caps `nPageSize` at 50 (`CTaskRestService::TASKS_LIMIT_PAGE_SIZE`, bitrix24-core-corp modules/tasks/classes/general/restservice.php). */
export const ENTRY_PAGE_SIZE = 50

/** A `batch` takes at most 50 commands (`CRestUtil::BATCH_MAX_LENGTH`, `ERROR_BATCH_LENGTH_EXCEEDED` beyond). */
export const MAX_BATCH_COMMANDS = 50

export interface NextBatch {
  pages: number
  /** True when the user look-ups ride along in this batch. */
  includeUsers: boolean
}

/**
 * What the next follow-up batch carries: `wanted` pages as far as they fit; the user look-ups go
 * along when there is room, else into a later batch. With no pages left they go alone.
 * 5,000 entries: page 1 came with the opening batch, then 50 pages, then 49 pages + users = 3 requests.
 *
 * @example
 * nextBatch(1, 1) // { pages: 1, includeUsers: true }
 * nextBatch(99, 1) // { pages: 50, includeUsers: false }
 */
export function nextBatch(wanted: number, userCommands: number, max = MAX_BATCH_COMMANDS): NextBatch {
  const pages = Math.max(0, Math.min(wanted, max))
  return pages + userCommands <= max
    ? { pages, includeUsers: userCommands > 0 }
    : { pages, includeUsers: false }
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
