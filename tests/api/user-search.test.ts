/**
 * `TimesheetApi.searchUsers`: one `user.search` with only FILTER.FIND (b24restdocs
 * api-reference/user/user-search.md), the text trimmed and capped; a row that does not read is
 * counted and skipped, never hides the others; an answer that is no list is a typed
 * MALFORMED_RESPONSE.
 */
import type { RestClient, RestParams } from '@/api/client'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/errors'
import { createTimesheetApi } from '@/api/timesheet'
import { USER_SEARCH_MAX_LENGTH, userSearchParams } from '@/api/users'

function restAnswering(result: unknown, total: number | null, calls: Array<{ method: string, params: RestParams | undefined }> = []): RestClient {
  return {
    call: async <T>(method: string, params?: RestParams) => {
      calls.push({ method, params })
      return { result: result as T, total }
    },
    batch: async () => {
      throw new Error('unused')
    },
  } as RestClient
}

const row = (id: number, name: string) => ({ ID: String(id), NAME: name, LAST_NAME: 'Schmidt', WORK_POSITION: 'QA', ACTIVE: true })

describe('user search', () => {
  it('sends only FIND, trimmed and at most USER_SEARCH_MAX_LENGTH characters (fast-check)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      const params = userSearchParams(text) as { FILTER: Record<string, string> }
      expect(Object.keys(params)).toEqual(['FILTER'])
      expect(Object.keys(params.FILTER)).toEqual(['FIND'])
      expect(params.FILTER.FIND).toBe(text.trim().slice(0, USER_SEARCH_MAX_LENGTH))
    }))
  })

  it('maps the page, keeps the portal\'s total, and counts an unreadable row without losing the others', async () => {
    const calls: Array<{ method: string, params: RestParams | undefined }> = []
    const api = createTimesheetApi(restAnswering([row(111, 'Anna'), { ID: 'x' }, row(160, 'Rolf')], 73, calls))
    const found = await api.searchUsers(' Schmidt ')
    expect(calls).toEqual([{ method: 'user.search', params: { FILTER: { FIND: 'Schmidt' } } }])
    expect(found.users.map(user => [user.id, user.name])).toEqual([[111, 'Anna Schmidt'], [160, 'Rolf Schmidt']])
    expect(found.unreadable).toBe(1)
    expect(found.total).toBe(73)
  })

  it('never reports fewer matches than it returned', async () => {
    const found = await createTimesheetApi(restAnswering([row(111, 'Anna')], null)).searchUsers('Anna')
    expect(found.total).toBe(1)
  })

  it('an answer that is no list is MALFORMED_RESPONSE', async () => {
    const failure = await createTimesheetApi(restAnswering({ users: [] }, 0)).searchUsers('Anna').catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(ApiError)
    expect((failure as ApiError).code).toBe('MALFORMED_RESPONSE')
  })
})
