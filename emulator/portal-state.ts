/**
 * What a portal keeps across page loads and sessions, for the emulator process's lifetime: the
 * app's placement bindings (`placement.bind`), whether its installation is finished (`app.info`
 * INSTALLED, set by `setInstallFinish`), its options (`setAppOption`, admins only), each user's
 * options (`setUserOption`, `CUserOptions` on a portal) and whether the app has already run for a
 * user (`setInstall`, which turns FIRST_RUN off).
 */

export interface PlacementBinding {
  id: number
  placement: string
  handler: string
  userId: number
  title: string
  description: string
  options: Record<string, unknown>
  langAll: Record<string, { TITLE: string, DESCRIPTION: string, GROUP_NAME: string }>
}

/** Option values travel through `CUtil::PhpToJsObject`, which prints integers as strings. */
function asPortalValue(value: unknown): unknown {
  if (typeof value === 'number')
    return String(value)
  if (Array.isArray(value))
    return value.map(asPortalValue)
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asPortalValue(item)]))
  return value
}

export interface PortalStateOptions {
  /** Whether the app's installation is finished (`app.info` INSTALLED). Default true. */
  installed?: boolean
}

export class PortalState {
  readonly bindings: PlacementBinding[] = []
  /**
   * `app.info` INSTALLED, portal-wide. Until it is true a portal shows the app's widgets nowhere and
   * tells non-admins the app is not fully installed (docs/rest-quirks.md#install-finish).
   */
  installed: boolean
  private nextBindingId = 1
  private readonly appOptions = new Map<string, unknown>()
  private readonly userOptions = new Map<number, Map<string, unknown>>()
  /** Users whose frame has answered `setInstall` (the portal's `params_<app>_<version>` option). */
  private readonly installFlags = new Map<number, boolean>()

  constructor(options: PortalStateOptions = {}) {
    this.installed = options.installed ?? true
  }

  addBinding(binding: Omit<PlacementBinding, 'id'>): PlacementBinding {
    const stored = { ...binding, id: this.nextBindingId++ }
    this.bindings.push(stored)
    return stored
  }

  /**
   * The binding a placement shows to a user: one for everyone (USER_ID 0) or for that user; the
   * first bound wins. Undefined when the app is not bound there.
   */
  bindingFor(placement: string, userId: number): PlacementBinding | undefined {
    return this.bindings.find(binding => binding.placement === placement && (binding.userId === 0 || binding.userId === userId))
  }

  removeBinding(id: number): void {
    const index = this.bindings.findIndex(binding => binding.id === id)
    if (index !== -1)
      this.bindings.splice(index, 1)
  }

  setAppOption(name: string, value: unknown): void {
    this.appOptions.set(name, asPortalValue(value))
  }

  setUserOption(userId: number, name: string, value: unknown): void {
    const options = this.userOptions.get(userId) ?? new Map<string, unknown>()
    options.set(name, asPortalValue(value))
    this.userOptions.set(userId, options)
  }

  setInstallFlag(userId: number, installed: boolean): void {
    this.installFlags.set(userId, installed)
  }

  /** FIRST_RUN: true until the app, opened by this user, has called `setInstall({install: true})`. */
  isFirstRun(userId: number): boolean {
    return this.installFlags.get(userId) !== true
  }

  /** APP_OPTIONS of the init data: an object, or `[]` while empty (PHP's empty array). */
  appOptionsForInitData(): Record<string, unknown> | [] {
    return this.appOptions.size === 0 ? [] : Object.fromEntries(this.appOptions)
  }

  /** USER_OPTIONS of the init data for one user; `[]` while empty. */
  userOptionsForInitData(userId: number): Record<string, unknown> | [] {
    const options = this.userOptions.get(userId)
    return !options || options.size === 0 ? [] : Object.fromEntries(options)
  }
}

/**
 * Binds the app to each placement with `handler`, as an installation that ran `placement.bind`
 * would have (the demo portal starts installed). Seeded bindings skip `placement.bind`'s checks, so
 * a `localhost` handler works for local development.
 */
export function seedInstalledApp(portal: PortalState, handler: string, placements: readonly string[]): void {
  for (const placement of placements) {
    portal.addBinding({
      placement,
      handler,
      userId: 0,
      title: 'Task Lens',
      description: '',
      options: {},
      langAll: {
        en: { TITLE: 'Task Lens', DESCRIPTION: '', GROUP_NAME: '' },
        ru: { TITLE: 'Task Lens', DESCRIPTION: '', GROUP_NAME: '' },
      },
    })
  }
}
