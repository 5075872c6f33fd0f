/**
 * Keeps the portal's iframe exactly as tall as our content, so the sidebar never shows an inner
 * scrollbar. A ResizeObserver on the app root feeds a debounced `resizeWindow`
 * (docs/frame-protocol.md#resize-window).
 */
import type { Ref } from 'vue'
import { onBeforeUnmount, watch } from 'vue'

export function useFrameAutoResize(root: Readonly<Ref<HTMLElement | null>>, fit: (height: number) => Promise<void>, debounceMs = 50): void {
  let observer: ResizeObserver | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastHeight = -1

  function schedule(): void {
    clearTimeout(timer)
    timer = setTimeout(() => {
      const height = Math.ceil(root.value?.getBoundingClientRect().height ?? 0)
      if (height > 0 && height !== lastHeight) {
        lastHeight = height
        void fit(height)
      }
    }, debounceMs)
  }

  // The root element may appear (or be replaced) after mount: observe whichever one is current.
  watch(root, (element) => {
    observer?.disconnect()
    if (!element || typeof ResizeObserver === 'undefined')
      return
    observer = new ResizeObserver(schedule)
    observer.observe(element)
    schedule()
  }, { immediate: true, flush: 'post' })

  onBeforeUnmount(() => {
    observer?.disconnect()
    clearTimeout(timer)
  })
}
