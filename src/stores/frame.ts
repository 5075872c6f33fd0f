/**
 * The frame shell's state: connecting to the portal once, and what the portal told us.
 * The SDK instance itself never enters this store (it breaks reactive proxies,
 * docs/frame-protocol.md#initialize); the store keeps plain facts and delegates frame commands to the
 * injected connector.
 */
import type { ApiError } from '@/api/errors'
import type { PortalContext, PortalFrame } from '@/api/portal'
import type { PlacementTarget } from '@/lib/placement'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { PORTAL_KEY } from '@/api'
import { OutsidePortalError } from '@/api/errors'
import { resolvePlacement } from '@/lib/placement'
import { keepApiError } from './api-error'
import { injectRequired } from './required'

export type FrameStatus = 'booting' | 'ready' | 'outside-portal' | 'error'

export const useFrameStore = defineStore('frame', () => {
  const portal = injectRequired(PORTAL_KEY, 'useFrameStore')

  const status = ref<FrameStatus>('booting')
  const context = shallowRef<PortalContext | null>(null)
  const error = shallowRef<ApiError | null>(null)
  // Not state: the frame wraps the SDK instance, which must stay out of reactivity.
  let frame: PortalFrame | null = null
  let settled: Promise<void> | null = null

  const target = computed<PlacementTarget | null>(() =>
    context.value ? resolvePlacement(context.value.placement, context.value.placementOptions) : null,
  )

  async function connect(): Promise<void> {
    status.value = 'booting'
    error.value = null
    try {
      frame = await portal.connect()
      context.value = frame.context
      status.value = 'ready'
    }
    catch (thrown) {
      if (thrown instanceof OutsidePortalError) {
        status.value = 'outside-portal'
        return
      }
      error.value = keepApiError(thrown)
      status.value = 'error'
    }
  }

  /** Connects to the portal once; every caller awaits the same attempt. */
  function boot(): Promise<void> {
    settled ??= connect()
    return settled
  }

  /** Tries again after an error (e.g. the parent page did not answer in time). */
  function retry(): Promise<void> {
    settled = connect()
    return settled
  }

  /** Resolves when the first connection attempt has ended, whatever its outcome. */
  function whenSettled(): Promise<void> {
    return boot()
  }

  async function fitHeight(height: number): Promise<void> {
    await frame?.fitHeight(height)
  }

  function getUserOption(name: string): unknown {
    return frame?.getUserOption(name)
  }

  async function setUserOption(name: string, value: string): Promise<void> {
    await frame?.setUserOption(name, value)
  }

  function $reset(): void {
    status.value = 'booting'
    context.value = null
    error.value = null
    frame = null
    settled = null
  }

  return { status, context, error, target, boot, retry, whenSettled, fitHeight, getUserOption, setUserOption, $reset }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useFrameStore, import.meta.hot))
