/**
 * The template store loads one template then its people in one `user.get`, reports errors as state,
 * and ignores replies that a newer load has superseded.
 */
import type { Api } from '@/api'
import type { TaskTemplate } from '@/api/templates'
import type { User } from '@/api/users'
import { describe, expect, it, vi } from 'vitest'
import { createApiError } from '@/api/errors'
import { useTaskTemplateStore } from '@/stores/task-template'
import { installStores } from '../helpers/app-context'

function template(id: number, overrides: Partial<TaskTemplate> = {}): TaskTemplate {
  return {
    id,
    title: `Template ${id}`,
    description: '',
    descriptionIsBbcode: true,
    priority: 'high',
    status: 1,
    groupId: null,
    createdBy: { id: 101, name: 'John Doe' },
    responsible: { id: 102, name: 'Peter Peters' },
    flags: { allowTimeTracking: true, allowChangeDeadline: true, taskControl: false, matchWorkTime: true, multitask: false, addInReport: false },
    offsets: { startDatePlanAfter: 32400, endDatePlanAfter: 97200, deadlineAfter: null },
    replicate: true,
    forNewUsers: false,
    replicationCount: 0,
    parentTaskId: null,
    baseTemplateId: null,
    crmLinks: [],
    fileIds: [],
    tags: [],
    tagsUnreadable: false,
    members: {
      responsibles: { ok: true, value: [102], raw: 'a:1:{i:0;s:3:"102";}' },
      accomplices: { ok: true, value: [103, 101], raw: 'a:2:{i:0;i:103;i:1;i:101;}' },
      auditors: { ok: true, value: [], raw: 'a:0:{}' },
    },
    replication: { ok: true, value: { rule: {}, issues: [] }, raw: null },
    serverUtcOffset: null,
    raw: {},
    ...overrides,
  } as TaskTemplate
}

function user(id: number): User {
  return { id, name: `User ${id}`, photoUrl: null, position: null }
}

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

function fakeApi(overrides: { get?: (id: number) => Promise<TaskTemplate>, getMany?: (ids: readonly number[]) => Promise<Map<number, User>> } = {}) {
  const api = {
    templates: {
      get: vi.fn(overrides.get ?? (async (id: number) => template(id))),
      createdTasks: vi.fn(async () => ({ kind: 'listed' as const, tasks: [], total: 0, unreadable: 0 })),
    },
    users: {
      getMany: vi.fn(overrides.getMany ?? (async (ids: readonly number[]) => new Map(ids.map(id => [id, user(id)])))),
      current: vi.fn(),
    },
  } satisfies Partial<Record<keyof Api, unknown>>
  installStores({ api: api as unknown as Partial<Api> })
  return api
}

