/**
 * The template the inspector shows, and the people it names. One `tasks.template.get`, then one
 * `user.get` for every user id the template mentions (creator, responsible, the three member lists).
 * Loads are guarded against stale replies: only the newest request may write state. A failed
 * `user.get` does not hide the template: people then show as "User #id" next to `peopleError`.
 */
import type { ApiError } from '@/api/errors'
import type { TaskTemplate } from '@/api/templates'
import type { User } from '@/api/users'
import type { LoadStatus } from '@/lib/load-status'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { API_KEY } from '@/api'
import { templateUserIds } from '@/api/templates'
import { keepApiError } from './api-error'
import { injectRequired } from './required'

export const useTaskTemplateStore = defineStore('task-template', () => {
  const api = injectRequired(API_KEY, 'useTaskTemplateStore')

  const templateId = ref<number | null>(null)
  const template = shallowRef<TaskTemplate | null>(null)
  const status = ref<LoadStatus>('idle')
  const error = shallowRef<ApiError | null>(null)
  const people = shallowRef<ReadonlyMap<number, User>>(new Map())
  const peopleStatus = ref<LoadStatus>('idle')
  const peopleError = shallowRef<ApiError | null>(null)
  /** When the shown template arrived (epoch ms): the doctor's "now". */
  const checkedAt = ref(0)
  let latestRequest = 0

  async function loadPeople(loaded: TaskTemplate, request: number): Promise<void> {
    const ids = templateUserIds(loaded)
    if (ids.length === 0) {
      people.value = new Map()
      peopleStatus.value = 'success'
      return
    }
    peopleStatus.value = 'loading'
    try {
      const users = await api.users.getMany(ids)
      if (request !== latestRequest)
        return
      people.value = users
      peopleStatus.value = 'success'
    }
    catch (thrown) {
      if (request !== latestRequest)
        return
      peopleError.value = keepApiError(thrown)
      peopleStatus.value = 'error'
    }
  }

  /**
   * Loads template `id` (a positive integer, validated by the caller) and then its people.
   * A later call supersedes an earlier one still in flight.
   *
   * @example
   * await store.load(139)
   */
  async function load(id: number): Promise<void> {
    if (!Number.isSafeInteger(id) || id <= 0)
      throw new RangeError(`template id must be a positive integer, got ${id}`)
    const request = ++latestRequest
    if (templateId.value !== id) {
      template.value = null
      people.value = new Map()
    }
    templateId.value = id
    status.value = 'loading'
    error.value = null
    peopleStatus.value = 'idle'
    peopleError.value = null
    let loaded: TaskTemplate
    try {
      loaded = await api.templates.get(id)
    }
    catch (thrown) {
      if (request !== latestRequest)
        return
      error.value = keepApiError(thrown)
      status.value = 'error'
      return
    }
    if (request !== latestRequest)
      return
    template.value = loaded
    checkedAt.value = Date.now()
    status.value = 'success'
    await loadPeople(loaded, request)
  }

  /** Loads the current template again (after an error, or to refresh). */
  async function reload(): Promise<void> {
    if (templateId.value !== null)
      await load(templateId.value)
  }

  function $reset(): void {
    latestRequest++
    templateId.value = null
    template.value = null
    status.value = 'idle'
    error.value = null
    people.value = new Map()
    peopleStatus.value = 'idle'
    peopleError.value = null
    checkedAt.value = 0
  }

  return { templateId, template, status, error, people, peopleStatus, peopleError, checkedAt, load, reload, $reset }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useTaskTemplateStore, import.meta.hot))
