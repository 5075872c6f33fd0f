import type { Ref } from 'vue'
import { onScopeDispose, ref } from 'vue'

/** Below this frame width (px, Tailwind's `sm`) the time tab is laid out as a sidebar. */
export const WIDE_FRAME_MIN_WIDTH = 640

/**
 * Whether the app's own frame is at least {@link WIDE_FRAME_MIN_WIDTH} wide, following resizes.
 * The frame's width, not the placement code, says how much room there is: the new task card opens
 * the sidebar placement in a wide slider.
 */
export function useFrameIsWide(): Readonly<Ref<boolean>> {
  const query = typeof window.matchMedia === 'function' ? window.matchMedia(`(min-width: ${WIDE_FRAME_MIN_WIDTH}px)`) : null
  const wide = ref(query ? query.matches : window.innerWidth >= WIDE_FRAME_MIN_WIDTH)
  if (query) {
    const onChange = (event: MediaQueryListEvent): void => {
      wide.value = event.matches
    }
    query.addEventListener('change', onChange)
    onScopeDispose(() => query.removeEventListener('change', onChange))
  }
  return wide
}
