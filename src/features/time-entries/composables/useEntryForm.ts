/**
 * The list view's editing state: which form is open (add, or edit of one entry), which row asks
 * "delete?", and keyboard focus: the form takes focus when it opens, and closing it hands focus
 * back to the button that opened it ("Log time" or the row's "Edit"). After an edit is saved it
 * keeps the entry's previous values, so "Saved · Undo" can write them back through the same update.
 */
import type { Ref } from 'vue'
import type { EntryFields, TimeEntry } from '@/api/time-entries'
import { computed, nextTick, ref } from 'vue'
import { toZonedIso } from '@/lib/time/zone'

export type FormState = { mode: 'add' } | { mode: 'edit', entry: TimeEntry }

/** The last saved edit: which entry, and the values it had before, to write back on Undo. */
export interface SavedEdit { taskId: number, itemId: number, previous: EntryFields }

export interface EntryFormActions {
  clearSaveError: () => void
  saveEntry: (target: { taskId: number, itemId: number | null }, fields: EntryFields) => Promise<boolean>
  removeEntry: (entry: TimeEntry) => Promise<void>
}

/**
 * @example
 * const editing = useEntryForm(taskId, store, timeZone)
 * editing.openAdd()
 */
export function useEntryForm(taskId: Readonly<Ref<number | null>>, actions: EntryFormActions, timeZone: Readonly<Ref<string>>) {
  const form = ref<FormState | null>(null)
  const savedEdit = ref<SavedEdit | null>(null)
  const undoing = ref(false)
  const confirmingId = ref<number | null>(null)
  const formKey = computed(() => (form.value?.mode === 'edit' ? `edit-${form.value.entry.id}` : 'add'))
  let trigger: HTMLElement | null = null

  function rememberTrigger(): void {
    const active = document.activeElement
    trigger = active instanceof HTMLElement && active !== document.body ? active : null
  }

  async function returnFocus(): Promise<void> {
    const target = trigger
    trigger = null
    await nextTick()
    if (target?.isConnected)
      target.focus()
  }

  function reset(): void {
    form.value = null
    savedEdit.value = null
    confirmingId.value = null
  }

  function openAdd(): void {
    actions.clearSaveError()
    rememberTrigger()
    form.value = { mode: 'add' }
  }

  function openEdit(entry: TimeEntry): void {
    actions.clearSaveError()
    confirmingId.value = null
    rememberTrigger()
    form.value = { mode: 'edit', entry }
  }

  function closeForm(): void {
    actions.clearSaveError()
    form.value = null
    void returnFocus()
  }

  async function submit(fields: EntryFields): Promise<void> {
    const current = form.value
    if (!current || taskId.value === null)
      return
    savedEdit.value = null
    const saved = await actions.saveEntry({ taskId: taskId.value, itemId: current.mode === 'edit' ? current.entry.id : null }, fields)
    if (saved && current.mode === 'edit') {
      const { entry } = current
      savedEdit.value = { taskId: taskId.value, itemId: entry.id, previous: { seconds: entry.seconds, comment: entry.comment, createdDate: toZonedIso(entry.createdAt, timeZone.value) } }
    }
    if (saved && form.value === current) {
      form.value = null
      void returnFocus()
    }
  }

  /** Writes the previous values of the last saved edit back; the notice goes once the server has them. */
  async function undoEdit(): Promise<void> {
    const last = savedEdit.value
    if (!last || undoing.value)
      return
    undoing.value = true
    try {
      if (await actions.saveEntry({ taskId: last.taskId, itemId: last.itemId }, last.previous) && savedEdit.value === last)
        savedEdit.value = null
    }
    finally {
      undoing.value = false
    }
  }

  function dismissSaved(): void {
    savedEdit.value = null
  }

  function confirmDelete(entry: TimeEntry): void {
    confirmingId.value = null
    if (form.value?.mode === 'edit' && form.value.entry.id === entry.id)
      form.value = null
    void actions.removeEntry(entry)
  }

  return { form, confirmingId, formKey, savedEdit, undoing, reset, openAdd, openEdit, closeForm, submit, undoEdit, dismissSaved, confirmDelete }
}
