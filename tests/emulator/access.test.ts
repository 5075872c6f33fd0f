/**
 * Who may add time: `TaskElapsedTimeRule` (bitrix24-core-corp modules/tasks/lib/access/rule/
 * taskelapsedtimerule.php): the responsible person and accomplices, a manager of any active member
 * (SubordinateTrait), and whoever may edit the task (TaskEditRule: admins, project members allowed
 * `edit_tasks`, the creator, a manager of the creator). Neither a closed task nor time tracking
 * switched off stops it: the rule reads neither.
 */
import type { DemoTask } from '../../emulator/data/tasks'
import { describe, expect, it } from 'vitest'
import { findTask } from '../../emulator/data/tasks'
import { canAddTime, canEditTask, DEPARTMENT_HEADS, GROUP_TASK_EDITORS } from '../../emulator/rest/access'
import { call, result, sessionFor } from './helpers'

const ADMIN = 1
/** Head of department 4, whose member is 107. */
const MANAGER = [...DEPARTMENT_HEADS].find(([department]) => department === 4)![1]
const GROUP_EDITOR = GROUP_TASK_EDITORS.get(7)![0]!

function task(fields: Partial<DemoTask>): DemoTask {
  return { ...findTask(102)!, id: 900, groupId: 0, createdBy: 101, responsibleId: 102, accomplices: [], auditors: [], status: 2, allowTimeTracking: true, ...fields }
}

describe('who may add time', () => {
  it('the responsible person, accomplices, the creator and admins', () => {
    const subject = task({ accomplices: [103], auditors: [106] })
    expect([102, 103, 101, ADMIN].map(user => canAddTime(subject, user))).toEqual([true, true, true, true])
  })

  it('not an auditor nor an outsider', () => {
    const subject = task({ auditors: [106] })
    expect([106, 105].map(user => canAddTime(subject, user))).toEqual([false, false])
  })

  it('a manager of the responsible person, of an accomplice or of the creator', () => {
    expect(canAddTime(task({ responsibleId: 107 }), MANAGER)).toBe(true)
    expect(canAddTime(task({ accomplices: [107] }), MANAGER)).toBe(true)
    expect(canAddTime(task({ createdBy: 107 }), MANAGER)).toBe(true)
    expect(canAddTime(task({ auditors: [107] }), MANAGER)).toBe(false)
  })

  it('a project member allowed to edit the project\'s tasks, not any project member', () => {
    expect(canEditTask(task({ groupId: 7 }), GROUP_EDITOR)).toBe(true)
    expect(canAddTime(task({ groupId: 7 }), GROUP_EDITOR)).toBe(true)
    expect(canAddTime(task({ groupId: 7 }), 109)).toBe(false)
  })

  it('a closed task or one with time tracking off still takes time', () => {
    expect(canAddTime(task({ status: 5 }), 102)).toBe(true)
    expect(canAddTime(task({ status: 5 }), 101)).toBe(true)
    expect(canAddTime(task({ allowTimeTracking: false }), 102)).toBe(true)
  })

  it('rEST add works on the demo task with time tracking off', () => {
    const session = sessionFor(102)
    expect(findTask(106)?.allowTimeTracking).toBe(false)
    expect(typeof result(call(session, 'task.elapseditem.add', [106, { SECONDS: 600, COMMENT_TEXT: 'x' }]))).toBe('number')
  })
})
