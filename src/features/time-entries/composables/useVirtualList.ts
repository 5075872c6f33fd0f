/**
 * A small virtual list for rows of known heights (two kinds here: group headers and entries).
 *
 * The portal sizes our iframe to its content (useFrameAutoResize), so the list cannot size itself
 * to the window: `vh` would follow the iframe, which follows us. The scroll box is therefore as
 * tall as its rows up to `maxHeight` px, and only beyond that does it scroll on its own; the
 * sidebar itself never gets an inner scrollbar. Only the rows in view (+ overscan) are rendered.
 *
 * Scrolling costs one layout read per scroll event (`scrollTop`, before any write of that frame)
 * and re-renders only when the first or last rendered row changes. Rows keep a slot: a row that
 * stays in view keeps its slot, a row that enters takes the slot of one that left, so the row
 * components are patched with a new entry instead of being destroyed and created while scrolling.
 * A row named by `keep` (the one holding focus) stays rendered and keeps its slot wherever it is.
 */
import type { MaybeRef, Ref } from 'vue'
import { computed, ref, shallowRef, unref, watch } from 'vue'

export interface VirtualRow<T> {
  item: T
  index: number
  top: number
  height: number
  /** Stable while the row stays rendered; reused by another row once it is not. */
  slot: number
}

export interface VirtualListOptions {
  maxHeight: number
  /** Extra px rendered above and below the viewport (a ref: the list widens it after its first paint). */
  overscan?: MaybeRef<number>
  /** Index of a row that stays rendered even out of view (the focused one), or null. */
  keep?: Readonly<Ref<number | null>>
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

/**
 * Gives every rendered row a slot number: identities already holding one keep it, new ones take
 * the free slots in order. Returns a function per render; `slots` is carried between renders.
 *
 * @example
 * const assign = slotAssigner<string>()
 * assign(['a', 'b']) // [0, 1]
 * assign(['b', 'c']) // [1, 0]
 */
export function slotAssigner<K>(): (keys: readonly K[]) => number[] {
  let slots = new Map<K, number>()
  return (keys) => {
    const next = new Map<K, number>()
    const taken = new Set<number>()
    for (const key of keys) {
      const slot = slots.get(key)
      if (slot !== undefined && !taken.has(slot)) {
        next.set(key, slot)
        taken.add(slot)
      }
    }
    let free = 0
    const result = keys.map((key) => {
      let slot = next.get(key)
      if (slot === undefined) {
        while (taken.has(free)) free++
        slot = free
        taken.add(slot)
        next.set(key, slot)
      }
      return slot
    })
    slots = next
    return result
  }
}

/**
 * @example
 * const { container, visible, totalHeight, onScroll } = useVirtualList(rows, row => 88, { maxHeight: 480 })
 *
 * `heightOf` may be a ref holding the function: it is read once per layout, so a function that
 * closes over plain values costs no reactive read per row (50,000 rows are laid out again after
 * every paced step of a load).
 */
export function useVirtualList<T>(items: Ref<readonly T[]>, heightOf: MaybeRef<(item: T) => number>, options: VirtualListOptions & { identity?: (item: T) => unknown }) {
  const overscan = computed(() => unref(options.overscan ?? 400))
  const identity = options.identity ?? ((item: T) => item)
  const scrollTop = ref(0)
  const container = shallowRef<HTMLElement | null>(null)

  const offsets = computed(() => {
    const list = items.value
    const height = unref(heightOf)
    const starts = new Float64Array(list.length + 1)
    for (let index = 0; index < list.length; index++) starts[index + 1] = starts[index]! + height(list[index]!)
    return starts
  })
  const totalHeight = computed(() => offsets.value[items.value.length] ?? 0)
  const viewportHeight = computed(() => Math.min(totalHeight.value, options.maxHeight))
  const scrolls = computed(() => totalHeight.value > options.maxHeight)

  // Plain numbers: a scroll that stays within the same rows changes neither, so nothing re-renders.
  const firstIndex = computed(() => {
    const count = items.value.length
    if (count === 0)
      return 0
    const top = Math.max(0, scrollTop.value - overscan.value)
    return Math.min(lowerIndex(offsets.value.subarray(0, count), top), count - 1)
  })
  const endIndex = computed(() => {
    const starts = offsets.value
    const count = items.value.length
    const bottom = scrollTop.value + viewportHeight.value + overscan.value
    let index = firstIndex.value
    while (index < count && starts[index]! < bottom) index++
    return index
  })

  const assign = slotAssigner<unknown>()
  const visible = computed<VirtualRow<T>[]>(() => {
    const list = items.value
    if (list.length === 0)
      return []
    const starts = offsets.value
    const indexes: number[] = []
    for (let index = firstIndex.value; index < endIndex.value; index++) indexes.push(index)
    const kept = options.keep?.value ?? null
    if (kept !== null && kept < list.length && (kept < firstIndex.value || kept >= endIndex.value))
      indexes.push(kept)
    const slots = assign(indexes.map(index => identity(list[index]!)))
    return indexes.map((index, position) => ({ item: list[index]!, index, top: starts[index]!, height: starts[index + 1]! - starts[index]!, slot: slots[position]! }))
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
