/**
 * The app's API: plain async functions over a `RestClient`, returning domain objects.
 * `main.ts` provides it under `API_KEY`; stores `inject` it, and tests provide a fake.
 */
import type { InjectionKey } from 'vue'
import type { RestClient } from './client'
import type { PortalConnector } from './portal'
import type { Task } from './tasks'
import type { CreatedTasks } from './template-tasks'
import type { TaskTemplate } from './templates'
import type { TimeEntriesApi, TimeEntriesApiOptions } from './time-entries'
import type { TimesheetApi } from './timesheet'
import type { User } from './users'
import { ApiError, createApiError, toApiError } from './errors'
import { PayloadError } from './parse'
import { mapTaskResult, taskGetParams } from './tasks'
import { createTimeEntriesApi } from './time-entries'
import { mapUser, userGetParams } from './users'

export interface Api {
  tasks: {
    /** Throws `ApiError('TASK_NOT_FOUND')` for a missing or inaccessible task. */
    get: (taskId: number) => Promise<Task>
  }
  users: {
    /** Users by id, in one request; ids the portal does not return are simply absent. */
    getMany: (ids: readonly number[]) => Promise<Map<number, User>>
    current: () => Promise<User>
  }
  templates: {
    /** `tasks.template.get`; throws `ApiError('NOT_FOUND')` for a missing or unreadable template. */
    get: (templateId: number) => Promise<TaskTemplate>
    /**
     * Tasks created from the template that the viewer may see, when the portal filters by template
     * (undocumented, so verified); `unavailable` when it refuses or ignores the filter. Throws only
     * retryable failures (network, limits), which a retry can fix.
     */
    createdTasks: (templateId: number) => Promise<CreatedTasks>
  }
  /** Time entries of a task: the sidebar's opening batch, paging, detail and writes. */
  timeEntries: TimeEntriesApi
  /**
   * The timesheet across tasks (docs/timesheet.md), loaded on first use so that the sidebar's first
   * paint does not carry it; every call answers the same instance.
   */
  timesheet: () => Promise<TimesheetApi>
}

export const API_KEY: InjectionKey<Api> = Symbol('api')
export const PORTAL_KEY: InjectionKey<PortalConnector> = Symbol('portal')

/** Runs `map` over a payload, turning shape errors into `MALFORMED_RESPONSE`. */
export function mapPayload<T>(method: string, map: () => T): T {
  try {
    return map()
  }
  catch (error) {
    if (error instanceof PayloadError)
      throw createApiError({ code: 'MALFORMED_RESPONSE', status: 200, detail: `${method}: ${error.message}`, method, cause: error })
    throw toApiError(error, { method })
  }
}

/**
 * Builds the API over a REST client.
 *
 * @example
 * app.provide(API_KEY, createApi(portal.rest))
 */
export function createApi(rest: RestClient, options: { timeEntries?: TimeEntriesApiOptions } = {}): Api {
  let timesheet: Promise<TimesheetApi> | null = null
  return {
    tasks: {
      async get(taskId) {
        const { result } = await rest.call('tasks.task.get', taskGetParams(taskId))
        const task = mapPayload('tasks.task.get', () => mapTaskResult(result))
        if (task === null)
          throw createApiError({ code: 'TASK_NOT_FOUND', status: 200, method: 'tasks.task.get' })
        return task
      },
    },
    users: {
      async getMany(ids) {
        const unique = [...new Set(ids)]
        if (unique.length === 0)
          return new Map()
        const { result } = await rest.call<unknown[]>('user.get', userGetParams(unique))
        return mapPayload('user.get', () => {
          if (!Array.isArray(result))
            throw new PayloadError('expected an array')
          return new Map(result.map(mapUser).map(user => [user.id, user]))
        })
      },
      async current() {
        const { result } = await rest.call('user.current')
        return mapPayload('user.current', () => mapUser(result))
      },
    },
    templates: {
      async get(templateId) {
        // Loaded on first use: the mapping pulls in the PHP unserializer, which the first paint of the
        // time-entries view does not need.
        const [response, { envelopeUtcOffset, mapTemplate }] = await Promise.all([
          rest.call('tasks.template.get', { templateId }),
          import('./templates'),
        ])
        // `false` answers a missing id and a forbidden one alike (docs/rest-quirks.md#template-get).
        if (response.result === false || response.result === null)
          throw createApiError({ code: 'NOT_FOUND', status: 200, detail: `tasks.template.get ${templateId}: false`, method: 'tasks.template.get' })
        return mapPayload('tasks.template.get', () => mapTemplate(response.result, envelopeUtcOffset(response)))
      },
      async createdTasks(templateId) {
        // Loaded on first use, like the template's mapping: only the template tab asks for it. A chunk
        // that fails to load (offline) is an ApiError like any other failure of this call.
        const { createdTasksParams, mapCreatedTasks } = await import('./template-tasks').catch((failure: unknown) => {
          throw toApiError(failure, { method: 'import(template-tasks)' })
        })
        let response
        try {
          response = await rest.call('tasks.task.list', createdTasksParams(templateId))
        }
        catch (error) {
          // The portal answering 4xx (not 401 or the 429 limit) is its refusal of the undocumented filter: an
          // answer, not a failure (docs/recurring-doctor.md#created-tasks). Network, 5xx, auth and limits pass on.
          if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 401 && error.status !== 429)
            return { kind: 'unavailable', reason: 'refused' }
          throw error
        }
        return mapPayload('tasks.task.list', () => mapCreatedTasks(templateId, response.result, response.total))
      },
    },
    timeEntries: createTimeEntriesApi(rest, options.timeEntries),
    timesheet() {
      // A chunk that failed to load (offline) is asked for again next time, not remembered as failed.
      timesheet ??= import('./timesheet').then(module => module.createTimesheetApi(rest), (failure: unknown) => {
        timesheet = null
        throw toApiError(failure, { method: 'import(timesheet)' })
      })
      return timesheet
    },
  }
}
