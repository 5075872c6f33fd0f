/**
 * One entry's page (`task.elapseditem.get`): the entry, its status and error, a stale-reply
 * guard. Writes from the list or the page keep it in step through `replace` and `forget`.
 */
import type { ApiError } from '@/api/errors'
import type { CurrentUser, TimeEntry } from '@/api/time-entries'
import type { LoadStatus } from '@/lib/load-status'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { API_KEY } from '@/api'
import { useRequestSequence } from '@/composables/useRequestSequence'
import { keepApiError } from './api-error'
import { usePeopleStore } from './people'
import { injectRequired } from './required'

export const useEntryDetailStore = defineStore('entry-detail', () => {
  const api = injectRequired(API_KEY, 'useEntryDetailStore').timeEntries
  const people = usePeopleStore()

  const entry = shallowRef<TimeEntry | null>(null)
  const status = ref<LoadStatus>('idle')
  const error = shallowRef<ApiError | null>(null)
  const loads = useRequestSequence()

  /**
   * Loads one entry, with the current user when `withMe`, and its author's name when nobody has
   * asked for it yet (at most one more request). Resolves the current user, if it was asked for.
   */
  async function load(taskId: number, itemId: number, withMe: boolean): Promise<CurrentUser | null> {
    const ticket = loads.next()
    if (entry.value?.id !== itemId)
      entry.value = null
    status.value = 'loading'
    error.value = null
    try {
      const opening = await api.openEntry(taskId, itemId, withMe)
      if (!loads.isCurrent(ticket))
        return null
      if (opening.me)
        people.add([opening.me])
      entry.value = opening.entry
      const unknown = people.claim([opening.entry.userId])
      if (unknown.length > 0) {
        const found = await api.fetch(taskId, { after: 0, count: 0 }, unknown)
        if (found.users instanceof Map)
          people.answered(unknown, found.users.values())
        if (!loads.isCurrent(ticket))
          return opening.me
      }
      status.value = 'success'
      return opening.me
    }
    catch (thrown) {
      if (loads.isCurrent(ticket)) {
        error.value = keepApiError(thrown)
        status.value = 'error'
      }
      return null
    }
  }

  /** A write changed the entry. */
  function replace(changed: TimeEntry): void {
    if (entry.value?.id === changed.id)
      entry.value = changed
  }

  /** The entry was deleted. */
  function forget(id: number): void {
    if (entry.value?.id === id)
      entry.value = null
  }

  function $reset(): void {
    loads.cancel()
    entry.value = null
    status.value = 'idle'
    error.value = null
  }

  return { entry, status, error, load, replace, forget, $reset }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useEntryDetailStore, import.meta.hot))
