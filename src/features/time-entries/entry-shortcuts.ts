/**
 * The time tab's shortcuts (docs/development.md#accessibility): `n` log time, `/` search the
 * comments, `e` / `Delete` on the focused row, `?` the list of shortcuts. Loaded with the first key
 * pressed (`useShortcuts`), so none of it is in the first paint.
 */
import type { Ref } from 'vue'
import type { ShortcutHandler } from './composables/shortcut-keys'
import type { TimeEntry } from '@/api/time-entries'

export interface EntryShortcutContext {
  /** The entries the list shows. */
  shown: Readonly<Ref<readonly TimeEntry[]>>
  canModify: (entry: TimeEntry) => boolean
  /** False when the viewer may not add or the add form is already open. */
  canAdd: () => boolean
  openAdd: () => void
  openEdit: (entry: TimeEntry) => void
  confirmDelete: (entry: TimeEntry) => void
  /** The row asking "delete?". */
  confirmingId: Ref<number | null>
  /** Shows the filter panel, where the comment search lives. */
  openFilters: () => void
  openHelp: () => void
}

/** The search box comes with the filter panel, itself a lazy chunk: this long at most it is waited for. */
const SEARCH_WAIT_MS = 5000
const SEARCH = '[data-testid="entries-search"]'

function focusSearchWhenShown(): void {
  const now = document.querySelector<HTMLElement>(SEARCH)
  if (now) {
    now.focus()
    return
  }
  const observer = new MutationObserver(() => {
    const search = document.querySelector<HTMLElement>(SEARCH)
    if (!search)
      return
    observer.disconnect()
    search.focus()
  })
  observer.observe(document.body, { childList: true, subtree: true })
  setTimeout(() => observer.disconnect(), SEARCH_WAIT_MS)
}

/**
 * The key → handler map for the entries view.
 *
 * @example
 * useShortcuts(async () => (await import('./entry-shortcuts')).entryShortcuts(context))
 */
export function entryShortcuts(context: EntryShortcutContext): Readonly<Record<string, ShortcutHandler>> {
  /** The entry whose row holds focus, if the viewer may change it. */
  function focusedEntry(): TimeEntry | null {
    const row = document.activeElement?.closest<HTMLElement>('[data-entry-id]')
    const id = Number(row?.dataset.entryId)
    const entry = context.shown.value.find(candidate => candidate.id === id) ?? null
    return entry && context.canModify(entry) ? entry : null
  }
  return {
    'n': () => {
      if (!context.canAdd())
        return false
      context.openAdd()
    },
    '/': () => {
      context.openFilters()
      focusSearchWhenShown()
    },
    'e': () => {
      const entry = focusedEntry()
      if (!entry)
        return false
      context.openEdit(entry)
    },
    // The same inline question as the row's button; Delete again (focus is on its Cancel) confirms.
    'Delete': () => {
      const entry = focusedEntry()
      if (!entry)
        return false
      if (context.confirmingId.value === entry.id)
        context.confirmDelete(entry)
      else
        context.confirmingId.value = entry.id
    },
    '?': () => context.openHelp(),
  }
}
