/**
 * Whether a line-clamped comment is actually cut, measured once per entry. Reads are batched into
 * one animation frame for all rows that asked (after the frame's DOM writes, before its
 * rendering), so rows entering the list while it scrolls cost one layout for all of them, not one
 * forced reflow each. The answer is cached per entry, so an entry scrolled past and back is not
 * measured again; a change of the frame's width (the only thing that re-wraps a comment besides
 * its text) forgets every answer.
 */

interface Request {
  element: HTMLElement
  owner: object
  done: (clamped: boolean) => void
  /** False once the element shows another entry (a recycled row): the answer is not this owner's. */
  current: () => boolean
}

let cache = new WeakMap<object, boolean>()
let cachedWidth = -1
let queue: Request[] = []
let scheduled = false

function flush(): void {
  scheduled = false
  const batch = queue
  queue = []
  // Every read first, then every write: one layout for the whole batch.
  // One pixel of slack: sub-pixel line heights round differently in scrollHeight and clientHeight.
  const live = batch.filter(request => request.element.isConnected && request.current())
  const answers = live.map(({ element }) => element.scrollHeight > element.clientHeight + 1)
  live.forEach((request, index) => {
    cache.set(request.owner, answers[index]!)
    request.done(answers[index]!)
  })
}

/**
 * Tells (in the next frame, batched; at once when known) whether `element` cuts its text. The
 * answer is cached for `owner` (the entry) until the frame's width changes.
 *
 * @example
 * measureClamp(entry, commentElement, clamped => (showMore.value = clamped))
 */
export function measureClamp(owner: object, element: HTMLElement, done: (clamped: boolean) => void, current: () => boolean = () => true): void {
  // innerWidth is the viewport's, known without a layout.
  if (window.innerWidth !== cachedWidth) {
    cachedWidth = window.innerWidth
    cache = new WeakMap()
  }
  const cached = cache.get(owner)
  if (cached !== undefined) {
    done(cached)
    return
  }
  queue.push({ element, owner, done, current })
  if (!scheduled) {
    scheduled = true
    requestAnimationFrame(flush)
  }
}
