/**
 * The portal connection hands the opening request to the SDK before anyone awaiting `connect()`
 * resumes: the SDK reaches its transport through a chain of promise hops (limiters, interceptors),
 * and routing and the first render must not run in between (README "Performance": handshake →
 * first REST request).
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPortalConnector } from '@/api/portal'

/** Promise hops the fake SDK takes from `batch.make()` to its transport, as the real one's awaits do. */
const HOPS_BEFORE_SEND = 12

const sent: string[] = []

vi.mock('@bitrix24/b24jssdk', () => ({
  initializeB24Frame: async () => ({
    placement: { options: { taskId: '101' }, placement: 'TASK_VIEW_SIDEBAR', isSliderMode: false },
    auth: { isAdmin: false },
    isInstallMode: false,
    getLang: () => 'en',
    getTargetOrigin: () => 'https://portal.example',
    actions: {
      v2: {
        batch: {
          async make({ calls }: { calls: Record<string, unknown> }) {
            for (let hop = 0; hop < HOPS_BEFORE_SEND; hop++)
              await Promise.resolve()
            sent.push(...Object.keys(calls))
            return { getData: () => ({}) }
          },
        },
      },
    },
  }),
}))

afterEach(() => {
  sent.length = 0
  vi.unstubAllGlobals()
})

describe('createPortalConnector', () => {
  it('resumes the callers of connect() only after the request started at the handshake has been sent', async () => {
    vi.stubGlobal('window', { name: 'portal.example|1|sid' })
    const portal = createPortalConnector({
      onConnected(_context, rest) {
        void rest.batch({ task: { method: 'tasks.task.get', params: { taskId: 101 } } })
      },
    })
    await portal.connect()
    expect(sent).toEqual(['task'])
  })
})
