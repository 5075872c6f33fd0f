/**
 * The sidebar's opening batch, sent the moment the portal answers the handshake instead of after
 * the router has resolved and the view has mounted (README "Performance": handshake → first REST
 * request). The store's first load adopts the request in flight rather than sending a second one,
 * so opening a task stays one HTTP request (docs/development.md#request-budget).
 *
 * Injected (`OPENING_PREFETCH_KEY`), never a module global: a store under test without it simply
 * sends its own `open()`.
 */
import type { InjectionKey } from 'vue'
import type { TaskOpening, TimeEntriesApi } from './time-entries'

export interface OpeningPrefetch {
  /** Sends `api.open(taskId)` now; ignored once a prefetch was started. */
  start: (taskId: number, api: Pick<TimeEntriesApi, 'open'>) => void
  /**
   * The prefetched opening of `taskId`, once: a second call (a retry, a reload) gets null and
   * asks the server afresh, as does a call for another task.
   */
  take: (taskId: number) => Promise<TaskOpening> | null
}

export const OPENING_PREFETCH_KEY: InjectionKey<OpeningPrefetch> = Symbol('opening-prefetch')

/**
 * @example
 * const prefetch = createOpeningPrefetch()
 * prefetch.start(691, api.timeEntries)
 * await (prefetch.take(691) ?? api.timeEntries.open(691))
 */
export function createOpeningPrefetch(): OpeningPrefetch {
  let started = false
  let pending: { taskId: number, opening: Promise<TaskOpening> } | null = null

  return {
    start(taskId, api) {
      if (started)
        return
      started = true
      const opening = api.open(taskId)
      // Nobody may ever take it (the user opened another tab first): its failure is not unhandled.
      opening.catch(() => {})
      pending = { taskId, opening }
    },
    take(taskId) {
      const found = pending
      pending = null
      return found !== null && found.taskId === taskId ? found.opening : null
    },
  }
}
