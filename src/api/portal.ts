/**
 * The connection to the Bitrix24 page that hosts us, through `initializeB24Frame()`.
 *
 * Facts that shape this file (docs/frame-protocol.md#initialize):
 * - initialise once per page: the SDK caches the promise, and a destroyed instance stays dead;
 * - the SDK instance has `#private` fields, so it must never enter reactive state: it lives here,
 *   behind `markRaw`, and the rest of the app sees plain data (`PortalContext`) and functions;
 * - the SDK has no timeout for the parent's answer, so we add one;
 * - outside a frame it rejects with `JSSDK_CLIENT_SIDE_WARNING`, which is a state, not an error.
 */
import type { B24Frame } from '@bitrix24/b24jssdk'
import type { RestClient } from './client'
import { initializeB24Frame } from '@bitrix24/b24jssdk'
import { markRaw } from 'vue'
import { yieldToMain } from '@/lib/yield-to-main'
import { createSdkRestClient } from './client'
import { createApiError, OutsidePortalError, toApiError } from './errors'

/** Plain, serialisable facts about where we run. Safe to keep in a store. */
export interface PortalContext {
  /** Bitrix24 language id (`en`, `ru`, `ua`, `de` …). */
  lang: string
  placement: string
  placementOptions: Readonly<Record<string, unknown>>
  isAdmin: boolean
  isSliderMode: boolean
  isInstallMode: boolean
  /** Origin of the portal page (`https://company.bitrix24.com`). */
  portalOrigin: string
}

export interface PortalFrame {
  readonly context: PortalContext
  /** Asks the portal to size our iframe to `height` px (full width). */
  fitHeight: (height: number) => Promise<void>
  getUserOption: (name: string) => unknown
  setUserOption: (name: string, value: string) => Promise<void>
  installFinish: () => Promise<void>
  /**
   * Opens the app's own page (PLACEMENT `DEFAULT`) in a portal slider titled `title`: the SDK's
   * `slider.openSliderAppPage`, the frame command `openApplication` (docs/frame-protocol.md#open-application).
   * Resolves when that slider is closed, so callers do not wait for it.
   */
  openAppPage: (title: string) => Promise<void>
}

export interface PortalConnector {
  /** Connects once; later calls return the same promise. */
  connect: () => Promise<PortalFrame>
  /** REST through the connected frame; calls made before `connect()` resolves wait for it. */
  rest: RestClient
}

export interface PortalConnectorOptions {
  /** How long the parent page may take to answer `getInitData`. */
  handshakeTimeoutMs?: number
  /**
   * Runs the moment the handshake is answered, before anyone awaiting `connect()` resumes, with a
   * REST client that needs no further wait: the opening batch leaves ahead of mounting and routing.
   */
  onConnected?: (context: PortalContext, rest: RestClient) => void
}

const SDK_RESTRICTIONS = {
  // Our client retries (lib/retry.ts); two retry layers would multiply waits and repeat writes.
  maxRetries: 1,
  retryOnNetworkError: false,
} as const

function toContext(sdk: B24Frame): PortalContext {
  const options: unknown = sdk.placement.options
  return {
    lang: sdk.getLang(),
    placement: sdk.placement.placement,
    placementOptions: typeof options === 'object' && options !== null ? { ...options } : {},
    isAdmin: sdk.auth.isAdmin,
    isSliderMode: sdk.placement.isSliderMode,
    isInstallMode: sdk.isInstallMode,
    portalOrigin: sdk.getTargetOrigin(),
  }
}

function wrapFrame(sdk: B24Frame): PortalFrame {
  const context = toContext(sdk)
  return {
    context,
    async fitHeight(height) {
      // `fitWindow()` measures documentElement, which never shrinks in an iframe we sized ourselves.
      await sdk.parent.message.send('resizeWindow', { width: '100%', height: Math.ceil(height), isSafely: true })
    },
    getUserOption(name) {
      try {
        return sdk.options.userGet(name)
      }
      catch {
        // The SDK throws for missing *and* falsy options; both mean "not set".
        return undefined
      }
    },
    async setUserOption(name, value) {
      await sdk.options.userSet(name, value)
    },
    async installFinish() {
      await sdk.installFinish()
    },
    async openAppPage(title) {
      // `bx24_*` keys set the slider (applayout.js `openApplication`); no other key, so the page
      // opens with empty PLACEMENT_OPTIONS, as from the applications menu.
      await sdk.slider.openSliderAppPage({ bx24_title: title })
    },
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}

/**
 * Creates the app's single portal connection.
 *
 * @example
 * const portal = createPortalConnector()
 * app.provide(PORTAL_KEY, portal)
 */
export function createPortalConnector(options: PortalConnectorOptions = {}): PortalConnector {
  let connection: Promise<{ frame: PortalFrame, rest: RestClient }> | undefined

  function connectOnce() {
    connection ??= (async () => {
      if (!window.name)
        throw new OutsidePortalError('No Bitrix24 frame data in window.name')
      let sdk: B24Frame
      try {
        sdk = markRaw(await withTimeout(
          initializeB24Frame({ restrictionParams: SDK_RESTRICTIONS }),
          options.handshakeTimeoutMs ?? 15_000,
          () => createApiError({ code: 'REQUEST_TIMEOUT', status: 408, detail: 'getInitData was not answered' }),
        ))
      }
      catch (error) {
        if ((error as { code?: unknown }).code === 'JSSDK_CLIENT_SIDE_WARNING')
          throw new OutsidePortalError(String((error as Error).message))
        throw toApiError(error)
      }
      const connected = { frame: wrapFrame(sdk), rest: createSdkRestClient(sdk) }
      if (options.onConnected) {
        options.onConnected(connected.frame.context, connected.rest)
        // The SDK reaches the request's send() through a chain of promise hops; resuming the
        // awaiting callers now would queue routing and the first render in between. One task later
        // the request has left, and mounting goes on while it is on the wire.
        await yieldToMain()
      }
      return connected
    })()
    // A failed attempt may be retried (the SDK also forgets a failed init promise).
    connection.catch(() => {
      connection = undefined
    })
    return connection
  }

  const rest: RestClient = {
    call: async (method, params, callOptions) => (await connectOnce()).rest.call(method, params, callOptions),
    batch: async (commands, callOptions) => (await connectOnce()).rest.batch(commands, callOptions),
  }

  return {
    connect: async () => (await connectOnce()).frame,
    rest,
  }
}
