/**
 * The frame store connects once and lands in exactly one of ready / outside-portal / error,
 * exposing the placement's task; a retry after an error connects again.
 */
import type { PortalConnector, PortalContext, PortalFrame } from '@/api/portal'
import { describe, expect, it, vi } from 'vitest'
import { createApiError, OutsidePortalError } from '@/api/errors'
import { useFrameStore } from '@/stores/frame'
import { installStores } from '../helpers/app-context'

const sidebarContext: PortalContext = {
  lang: 'ru',
  placement: 'TASK_VIEW_SIDEBAR',
  placementOptions: { taskId: '101' },
  isAdmin: false,
  isSliderMode: false,
  isInstallMode: false,
  portalOrigin: 'http://localhost:8099',
}

function fakeFrame(context: PortalContext): PortalFrame {
  return {
    context,
    fitHeight: vi.fn(async () => {}),
    getUserOption: vi.fn(() => 'hh:mm'),
    setUserOption: vi.fn(async () => {}),
    installFinish: vi.fn(async () => {}),
    openAppPage: vi.fn(async () => {}),
  }
}

function connector(connect: () => Promise<PortalFrame>): PortalConnector {
  return { connect: vi.fn(connect), rest: { call: vi.fn(), batch: vi.fn() } }
}

describe('useFrameStore', () => {
  it('starts booting and becomes ready with the placement task', async () => {
    const frame = fakeFrame(sidebarContext)
    const portal = connector(async () => frame)
    installStores({ portal })
    const store = useFrameStore()
    expect(store.status).toBe('booting')
    await store.boot()
    expect(store.status).toBe('ready')
    expect(store.context?.lang).toBe('ru')
    expect(store.target).toEqual({ kind: 'task-card', taskId: 101 })
  })

  it('connects only once however often boot() is awaited', async () => {
    const portal = connector(async () => fakeFrame(sidebarContext))
    installStores({ portal })
    const store = useFrameStore()
    await Promise.all([store.boot(), store.boot(), store.whenSettled()])
    expect(portal.connect).toHaveBeenCalledTimes(1)
  })

  it('reports outside-portal without an error', async () => {
    installStores({ portal: connector(async () => {
      throw new OutsidePortalError('no window.name')
    }) })
    const store = useFrameStore()
    await store.boot()
    expect(store.status).toBe('outside-portal')
    expect(store.error).toBeNull()
  })

  it('shows an init error, and retry() connects again', async () => {
    let attempt = 0
    const portal = connector(async () => {
      attempt++
      if (attempt === 1)
        throw createApiError({ code: 'REQUEST_TIMEOUT', status: 408 })
      return fakeFrame(sidebarContext)
    })
    installStores({ portal })
    const store = useFrameStore()
    await store.boot()
    expect(store.status).toBe('error')
    expect(store.error?.code).toBe('REQUEST_TIMEOUT')
    await store.retry()
    expect(store.status).toBe('ready')
    expect(store.error).toBeNull()
    expect(portal.connect).toHaveBeenCalledTimes(2)
  })

  it('delegates frame commands to the connected frame', async () => {
    const frame = fakeFrame(sidebarContext)
    installStores({ portal: connector(async () => frame) })
    const store = useFrameStore()
    await store.boot()
    await store.fitHeight(321)
    await store.setUserOption('durationFormat', 'decimal')
    expect(frame.fitHeight).toHaveBeenCalledWith(321)
    expect(frame.setUserOption).toHaveBeenCalledWith('durationFormat', 'decimal')
    expect(store.getUserOption('durationFormat')).toBe('hh:mm')
  })

  it('$reset forgets everything', async () => {
    installStores({ portal: connector(async () => fakeFrame(sidebarContext)) })
    const store = useFrameStore()
    await store.boot()
    store.$reset()
    expect(store.status).toBe('booting')
    expect(store.context).toBeNull()
    expect(store.target).toBeNull()
  })
})
