import type { InstallStatus, InstallStepName, InstallSteps, PlacementReport, PlacementState, StepState } from './install-report'
/**
 * The installer's run: connect and check the rights → read the app's bindings (`placement.get`) →
 * bind the missing placements (one batch), then unbind earlier bindings of the same page in another
 * form (the folder `…/` that a ZIP app's host cannot open) → `installFinish`. Re-running is
 * harmless: a placement already bound to our handler is reported, never bound twice, and a stale
 * binding left by a failed unbind is removed on the next run. `installFinish` is called only when
 * the portal opened the page as an installation and every placement is bound (a placement of an
 * optional scope the app lacks counts as done, reported as `needs-scope`); a non-admin gets an
 * explanation and no REST call at all (placement methods are admin-only, docs/rest-quirks.md#placement-bind).
 */
import type { ApiError } from '@/api/errors'
import type { InstallFrame } from '@/api/install'
import type { BindOutcome, UnbindRequest } from '@/api/placements'
import type { PortalContext } from '@/api/portal'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { OutsidePortalError } from '@/api/errors'
import { INSTALLER_KEY } from '@/api/install'
import { planHandler } from '@/api/placements'
import { keepApiError } from './api-error'
import { PENDING_STEPS } from './install-report'
import { injectRequired } from './required'

