// @vitest-environment happy-dom
/**
 * ErrorNotice shows the localized message and offers a retry only when a retry can help.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { createApiError } from '@/api/errors'
import ErrorNotice from '@/components/ErrorNotice.vue'
import { mountWithApp } from '../helpers/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('errorNotice', () => {
  it('renders the message and a retry button for a retryable error', async () => {
    const error = createApiError({ code: 'QUERY_LIMIT_EXCEEDED', status: 503 }, key => `text of ${key}`)
    const { wrapper } = mountWithApp(ErrorNotice, { props: { error } })
    expect(wrapper.get('[data-test="error-notice"]').text()).toContain('text of errors.QUERY_LIMIT_EXCEEDED')
    expect(wrapper.find('[role="alert"]').exists()).toBe(true)
    const button = wrapper.find('button')
    expect(button.text()).toBe('Retry')
    await button.trigger('click')
    expect(wrapper.emitted('retry')).toHaveLength(1)
  })

  it('offers no retry when retrying cannot help', () => {
    const error = createApiError({ code: 'TASK_ACCESS_DENIED', status: 400 }, key => key)
    const { wrapper } = mountWithApp(ErrorNotice, { props: { error } })
    expect(wrapper.find('button').exists()).toBe(false)
  })
})
