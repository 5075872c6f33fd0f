/**
 * What the installer reports while it runs: the overall status, each step's state and each
 * placement's outcome (the view renders them; the store in `install.ts` produces them).
 */
import type { ApiError } from '@/api/errors'

export type InstallStatus = 'idle' | 'loading' | 'success' | 'not-admin' | 'outside-portal' | 'error'

export type InstallStepName = 'connect' | 'read' | 'bind' | 'finish'

/** `skipped`: the finish step when the page was not opened as an installation. */
export type StepState = 'pending' | 'running' | 'done' | 'failed' | 'skipped'

export type InstallSteps = Readonly<Record<InstallStepName, StepState>>

/** `needs-scope`: the portal does not offer the placement to the app without its optional scope; not a failure. */
export type PlacementState = 'pending' | 'already-bound' | 'bound' | 'failed' | 'needs-scope'

export interface PlacementReport {
  code: string
  state: PlacementState
  error: ApiError | null
}

/** Every step before a run starts. */
export const PENDING_STEPS: InstallSteps = { connect: 'pending', read: 'pending', bind: 'pending', finish: 'pending' }
