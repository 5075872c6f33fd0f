/**
 * The install flow in the emulator: a fresh portal (`installed: false`) shows the app in a task
 * placement only once it is bound and `installFinish` has marked the portal installed, then opens the
 * binding's handler; install mode opens the installer for admins only; `placement.bind|get` and
 * `app.info` behave as documented (docs/rest-quirks.md#placement-bind).
 */
import type { RunningEmulator } from '../../emulator/server'
import { afterEach, describe, expect, it } from 'vitest'
import { createSession, sessionAction } from '../../emulator/emulator-api'
import { effectiveScenario, renderHostPage, resolveEmbedding } from '../../emulator/host-page/render'
import { PortalState, seedInstalledApp } from '../../emulator/portal-state'
import { startEmulator } from '../../emulator/server'
import { SessionStore } from '../../emulator/sessions'
import { ADMIN, AUTHOR, call, failure, result, sessionFor } from './helpers'

const APP = 'http://127.0.0.1:5173/'
const INSTALLER = 'http://127.0.0.1:5173/install.html'

function bindParams(placement: string, handler = APP) {
  return {
    PLACEMENT: placement,
    HANDLER: handler,
    TITLE: 'Task Lens',
    LANG_ALL: { en: { TITLE: 'Task Lens' }, ru: { TITLE: 'Линза задач' } },
  }
}

function page(portal: PortalState, query: Record<string, string>) {
  const input = { query: new URLSearchParams(query), appUrl: APP, installUrl: INSTALLER, portal }
  const html = renderHostPage(input)
  const json = /<script type="application\/json" id="emulator-config">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}'
  return { html, config: JSON.parse(json) as Record<string, unknown>, embedding: resolveEmbedding(input, effectiveScenario(input)) }
}

describe('placement.bind and placement.get', () => {
  it('binds with LANG_ALL and lists the binding', () => {
    const portal = new PortalState({ installed: false })
    const admin = sessionFor(ADMIN)
    expect(result(call(admin, 'placement.bind', bindParams('TASK_VIEW_SIDEBAR'), portal))).toBe(true)
    expect(result(call(admin, 'placement.get', {}, portal))).toEqual([{
      id: '1',
      placement: 'TASK_VIEW_SIDEBAR',
      userId: '0',
      handler: APP,
      options: [],
      title: 'Task Lens',
      description: '',
      langAll: { en: { TITLE: 'Task Lens', DESCRIPTION: '', GROUP_NAME: '' }, ru: { TITLE: 'Линза задач', DESCRIPTION: '', GROUP_NAME: '' } },
    }])
  })

  it('refuses a second identical binding instead of duplicating it', () => {
    const portal = new PortalState({ installed: false })
    const admin = sessionFor(ADMIN)
    call(admin, 'placement.bind', bindParams('TASK_VIEW_TAB'), portal)
    expect(failure(call(admin, 'placement.bind', bindParams('TASK_VIEW_TAB'), portal))).toMatchObject({ status: 400, error: 'ERROR_CORE' })
    expect(portal.bindings).toHaveLength(1)
  })

  it('needs an admin for both methods', () => {
    const portal = new PortalState({ installed: false })
    expect(failure(call(sessionFor(AUTHOR), 'placement.bind', bindParams('TASK_VIEW_SIDEBAR'), portal))).toMatchObject({ status: 403, error: 'ACCESS_DENIED' })
    expect(failure(call(sessionFor(AUTHOR), 'placement.get', {}, portal))).toMatchObject({ status: 403, error: 'ACCESS_DENIED' })
    expect(portal.bindings).toHaveLength(0)
  })

  it.each([
    { handler: 'http://localhost:5173/', error: 'ERROR_WRONG_HANDLER_URL' },
    { handler: 'not a url', error: 'ERROR_WRONG_HANDLER_URL' },
    { handler: 'ftp://app.example.com/', error: 'ERROR_UNSUPPORTED_PROTOCOL' },
  ])('refuses the handler $handler with $error', ({ handler, error }) => {
    const portal = new PortalState({ installed: false })
    expect(failure(call(sessionFor(ADMIN), 'placement.bind', bindParams('TASK_VIEW_SIDEBAR', handler), portal)).error).toBe(error)
  })

  it('answers ERROR_PLACEMENT_NOT_FOUND for a placement the app\'s scopes do not offer', () => {
    expect(failure(call(sessionFor(ADMIN), 'placement.bind', bindParams('CRM_DEAL_DETAIL_TAB'), new PortalState())).error).toBe('ERROR_PLACEMENT_NOT_FOUND')
  })

  // bitrix-core-business modules/rest/lib/api/placement.php `bind`: getPlacementList($server, the
  // token's scopes + global); a known placement of a missing scope is "Placement not found" too.
  it('binds the task lists\' toolbars only with the intranet scope, the task card either way', () => {
    const portal = new PortalState({ installed: false })
    const withoutIntranet = new SessionStore().create({ userId: ADMIN, lang: 'en', scopes: ['task', 'user', 'placement'] }).session
    for (const code of ['TASK_USER_LIST_TOOLBAR', 'TASK_GROUP_LIST_TOOLBAR'])
      expect(failure(call(withoutIntranet, 'placement.bind', bindParams(code), portal))).toEqual({ status: 400, error: 'ERROR_PLACEMENT_NOT_FOUND', description: 'Placement not found' })
    expect(result(call(withoutIntranet, 'placement.bind', bindParams('TASK_VIEW_SIDEBAR'), portal))).toBe(true)
    expect(result(call(withoutIntranet, 'placement.list', {}, portal))).not.toContain('TASK_USER_LIST_TOOLBAR')
    expect(result(call(withoutIntranet, 'placement.list', { SCOPE: 'intranet' }, portal))).toEqual(['TASK_USER_LIST_TOOLBAR', 'TASK_GROUP_LIST_TOOLBAR'])
    const withIntranet = sessionFor(ADMIN)
    expect(result(call(withIntranet, 'placement.bind', bindParams('TASK_USER_LIST_TOOLBAR'), portal))).toBe(true)
    expect(result<Array<{ placement: string }>>(call(withoutIntranet, 'placement.get', {}, portal)).map(row => row.placement)).toEqual(['TASK_VIEW_SIDEBAR', 'TASK_USER_LIST_TOOLBAR'])
  })

  it('never binds DEFAULT, the app\'s own page', () => {
    expect(failure(call(sessionFor(ADMIN), 'placement.bind', bindParams('DEFAULT'), new PortalState())).status).toBe(400)
  })

  it('takes the app\'s scopes from the host page session request, all of the demo app\'s by default', () => {
    const sessions = new SessionStore()
    const narrowed = createSession(sessions, new PortalState(), { userId: ADMIN, scopes: 'task, user,placement' }).body as { sessionId: string }
    expect(sessions.get(narrowed.sessionId)?.scopes).toEqual(['task', 'user', 'placement'])
    const full = createSession(sessions, new PortalState(), { userId: ADMIN, scopes: '' }).body as { sessionId: string }
    expect(sessions.get(full.sessionId)?.scopes).toEqual(['task', 'user', 'placement', 'intranet'])
  })
})

