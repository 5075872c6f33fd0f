/**
 * `app.info` and `server.time` (rest/classes/general/rest_provider.php). `app.info` describes the
 * local app the session runs as: INSTALLED is the portal's installation state, false from the start
 * of an installation until it calls `setInstallFinish` (host page, install mode).
 * `server.time` is PHP `date('c')` in server time.
 */
import type { RestMethod } from './context'
import { toServerIso } from '../data/clock'

/** The demo portal's local application. */
export const APP = {
  id: '7',
  code: 'local.5f3b2a9c1d7e40.12345678',
  clientId: 'local.5f3b2a9c1d7e40.12345678',
  version: 1,
  /** The scopes of README "Scopes"; `intranet` brings the task lists' toolbar placements. A page may narrow them (`scopes=`). */
  scope: ['task', 'user', 'placement', 'intranet'],
} as const

const appInfo: RestMethod = context => ({
  result: {
    ID: APP.id,
    CODE: APP.code,
    VERSION: APP.version,
    STATUS: 'L',
    INSTALLED: context.portal.installed,
    PAYMENT_EXPIRED: 'N',
    DAYS: null,
    LANGUAGE_ID: context.session.lang,
    LICENSE: `${context.session.lang === 'ru' ? 'ru' : 'en'}_project`,
    LICENSE_TYPE: 'project',
    LICENSE_FAMILY: 'project',
  },
})

const serverTime: RestMethod = context => ({ result: toServerIso(context.nowMs) })

export const appMethods: ReadonlyArray<readonly [string, RestMethod]> = [
  ['app.info', appInfo],
  ['server.time', serverTime],
]
