/**
 * Single-key shortcuts for a view, on its document while it is mounted. The bindings and what
 * matches them (`shortcut-keys.ts`) are a chunk of their own, loaded with the first key pressed:
 * nobody presses a key before the first paint (docs/development.md#first-paint-budget). That first
 * key is handled once they are in, so it is not lost; it only cannot prevent its default action any
 * more, which none of the bound keys has outside a field. Every later key is handled at once.
 */
import type { ShortcutHandler } from './shortcut-keys'
import { onBeforeUnmount, onMounted } from 'vue'

export type { ShortcutHandler } from './shortcut-keys'

/**
 * Binds the shortcuts `load` resolves to (key → handler) on the document while the calling
 * component is mounted; `load` runs once, on the first keydown.
 *
 * @example
 * useShortcuts(async () => ({ 'n': () => openAdd(), '?': () => showHelp() }))
 */
export function useShortcuts(load: () => Promise<Readonly<Record<string, ShortcutHandler>>>): void {
  let listener: ((event: KeyboardEvent) => void) | undefined
  let loading: Promise<unknown> | undefined
  let bound = false
  function onKeydown(event: KeyboardEvent): void {
    if (listener)
      return listener(event)
    loading ??= Promise.all([import('./shortcut-keys'), load()]).then(([keys, shortcuts]) => (listener = keys.shortcutListener(shortcuts)))
    void loading.then(() => bound && listener?.(event))
  }
  onMounted(() => {
    bound = true
    document.addEventListener('keydown', onKeydown)
  })
  onBeforeUnmount(() => {
    bound = false
    document.removeEventListener('keydown', onKeydown)
  })
}
