/**
 * The list view's editing state: which form is open (add, or edit of one entry), which row asks
 * "delete?", and keyboard focus: the form takes focus when it opens, and closing it hands focus
 * back to the button that opened it ("Log time" or the row's "Edit").
 */
import type { Ref } from 'vue'
import type { EntryFields, TimeEntry } from '@/api/time-entries'
import { computed, nextTick, ref } from 'vue'

export type FormState = { mode: 'add' } | { mode: 'edit', entry: TimeEntry }

export interface EntryFormActions {
  clearSaveError: () => void
  saveEntry: (target: { taskId: number, itemId: number | null }, fields: EntryFields) => Promise<boolean>
  removeEntry: (entry: TimeEntry) => Promise<void>
}

/**
 * @example
 * const editing = useEntryForm(taskId, store)
 * editing.openAdd()
 */
export function useEntryForm(taskId: Readonly<Ref<number | null>>, actions: EntryFormActions) {
  const form = ref<FormState | null>(null)
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
    const saved = await actions.saveEntry({ taskId: taskId.value, itemId: current.mode === 'edit' ? current.entry.id : null }, fields)
    if (saved && form.value === current) {
      form.value = null
      void returnFocus()
    }
  }

  function confirmDelete(entry: TimeEntry): void {
    confirmingId.value = null
    if (form.value?.mode === 'edit' && form.value.entry.id === entry.id)
      form.value = null
    void actions.removeEntry(entry)
  }

  return { form, confirmingId, formKey, reset, openAdd, openEdit, closeForm, submit, confirmDelete }
}
