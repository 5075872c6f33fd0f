// @vitest-environment happy-dom
/**
 * The installer view shows each step and each placement's result, explains the documented refusals
 * in plain words (with the handler address where it matters) and offers a retry; store actions are spied.
 */
import type { ApiError } from '@/api/errors'
import type { Installer } from '@/api/install'
import type { PortalContext } from '@/api/portal'
import type { AppLocale } from '@/i18n'
import type { InstallSteps, PlacementReport } from '@/stores/install-report'
import { createTestingPinia } from '@pinia/testing'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApiError } from '@/api/errors'
import { INSTALLER_KEY } from '@/api/install'
import InstallView from '@/features/install/InstallView.vue'
import { addInstallMessages } from '@/features/install/messages'
import { createAppI18n } from '@/i18n'
import { useInstallStore } from '@/stores/install'
import { createUiKit } from '@/ui-kit'

const HANDLER = 'http://127.0.0.1:5173/'

afterEach(() => {
  document.body.innerHTML = ''
})

const context: PortalContext = {
  lang: 'en',
  placement: 'DEFAULT',
  placementOptions: {},
  isAdmin: true,
  isSliderMode: false,
  isInstallMode: true,
  portalOrigin: 'http://localhost:8099',
}

const installer: Installer = {
  plan: { handler: HANDLER, placements: [{ code: 'TASK_VIEW_SIDEBAR', langAll: {} }, { code: 'TASK_VIEW_TAB', langAll: {} }] },
  connect: vi.fn(),
  placements: { inspect: vi.fn(), bind: vi.fn(), unbind: vi.fn() },
}

function report(code: string, state: PlacementReport['state'], error: ApiError | null = null): PlacementReport {
  return { code, state, error }
}

/** An error whose fallback text is its `errors.<code>` message. */
function apiError(code: ApiError['code'], status = 400): ApiError {
  return createApiError({ code, status })
}

interface State {
  status?: string
  error?: ApiError | null
  context?: PortalContext | null
  steps?: InstallSteps
  placements?: PlacementReport[]
  installed?: boolean | null
}

function factory(state: State, locale: AppLocale = 'en') {
  const pinia = createTestingPinia({
    createSpy: vi.fn,
    initialState: {
      install: {
        status: 'success',
        error: null,
        context,
        steps: { connect: 'done', read: 'done', bind: 'done', finish: 'done' },
        placements: [report('TASK_VIEW_SIDEBAR', 'bound'), report('TASK_VIEW_TAB', 'bound')],
        installed: false,
        ...state,
      },
    },
  })
  // As the installer page mounts it: the kit's context without its plugin.
  const i18n = addInstallMessages(createAppI18n(locale))
  const wrapper = mount(InstallView, {
    attachTo: document.body,
    global: {
      plugins: [i18n, createUiKit({ locale: i18n.global.locale }), pinia] as never[],
      provide: { [INSTALLER_KEY as symbol]: installer },
    },
  })
  return { wrapper, store: useInstallStore(pinia) }
}

function stepStates(wrapper: ReturnType<typeof factory>['wrapper']) {
  return wrapper.findAll('[data-test^="install-step-"]').map(step => [step.attributes('data-test'), step.attributes('data-state'), step.get('[data-test="step-state"]').text()])
}

