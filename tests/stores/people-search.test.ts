/**
 * The people picker's search on the emulator in process: `user.search` with FIND finds by name
 * and position (the expected people come from the emulator's own directory, never from the code
 * under test), an older answer never overwrites a newer one, short text sends nothing, a failure
 * is kept with a retry, and chosen people get their names in one `user.get`.
 */
import { describe, expect, it, vi } from 'vitest'
import { createApi } from '@/api'
import { usePeopleStore } from '@/stores/people'
import { MIN_SEARCH_LENGTH, usePeopleSearchStore } from '@/stores/people-search'
import { existingUsers } from '../../emulator/data/users'
import { installStores } from '../helpers/app-context'
import { apiError, createEmulatorRest } from '../helpers/emulator-rest'

function setup(options: Parameters<typeof createEmulatorRest>[0] = {}) {
  const emulator = createEmulatorRest({ userId: 110, ...options })
  installStores({ api: createApi(emulator.rest) })
  return { emulator, search: usePeopleSearchStore(), people: usePeopleStore() }
}

describe('people search', () => {
  it('finds by last name in one user.search with only FIND, and the directory learns the names', async () => {
    const { emulator, search, people } = setup()
    await search.search('  Schmidt ')
    expect(search.status).toBe('success')
    const want = existingUsers().filter(user => [user.name, user.lastName, user.secondName, user.workPosition, user.email].some(part => part.toLowerCase().includes('schmidt')))
    expect(want.length).toBeGreaterThan(0)
    expect(search.results.map(user => user.id).sort()).toEqual(want.map(user => user.id).sort())
    expect(search.total).toBe(want.length)
    expect(emulator.requests).toHaveLength(1)
    expect(emulator.requests[0]!.methods).toEqual(['user.search'])
    for (const user of want) expect(people.users.get(user.id)?.name).toContain(user.lastName)
  })

  it('finds by position too', async () => {
    const { search } = setup()
    await search.search('QA engineer')
    expect(search.results.map(user => user.position)).toContain('QA engineer')
  })

  it('sends nothing for text shorter than the minimum and clears what was found', async () => {
    const { emulator, search } = setup()
    await search.search('Schmidt')
    await search.search('S'.repeat(MIN_SEARCH_LENGTH - 1))
    expect(search.status).toBe('idle')
    expect(search.results).toEqual([])
    expect(emulator.requests).toHaveLength(1)
  })

  it('keeps the newest text\'s answer when an older one arrives later', async () => {
    const { emulator, search } = setup()
    const held = emulator.hold()
    const older = search.search('Schmidt')
    const newer = search.search('Baker')
    await vi.waitFor(() => expect(held.pending()).toBe(2))
    held.releaseLast()
    await newer
    held.releaseNext()
    await older
    held.stop()
    expect(search.text).toBe('Baker')
    expect(search.results.every(user => user.name.includes('Baker'))).toBe(true)
    expect(search.results.length).toBeGreaterThan(0)
  })

  it('keeps a failure as an ApiError and a retry repeats the same text', async () => {
    let refuse = true
    const { search } = setup({ refuse: method => (method === 'user.search' && refuse ? apiError('ACCESS_DENIED', 403) : undefined) })
    await search.search('Schmidt')
    expect(search.status).toBe('error')
    expect(search.error?.code).toBe('ACCESS_DENIED')
    expect(search.results).toEqual([])
    refuse = false
    await search.retry()
    expect(search.status).toBe('success')
    expect(search.results.length).toBeGreaterThan(0)
  })

  it('looks up the names of chosen people once, in one user.get', async () => {
    const { emulator, search, people } = setup()
    await search.lookUp([113, 114, 113])
    await search.lookUp([113])
    expect(emulator.requests.map(request => request.methods)).toEqual([['user.get']])
    expect(people.users.get(113)?.name).toBe('Tom Baker')
    expect(people.users.has(114)).toBe(true)
  })
})
