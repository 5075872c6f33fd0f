/**
 * The people directory every view shares: names and photos by user id. Each id is asked for once
 * per session: whoever sends a batch anyway claims the unknown ids and lets `user.get` ride along,
 * so names cost no request of their own. An id a successful `user.get` did not return is `missing`
 * (deleted, or an account user.get never lists: b24restdocs api-reference/user/user-get.md) and is
 * shown as "Deleted user (#id)"; an id not answered yet stays "User #id".
 */
import type { User } from '@/api/users'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { shallowRef } from 'vue'

export const usePeopleStore = defineStore('people', () => {
  const users = shallowRef<ReadonlyMap<number, User>>(new Map())
  /** Ids already asked for (answered or not): never asked again. */
  const asked = shallowRef<ReadonlySet<number>>(new Set())
  /** Ids a successful look-up asked for and did not get back. */
  const missing = shallowRef<ReadonlySet<number>>(new Set())

  /** Adds or refreshes people. */
  function add(found: Iterable<User>): void {
    const next = new Map(users.value)
    for (const user of found) next.set(user.id, user)
    users.value = next
    if ([...missing.value].some(id => next.has(id)))
      missing.value = new Set([...missing.value].filter(id => !next.has(id)))
  }

  /**
   * The answer of a successful look-up for `ids`: adds what came back, and marks the rest missing.
   *
   * @example
   * people.answered([106, 108], result.users.values()) // 108 absent: "Deleted user (#108)"
   */
  function answered(ids: Iterable<number>, found: Iterable<User>): void {
    add(found)
    const gone = [...ids].filter(id => !users.value.has(id) && !missing.value.has(id))
    if (gone.length > 0)
      missing.value = new Set([...missing.value, ...gone])
  }

  /**
   * The ids among `ids` that are neither known nor asked for, sorted; they count as asked from
   * now on, so the caller must ask for them.
   *
   * @example
   * const ids = people.claim(entries.map(entry => entry.userId))
   */
  function claim(ids: Iterable<number>): number[] {
    const wanted = new Set<number>()
    for (const id of ids) {
      if (!users.value.has(id) && !asked.value.has(id))
        wanted.add(id)
    }
    if (wanted.size > 0)
      asked.value = new Set([...asked.value, ...wanted])
    return [...wanted].sort((a, b) => a - b)
  }

  /** Ids among `ids` nobody has asked for yet (without claiming them). */
  function unasked(ids: Iterable<number>): number[] {
    const wanted = new Set<number>()
    for (const id of ids) {
      if (!users.value.has(id) && !asked.value.has(id))
        wanted.add(id)
    }
    return [...wanted].sort((a, b) => a - b)
  }

  function $reset(): void {
    users.value = new Map()
    asked.value = new Set()
    missing.value = new Set()
  }

  return { users, asked, missing, add, answered, claim, unasked, $reset }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(usePeopleStore, import.meta.hot))