describe('installView', () => {
  it('starts the run on mount when idle', () => {
    const { store } = factory({ status: 'idle', context: null, steps: { connect: 'pending', read: 'pending', bind: 'pending', finish: 'pending' } })
    expect(store.run).toHaveBeenCalledTimes(1)
  })

  it('does not start again when a run already happened', () => {
    const { store } = factory({})
    expect(store.run).not.toHaveBeenCalled()
  })

  it('reports a finished installation step by step', async () => {
    const { wrapper } = factory({})
    await flushPromises()
    expect(stepStates(wrapper)).toEqual([
      ['install-step-connect', 'done', 'Done'],
      ['install-step-read', 'done', 'Done'],
      ['install-step-bind', 'done', 'Done'],
      ['install-step-finish', 'done', 'Done'],
    ])
    const placements = wrapper.findAll('[data-test^="install-placement-"]').map(row => row.text())
    expect(placements).toEqual(['Task card: Applications blockPlaced now', 'Task card: tabPlaced now'])
    expect(wrapper.get('[data-test="install-handler"]').text()).toBe(`Opens ${HANDLER}`)
    expect(wrapper.get('[data-test="install-success"]').text()).toContain('Installation complete.')
    expect(wrapper.find('[data-test="install-retry"]').exists()).toBe(false)
  })

  it('says "already placed" on a re-run', () => {
    const { wrapper } = factory({ placements: [report('TASK_VIEW_SIDEBAR', 'already-bound'), report('TASK_VIEW_TAB', 'already-bound')] })
    expect(wrapper.findAll('[data-test="placement-result"]').map(badge => badge.text())).toEqual(['Already placed, left as it was', 'Already placed, left as it was'])
  })

  it('reports toolbars that need the intranet scope calmly, without an alert or a retry, in both languages', () => {
    const notFound = apiError('ERROR_PLACEMENT_NOT_FOUND')
    const placements = [report('TASK_VIEW_SIDEBAR', 'bound'), report('TASK_VIEW_TAB', 'bound'), report('TASK_USER_LIST_TOOLBAR', 'needs-scope', notFound), report('TASK_GROUP_LIST_TOOLBAR', 'needs-scope', notFound)]
    const { wrapper } = factory({ placements })
    const row = wrapper.get('[data-test="install-placement-TASK_USER_LIST_TOOLBAR"]')
    expect(row.get('[data-test="placement-result"]').text()).toBe('Needs the intranet scope')
    expect(row.get('[data-test="placement-why"]').text()).toContain('Toolbar buttons need the intranet scope')
    expect(wrapper.get('[data-test="install-placement-TASK_GROUP_LIST_TOOLBAR"]').text()).toContain('a project\'s tasks')
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="install-retry"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="install-success"]').exists()).toBe(true)
    const russian = factory({ placements }, 'ru').wrapper
    expect(russian.get('[data-test="install-placement-TASK_USER_LIST_TOOLBAR"] [data-test="placement-why"]').text()).toContain('нужно право intranet')
  })

  it('explains why finishing was skipped, and that Bitrix24 still waits for it', () => {
    const { wrapper } = factory({
      context: { ...context, isInstallMode: false },
      steps: { connect: 'done', read: 'done', bind: 'done', finish: 'skipped' },
      installed: false,
    })
    expect(wrapper.get('[data-test="install-finish-note"]').text()).toContain('still reports the installation as unfinished')
    expect(wrapper.get('[data-test="install-success"]').text()).toContain('All set')
  })

  it('says the portal will reload while installFinish runs', () => {
    const { wrapper } = factory({ status: 'loading', steps: { connect: 'done', read: 'done', bind: 'done', finish: 'running' } })
    expect(wrapper.get('[data-test="install-finish-note"]').text()).toContain('Bitrix24 reloads the page')
    expect(wrapper.get('[data-test="install"]').attributes('aria-busy')).toBe('true')
  })

  it('explains a non-admin plainly, without a retry', () => {
    const { wrapper } = factory({ status: 'not-admin', context: { ...context, isAdmin: false }, steps: { connect: 'failed', read: 'pending', bind: 'pending', finish: 'pending' } })
    expect(wrapper.get('[data-test="install-not-admin"]').text()).toContain('Only an administrator can install Task Lens')
    expect(wrapper.get('[data-test="install-not-admin"]').text()).toContain('Nothing was changed')
    expect(wrapper.find('[data-test="install-retry"]').exists()).toBe(false)
  })

  it('shows the installer notice outside Bitrix24, without steps', () => {
    const { wrapper } = factory({ status: 'outside-portal', context: null, steps: { connect: 'failed', read: 'pending', bind: 'pending', finish: 'pending' } })
    expect(wrapper.get('[data-test="install-outside"]').text()).toContain('installer of Task Lens')
    expect(wrapper.find('[data-test="install-steps"]').exists()).toBe(false)
  })

  it.each([
    { code: 'WRONG_AUTH_TYPE' as const, text: 'not from a webhook' },
    { code: 'ACCESS_DENIED' as const, text: 'only administrators may decide where apps appear' },
    { code: 'insufficient_scope' as const, text: 'without the “placement” permission' },
    { code: 'ERROR_PLACEMENT_NOT_FOUND' as const, text: 'lacks the “task” permission' },
    { code: 'ERROR_WRONG_HANDLER_URL' as const, text: `refused the app's address ${HANDLER}` },
    { code: 'QUERY_LIMIT_EXCEEDED' as const, text: 'Bitrix24 is receiving too many requests right now' },
  ])('explains $code on the failed placement and offers a retry', async ({ code, text }) => {
    const error = apiError(code)
    const { wrapper, store } = factory({
      status: 'error',
      error,
      steps: { connect: 'done', read: 'done', bind: 'failed', finish: 'pending' },
      placements: [report('TASK_VIEW_SIDEBAR', 'already-bound'), report('TASK_VIEW_TAB', 'failed', error)],
    })
    const tab = wrapper.get('[data-test="install-placement-TASK_VIEW_TAB"]')
    expect(tab.attributes('data-state')).toBe('failed')
    expect(tab.get('[data-test="placement-why"]').text()).toContain(text)
    expect(wrapper.get('[data-test="install-error"]').text()).toContain('only after every placement is in place')
    await wrapper.get('[data-test="install-retry"]').trigger('click')
    expect(store.run).toHaveBeenCalledTimes(1)
  })

  it('explains a failure before binding in the alert itself', () => {
    const { wrapper } = factory({
      status: 'error',
      error: apiError('insufficient_scope', 403),
      steps: { connect: 'done', read: 'failed', bind: 'pending', finish: 'pending' },
      placements: [report('TASK_VIEW_SIDEBAR', 'pending'), report('TASK_VIEW_TAB', 'pending')],
    })
    expect(wrapper.get('[data-test="install-error"]').text()).toContain('without the “placement” permission')
    expect(wrapper.find('[data-test="placement-why"]').exists()).toBe(false)
  })

  it('speaks Russian', () => {
    const { wrapper } = factory({}, 'ru')
    expect(wrapper.text()).toContain('Установка Task Lens')
    expect(wrapper.text()).toContain('Размещено сейчас')
  })
})
