/**
 * The task a placement points at: `taskId` (a string) in the card, `ID` in the list menu,
 * nothing from the app menu; ids that are not positive integers never reach a REST call.
 */
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
  ])('$placement $options', ({ placement, options, expected }) => {
    expect(resolvePlacement(placement, options)).toEqual(expected)
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
