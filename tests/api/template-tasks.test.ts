import type { Session } from '../../emulator/sessions'
/**
 * "Tasks created from this template so far" through the real API code over the emulator in-process:
 * `tasks.task.list` with `FORKED_BY_TEMPLATE_ID` (accepted by `CTasks::GetFilter`, bitrix24-core-corp
 * modules/tasks/classes/general/task.php, though not in the docs' filter list), and the two ways a
 * portal can fail that filter: refusing it, or ignoring it (every visible task comes back).
 */
import type { RestClient, RestParams } from '@/api/client'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createApi } from '@/api'
import { classifyRestError, createApiError } from '@/api/errors'
import { mapCreatedTasks } from '@/api/template-tasks'
import { ADMIN, AUTHOR, call, OUTSIDER, sessionFor } from '../emulator/helpers'

/** A `RestClient` that runs each call in the emulator's REST layer, failures folded as the SDK client does. */
function emulatorClient(session: Session, rewrite: (method: string, params: RestParams) => RestParams = (_method, params) => params): RestClient {
  return {
    async call<T>(method: string, params: RestParams = {}) {
      const reply = call(session, method, rewrite(method, params) as Record<string, unknown>)
      if (!reply.ok)
        throw createApiError(classifyRestError(reply.error.code, reply.error.message, reply.error.status))
      return { result: reply.outcome.result as T, total: reply.outcome.total ?? null }
    },
    async batch() {
      throw new Error('not used')
    },
  }
}

function apiAs(userId: number, rewrite?: (method: string, params: RestParams) => RestParams) {
  return createApi(emulatorClient(sessionFor(userId), rewrite))
}

describe('templates.createdTasks over the emulator', () => {
  it('lists the tasks of template 139 the viewer can see, newest first, with the total', async () => {
    const answer = await apiAs(AUTHOR).templates.createdTasks(139)
    expect(answer).toEqual({
      kind: 'listed',
      total: 1,
      unreadable: 0,
      tasks: [{ id: 101, title: 'Prepare the quarterly status report', status: 3, createdDate: expect.any(Date) }],
    })
  })

  it('answers an empty list for a template without tasks, and for a viewer who sees none of them', async () => {
    expect(await apiAs(ADMIN).templates.createdTasks(140)).toEqual({ kind: 'listed', tasks: [], total: 0, unreadable: 0 })
    expect(await apiAs(OUTSIDER).templates.createdTasks(139)).toEqual({ kind: 'listed', tasks: [], total: 0, unreadable: 0 })
  })

  it('reports "unfiltered" when the portal ignores the filter and answers every visible task', async () => {
    const ignoring = apiAs(ADMIN, (method, params) => (method === 'tasks.task.list' ? { ...params as Record<string, unknown>, filter: {} } : params))
    expect(await ignoring.templates.createdTasks(139)).toEqual({ kind: 'unavailable', reason: 'unfiltered' })
  })

  it('reports "refused" when the portal answers the call with an error, and passes a retryable failure on', async () => {
    // The real controller's own refusal: an order key outside the sortable fields is error "0".
    const refusing = apiAs(AUTHOR, (method, params) => (method === 'tasks.task.list' ? { ...params as Record<string, unknown>, order: { FORKED_BY_TEMPLATE_ID: 'asc' } } : params))
    expect(await refusing.templates.createdTasks(139)).toEqual({ kind: 'unavailable', reason: 'refused' })
    const offline = createApi({
      call: async () => {
        throw createApiError({ code: 'NETWORK_ERROR', status: 0 })
      },
      batch: async () => ({}),
    })
    await expect(offline.templates.createdTasks(139)).rejects.toMatchObject({ code: 'NETWORK_ERROR' })
  })
})

describe('mapCreatedTasks', () => {
  const row = (id: number, templateId: unknown) => ({ id: String(id), title: `Task ${id}`, status: '2', createdDate: '2026-03-10T10:00:00+03:00', forkedByTemplateId: templateId })

  it('is "unfiltered" as soon as one row does not carry the template id', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 10_000 }),
      fc.array(fc.integer({ min: 1, max: 10_000 }), { maxLength: 20 }),
      fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer({ min: 1, max: 10_000 }).map(String)),
      fc.nat({ max: 20 }),
      (templateId, ids, stranger, at) => {
        fc.pre(stranger !== String(templateId))
        const rows = ids.map(id => row(id, String(templateId)))
        rows.splice(Math.min(at, rows.length), 0, row(99_999, stranger))
        expect(mapCreatedTasks(templateId, { tasks: rows }, rows.length)).toEqual({ kind: 'unavailable', reason: 'unfiltered' })
      },
    ))
  })

  it('counts a row it cannot read and keeps the others', () => {
    const answer = mapCreatedTasks(139, { tasks: [row(5, '139'), { id: 'x', forkedByTemplateId: '139' }, row(3, '139')] }, 7)
    expect(answer).toMatchObject({ kind: 'listed', total: 7, unreadable: 1 })
    expect(answer.kind === 'listed' && answer.tasks.map(task => task.id)).toEqual([5, 3])
  })
})
