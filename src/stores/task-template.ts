/**
 * The template the inspector shows, and the people it names. One `tasks.template.get`, then one
 * `user.get` for every user id the template mentions (creator, responsible, the three member lists).
 * Loads are guarded against stale replies: only the newest request may write state. A failed
 * `user.get` does not hide the template: people then show as "User #id" next to `peopleError`.
 * Alongside `user.get`, one `tasks.task.list` for the tasks created from the template so far
 * (`createdTasks`; its failure only affects that block).
 */
import type { ApiError } from '@/api/errors'
import type { CreatedTasks } from '@/api/template-tasks'
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
  const createdTasks = shallowRef<CreatedTasks | null>(null)
  const createdStatus = ref<LoadStatus>('idle')
  const createdError = shallowRef<ApiError | null>(null)
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

  async function loadCreatedTasks(id: number, request: number): Promise<void> {
    createdStatus.value = 'loading'
    createdError.value = null
    try {
      const answer = await api.templates.createdTasks(id)
      if (request !== latestRequest)
        return
      createdTasks.value = answer
      createdStatus.value = 'success'
    }
    catch (thrown) {
      if (request !== latestRequest)
        return
      createdError.value = keepApiError(thrown)
      createdStatus.value = 'error'
    }
  }

  /** Asks for the created tasks again (after a network failure), without reloading the template. */
  async function reloadCreatedTasks(): Promise<void> {
    if (template.value !== null)
      await loadCreatedTasks(template.value.id, latestRequest)
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
      createdTasks.value = null
    }
    templateId.value = id
    status.value = 'loading'
    error.value = null
    peopleStatus.value = 'idle'
    peopleError.value = null
    createdStatus.value = 'idle'
    createdError.value = null
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
    await Promise.all([loadPeople(loaded, request), loadCreatedTasks(id, request)])
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
    createdTasks.value = null
    createdStatus.value = 'idle'
    createdError.value = null
  }

  return { templateId, template, status, error, people, peopleStatus, peopleError, checkedAt, createdTasks, createdStatus, createdError, load, reload, reloadCreatedTasks, $reset }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useTaskTemplateStore, import.meta.hot))
