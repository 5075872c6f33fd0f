/**
 * `user.search` is `user.get`'s own callback (rest source `modules/rest/lib/api/user.php`,
 * `onRestServiceBuildDescription`; docs `api-reference/user/user-search.md`): same pages, fields
 * and rules, plus the `FIND` filter, which `user.get` drops as an unknown key.
 */
import { describe, expect, it } from 'vitest'
import { AUTHOR, call, result, sessionFor } from './helpers'

type Row = Record<string, unknown>

describe('user.search', () => {
  it('finds by part of a first or last name and by position, case-insensitively', () => {
    const byName = result<Row[]>(call(sessionFor(AUTHOR), 'user.search', { FILTER: { FIND: 'иванов' } }))
    expect(byName.map(row => row.ID)).toEqual(['103'])
    const byPosition = result<Row[]>(call(sessionFor(AUTHOR), 'user.search', { FILTER: { FIND: 'designer' } }))
    // The timesheet's people include more designers: every answer matches, the hand-made one among them.
    expect(byPosition.map(row => row.ID)).toContain('105')
    for (const row of byPosition)
      expect([row.NAME, row.LAST_NAME, row.SECOND_NAME, row.WORK_POSITION].join(' ').toLowerCase()).toContain('designer')
  })

  it('answers like user.get: deleted users gone, dismissed ones with ACTIVE false', () => {
    expect(result<Row[]>(call(sessionFor(AUTHOR), 'user.search', { FILTER: { FIND: 'Former' } }))).toEqual([])
    const dismissed = result<Row[]>(call(sessionFor(AUTHOR), 'user.search', { FILTER: { FIND: 'Белов' } }))
    expect(dismissed.find(row => row.ID === '109')?.ACTIVE).toBe(false)
    for (const row of dismissed)
      expect([row.NAME, row.LAST_NAME, row.SECOND_NAME, row.WORK_POSITION].join(' ').toLowerCase()).toContain('белов')
  })

  it('is ignored by user.get, which drops FIND as an unknown key', () => {
    const all = result<Row[]>(call(sessionFor(AUTHOR), 'user.get', {}))
    expect(result<Row[]>(call(sessionFor(AUTHOR), 'user.get', { FILTER: { FIND: 'иванов' } }))).toEqual(all)
  })
})
