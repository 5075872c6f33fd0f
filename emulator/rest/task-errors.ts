/**
 * Errors of the legacy `task.*` methods: a `TasksException` rendered by `CTaskRestService` as
 * HTTP 400 `ERROR_CORE` with `TASKS_ERROR_EXCEPTION_#<flags>; <message>; <flags>/TE/<NAMES>`
 * (research/rest.md §1.1). Clients must match the number or the name, never the prose.
 */
import { RestError } from './envelope'

export const TE = {
  TASK_NOT_FOUND_OR_NOT_ACCESSIBLE: 0x000001,
  ACCESS_DENIED: 0x100002,
  ACTION_NOT_ALLOWED: 0x000004,
  ACTION_FAILED_TO_BE_PROCESSED: 0x000008,
  UNKNOWN_ERROR: 0x000040,
  WRONG_ARGUMENTS: 0x000100,
  ITEM_NOT_FOUND_OR_NOT_ACCESSIBLE: 0x000200,
} as const

export type TaskExceptionName = keyof typeof TE

export function taskException(name: TaskExceptionName, message: string): RestError {
  const flags = TE[name]
  return new RestError(400, 'ERROR_CORE', `TASKS_ERROR_EXCEPTION_#${flags}; ${message}; ${flags}/TE/${name}<br>`)
}

/** `CTaskAssert` failures carry no flags. */
export function assertionFailed(): RestError {
  return new RestError(400, 'ERROR_CORE', 'TASKS_ERROR_ASSERT_EXCEPTION')
}
