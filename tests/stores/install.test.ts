/**
 * The install store binds only what `placement.get` does not already show, calls installFinish only
 * in install mode and only after every bind succeeded, and makes no REST call at all for a non-admin.
 */
import type { ApiError } from '@/api/errors'
import type { Installer, InstallFrame } from '@/api/install'
import type { BindOutcome, BindRequest, PlacementBinding, PlacementInspection, UnbindRequest } from '@/api/placements'
import type { PortalContext } from '@/api/portal'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import { createApp } from 'vue'
import { createApiError, OutsidePortalError } from '@/api/errors'
import { INSTALLER_KEY } from '@/api/install'
import { useInstallStore } from '@/stores/install'

const FOLDER = 'http://127.0.0.1:5173/'
const HANDLER = `${FOLDER}index.html`
const TEXTS = { en: { title: 'Task Lens', description: 'Time' } }

const installContext: PortalContext = {
  lang: 'en',
  placement: 'DEFAULT',
  placementOptions: {},
  isAdmin: true,
  isSliderMode: false,
  isInstallMode: true,
  portalOrigin: 'http://localhost:8099',
}

function binding(placement: string, handler = HANDLER): PlacementBinding {
  return { placement, handler, title: 'Task Lens', titles: {}, userId: 0 }
}

function apiError(code: ApiError['code'], status = 400): ApiError {
  return createApiError({ code, status })
}

interface FakeOptions {
  context?: Partial<PortalContext>
  connect?: () => Promise<void>
  inspect?: () => Promise<PlacementInspection>
  bind?: (requests: readonly BindRequest[]) => Promise<Map<string, BindOutcome>>
  unbind?: (requests: readonly UnbindRequest[]) => Promise<Map<string, BindOutcome>>
  installFinish?: () => Promise<void>
}

/** An installer whose portal keeps the bindings it is given, like the emulator does. */
function fakeInstaller(options: FakeOptions = {}, initial: readonly PlacementBinding[] = []) {
  const bound: PlacementBinding[] = [...initial]
  const frame: InstallFrame = {
    context: { ...installContext, ...options.context },
    fitHeight: vi.fn(async () => {}),
    installFinish: vi.fn(options.installFinish ?? (async () => {})),
  }
  const installer = {
    plan: {
      handler: HANDLER,
      placements: [{ code: 'TASK_VIEW_SIDEBAR', langAll: TEXTS }, { code: 'TASK_VIEW_TAB', langAll: TEXTS }],
    },
    connect: vi.fn(async () => {
      await options.connect?.()
      return frame
    }),
    placements: {
      inspect: vi.fn(options.inspect ?? (async () => ({ bindings: [...bound], installed: false }))),
      bind: vi.fn(options.bind ?? (async (requests: readonly BindRequest[]) => {
        for (const request of requests) bound.push(binding(request.placement, request.handler))
        return new Map(requests.map(request => [request.placement, { ok: true } as BindOutcome]))
      })),
      unbind: vi.fn(options.unbind ?? (async (requests: readonly UnbindRequest[]) => {
        for (const request of requests) {
          const index = bound.findIndex(row => row.placement === request.placement && row.handler === request.handler)
          if (index >= 0)
            bound.splice(index, 1)
        }
        return new Map(requests.map(request => [request.placement, { ok: true } as BindOutcome]))
      })),
    },
  } satisfies Installer
  const app = createApp({ render: () => null })
  const pinia = createPinia()
  app.use(pinia)
  app.provide(INSTALLER_KEY, installer)
  setActivePinia(pinia)
  return { installer, frame, bound }
}