describe('installation state', () => {
  it('app.info reports the portal-wide state', () => {
    expect(result<{ INSTALLED: boolean }>(call(sessionFor(AUTHOR), 'app.info', {}, new PortalState())).INSTALLED).toBe(true)
    expect(result<{ INSTALLED: boolean }>(call(sessionFor(AUTHOR), 'app.info', {}, new PortalState({ installed: false }))).INSTALLED).toBe(false)
  })

  it('setInstallFinish by an admin marks the portal installed for every session', () => {
    const portal = new PortalState({ installed: false })
    const sessions = new SessionStore()
    const admin = sessions.create({ userId: ADMIN, lang: 'en' }).session
    const other = sessions.create({ userId: AUTHOR, lang: 'en' }).session
    expect(sessionAction(sessions, portal, other, 'install-finish', 'POST', {})).toEqual({ status: 200, body: { result: 'false' } })
    expect(portal.installed).toBe(false)
    expect(sessionAction(sessions, portal, admin, 'install-finish', 'POST', {})).toEqual({ status: 200, body: { result: 'true' } })
    expect(portal.installed).toBe(true)
    expect(result<{ INSTALLED: boolean }>(call(other, 'app.info', {}, portal)).INSTALLED).toBe(true)
  })

  it('an admin entering install mode reinstalls: INSTALLED is false until setInstallFinish', () => {
    const portal = new PortalState()
    const sessions = new SessionStore()
    createSession(sessions, portal, { userId: AUTHOR, install: true })
    expect(portal.installed).toBe(true)
    createSession(sessions, portal, { userId: ADMIN, install: true })
    expect(portal.installed).toBe(false)
  })
})

