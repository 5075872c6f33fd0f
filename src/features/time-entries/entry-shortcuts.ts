/**
 * The time tab's shortcuts (docs/development.md#accessibility): `n` log time, `/` search the
 * comments, `e` / `Delete` on the focused row, `?` the list of shortcuts. Loaded with the first key
 * pressed (`useShortcuts`), so none of it is in the first paint.
 */
import type { Ref } from 'vue'
import type { ShortcutHandler } from './composables/shortcut-keys'
import type { useEntryForm } from './composables/useEntryForm'
import type { TimeEntry } from '@/api/time-entries'
import type { useTimeEntriesStore } from '@/stores/time-entries'

export interface EntryShortcutContext {
  /** The entries the list shows. */
  shown: Readonly<Ref<readonly TimeEntry[]>>
  /** The entries store: who may add and change what. */
  store: Pick<ReturnType<typeof useTimeEntriesStore>, 'canAddEntry' | 'canModify'>
  /** The view's editing state (`useEntryForm`). */
  editing: Pick<ReturnType<typeof useEntryForm>, 'form' | 'confirmingId' | 'openAdd' | 'openEdit' | 'confirmDelete'>
  /** The filter panel, where the comment search lives. */
  filtersOpen: Ref<boolean>
  /** The shortcuts dialog. */
  shortcutsOpen: Ref<boolean>
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
 * useShortcuts(async () => (await import('./entry-shortcuts')).entryShortcuts({ shown, store, editing, filtersOpen, shortcutsOpen }))
 */
export function entryShortcuts({ shown, store, editing, filtersOpen, shortcutsOpen }: EntryShortcutContext): Readonly<Record<string, ShortcutHandler>> {
  /** The entry whose row holds focus, if the viewer may change it. */
  function focusedEntry(): TimeEntry | null {
    const row = document.activeElement?.closest<HTMLElement>('[data-entry-id]')
    const id = Number(row?.dataset.entryId)
    const entry = shown.value.find(candidate => candidate.id === id) ?? null
    return entry && store.canModify(entry) ? entry : null
  }
  return {
    'n': () => {
      if (!store.canAddEntry || editing.form.value?.mode === 'add')
        return false
      editing.openAdd()
    },
    '/': () => {
      filtersOpen.value = true
      focusSearchWhenShown()
    },
    'e': () => {
      const entry = focusedEntry()
      if (!entry)
        return false
      editing.openEdit(entry)
    },
    // The same inline question as the row's button; Delete again (focus is on its Cancel) confirms.
    'Delete': () => {
      const entry = focusedEntry()
      if (!entry)
        return false
      if (editing.confirmingId.value === entry.id)
        editing.confirmDelete(entry)
      else
        editing.confirmingId.value = entry.id
    },
    '?': () => {
      shortcutsOpen.value = true
    },
  }
}