describe('useTaskTemplateStore', () => {
  it('goes idle → loading → success and loads every named user in one call', async () => {
    const api = fakeApi()
    const store = useTaskTemplateStore()
    expect(store.status).toBe('idle')
    const loading = store.load(139)
    expect(store.status).toBe('loading')
    expect(store.templateId).toBe(139)
    await loading
    expect(store.status).toBe('success')
    expect(store.template?.title).toBe('Template 139')
    expect(api.templates.get).toHaveBeenCalledTimes(1)
    expect(api.templates.get).toHaveBeenCalledWith(139)
    expect(api.users.getMany).toHaveBeenCalledTimes(1)
    expect([...api.users.getMany.mock.calls[0]![0]].sort()).toEqual([101, 102, 103])
    expect(store.peopleStatus).toBe('success')
    expect(store.people.get(103)?.name).toBe('User 103')
  })

  it('skips user.get when the template names nobody', async () => {
    const api = fakeApi({
      get: async id => template(id, {
        createdBy: null,
        responsible: null,
        members: { responsibles: { ok: true, value: [0], raw: 'a:1:{i:0;i:0;}' }, accomplices: { ok: true, value: [], raw: 'a:0:{}' }, auditors: { ok: true, value: [], raw: null } },
      } as Partial<TaskTemplate>),
    })
    const store = useTaskTemplateStore()
    await store.load(7)
    expect(api.users.getMany).not.toHaveBeenCalled()
    expect(store.peopleStatus).toBe('success')
  })

  it('leaves out ids of member lists that failed to decode', async () => {
    const api = fakeApi({
      get: async id => template(id, {
        members: { responsibles: { ok: false, error: new Error('bad'), raw: 'a:1:{' }, accomplices: { ok: true, value: [105], raw: 'a:1:{i:0;i:105;}' }, auditors: { ok: true, value: [], raw: 'a:0:{}' } },
      } as unknown as Partial<TaskTemplate>),
    })
    await useTaskTemplateStore().load(8)
    expect([...api.users.getMany.mock.calls[0]![0]].sort()).toEqual([101, 102, 105])
  })

  it.each([
    { code: 'NOT_FOUND' as const },
    { code: 'MISSING_PARAMETER' as const },
    { code: 'NETWORK_ERROR' as const },
  ])('stores $code as an error state', async ({ code }) => {
    const api = fakeApi({ get: async () => {
      throw createApiError({ code, status: 200 })
    } })
    const store = useTaskTemplateStore()
    await store.load(404)
    expect(store.status).toBe('error')
    expect(store.error?.code).toBe(code)
    expect(store.template).toBeNull()
    expect(api.users.getMany).not.toHaveBeenCalled()
  })

  it('keeps the template when user.get fails', async () => {
    fakeApi({ getMany: async () => {
      throw createApiError({ code: 'ACCESS_DENIED', status: 403 })
    } })
    const store = useTaskTemplateStore()
    await store.load(139)
    expect(store.status).toBe('success')
    expect(store.template?.id).toBe(139)
    expect(store.peopleStatus).toBe('error')
    expect(store.peopleError?.code).toBe('ACCESS_DENIED')
  })

  it('ignores a stale template reply', async () => {
    const first = deferred<TaskTemplate>()
    const api = fakeApi({ get: id => (id === 1 ? first.promise : Promise.resolve(template(id))) })
    const store = useTaskTemplateStore()
    const slow = store.load(1)
    await store.load(2)
    first.resolve(template(1))
    await slow
    expect(store.templateId).toBe(2)
    expect(store.template?.id).toBe(2)
    expect(api.templates.get).toHaveBeenCalledTimes(2)
    expect(api.users.getMany).toHaveBeenCalledTimes(1)
  })

  it('ignores a stale error and stale people', async () => {
    const first = deferred<TaskTemplate>()
    const people = deferred<Map<number, User>>()
    let call = 0
    fakeApi({
      get: id => (id === 1 ? first.promise : Promise.resolve(template(id))),
      getMany: () => (call++ === 0 ? people.promise : Promise.resolve(new Map([[101, user(101)]]))),
    })
    const store = useTaskTemplateStore()
    const slow = store.load(1)
    first.reject(createApiError({ code: 'NOT_FOUND', status: 200 }))
    await slow
    expect(store.status).toBe('error')
    const stalePeople = store.load(2)
    await Promise.resolve()
    const fresh = store.load(3)
    people.resolve(new Map([[999, user(999)]]))
    await Promise.all([stalePeople, fresh])
    expect(store.status).toBe('success')
    expect(store.template?.id).toBe(3)
    expect(store.people.has(999)).toBe(false)
  })

  it('rejects an id that is not a positive integer before any call', async () => {
    const api = fakeApi()
    const store = useTaskTemplateStore()
    for (const id of [0, -1, 1.5, Number.NaN])
      await expect(store.load(id)).rejects.toThrow(RangeError)
    expect(api.templates.get).not.toHaveBeenCalled()
    expect(store.status).toBe('idle')
  })

  it('reload() repeats the last load; $reset() clears everything', async () => {
    const api = fakeApi()
    const store = useTaskTemplateStore()
    await store.load(5)
    await store.reload()
    expect(api.templates.get).toHaveBeenCalledTimes(2)
    store.$reset()
    expect({ id: store.templateId, template: store.template, status: store.status, people: store.people.size }).toEqual({ id: null, template: null, status: 'idle', people: 0 })
  })
})