describe('the host page on a fresh portal', () => {
  it('shows no app in the card while nothing is bound', () => {
    const { html, config, embedding } = page(new PortalState({ installed: false }), { placement: 'sidebar', user: String(ADMIN) })
    expect(embedding).toEqual({ kind: 'none', reason: 'not-bound' })
    expect(config.embedsApp).toBe(false)
    expect(html).toContain('data-no-app="not-bound"')
    expect(html).not.toContain('data-app-slot')
  })

  it('shows no widget while bound but not installed', () => {
    const portal = new PortalState({ installed: false })
    call(sessionFor(ADMIN), 'placement.bind', bindParams('TASK_VIEW_SIDEBAR'), portal)
    const { html, embedding } = page(portal, { placement: 'sidebar' })
    expect(embedding).toEqual({ kind: 'none', reason: 'not-installed' })
    expect(html).toContain('data-no-app="not-installed"')
  })

  it('opens the binding\'s handler, titled in the user\'s language, once installed', () => {
    const portal = new PortalState({ installed: false })
    call(sessionFor(ADMIN), 'placement.bind', bindParams('TASK_VIEW_SIDEBAR', 'https://lens.example.com/index.html'), portal)
    portal.installed = true
    const { html, config } = page(portal, { placement: 'sidebar', lang: 'ru' })
    expect(config).toMatchObject({ embedsApp: true, appUrl: 'https://lens.example.com/index.html', appOrigin: 'https://lens.example.com', placement: 'TASK_VIEW_SIDEBAR', appTitle: 'Линза задач' })
    expect(html).toContain('<div class="b24-app-row" data-app-row>Линза задач</div>')
    // Bound to the sidebar only: the tab stays empty.
    expect(page(portal, { placement: 'tab' }).embedding).toEqual({ kind: 'none', reason: 'not-bound' })
  })

  it('ignores a binding made for another user', () => {
    const portal = new PortalState()
    portal.addBinding({ placement: 'TASK_VIEW_TAB', handler: APP, userId: 105, title: 'Mine', description: '', options: {}, langAll: {} })
    expect(page(portal, { placement: 'tab', user: '102' }).embedding).toEqual({ kind: 'none', reason: 'not-bound' })
    expect(page(portal, { placement: 'tab', user: '105' }).embedding).toMatchObject({ kind: 'app', title: 'Mine' })
  })

  it('install mode opens the installer for an admin, as the app page, with INSTALL', () => {
    const { config } = page(new PortalState({ installed: false }), { install: '1', user: String(ADMIN) })
    expect(config).toMatchObject({ embedsApp: true, appUrl: INSTALLER, placement: 'DEFAULT', install: true, placementOptions: [] })
  })

  it('install mode tells a non-admin the app is not fully installed', () => {
    const { html, config } = page(new PortalState({ installed: false }), { install: '1', user: String(AUTHOR) })
    expect(config.embedsApp).toBe(false)
    expect(html).toContain('data-not-installed')
    expect(html).toContain('The application is not fully installed yet')
  })

  it('the app menu starts the installation for an admin while the app is not installed', () => {
    const fresh = new PortalState({ installed: false })
    expect(page(fresh, { placement: 'default', user: String(ADMIN) }).config).toMatchObject({ appUrl: INSTALLER, install: true })
    expect(page(fresh, { placement: 'default', user: String(AUTHOR) }).config.embedsApp).toBe(false)
    expect(page(new PortalState(), { placement: 'default', user: String(ADMIN) }).config).toMatchObject({ appUrl: APP, install: false })
  })
})

describe('startEmulator', () => {
  let emulator: RunningEmulator | undefined

  afterEach(async () => {
    await emulator?.close()
    emulator = undefined
  })

  async function hostConfig(query: string): Promise<Record<string, unknown>> {
    const html = await (await fetch(new URL(query, emulator!.url))).text()
    return JSON.parse(/id="emulator-config">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}') as Record<string, unknown>
  }

  it('starts installed by default, bound to every task placement with appUrl', async () => {
    emulator = await startEmulator({ port: 0, appUrl: 'http://localhost:5173/' })
    expect(emulator.portal.installed).toBe(true)
    expect(emulator.portal.bindings.map(binding => [binding.placement, binding.handler])).toEqual([
      ['TASK_VIEW_SIDEBAR', 'http://localhost:5173/'],
      ['TASK_VIEW_TAB', 'http://localhost:5173/'],
      ['TASK_VIEW_TOP_PANEL', 'http://localhost:5173/'],
      ['TASK_LIST_CONTEXT_MENU', 'http://localhost:5173/'],
      ['TASK_USER_LIST_TOOLBAR', 'http://localhost:5173/'],
      ['TASK_GROUP_LIST_TOOLBAR', 'http://localhost:5173/'],
    ])
    expect(await hostConfig('/?placement=tab')).toMatchObject({ embedsApp: true, appUrl: 'http://localhost:5173/' })
    expect(await hostConfig(`/?install=1&user=${ADMIN}`)).toMatchObject({ appUrl: 'http://localhost:5173/install.html' })
  })

  it('with installed: false starts with nothing bound', async () => {
    emulator = await startEmulator({ port: 0, appUrl: APP, installUrl: INSTALLER, installed: false })
    expect(emulator.portal.installed).toBe(false)
    expect(emulator.portal.bindings).toEqual([])
    expect(await hostConfig('/?placement=sidebar')).toMatchObject({ embedsApp: false })
  })
})

describe('seedInstalledApp', () => {
  it('binds each placement for everyone with en/ru titles', () => {
    const portal = new PortalState()
    seedInstalledApp(portal, APP, ['TASK_VIEW_SIDEBAR'])
    expect(portal.bindingFor('TASK_VIEW_SIDEBAR', 107)).toMatchObject({ handler: APP, userId: 0, langAll: { ru: { TITLE: 'Task Lens' } } })
  })
})
