// @vitest-environment happy-dom
/**
 * The inspector renders template 139 from the store: summary, people, the recurrence sentence and the
 * next runs; a corrupt serialized field shows its caret in the raw view while the rest still renders;
 * NOT_FOUND says "not found or no access" for that id. Store actions are spied, not run.
 */
import type { TaskTemplate } from '@/api/templates'
import type { User } from '@/api/users'
import { createTestingPinia } from '@pinia/testing'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { API_KEY } from '@/api'
import { createApiError } from '@/api/errors'
import { mapTemplate } from '@/api/templates'
import { describeRecurrence } from '@/features/task-template/recurrence'
import TemplateInspector from '@/features/task-template/TemplateInspector.vue'
import { useTaskTemplateStore } from '@/stores/task-template'
import doc from '../../fixtures/template-139.json'
import { mountWithApp } from '../../helpers/mount'

const row139 = doc.result as Record<string, unknown>

afterEach(() => {
  document.body.innerHTML = ''
})

function factory(state: { template?: TaskTemplate | null, status?: string, error?: unknown, people?: Map<number, User> }, locale: 'en' | 'ru' = 'en', templateId = 139) {
  const pinia = createTestingPinia({
    createSpy: vi.fn,
    initialState: { 'task-template': { templateId, status: 'success', template: null, people: new Map(), ...state } },
  })
  // The store's actions are spies, so the API behind them is never reached.
  const { wrapper } = mountWithApp(TemplateInspector, { props: { templateId }, locale, plugins: [pinia], provide: { [API_KEY as symbol]: {} } })
  return { wrapper, store: useTaskTemplateStore(pinia) }
}

const people = new Map<number, User>([
  [101, { id: 101, name: 'John Doe', photoUrl: null, position: 'Employee' }],
  [102, { id: 102, name: 'Peter Peters', photoUrl: null, position: null }],
])

describe('describeRecurrence', () => {
  it.each([
    { locale: 'en', sentence: 'Every week on Tuesday at 11:00 (server time, UTC+01:00), from 16.03.2026, no end date' },
    { locale: 'ru', sentence: 'Каждую неделю во вторник в 11:00 (время сервера, UTC+01:00), с 16.03.2026, без даты окончания' },
  ])('reads template 139 in $locale', ({ locale, sentence }) => {
    const view = describeRecurrence(mapTemplate(row139, '+01:00'), locale)
    expect(view.sentence).toBe(sentence)
    expect(view.runs?.kind === 'runs' && view.runs.runs.length).toBe(5)
    expect(view.notes).toEqual([])
  })

  it('explains an ambiguous date with both readings', () => {
    const params = String(row139.REPLICATE_PARAMS).replace('s:19:"16.03.2026 00:00:00"', 's:19:"03/04/2026 00:00:00"').replace('s:19:"17.03.2026 11:00:00"', 's:19:"03/10/2026 11:00:00"')
    const view = describeRecurrence(mapTemplate({ ...row139, REPLICATE_PARAMS: params }, null), 'en')
    expect(view.notes).toContainEqual({ key: 'ambiguousDate', params: { field: 'START_DATE', raw: '03/04/2026 00:00:00', first: 'March 4, 2026', second: 'April 3, 2026' } })
    expect(view.sentence).toContain('from 03/04/2026 00:00:00')
  })
})