describe('useInstallStore', () => {
  it('binds both placements in one call, then finishes the installation', async () => {
    const { installer, frame } = fakeInstaller()
    const store = useInstallStore()
    expect(store.status).toBe('idle')
    const running = store.run()
    expect(store.status).toBe('loading')
    await running
    expect(store.status).toBe('success')
    expect(store.steps).toEqual({ connect: 'done', read: 'done', bind: 'done', finish: 'done' })
    expect(store.placements.map(report => [report.code, report.state])).toEqual([['TASK_VIEW_SIDEBAR', 'bound'], ['TASK_VIEW_TAB', 'bound']])
    expect(installer.placements.inspect).toHaveBeenCalledTimes(1)
    expect(installer.placements.bind).toHaveBeenCalledTimes(1)
    expect(installer.placements.bind).toHaveBeenCalledWith([
      { placement: 'TASK_VIEW_SIDEBAR', handler: HANDLER, langAll: TEXTS },
      { placement: 'TASK_VIEW_TAB', handler: HANDLER, langAll: TEXTS },
    ])
    expect(frame.installFinish).toHaveBeenCalledTimes(1)
    expect(store.installed).toBe(false)
  })

  it('is idempotent: a second run binds nothing and reports both as already bound', async () => {
    const { installer, frame } = fakeInstaller()
    const store = useInstallStore()
    await store.run()
    await store.run()
    expect(installer.placements.bind).toHaveBeenCalledTimes(1)
    expect(installer.placements.inspect).toHaveBeenCalledTimes(2)
    expect(installer.connect).toHaveBeenCalledTimes(1)
    expect(store.placements.map(report => report.state)).toEqual(['already-bound', 'already-bound'])
    expect(store.steps.bind).toBe('done')
    expect(frame.installFinish).toHaveBeenCalledTimes(2)
  })

  it('binds only the missing placement', async () => {
    const { installer } = fakeInstaller({
      inspect: async () => ({ bindings: [binding('TASK_VIEW_SIDEBAR'), binding('TASK_VIEW_TAB', 'https://elsewhere.example.com/')], installed: false }),
    })
    const store = useInstallStore()
    await store.run()
    expect(installer.placements.bind).toHaveBeenCalledWith([{ placement: 'TASK_VIEW_TAB', handler: HANDLER, langAll: TEXTS }])
    expect(installer.placements.unbind).not.toHaveBeenCalled()
    expect(store.placements.map(report => report.state)).toEqual(['already-bound', 'bound'])
  })

  it('replaces an earlier folder-form binding: binds index.html, then unbinds the folder; a re-run changes nothing', async () => {
    const { installer, bound } = fakeInstaller({}, [binding('TASK_VIEW_SIDEBAR', FOLDER)])
    const store = useInstallStore()
    await store.run()
    expect(installer.placements.bind).toHaveBeenCalledWith([
      { placement: 'TASK_VIEW_SIDEBAR', handler: HANDLER, langAll: TEXTS },
      { placement: 'TASK_VIEW_TAB', handler: HANDLER, langAll: TEXTS },
    ])
    expect(installer.placements.unbind).toHaveBeenCalledWith([{ placement: 'TASK_VIEW_SIDEBAR', handler: FOLDER }])
    expect(vi.mocked(installer.placements.bind).mock.invocationCallOrder[0]).toBeLessThan(vi.mocked(installer.placements.unbind).mock.invocationCallOrder[0]!)
    expect(bound.map(row => [row.placement, row.handler])).toEqual([['TASK_VIEW_SIDEBAR', HANDLER], ['TASK_VIEW_TAB', HANDLER]])
    expect(store.placements.map(report => report.state)).toEqual(['bound', 'bound'])
    expect(store.status).toBe('success')

    await store.run()
    expect(installer.placements.bind).toHaveBeenCalledTimes(1)
    expect(installer.placements.unbind).toHaveBeenCalledTimes(1)
    expect(store.placements.map(report => report.state)).toEqual(['already-bound', 'already-bound'])
  })

  it('unbinds a stale folder form left by an earlier run even when index.html is bound already', async () => {
    const { installer, bound } = fakeInstaller({}, [binding('TASK_VIEW_SIDEBAR', HANDLER), binding('TASK_VIEW_SIDEBAR', FOLDER), binding('TASK_VIEW_TAB', HANDLER)])
    const store = useInstallStore()
    await store.run()
    expect(installer.placements.bind).not.toHaveBeenCalled()
    expect(installer.placements.unbind).toHaveBeenCalledWith([{ placement: 'TASK_VIEW_SIDEBAR', handler: FOLDER }])
    expect(bound).toHaveLength(2)
    expect(store.placements.map(report => report.state)).toEqual(['bound', 'already-bound'])
  })

  it('keeps the new binding and reports the placement when the unbind fails', async () => {
    const failure = apiError('ACCESS_DENIED', 403)
    const { frame } = fakeInstaller({ unbind: async requests => new Map(requests.map(request => [request.placement, { ok: false, error: failure }])) }, [binding('TASK_VIEW_TAB', FOLDER)])
    const store = useInstallStore()
    await store.run()
    expect(store.placements.map(report => report.state)).toEqual(['bound', 'failed'])
    expect(store.error).toBe(failure)
    expect(store.steps.bind).toBe('failed')
    expect(frame.installFinish).not.toHaveBeenCalled()
  })

  it('does not count a binding for one user as bound for everyone', async () => {
    const { installer } = fakeInstaller({
      inspect: async () => ({ bindings: [{ ...binding('TASK_VIEW_SIDEBAR'), userId: 5 }], installed: false }),
    })
    await useInstallStore().run()
    expect(vi.mocked(installer.placements.bind).mock.calls[0]![0].map(request => request.placement)).toEqual(['TASK_VIEW_SIDEBAR', 'TASK_VIEW_TAB'])
  })

  it('checks but does not finish outside install mode', async () => {
    const { installer, frame } = fakeInstaller({ context: { isInstallMode: false } })
    const store = useInstallStore()
    await store.run()
    expect(store.status).toBe('success')
    expect(store.steps.finish).toBe('skipped')
    expect(installer.placements.bind).toHaveBeenCalledTimes(1)
    expect(frame.installFinish).not.toHaveBeenCalled()
  })

  it('makes no REST call for a non-admin', async () => {
    const { installer, frame } = fakeInstaller({ context: { isAdmin: false } })
    const store = useInstallStore()
    await store.run()
    expect(store.status).toBe('not-admin')
    expect(store.steps).toEqual({ connect: 'failed', read: 'pending', bind: 'pending', finish: 'pending' })
    expect(installer.placements.inspect).not.toHaveBeenCalled()
    expect(installer.placements.bind).not.toHaveBeenCalled()
    expect(frame.installFinish).not.toHaveBeenCalled()
  })

  it('reports outside-portal without an error', async () => {
    fakeInstaller({
      connect: async () => {
        throw new OutsidePortalError('no window.name')
      },
    })
    const store = useInstallStore()
    await store.run()
    expect(store.status).toBe('outside-portal')
    expect(store.error).toBeNull()
  })

  it('stops on a placement.get error and keeps it', async () => {
    const { installer, frame } = fakeInstaller({
      inspect: async () => {
        throw apiError('insufficient_scope', 403)
      },
    })
    const store = useInstallStore()
    await store.run()
    expect(store.status).toBe('error')
    expect(store.error?.code).toBe('insufficient_scope')
    expect(store.steps).toEqual({ connect: 'done', read: 'failed', bind: 'pending', finish: 'pending' })
    expect(installer.placements.bind).not.toHaveBeenCalled()
    expect(frame.installFinish).not.toHaveBeenCalled()
  })

  it('does not finish when one bind fails, and a retry binds only that one', async () => {
    let failTab = true
    const bound: string[] = []
    const { installer, frame } = fakeInstaller({
      inspect: async () => ({ bindings: bound.map(code => binding(code)), installed: false }),
      bind: async requests => new Map(requests.map((request): [string, BindOutcome] => {
        if (request.placement === 'TASK_VIEW_TAB' && failTab)
          return [request.placement, { ok: false, error: apiError('ERROR_PLACEMENT_NOT_FOUND') }]
        bound.push(request.placement)
        return [request.placement, { ok: true }]
      })),
    })
    const store = useInstallStore()
    await store.run()
    expect(store.status).toBe('error')
    expect(store.error?.code).toBe('ERROR_PLACEMENT_NOT_FOUND')
    expect(store.placements.map(report => [report.state, report.error?.code ?? null])).toEqual([['bound', null], ['failed', 'ERROR_PLACEMENT_NOT_FOUND']])
    expect(store.steps.bind).toBe('failed')
    expect(frame.installFinish).not.toHaveBeenCalled()

    failTab = false
    await store.run()
    expect(store.status).toBe('success')
    expect(vi.mocked(installer.placements.bind).mock.calls[1]![0].map(request => request.placement)).toEqual(['TASK_VIEW_TAB'])
    expect(store.placements.map(report => report.state)).toEqual(['already-bound', 'bound'])
    expect(frame.installFinish).toHaveBeenCalledTimes(1)
  })

  it('marks every missing placement failed when the bind request itself fails', async () => {
    fakeInstaller({
      bind: async () => {
        throw apiError('NETWORK_ERROR', 0)
      },
    })
    const store = useInstallStore()
    await store.run()
    expect(store.status).toBe('error')
    expect(store.placements.map(report => [report.state, report.error?.code])).toEqual([['failed', 'NETWORK_ERROR'], ['failed', 'NETWORK_ERROR']])
  })

  it('reports a failing installFinish', async () => {
    fakeInstaller({
      installFinish: async () => {
        throw apiError('MALFORMED_RESPONSE', 0)
      },
    })
    const store = useInstallStore()
    await store.run()
    expect(store.status).toBe('error')
    expect(store.steps.finish).toBe('failed')
  })

  it('stays on the finish step while the portal reloads the page (installFinish never answers)', async () => {
    fakeInstaller({ installFinish: () => new Promise<void>(() => {}) })
    const store = useInstallStore()
    void store.run()
    await vi.waitFor(() => expect(store.steps.finish).toBe('running'))
    expect(store.status).toBe('loading')
  })

  it('ignores a run that a newer run has superseded', async () => {
    let release!: () => void
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    let calls = 0
    const { installer } = fakeInstaller({
      inspect: async () => {
        calls++
        if (calls === 1)
          await gate
        return { bindings: [], installed: false }
      },
    })
    const store = useInstallStore()
    const first = store.run()
    await vi.waitFor(() => expect(installer.placements.inspect).toHaveBeenCalledTimes(1))
    await store.run()
    release()
    await first
    expect(installer.placements.bind).toHaveBeenCalledTimes(1)
    expect(store.status).toBe('success')
  })

  it('$reset returns to idle', async () => {
    fakeInstaller()
    const store = useInstallStore()
    await store.run()
    store.$reset()
    expect(store.status).toBe('idle')
    expect(store.context).toBeNull()
    expect(store.placements.map(report => report.state)).toEqual(['pending', 'pending'])
  })
})
