/**
 * How `CTaskRestService` renders a legacy method's exception (bitrix24-core-corp
 * modules/tasks/classes/general/restservice.php): the TASKS_ERROR_EXCEPTION_# form, except for codes
 * with the serialized-messages flag, whose message is unserialized into CAdminException texts.
 */
import { describe, expect, it } from 'vitest'
import { TasksException, tasksException, toRestError } from '../../emulator/rest/legacy/tasks-exception'

describe('legacy task errors', () => {
  it('writes the TASKS_ERROR_EXCEPTION_# form for a plain code', () => {
    expect(toRestError(tasksException('ACTION_NOT_ALLOWED')).message).toBe('TASKS_ERROR_EXCEPTION_#4; ; 4/TE/ACTION_NOT_ALLOWED<br>')
  })

  it('leaves only <br> for ACCESS_DENIED thrown with an empty message (0x100002 has the serialized flag)', () => {
    const error = toRestError(tasksException('ACCESS_DENIED'))
    expect(error).toMatchObject({ status: 400, code: 'ERROR_CORE', message: '<br>' })
  })

  it('writes each serialized message text followed by <br>', () => {
    const error = toRestError(new TasksException(0x100002, '', [{ id: 'ERROR_TASK_CREATE_ACCESS_DENIED', text: 'Access denied' }, { text: 'Second' }]))
    expect(error.message).toBe('Access denied<br>Second<br>')
  })

  it('keeps a message that is not serialized as the only text', () => {
    expect(toRestError(tasksException('ACCESS_DENIED', 'Only root can do this')).message).toBe('Only root can do this<br>')
  })
})
