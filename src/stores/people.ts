/**
 * The people directory every view shares: names and photos by user id. Each id is asked for once
 * per session: whoever sends a batch anyway claims the unknown ids and lets `user.get` ride along,
 * so names cost no request of their own. An id the portal did not return stays unknown and is
 * shown as "User #id".
 */
import type { User } from '@/api/users'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { shallowRef } from 'vue'

export const usePeopleStore = defineStore('people', () => {
  const users = shallowRef<ReadonlyMap<number, User>>(new Map())
  /** Ids already asked for (answered or not): never asked again. */
  const asked = shallowRef<ReadonlySet<number>>(new Set())

  /** Adds or refreshes people. */
  function add(found: Iterable<User>): void {
    const next = new Map(users.value)
    for (const user of found) next.set(user.id, user)
    users.value = next
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
  }

  return { users, asked, add, claim, unasked, $reset }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(usePeopleStore, import.meta.hot))