describe('templateInspector', () => {
  it('loads on mount only when the store holds another template', () => {
    const { store } = factory({ template: null, status: 'idle' }, 'en', 140)
    expect(store.load).toHaveBeenCalledWith(140)
  })

  it('renders template 139', async () => {
    const { wrapper, store } = factory({ template: mapTemplate(row139, '+01:00'), people })
    await flushPromises()
    expect(store.load).not.toHaveBeenCalled()
    expect(wrapper.get('[data-test="template-title"]').text()).toBe('Preparation of Weekly Project Status')
    expect(wrapper.get('[data-test="summary-priority"]').text()).toBe('High')
    expect(wrapper.get('[data-test="summary-status"]').text()).toBe('New')
    expect(wrapper.get('[data-test="offset-startDatePlanAfter"]').text()).toContain('+9 h')
    expect(wrapper.get('[data-test="offset-endDatePlanAfter"]').text()).toContain('+1 d 3 h')
    expect(wrapper.get('[data-test="offset-deadlineAfter"]').text()).toContain('Not set')
    expect(wrapper.get('[data-test="summary-crm"]').text()).toContain('Lead #1179')
    expect(wrapper.get('[data-test="summary-crm"]').text()).toContain('Deal #1833')
    expect(wrapper.get('[data-test="summary-files"]').text()).toContain('File #1117')
    expect(wrapper.get('[data-test="flag-allowTimeTracking"]').text()).toContain('Yes')
    expect(wrapper.get('[data-test="flag-taskControl"]').text()).toContain('No')
    expect(wrapper.get('[data-test="people-responsibles"]').text()).toContain('Peter Peters')
    expect(wrapper.get('[data-test="recurrence-sentence"]').text()).toBe('Every week on Tuesday at 11:00 (server time, UTC+01:00), from 16.03.2026, no end date')
    expect(wrapper.findAll('[data-test="next-run"]').map(run => run.findAll('span').map(span => span.text()).join(' '))).toEqual(['Tue 17.03.2026 11:00', 'Tue 24.03.2026 11:00', 'Tue 31.03.2026 11:00', 'Tue 07.04.2026 11:00', 'Tue 14.04.2026 11:00'])
  })

  it('renders in Russian', async () => {
    const { wrapper } = factory({ template: mapTemplate(row139, null), people }, 'ru')
    await flushPromises()
    expect(wrapper.get('[data-test="recurrence-sentence"]').text()).toBe('Каждую неделю во вторник в 11:00 (время сервера), с 16.03.2026, без даты окончания')
    expect(wrapper.get('[data-test="summary-priority"]').text()).toBe('Высокий')
  })

  it('keeps rendering next to a corrupt field and shows the caret in the raw view', async () => {
    const { wrapper } = factory({ template: mapTemplate({ ...row139, REPLICATE_PARAMS: 'a:1:{s:6:"PERIOD";s:7:"weekly";}' }, null), people })
    await flushPromises()
    expect(wrapper.get('[data-test="recurrence-problem"]').text()).toContain('could not be read')
    expect(wrapper.get('[data-test="people-responsibles"]').text()).toContain('Peter Peters')
    await wrapper.get('[data-test="raw-toggle"] button, button[role="switch"]').trigger('click')
    await flushPromises()
    const field = wrapper.get('[data-test="serialized-REPLICATE_PARAMS"]')
    expect(field.get('[data-test="decode-error-message"]').text()).toContain('Error at byte')
    expect(field.find('[data-test="caret"]').exists()).toBe(true)
    expect(wrapper.get('[data-test="serialized-RESPONSIBLES"]').find('[data-test="php-leaf"]').text()).toContain('"102"')
    expect(wrapper.get('[data-test="raw-TITLE"] details > div').text()).toBe('Preparation of Weekly Project Status')
    // Collapsed by default, one line per field; the field that cannot be decoded starts open.
    expect(wrapper.get('[data-test="raw-TITLE"] details').attributes('open')).toBeUndefined()
    expect(wrapper.get('[data-test="raw-RESPONSIBLES"] details').attributes('open')).toBeUndefined()
    expect(wrapper.get('[data-test="raw-REPLICATE_PARAMS"] details').attributes('open')).toBeDefined()
  })

  it.each([
    { code: 'NOT_FOUND' as const, test: 'template-not-found', text: 'Template #404 was not found, or you do not have access to it.' },
    { code: 'MISSING_PARAMETER' as const, test: 'template-missing-id', text: 'No template ID was sent to Bitrix24.' },
  ])('says $code plainly', async ({ code, test, text }) => {
    const { wrapper } = factory({ template: null, status: 'error', error: createApiError({ code, status: 200 }) }, 'en', 404)
    await flushPromises()
    expect(wrapper.get(`[data-test="${test}"]`).text()).toContain(text)
    // A calm empty state: nothing failed, so no alert role, and a way back.
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="template-back"]').exists()).toBe(true)
  })
})
