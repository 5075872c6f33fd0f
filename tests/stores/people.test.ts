/**
 * The shared people directory: an id a successful look-up asked for and did not get back is
 * `missing` ("Deleted user (#id)"); an id still being asked for is not; a later answer that has the
 * user takes the mark away.
 */
import fc from 'fast-check'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { usePeopleStore } from '@/stores/people'

beforeEach(() => {
  setActivePinia(createPinia())
})

const user = (id: number) => ({ id, name: `User ${id}`, photoUrl: null, position: null })

describe('people store', () => {
  it('marks exactly the asked ids the answer lacks as missing', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 30 }), fc.array(fc.boolean(), { maxLength: 30 }), (ids, returned) => {
      const people = usePeopleStore()
      people.$reset()
      const asked = people.claim(ids)
      const found = asked.filter((_, index) => returned[index] ?? false)
      expect([...people.missing]).toEqual([])
      people.answered(asked, found.map(user))
      expect([...people.missing].sort((a, b) => a - b)).toEqual(asked.filter(id => !found.includes(id)))
      expect([...people.users.keys()].sort((a, b) => a - b)).toEqual(found)
    }))
  })

  it('forgets the mark when the user turns up later, and on $reset', () => {
    const people = usePeopleStore()
    people.answered([108], [])
    expect(people.missing.has(108)).toBe(true)
    people.add([user(108)])
    expect(people.missing.has(108)).toBe(false)
    people.answered([109], [])
    people.$reset()
    expect(people.missing.size).toBe(0)
  })
})
