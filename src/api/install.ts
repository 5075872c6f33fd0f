/**
 * What the installer page needs from the portal: the frame (who is here, is this an installation,
 * `installFinish`), the placements API and the plan of what to bind. `install/main.ts` provides it
 * under `INSTALLER_KEY`; the install store `inject`s it, and tests provide a fake.
 *
 * Kept apart from `api/index.ts` so the installer's bundle does not pull in the sidebar's API.
 */
import type { InjectionKey } from 'vue'
import type { PlacementsApi, PlacementTexts } from './placements'
import type { PortalConnector, PortalContext } from './portal'
import { toApiError } from './errors'

/** One placement to bind, with its `LANG_ALL` texts. */
export interface PlacementPlan {
  code: string
  langAll: Readonly<Record<string, PlacementTexts>>
  /**
   * A scope the placement needs beyond the app's core ones. Without it `placement.bind` answers
   * ERROR_PLACEMENT_NOT_FOUND (bitrix-core-business modules/rest/lib/api/placement.php, `bind`
   * lists only the token's scopes' placements); the installer then reports it and goes on.
   */
  optionalScope?: string
}

export interface InstallPlan {
  /**
   * The app's start page on its own host (keep HANDLER on the app's host:
   * docs/rest-quirks.md#placement-bind).
   */
  handler: string
  placements: readonly PlacementPlan[]
}

export interface InstallFrame {
  readonly context: PortalContext
  /** `BX24.installFinish()`: a real portal reloads the page instead of answering. Rejects with `ApiError`. */
  installFinish: () => Promise<void>
  fitHeight: (height: number) => Promise<void>
}

export interface Installer {
  plan: InstallPlan
  /** Connects once; rejects with `OutsidePortalError` outside a frame, `ApiError` otherwise. */
  connect: () => Promise<InstallFrame>
  placements: PlacementsApi
}

export const INSTALLER_KEY: InjectionKey<Installer> = Symbol('installer')

/**
 * Wraps the portal connection so that every failure the store sees is an `ApiError`
 * (or `OutsidePortalError`).
 *
 * @example
 * app.provide(INSTALLER_KEY, createInstaller(portal, createPlacementsApi(portal.rest), plan))
 */
export function createInstaller(portal: PortalConnector, placements: PlacementsApi, plan: InstallPlan): Installer {
  return {
    plan,
    placements,
    async connect() {
      const frame = await portal.connect()
      return {
        context: frame.context,
        fitHeight: height => frame.fitHeight(height),
        async installFinish() {
          try {
            await frame.installFinish()
          }
          catch (error) {
            throw toApiError(error, { method: 'installFinish' })
          }
        },
      }
    },
  }
}
