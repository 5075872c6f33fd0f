/**
 * Routing: `#/` leads to the placement's task, My week from the app's own page, a person's week or
 * a project's report from the task lists' toolbars (or the picker), navigation waits for the frame,
 * and ids that are not positive integers end on the not-found page before any view loads.
 */
import type { PlacementTarget } from '@/lib/placement'
import { describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import { createAppRouter, homeLocation } from '@/router'

function routerWith(target: PlacementTarget | null, whenSettled: () => Promise<void> = async () => {}) {
  return createAppRouter({ whenSettled, placementTarget: () => target, history: createMemoryHistory() })
}

describe('homeLocation', () => {
  it.each([
    { target: { kind: 'task-card', taskId: 31 } as PlacementTarget, expected: { name: 'entries', params: { taskId: '31' } } },
    { target: { kind: 'task-list', taskId: 7 } as PlacementTarget, expected: { name: 'entries', params: { taskId: '7' } } },
    { target: { kind: 'app-menu', taskId: null } as PlacementTarget, expected: { name: 'timesheet-week' } },
    { target: { kind: 'user-task-list', taskId: null, userId: 115 } as PlacementTarget, expected: { name: 'timesheet-week', query: { user: '115' } } },
    { target: { kind: 'group-task-list', taskId: null, groupId: 9 } as PlacementTarget, expected: { name: 'timesheet-report', query: { period: 'this-month', project: '9' } } },
    { target: { kind: 'user-task-list', taskId: null, userId: null } as PlacementTarget, expected: { name: 'pick-task' } },
    { target: { kind: 'group-task-list', taskId: null, groupId: null } as PlacementTarget, expected: { name: 'pick-task' } },
    { target: { kind: 'other', taskId: null } as PlacementTarget, expected: { name: 'pick-task' } },
    { target: null, expected: { name: 'pick-task' } },
  ])('$target.kind → $expected.name $expected.query', ({ target, expected }) => {
    expect(homeLocation(target)).toEqual(expected)
  })
})

describe('router', () => {
  it('redirects / to the placement task entries', async () => {
    const router = routerWith({ kind: 'task-card', taskId: 101 })
    await router.push('/')
    expect(router.currentRoute.value.fullPath).toBe('/tasks/101/entries')
  })

  it('redirects / to My week from the app menu, to the person\'s week and the project\'s report from the list toolbars', async () => {
    const appMenu = routerWith({ kind: 'app-menu', taskId: null })
    await appMenu.push('/')
    expect(appMenu.currentRoute.value.fullPath).toBe('/timesheet/week')
    const userList = routerWith({ kind: 'user-task-list', taskId: null, userId: 115 })
    await userList.push('/')
    expect(userList.currentRoute.value.fullPath).toBe('/timesheet/week?user=115')
    const groupList = routerWith({ kind: 'group-task-list', taskId: null, groupId: 9 })
    await groupList.push('/')
    expect(groupList.currentRoute.value.fullPath).toBe('/timesheet/report?period=this-month&project=9')
  })

  it('keeps the task picker one link away from the app menu', async () => {
    const router = routerWith({ kind: 'app-menu', taskId: null })
    await router.push('/pick')
    expect(router.currentRoute.value.name).toBe('pick-task')
  })

  it('waits for the frame before resolving the first navigation', async () => {
    let release!: () => void
    const settled = new Promise<void>(resolve => (release = resolve))
    let target: PlacementTarget | null = null
    const router = createAppRouter({ whenSettled: () => settled, placementTarget: () => target, history: createMemoryHistory() })
    const navigation = router.push('/')
    target = { kind: 'task-card', taskId: 5 }
    release()
    await navigation
    expect(router.currentRoute.value.fullPath).toBe('/tasks/5/entries')
  })

  it.each([
    { path: '/tasks/abc/entries', param: 'taskId' },
    { path: '/tasks/0/entries', param: 'taskId' },
    { path: '/tasks/12/entries/-4', param: 'itemId' },
    { path: '/templates/1.5', param: 'templateId' },
    { path: '/templates/99999999999999999999', param: 'templateId' },
  ])('rejects $path ($param)', async ({ path, param }) => {
    const router = routerWith({ kind: 'task-card', taskId: 1 })
    await router.push(path)
    expect(router.currentRoute.value.name).toBe('not-found')
    expect(router.currentRoute.value.query.invalid).toBe(param)
  })

  it.each([
    { path: '/tasks/12/entries/34', name: 'entry' },
    { path: '/templates/139', name: 'template' },
    { path: '/tasks/12/template', name: 'task-template' },
    { path: '/nope', name: 'not-found' },
  ])('accepts $path as $name', async ({ path, name }) => {
    const router = routerWith({ kind: 'task-card', taskId: 1 })
    await router.push(path)
    expect(router.currentRoute.value.name).toBe(name)
  })
})
