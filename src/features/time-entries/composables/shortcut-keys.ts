/**
 * What single-key shortcuts match (loaded with the first key pressed, see `useShortcuts`). A key never fires while
 * the viewer types (an input, a textarea, a select or contenteditable has focus), with Ctrl, Alt
 * or Meta held (those belong to the browser and the portal), during IME composition, or when a
 * modal dialog is open. Keys match by the character typed or, for letters and `/` `?`, by the
 * physical key, so `n` also works with a Russian layout (where that key types `т`).
 */
/** A handler returns false when it did nothing, so the key keeps its default action. */
export type ShortcutHandler = (event: KeyboardEvent) => boolean | void

/** The physical key of the characters we bind, as `KeyboardEvent.code` and whether Shift is held. */
const PHYSICAL: Readonly<Record<string, { code: string, shift: boolean }>> = {
  '/': { code: 'Slash', shift: false },
  '?': { code: 'Slash', shift: true },
}

function physicalOf(key: string): { code: string, shift: boolean } | null {
  if (/^[a-z]$/.test(key))
    return { code: `Key${key.toUpperCase()}`, shift: false }
  return PHYSICAL[key] ?? null
}

/**
 * True when keys typed at `target` are text, not commands.
 *
 * @example
 * isTypingTarget(document.createElement('textarea')) // true
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement))
    return false
  if (target.isContentEditable)
    return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true
  if (target instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'reset', 'submit', 'range', 'color', 'file', 'image'].includes(target.type)
  return false
}

/**
 * The binding an event asks for, or null: by the character first, then by the physical key.
 *
 * @example
 * matchShortcut(new KeyboardEvent('keydown', { key: 'т', code: 'KeyN' }), ['n']) // 'n'
 */
export function matchShortcut(event: KeyboardEvent, keys: readonly string[]): string | null {
  if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing)
    return null
  if (keys.includes(event.key))
    return event.key
  return keys.find((key) => {
    const physical = physicalOf(key)
    return physical !== null && physical.code === event.code && physical.shift === event.shiftKey
  }) ?? null
}

/**
 * The document keydown listener for `shortcuts` (key → handler): a handler runs unless the viewer
 * types or a modal dialog is open, and takes the key (no default action) unless it declines.
 *
 * @example
 * document.addEventListener('keydown', shortcutListener({ 'n': () => openAdd(), '?': () => showHelp() }))
 */
export function shortcutListener(shortcuts: Readonly<Record<string, ShortcutHandler>>): (event: KeyboardEvent) => void {
  const keys = Object.keys(shortcuts)
  return (event) => {
    if (event.defaultPrevented || isTypingTarget(event.target) || document.querySelector('dialog[open]'))
      return
    const key = matchShortcut(event, keys)
    if (key === null)
      return
    if (shortcuts[key]?.(event) !== false)
      event.preventDefault()
  }
}
