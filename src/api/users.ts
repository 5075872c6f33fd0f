/**
 * Portal users as the app shows them: a name and an avatar. `user.get` does not return bots,
 * extranet or deleted users (docs/rest-quirks.md#user-get), so callers keep a "User #id" fallback.
 */
import type { RestParams } from './client'
import { asInt, asOptionalString, asRecord } from './parse'

export interface User {
  id: number
  name: string
  photoUrl: string | null
  position: string | null
  /** ACTIVE of user.get (false for dismissed employees); absent when the portal did not send it. */
  active?: boolean
}

/** The `user.get` filter for a set of ids (one call for up to 50 ids, the method's page size). */
export function userGetParams(ids: readonly number[]): RestParams {
  return { FILTER: { ID: [...ids] } }
}

/** Most characters a search sends: longer text only narrows a name search, and keeps the URL short. */
export const USER_SEARCH_MAX_LENGTH = 100

/**
 * `user.search` by what people type: only `FIND`, which the portal matches against first, last and
 * second name, job title and department (b24restdocs api-reference/user/user-search.md, "To search
 * across personal data, pass only FIND"); the answer is a page of 50 with `total`.
 */
export function userSearchParams(text: string): RestParams {
  return { FILTER: { FIND: text.trim().slice(0, USER_SEARCH_MAX_LENGTH) } }
}

export function mapUser(raw: unknown): User {
  const row = asRecord(raw, 'user')
  const id = asInt(row.ID, 'user.ID')
  const name = [asOptionalString(row.NAME, 'user.NAME'), asOptionalString(row.LAST_NAME, 'user.LAST_NAME')]
    .filter(part => part !== null && part.trim() !== '')
    .join(' ')
  const photo = asOptionalString(row.PERSONAL_PHOTO, 'user.PERSONAL_PHOTO')
  const active = row.ACTIVE === true || row.ACTIVE === 'Y' ? true : row.ACTIVE === false || row.ACTIVE === 'N' ? false : undefined
  return {
    ...(active === undefined ? {} : { active }),
    id,
    name: name || asOptionalString(row.EMAIL, 'user.EMAIL') || asOptionalString(row.LOGIN, 'user.LOGIN') || '',
    photoUrl: photo && photo !== '' ? photo : null,
    position: asOptionalString(row.WORK_POSITION, 'user.WORK_POSITION') || null,
  }
}
