/**
 * The task the app is looking at. Loads are guarded against stale replies: when the user moves to
 * another task before the first answer arrives, only the newest request may write state.
 */
import type { ApiError } from '@/api/errors'
import type { Task } from '@/api/tasks'
import type { LoadStatus } from '@/lib/load-status'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { API_KEY } from '@/api'
import { keepApiError } from './api-error'
import { injectRequired } from './required'

export const useTaskStore = defineStore('task', () => {
  const tasks = injectRequired(API_KEY, 'useTaskStore').tasks

  const taskId = ref<number | null>(null)
  const task = shallowRef<Task | null>(null)
  const status = ref<LoadStatus>('idle')
  const error = shallowRef<ApiError | null>(null)
  let latestRequest = 0

  /** Loads `id`; a later call supersedes an earlier one still in flight. */
  async function load(id: number): Promise<void> {
    const request = ++latestRequest
    if (taskId.value !== id)
      task.value = null
    taskId.value = id
    status.value = 'loading'
    error.value = null
    try {
      const loaded = await tasks.get(id)
      if (request !== latestRequest)
        return
      task.value = loaded
      status.value = 'success'
    }
    catch (thrown) {
      if (request !== latestRequest)
        return
      error.value = keepApiError(thrown)
      status.value = 'error'
    }
  }

  function $reset(): void {
    latestRequest++
    taskId.value = null
    task.value = null
    status.value = 'idle'
    error.value = null
  }

  return { taskId, task, status, error, load, $reset }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useTaskStore, import.meta.hot))
