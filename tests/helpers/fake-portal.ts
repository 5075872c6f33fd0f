/**
 * The frame side of the portal at the `PortalConnector` seam (src/api/portal.ts): the placement
 * context, user options and frame calls, recorded. REST goes through tests/helpers/emulator-rest.ts.
 */
import type { PortalConnector, PortalContext, PortalFrame } from '@/api/portal'
import { vi } from 'vitest'

/**
 * A connected frame in the task card's sidebar of demo task 101, with saved user options.
 *
 * @example
 * const { portal, frame } = fakePortal({ isAdmin: true }, { durationFormat: 'decimal' })
 */
export function fakePortal(context: Partial<PortalContext> = {}, savedOptions: Record<string, string> = {}) {
  const options = { ...savedOptions }
  const frame: PortalFrame = {
    context: {
      lang: 'en',
      placement: 'TASK_VIEW_SIDEBAR',
      placementOptions: { taskId: '101' },
      isAdmin: false,
      isSliderMode: false,
      isInstallMode: false,
      portalOrigin: 'http://localhost:8099',
      ...context,
    },
    fitHeight: vi.fn(async () => {}),
    getUserOption: vi.fn((name: string) => options[name]),
    setUserOption: vi.fn(async (name: string, value: string) => {
      options[name] = value
    }),
    installFinish: vi.fn(async () => {}),
    openAppPage: vi.fn(async () => {}),
  }
  const portal: PortalConnector = { connect: vi.fn(async () => frame), rest: { call: vi.fn(), batch: vi.fn() } }
  return { portal, frame, options }
}
