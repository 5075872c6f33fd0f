/**
 * A stale-reply guard: every load takes a ticket, and only the newest ticket may write state.
 * (The same idea as vueuse `useAsyncState`'s `executionId`.)
 */

export interface RequestSequence {
  /** Takes a new ticket; every earlier one becomes stale. */
  next: () => number
  isCurrent: (ticket: number) => boolean
  /** Makes every ticket stale (a reset). */
  cancel: () => void
}

/**
 * @example
 * const loads = useRequestSequence()
 * const ticket = loads.next()
 * const reply = await fetch()
 * if (!loads.isCurrent(ticket)) return
 */
export function useRequestSequence(): RequestSequence {
  let latest = 0
  return {
    next: () => ++latest,
    isCurrent: ticket => ticket === latest,
    cancel: () => {
      latest++
    },
  }
}
