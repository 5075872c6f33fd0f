/**
 * `placement.*` and `app.info` for the install flow (research/rest.md §3.3): binding needs an
 * application context (our sessions are one), an admin, and a placement the app's scopes allow.
 */
import type { Session } from '../sessions'
import type { RestReply } from './envelope'
import { isAdmin } from './access'
import { RestError, success } from './envelope'

type Params = Record<string, unknown>

export interface Binding {
  placement: string
  handler: string
  title: string
  langAll: unknown
}

/** Placements the app's scopes (task, placement) make available. */
const TASK_PLACEMENTS = new Set(['TASK_VIEW_SIDEBAR', 'TASK_VIEW_TAB', 'TASK_VIEW_TOP_PANEL', 'TASK_LIST_CONTEXT_MENU', 'TASK_USER_LIST_TOOLBAR', 'TASK_GROUP_LIST_TOOLBAR', 'TASK_ROBOT_DESIGNER_TOOLBAR'])

export class PortalApp {
  readonly bindings: Binding[] = []
  installed = true

  requireAdmin(session: Session): void {
    if (!isAdmin(session.userId))
      throw new RestError(403, 'ACCESS_DENIED', 'Access denied! Admin permissions required')
  }

  bind(session: Session, params: Params): RestReply {
    this.requireAdmin(session)
    const placement = String(params.PLACEMENT ?? '').toUpperCase()
    const handler = String(params.HANDLER ?? '')
    if (!placement || !handler)
      throw new RestError(400, 'ERROR_ARGUMENT', `Argument '${placement ? 'HANDLER' : 'PLACEMENT'}' is null or empty`)
    if (!TASK_PLACEMENTS.has(placement))
      throw new RestError(400, 'ERROR_PLACEMENT_NOT_FOUND', 'Placement not found')
    if (!/^https?:\/\//.test(handler))
      throw new RestError(400, 'ERROR_WRONG_HANDLER_URL', 'Wrong handler URL')
    if (this.bindings.some(binding => binding.placement === placement && binding.handler === handler))
      throw new RestError(400, 'ERROR_PLACEMENT_HANDLER_ALREADY_BINDED', 'Handler already binded')
    this.bindings.push({ placement, handler, title: String(params.TITLE ?? ''), langAll: params.LANG_ALL ?? null })
    return success(true)
  }

  unbind(session: Session, params: Params): RestReply {
    this.requireAdmin(session)
    const placement = String(params.PLACEMENT ?? '').toUpperCase()
    const before = this.bindings.length
    for (let index = this.bindings.length - 1; index >= 0; index--) {
      const binding = this.bindings[index]!
      if (binding.placement === placement && (!params.HANDLER || binding.handler === params.HANDLER))
        this.bindings.splice(index, 1)
    }
    return success({ count: before - this.bindings.length })
  }

  get(): RestReply {
    return success(this.bindings.map(binding => ({ placement: binding.placement, handler: binding.handler, title: binding.title, description: '', langAll: binding.langAll })))
  }

  list(): RestReply {
    return success([...TASK_PLACEMENTS])
  }

  info(): RestReply {
    return success({ ID: '7', CODE: 'local.task-lens', VERSION: '1', STATUS: 'L', INSTALLED: this.installed, PAYMENT_EXPIRED: 'N', DAYS: null, LANGUAGE_ID: 'en', LICENSE: 'ru_project', LICENSE_TYPE: 'project', LICENSE_FAMILY: 'project' })
  }
}
