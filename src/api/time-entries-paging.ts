/**
 * Batch sizes for `task.elapseditem.getlist` paging (keyset pages, see `time-entry-query.ts`).
 */

/** Bitrix caps `nPageSize` at 50 (`CTaskRestService::TASKS_LIMIT_PAGE_SIZE`, bitrix24-core-corp modules/tasks/classes/general/restservice.php). */
export const ENTRY_PAGE_SIZE = 50

/** A `batch` takes at most 50 commands (`CRestUtil::BATCH_MAX_LENGTH`, `ERROR_BATCH_LENGTH_EXCEEDED` beyond). */
export const MAX_BATCH_COMMANDS = 50

/**
 * Pages per follow-up batch of the time-entries list: 20 pages are 1,000 rows. The SDK handles one
 * HTTP answer in a single task (axios parses it, then `AbstractHttp._makeAxiosRequest` serialises
 * the whole result once more for its log line), about 30–40 ms per 1,000 rows at 4× CPU: 2,500 rows
 * were a 90–110 ms long task. 20 keeps that task under 50 ms while 50,000 entries still take 51
 * requests, within the portal's burst of 50 plus its drain of 2 per second over the load
 * (b24restdocs settings/how-to-call-rest-api/limits.md).
 */
export const LIST_BATCH_PAGES = 20

export interface NextBatch {
  pages: number
  /** True when the user look-ups ride along in this batch. */
  includeUsers: boolean
}

/**
 * What the next follow-up batch carries: `wanted` pages up to `maxPages`; the user look-ups go
 * along when the batch has room for them (≤ `MAX_BATCH_COMMANDS` commands), else into a later
 * batch. With no pages left they go alone. 5,000 entries: page 1 came with the opening batch, then
 * 4 × 20 pages (the first with the users), then 19 pages = 6 requests.
 *
 * @example
 * nextBatch(1, 1) // { pages: 1, includeUsers: true }
 * nextBatch(99, 1) // { pages: 20, includeUsers: true }
 * nextBatch(99, 1, 50) // { pages: 50, includeUsers: false }
 */
export function nextBatch(wanted: number, userCommands: number, maxPages = LIST_BATCH_PAGES): NextBatch {
  const pages = Math.max(0, Math.min(wanted, maxPages, MAX_BATCH_COMMANDS))
  return pages + userCommands <= MAX_BATCH_COMMANDS
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
