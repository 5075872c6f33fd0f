/**
 * What a placement points at: `taskId` (a string) in the card (classic and new), `TASK_ID` from the
 * classic card's top-panel button, `ID` in the list menu, `USER_ID` / `GROUP_ID` above a task list,
 * nothing from the app menu; ids that are not positive integers never reach a REST call.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsePositiveId, resolvePlacement } from '@/lib/placement'

describe('resolvePlacement', () => {
  it.each([
    { placement: 'TASK_VIEW_SIDEBAR', options: { taskId: '31', URI: '/company/personal/user/1/tasks/task/view/31/' }, expected: { kind: 'task-card', taskId: 31 } },
    { placement: 'TASK_VIEW_TAB', options: { taskId: '691' }, expected: { kind: 'task-card', taskId: 691 } },
    { placement: 'TASK_VIEW_TOP_PANEL', options: { taskId: 7 }, expected: { kind: 'task-card', taskId: 7 } },
    { placement: 'TASK_LIST_CONTEXT_MENU', options: { ID: '55' }, expected: { kind: 'task-list', taskId: 55 } },
    { placement: 'TASK_LIST_CONTEXT_MENU', options: { taskId: '55' }, expected: { kind: 'task-list', taskId: null } },
    { placement: 'DEFAULT', options: {}, expected: { kind: 'app-menu', taskId: null } },
    { placement: 'DEFAULT', options: [], expected: { kind: 'app-menu', taskId: null } },
    { placement: 'TASK_VIEW_SIDEBAR', options: { taskId: '0' }, expected: { kind: 'task-card', taskId: null } },
    { placement: 'TASK_VIEW_SIDEBAR', options: null, expected: { kind: 'task-card', taskId: null } },
    { placement: 'CRM_DEAL_DETAIL_TAB', options: { ID: '5' }, expected: { kind: 'other', taskId: null } },
    { placement: 'TASK_VIEW_TOP_PANEL', options: { TASK_ID: '286' }, expected: { kind: 'task-card', taskId: 286 } },
    { placement: 'TASK_VIEW_TOP_PANEL', options: { taskId: '31', TASK_ID: '286' }, expected: { kind: 'task-card', taskId: 31 } },
    { placement: 'TASK_VIEW_SIDEBAR', options: { TASK_ID: '286' }, expected: { kind: 'task-card', taskId: null } },
    { placement: 'TASK_USER_LIST_TOOLBAR', options: { USER_ID: '1', URI: '/company/personal/user/1/tasks/' }, expected: { kind: 'user-task-list', taskId: null, userId: 1 } },
    { placement: 'TASK_GROUP_LIST_TOOLBAR', options: { GROUP_ID: '11', URI: '/workgroups/group/11/tasks/' }, expected: { kind: 'group-task-list', taskId: null, groupId: 11 } },
    { placement: 'TASK_USER_LIST_TOOLBAR', options: { GROUP_ID: '11' }, expected: { kind: 'user-task-list', taskId: null, userId: null } },
    { placement: 'TASK_GROUP_LIST_TOOLBAR', options: [], expected: { kind: 'group-task-list', taskId: null, groupId: null } },
  ])('$placement $options', ({ placement, options, expected }) => {
    expect(resolvePlacement(placement, options)).toEqual(expected)
  })

  it('never names a task for a list toolbar, the app menu or an unknown placement, whatever the options', () => {
    const anyOptions = fc.oneof(fc.constant(null), fc.constant([]), fc.dictionary(fc.constantFrom('taskId', 'TASK_ID', 'ID', 'USER_ID', 'GROUP_ID', 'URI'), fc.oneof(fc.string(), fc.integer())))
    fc.assert(fc.property(fc.constantFrom('TASK_USER_LIST_TOOLBAR', 'TASK_GROUP_LIST_TOOLBAR', 'DEFAULT', '', 'CRM_DEAL_DETAIL_TAB'), anyOptions, (placement, options) => {
      expect(resolvePlacement(placement, options).taskId).toBeNull()
    }))
  })

  it('returns a task id only as the positive integer the option spells', () => {
    fc.assert(fc.property(fc.constantFrom('TASK_VIEW_SIDEBAR', 'TASK_VIEW_TAB', 'TASK_VIEW_TOP_PANEL'), fc.oneof(fc.string(), fc.integer().map(String)), (placement, value) => {
      const { taskId } = resolvePlacement(placement, { taskId: value })
      expect(taskId).toBe(parsePositiveId(value))
      if (taskId !== null)
        expect(String(taskId)).toBe(value.trim())
    }))
  })
})

describe('parsePositiveId', () => {
  it.each([
    { value: '1', expected: 1 },
    { value: ' 42 ', expected: 42 },
    { value: 9007199254740991, expected: 9007199254740991 },
    { value: '9007199254740993', expected: null },
    { value: '0', expected: null },
    { value: '-3', expected: null },
    { value: '1.5', expected: null },
    { value: '1e3', expected: null },
    { value: '0x10', expected: null },
    { value: '012', expected: null },
    { value: '', expected: null },
    { value: undefined, expected: null },
    { value: ['1'], expected: null },
  ])('$value → $expected', ({ value, expected }) => {
    expect(parsePositiveId(value)).toBe(expected)
  })
})
