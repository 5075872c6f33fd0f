/**
 * Cooperative yielding for work over many rows (mapping and indexing thousands of time entries):
 * the work runs in slices of about `sliceMs` and gives the main thread back between them, so input
 * and rendering are never blocked for longer than one slice (README "Performance": no long task
 * over 50 ms while loading).
 *
 * `scheduler.yield()` where the browser has it (it resumes ahead of other tasks), else a
 * MessageChannel message (a macrotask without setTimeout's clamping, and one that fake timers in
 * tests leave alone).
 */

interface YieldingScheduler {
  yield: () => Promise<void>
}

/** Resolves after the browser had the chance to handle input and paint. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler
  if (typeof scheduler?.yield === 'function')
    return scheduler.yield()
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

export interface Slicer {
  /** Yields when the current slice has run for `sliceMs` or more; otherwise resolves at once (no macrotask). */
  maybeYield: () => Promise<void> | undefined
}

/**
 * @example
 * const slicer = createSlicer()
 * for (const page of pages) { map(page); await slicer.maybeYield() }
 * createSlicer(8, { spent: true }).maybeYield() // yields at once
 */
export function createSlicer(sliceMs = 8, options: { spent?: boolean } = {}): Slicer {
  // `spent`: the caller runs at the end of a task that already ran long (a response the SDK just
  // parsed), so the first check yields at once and the work starts in a task of its own.
  let sliceStart = options.spent ? Number.NEGATIVE_INFINITY : performance.now()
  return {
    maybeYield() {
      if (performance.now() - sliceStart < sliceMs)
        return undefined
      return yieldToMain().then(() => {
        sliceStart = performance.now()
      })
    },
  }
}
