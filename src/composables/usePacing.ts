/**
 * Pacing: where a big piece of work (a batch of 1,000 rows, the first render of the list view)
 * gives the main thread back, so that no single task runs long under CPU pressure (README
 * "Performance": no long task over 50 ms while loading 5,000 or 50,000 entries at 4× CPU).
 *
 * `main.ts` provides `yieldToMain` under `PACING_KEY`. Without it (unit tests, another host) nothing
 * is paced: the work runs in one go, with the same result, so tests stay synchronous and exact.
 */
import type { InjectionKey, Ref } from 'vue'
import { inject, onMounted, ref } from 'vue'

/** Resolves in a later task, after the browser could handle input and paint. */
export type Pace = () => Promise<void>

export const PACING_KEY: InjectionKey<Pace> = Symbol('pacing')

/**
 * The pacing the app provides, or null. Call inside `setup` (or a setup store).
 *
 * @example
 * const pace = injectPacing()
 * if (pace) await pace()
 */
export function injectPacing(): Pace | null {
  return inject(PACING_KEY, null)
}

/**
 * True once the part of a view it guards may render: at once without pacing, otherwise one task
 * after the component mounted, so a secondary part (the breakdown) renders in its own task after
 * the first screen rather than inside it. Stays true afterwards.
 *
 * @example
 * const breakdownReady = useDeferredRender()
 * // <TotalsPanel v-if="breakdownReady" … />
 */
export function useDeferredRender(): Readonly<Ref<boolean>> {
  const pace = injectPacing()
  const ready = ref(pace === null)
  if (pace) {
    onMounted(() => {
      void pace().then(() => {
        ready.value = true
      })
    })
  }
  return ready
}
