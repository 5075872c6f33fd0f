/**
 * The people picker's search: portal users by typed text through `user.search`
 * (`TimesheetApi.searchUsers`). The newest query wins (an answer to older text is dropped), what
 * is found joins the shared people directory so chosen people keep their names, and a failure is
 * kept as an `ApiError` next to the text it was for, so "Try again" repeats exactly that.
 */
import type { ApiError } from '@/api/errors'
import type { User } from '@/api/users'
import type { LoadStatus } from '@/lib/load-status'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { API_KEY } from '@/api'
import { useRequestSequence } from '@/composables/useRequestSequence'
import { keepApiError } from './api-error'
import { usePeopleStore } from './people'
import { injectRequired } from './required'

/** Shorter text is not sent: one letter matches most of a portal and says little. */
export const MIN_SEARCH_LENGTH = 2
/** `user.get` answers at most 50 users a call (b24restdocs api-reference/user/user-get.md). */
const USER_GET_PAGE = 50

export const usePeopleSearchStore = defineStore('people-search', () => {
  const root = injectRequired(API_KEY, 'usePeopleSearchStore')
  const people = usePeopleStore()
  const searches = useRequestSequence()

  const text = ref('')
  const status = ref<LoadStatus>('idle')
  const results = shallowRef<readonly User[]>([])
  /** The portal's count of matches (more than `results` when the first page is not all). */
  const total = ref(0)
  const unreadable = ref(0)
  const error = shallowRef<ApiError | null>(null)

  /**
   * Searches for `query` (trimmed); text shorter than `MIN_SEARCH_LENGTH` clears the results
   * without a request.
   *
   * @example
   * await search.search('Ivan')
   * search.results // [{ id: 104, name: 'Ivan Petrov', … }]
   */
  async function search(query: string): Promise<void> {
    const wanted = query.trim()
    const ticket = searches.next()
    text.value = wanted
    error.value = null
    if (wanted.length < MIN_SEARCH_LENGTH) {
      status.value = 'idle'
      results.value = []
      total.value = 0
      unreadable.value = 0
      return
    }
    status.value = 'loading'
    try {
      const api = await root.timesheet()
      const found = await api.searchUsers(wanted)
      if (!searches.isCurrent(ticket))
        return
      people.add(found.users)
      results.value = found.users
      total.value = found.total
      unreadable.value = found.unreadable
      status.value = 'success'
    }
    catch (thrown) {
      const failure = keepApiError(thrown)
      if (!searches.isCurrent(ticket))
        return
      error.value = failure
      results.value = []
      status.value = 'error'
    }
  }

  /**
   * Names for chosen people the directory does not know yet (a link names people who booked
   * nothing in the period): one `user.get` for the ids nobody has asked for. A failure leaves them
   * "User #id"; the ids stay asked, as the directory's rule is (src/stores/people.ts).
   *
   * @example
   * await search.lookUp([113]) // people.users.get(113)?.name === 'Tom Baker'
   */
  async function lookUp(ids: readonly number[]): Promise<void> {
    const wanted = people.claim(ids)
    if (wanted.length === 0)
      return
    for (let start = 0; start < wanted.length; start += USER_GET_PAGE) {
      const part = wanted.slice(start, start + USER_GET_PAGE)
      try {
        people.answered(part, (await root.users.getMany(part)).values())
      }
      catch (thrown) {
        keepApiError(thrown)
      }
    }
  }

  /** The last search again (after a failure). */
  function retry(): Promise<void> {
    return search(text.value)
  }

  function $reset(): void {
    searches.cancel()
    text.value = ''
    status.value = 'idle'
    results.value = []
    total.value = 0
    unreadable.value = 0
    error.value = null
  }

  return { text, status, results, total, unreadable, error, search, lookUp, retry, $reset }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(usePeopleSearchStore, import.meta.hot))
