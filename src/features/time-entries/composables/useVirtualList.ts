/**
 * A small virtual list for rows of known heights (two kinds here: group headers and entries).
 *
 * The portal sizes our iframe to its content (useFrameAutoResize), so the list cannot size itself
 * to the window: `vh` would follow the iframe, which follows us. The scroll box is therefore as
 * tall as its rows up to `maxHeight` px, and only beyond that does it scroll on its own; the
 * sidebar itself never gets an inner scrollbar. Only the rows in view (+ overscan) are rendered.
 */
import type { Ref } from 'vue'
import { computed, ref, shallowRef, watch } from 'vue'

export interface VirtualRow<T> {
  item: T
  index: number
  top: number
  height: number
}

export interface VirtualListOptions {
  maxHeight: number
  /** Extra px rendered above and below the viewport. */
  overscan?: number
}

/**
 * Index of the last offset ≤ `value` in an ascending array.
 *
 * @example
 * lowerIndex(Float64Array.from([0, 40, 80]), 50) // 1
 */
export function lowerIndex(offsets: ArrayLike<number>, value: number): number {
  let low = 0
  let high = offsets.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (offsets[mid]! <= value)
      low = mid
    else
      high = mid - 1
  }
  return Math.max(0, low)
}

export function useVirtualList<T>(items: Ref<readonly T[]>, heightOf: (item: T) => number, options: VirtualListOptions) {
  const overscan = options.overscan ?? 400
  const scrollTop = ref(0)
  const container = shallowRef<HTMLElement | null>(null)

  const offsets = computed(() => {
    const list = items.value
    const starts = new Float64Array(list.length + 1)
    for (let index = 0; index < list.length; index++) starts[index + 1] = starts[index]! + heightOf(list[index]!)
    return starts
  })
  const totalHeight = computed(() => offsets.value[items.value.length] ?? 0)
  const viewportHeight = computed(() => Math.min(totalHeight.value, options.maxHeight))
  const scrolls = computed(() => totalHeight.value > options.maxHeight)

  const visible = computed<VirtualRow<T>[]>(() => {
    const list = items.value
    if (list.length === 0)
      return []
    const starts = offsets.value
    const top = Math.max(0, scrollTop.value - overscan)
    const bottom = scrollTop.value + viewportHeight.value + overscan
    const first = Math.min(lowerIndex(starts.subarray(0, list.length), top), list.length - 1)
    const rows: VirtualRow<T>[] = []
    for (let index = first; index < list.length && starts[index]! < bottom; index++)
      rows.push({ item: list[index]!, index, top: starts[index]!, height: starts[index + 1]! - starts[index]! })
    return rows
  })

  function onScroll(): void {
    scrollTop.value = container.value?.scrollTop ?? 0
  }

  /** Scrolls so that row `index` is in view (keyboard navigation, focus after edits). */
  function scrollToIndex(index: number): void {
    const element = container.value
    if (!element)
      return
    const top = offsets.value[index] ?? 0
    const bottom = offsets.value[index + 1] ?? top
    if (top < element.scrollTop)
      element.scrollTop = top
    else if (bottom > element.scrollTop + viewportHeight.value)
      element.scrollTop = bottom - viewportHeight.value
    onScroll()
  }

  // A shorter list (new filter) may leave the old scroll position past its end.
  watch(totalHeight, (height) => {
    if (scrollTop.value > height) {
      if (container.value)
        container.value.scrollTop = 0
      scrollTop.value = 0
    }
  })

  return { container, visible, totalHeight, viewportHeight, scrolls, onScroll, scrollToIndex }
}