export const useInstallStore = defineStore('install', () => {
  const installer = injectRequired(INSTALLER_KEY, 'useInstallStore')

  const status = ref<InstallStatus>('idle')
  const error = shallowRef<ApiError | null>(null)
  const context = shallowRef<PortalContext | null>(null)
  const steps = shallowRef<InstallSteps>(PENDING_STEPS)
  const placements = shallowRef<readonly PlacementReport[]>(installer.plan.placements.map(({ code }) => ({ code, state: 'pending', error: null })))
  /** `app.info` INSTALLED as read in the last run; null until read (or when unreadable). */
  const installed = ref<boolean | null>(null)
  const handler = installer.plan.handler
  // Not state: the frame wraps the SDK instance, which must stay out of reactivity.
  let frame: InstallFrame | null = null
  let runs = 0

  const isInstallMode = computed(() => context.value?.isInstallMode ?? false)

  function setStep(name: InstallStepName, state: StepState): void {
    steps.value = { ...steps.value, [name]: state }
  }

  function setPlacement(code: string, state: PlacementState, placementError: ApiError | null = null): void {
    placements.value = placements.value.map(report => (report.code === code ? { code, state, error: placementError } : report))
  }

  /** A placement of an optional scope that the portal does not offer: the app lacks that scope. */
  function needsScope(code: string, placementError: ApiError): boolean {
    const plan = installer.plan.placements.find(placement => placement.code === code)
    return plan?.optionalScope !== undefined && placementError.code === 'ERROR_PLACEMENT_NOT_FOUND'
  }

  function fail(step: InstallStepName, thrown: unknown): void {
    setStep(step, 'failed')
    error.value = keepApiError(thrown)
    status.value = 'error'
  }

  async function connectStep(isCurrent: () => boolean): Promise<InstallFrame | null> {
    setStep('connect', 'running')
    try {
      frame ??= await installer.connect()
    }
    catch (thrown) {
      if (!isCurrent())
        return null
      if (thrown instanceof OutsidePortalError) {
        setStep('connect', 'failed')
        status.value = 'outside-portal'
        return null
      }
      fail('connect', thrown)
      return null
    }
    if (!isCurrent())
      return null
    context.value = frame.context
    if (!frame.context.isAdmin) {
      setStep('connect', 'failed')
      status.value = 'not-admin'
      return null
    }
    setStep('connect', 'done')
    return frame
  }

  /** Reads the bindings; returns the codes still to bind and the stale bindings, or null when the step failed. */
  async function readStep(isCurrent: () => boolean): Promise<{ missing: string[], stale: UnbindRequest[] } | null> {
    setStep('read', 'running')
    try {
      const inspection = await installer.placements.inspect()
      if (!isCurrent())
        return null
      installed.value = inspection.installed
      const missing: string[] = []
      const stale: UnbindRequest[] = []
      for (const { code } of installer.plan.placements) {
        const plan = planHandler(inspection.bindings, code, handler)
        setPlacement(code, plan.bound && plan.stale.length === 0 ? 'already-bound' : 'pending')
        if (!plan.bound)
          missing.push(code)
        stale.push(...plan.stale.map(staleHandler => ({ placement: code, handler: staleHandler })))
      }
      setStep('read', 'done')
      return { missing, stale }
    }
    catch (thrown) {
      if (isCurrent())
        fail('read', thrown)
      return null
    }
  }

  /**
   * Sends one change of the bindings (a bind or an unbind batch) and reports each placement it
   * touches; true when every one of them succeeded.
   */
  async function changeStep(codes: readonly string[], send: () => Promise<ReadonlyMap<string, BindOutcome>>, isCurrent: () => boolean): Promise<boolean> {
    setStep('bind', 'running')
    let outcomes
    try {
      outcomes = await send()
    }
    catch (thrown) {
      if (!isCurrent())
        return false
      for (const code of codes)
        setPlacement(code, 'failed', keepApiError(thrown))
      fail('bind', thrown)
      return false
    }
    if (!isCurrent())
      return false
    let firstError: ApiError | null = null
    for (const code of codes) {
      const outcome = outcomes.get(code)
      if (outcome?.ok) {
        setPlacement(code, 'bound')
        continue
      }
      const placementError = outcome?.ok === false ? outcome.error : null
      if (placementError && needsScope(code, placementError)) {
        setPlacement(code, 'needs-scope', placementError)
        continue
      }
      setPlacement(code, 'failed', placementError)
      firstError ??= placementError
    }
    if (firstError) {
      fail('bind', firstError)
      return false
    }
    setStep('bind', 'done')
    return true
  }

  /** Binds the missing placements; true when every one of them is bound now. */
  async function bindStep(missing: readonly string[], isCurrent: () => boolean): Promise<boolean> {
    const requests = installer.plan.placements
      .filter(({ code }) => missing.includes(code))
      .map(({ code, langAll }) => ({ placement: code, handler, langAll }))
    return changeStep(missing, () => installer.placements.bind(requests), isCurrent)
  }

  /**
   * Unbinds the stale forms of placements whose handler is bound now. The new binding goes first,
   * so a failure on the way never leaves a placement without the app.
   */
  async function unbindStep(stale: readonly UnbindRequest[], isCurrent: () => boolean): Promise<boolean> {
    const replaceable = stale.filter(request => placements.value.find(report => report.code === request.placement)?.state !== 'failed')
    if (replaceable.length === 0)
      return true
    const codes = [...new Set(replaceable.map(request => request.placement))]
    return changeStep(codes, () => installer.placements.unbind(replaceable), isCurrent)
  }

  /**
   * Runs (or re-runs) the whole installation. Safe to call again after an error: placements bound
   * in an earlier run are found by `placement.get` and left alone.
   */
  async function run(): Promise<void> {
    const id = ++runs
    const isCurrent = () => id === runs
    status.value = 'loading'
    error.value = null
    steps.value = PENDING_STEPS
    placements.value = installer.plan.placements.map(({ code }) => ({ code, state: 'pending', error: null }))

    const connected = await connectStep(isCurrent)
    if (!connected)
      return
    const read = await readStep(isCurrent)
    if (!read)
      return
    if (read.missing.length === 0)
      setStep('bind', 'done')
    else if (!await bindStep(read.missing, isCurrent))
      return
    if (!await unbindStep(read.stale, isCurrent))
      return

    if (!connected.context.isInstallMode) {
      // Opened later (from the app's menu or settings): bindings are checked, but installFinish
      // would reject outside an installation (docs/frame-protocol.md#install).
      setStep('finish', 'skipped')
      status.value = 'success'
      return
    }
    setStep('finish', 'running')
    try {
      // A real portal answers by reloading the page, so this usually never resolves.
      await connected.installFinish()
    }
    catch (thrown) {
      if (isCurrent())
        fail('finish', thrown)
      return
    }
    if (!isCurrent())
      return
    setStep('finish', 'done')
    status.value = 'success'
  }

  async function fitHeight(height: number): Promise<void> {
    await frame?.fitHeight(height)
  }

  function $reset(): void {
    runs++
    status.value = 'idle'
    error.value = null
    context.value = null
    steps.value = PENDING_STEPS
    placements.value = installer.plan.placements.map(({ code }) => ({ code, state: 'pending', error: null }))
    installed.value = null
    frame = null
  }

  return { status, error, context, steps, placements, installed, handler, isInstallMode, run, fitHeight, $reset }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useInstallStore, import.meta.hot))
