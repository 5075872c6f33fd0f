/**
 * Exceptions of the legacy `task.*` methods (tasks/tools/tasksexception.php) and how
 * `CTaskRestService` renders them: HTTP 400, `error: "ERROR_CORE"`, `error_description:
 * "TASKS_ERROR_EXCEPTION_#<code>; <message>; <code>/TE/<FLAGS>"`. The trailing `<br>` comes from
 * `CAdminException`, which ends every message text with `<br>`; the REST server copies the string
 * into the description. A code with `FLAG_SERIALIZED_ERRORS_IN_MESSAGE` (ACCESS_DENIED is 0x100002)
 * gets no such form: its message is unserialized into the texts, or kept as the only text when it is
 * not a serialized array (so an empty message leaves just `<br>`). Source: bitrix24-core-corp
 * modules/tasks/classes/general/restservice.php `__callStatic`.
 */
import { RestError } from '../envelope'

export const TE = {
  TASK_NOT_FOUND_OR_NOT_ACCESSIBLE: 0x000001,
  ACCESS_DENIED: 0x100002,
  ACTION_NOT_ALLOWED: 0x000004,
  ACTION_FAILED_TO_BE_PROCESSED: 0x000008,
  TRYED_DELEGATE_TO_WRONG_PERSON: 0x000010,
  FILE_NOT_ATTACHED_TO_TASK: 0x000020,
  UNKNOWN_ERROR: 0x000040,
  FILTER_MANIFEST_MISMATCH: 0x000080,
  WRONG_ARGUMENTS: 0x000100,
  ITEM_NOT_FOUND_OR_NOT_ACCESSIBLE: 0x000200,
  SQL_ERROR: 0x000400,
  FLAG_SERIALIZED_ERRORS_IN_MESSAGE: 0x100000,
} as const

export type TasksErrorName = keyof typeof TE

/** One entry of the `serialize()`d message array a flagged `TasksException` carries. */
export interface TasksErrorMessage {
  id?: string
  text: string
}

/**
 * `TasksException`: a message (often empty) and a bit set of TE flags. `serialized` stands for a
 * message that is `serialize([['text' => …, 'id' => …], …])`, as the PHP code throws with the flag.
 */
export class TasksException extends Error {
  constructor(readonly code: number, message = '', readonly serialized?: readonly TasksErrorMessage[]) {
    super(message)
  }
}

/** `CTaskAssertException`: a failed `CTaskAssert::assert()`. */
export class TaskAssertException extends Error {}

export function tasksException(name: TasksErrorName, message = ''): TasksException {
  return new TasksException(TE[name], message)
}

/** `CTaskAssert::assert()`. */
export function taskAssert(condition: boolean): asserts condition {
  if (!condition)
    throw new TaskAssertException()
}

/**
 * `TasksException::renderErrorCode`: the decimal code, `TE`, then every flag the code contains.
 *
 * @example
 * renderErrorCode(256) // '256/TE/WRONG_ARGUMENTS'
 */
export function renderErrorCode(code: number): string {
  const flags = Object.entries(TE).filter(([, flag]) => (flag & code) !== 0).map(([name]) => name)
  return [`${code}/TE`, ...flags].join('/')
}

/** The message texts `CTaskRestService::__callStatic` collects for whatever a method threw. */
export function errorTexts(error: unknown): string[] {
  if (error instanceof TaskAssertException)
    return ['TASKS_ERROR_ASSERT_EXCEPTION']
  if (error instanceof TasksException) {
    if ((error.code & TE.FLAG_SERIALIZED_ERRORS_IN_MESSAGE) !== 0)
      return error.serialized && error.serialized.length > 0 ? error.serialized.map(message => message.text) : [error.message]
    return [`TASKS_ERROR_EXCEPTION_#${error.code}; ${error.message}; ${renderErrorCode(error.code)}`]
  }
  if (error instanceof Error && error.message !== '')
    return [error.message]
  return ['TASKS_ERROR_UNKNOWN']
}

/** The REST error a legacy method's failure becomes: every text ended by `<br>` (`CAdminException`). */
export function toRestError(error: unknown): RestError {
  return new RestError(400, 'ERROR_CORE', errorTexts(error).map(text => `${text}<br>`).join(''))
}
