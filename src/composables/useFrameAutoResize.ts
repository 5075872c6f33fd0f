/**
 * Keeps the portal's iframe exactly as tall as our content, so the sidebar never shows an inner
 * scrollbar, and the portal's layout (the column it gives us) keeps deciding the width.
 *
 * Why not only a ResizeObserver: Chromium skips the rendering steps (ResizeObserver callbacks,
 * requestAnimationFrame, `resize` events) of a cross-origin frame that is off-screen. A frame that
 * loads below the fold (the task card's sidebar on a narrow window) would then keep its first
 * height until scrolled into view. DOM mutations, resource `load` events and font loading are not
 * tied to rendering, and reading a box forces layout even in a throttled frame, so they drive the
 * measurement too; the ResizeObserver still catches size changes that come without a mutation
 * (a wider column reflowing the text).
 *
 * How the height reaches the portal is the caller's `fit` (the SDK's `resizeWindow` command with
 * `width: '100%'`, see `api/portal.ts`): b24jssdk `frame/parent.ts` `fitWindow()` measures
 * `documentElement`, which is never shorter than the frame we were given, so it can grow the
 * frame but never shrink it, and `resizeWindow(width, height)` needs a number for the width,
 * which would pin the frame to a pixel width the portal's column no longer decides.
 */
import type { Ref } from 'vue'
import { onBeforeUnmount, watch } from 'vue'

/** What makes the content change height without a layout callback (see the file comment). */
const MUTATIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true }

/**
 * Calls `fit(height)` whenever the element's rendered height changes (debounced), whether or not
 * the frame is on screen.
 *
 * @param root the element whose height the frame should have (the app root)
 * @param fit sends the height to the portal
 * @param debounceMs how long the height must stay still before it is sent
 */
export function useFrameAutoResize(root: Readonly<Ref<HTMLElement | null>>, fit: (height: number) => Promise<void>, debounceMs = 50): void {
  let resizeObserver: ResizeObserver | null = null
  let mutationObserver: MutationObserver | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastHeight = -1

  function measure(): void {
    const height = Math.ceil(root.value?.getBoundingClientRect().height ?? 0)
    if (height > 0 && height !== lastHeight) {
      lastHeight = height
      void fit(height)
    }
  }

  function schedule(): void {
    clearTimeout(timer)
    timer = setTimeout(measure, debounceMs)
  }

  function disconnect(element: HTMLElement | null | undefined): void {
    resizeObserver?.disconnect()
    mutationObserver?.disconnect()
    resizeObserver = null
    mutationObserver = null
    // `load` does not bubble: capture catches every image, iframe and stylesheet inside.
    element?.removeEventListener('load', schedule, true)
  }

  // The root element may appear (or be replaced) after mount: observe whichever one is current.
  watch(root, (element, previous) => {
    disconnect(previous)
    if (!element)
      return
    if (typeof ResizeObserver !== 'undefined') {
      resizeObserver = new ResizeObserver(schedule)
      resizeObserver.observe(element)
    }
    if (typeof MutationObserver !== 'undefined') {
      mutationObserver = new MutationObserver(schedule)
      mutationObserver.observe(element, MUTATIONS)
    }
    element.addEventListener('load', schedule, true)
    schedule()
  }, { immediate: true, flush: 'post' })

  const fonts = typeof document !== 'undefined' ? document.fonts : undefined
  fonts?.addEventListener('loadingdone', schedule)

  onBeforeUnmount(() => {
    disconnect(root.value)
    fonts?.removeEventListener('loadingdone', schedule)
    clearTimeout(timer)
  })
}
