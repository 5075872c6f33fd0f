/**
 * The emulator's own endpoints under `/__emulator/` (not part of a portal): the host page's
 * session and the server halves of its frame commands, and the test hooks.
 *
 *   POST /__emulator/session                        → { sessionId, token, refresh, expiresIn, … }
 *   GET  /__emulator/sessions/<id>                  → the session: user, language, faults, …
 *   GET  /__emulator/sessions/<id>/requests         → its REST log [{ method, url, body, status, at }]
 *   POST /__emulator/sessions/<id>/faults           → replace its faults ({} recovers)
 *   POST /__emulator/sessions/<id>/refresh          → a new token pair (the host's refreshAuth)
 *   POST /__emulator/sessions/<id>/user-option      → setUserOption, kept per user
 *   POST /__emulator/sessions/<id>/app-option       → setAppOption (admins only)
 *   POST /__emulator/sessions/<id>/install          → setInstall (turns FIRST_RUN off for the user)
 *   POST /__emulator/sessions/<id>/install-finish   → setInstallFinish (marks the app installed, portal-wide)
 */
import type { PortalState } from './portal-state'
import type { Session, SessionStore } from './sessions'
import { parseFaults } from './faults'
import { DEFAULT_USER_ID, loginUsers } from './host-page/render'
import { isAdmin } from './rest/access'

/** The portal's `member_id`: a hash identifying the installation. */
export const MEMBER_ID = 'a223c6b3710f85df22e9377d6c4f7553'

export interface ApiReply {
  status: number
  body: unknown
}

const ok = (body: unknown): ApiReply => ({ status: 200, body })

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : {}
}

/**
 * The app's scopes for the session: a comma-separated list (the host page's `scopes=`, as a local
 * app's settings list them), or every scope of the demo app when absent or empty.
 */
export function parseScopes(value: unknown): readonly string[] | undefined {
  if (typeof value !== 'string' || value.trim() === '')
    return undefined
  return value.split(',').map(scope => scope.trim().toLowerCase()).filter(scope => scope !== '')
}

export function createSession(sessions: SessionStore, portal: PortalState, rawBody: unknown): ApiReply {
  const body = asRecord(rawBody)
  const user = loginUsers().find(candidate => candidate.id === Number(body.userId)) ?? loginUsers().find(candidate => candidate.id === DEFAULT_USER_ID)!
  const lang = typeof body.lang === 'string' && /^[a-z]{2}$/.test(body.lang) ? body.lang : 'en'
  // An admin in install mode is (re)installing the app: a portal opens the installer only while
  // INSTALLED is false, and keeps it false until setInstallFinish.
  if (body.install === true && isAdmin(user.id))
    portal.installed = false
  const { session, tokens } = sessions.create({ userId: user.id, lang, faults: parseFaults(body), scopes: parseScopes(body.scopes) })
  return ok({
    sessionId: session.id,
    token: tokens.accessToken,
    refresh: tokens.refreshToken,
    expiresIn: tokens.expiresIn,
    userId: user.id,
    isAdmin: isAdmin(user.id),
    firstRun: typeof body.firstRun === 'boolean' ? body.firstRun : portal.isFirstRun(user.id),
    memberId: MEMBER_ID,
    userOptions: portal.userOptionsForInitData(user.id),
    appOptions: portal.appOptionsForInitData(),
  })
}

/** Handles `/__emulator/sessions/<id>[/<action>]`; null when the action is unknown. */
export function sessionAction(sessions: SessionStore, portal: PortalState, session: Session, action: string, httpMethod: string, rawBody: unknown): ApiReply | null {
  const body = asRecord(rawBody)
  if (httpMethod === 'GET') {
    if (action === '')
      return ok({ id: session.id, userId: session.userId, lang: session.lang, faults: session.faults, appInstalled: portal.installed, requests: session.log.length })
    if (action === 'requests')
      return ok(session.log)
    return null
  }
  switch (action) {
    case 'faults':
      session.faults = { ...session.faults, kind: null, remaining: 0, ...parseFaults(body) }
      return ok(session.faults)
    case 'refresh': {
      const tokens = sessions.issue(session.id)
      // The portal's lazyload.ajax.php prints expires_in as a string.
      return ok({ access_token: tokens.accessToken, refresh_token: tokens.refreshToken, expires_in: String(tokens.expiresIn) })
    }
    case 'user-option':
      portal.setUserOption(session.userId, String(body.name), body.value)
      return ok({ name: body.name, value: body.value })
    case 'app-option':
      if (!isAdmin(session.userId))
        return ok({ error: 'access_denied' })
      portal.setAppOption(String(body.name), body.value)
      return ok(portal.appOptionsForInitData())
    case 'install':
      portal.setInstallFlag(session.userId, body.install === true)
      return ok({ install: body.install === true })
    case 'install-finish':
      if (!isAdmin(session.userId))
        return ok({ result: 'false' })
      portal.installed = body.value !== 'N'
      return ok({ result: 'true' })
    default:
      return null
  }
}
