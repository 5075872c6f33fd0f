// @vitest-environment happy-dom
/**
 * ErrorNotice translates the error where it shows it (so the text follows a language switch),
 * writes a reset time in the active locale, and offers a retry only when a retry can help.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createApiError } from '@/api/errors'
import ErrorNotice from '@/components/ErrorNotice.vue'
import { mountWithApp } from '../helpers/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('errorNotice', () => {
  it('renders the message and a retry button for a retryable error', async () => {
    const error = createApiError({ code: 'QUERY_LIMIT_EXCEEDED', status: 503 })
    const { wrapper } = mountWithApp(ErrorNotice, { props: { error } })
    expect(wrapper.get('[data-test="error-notice"]').text()).toContain('Bitrix24 is receiving too many requests right now')
    expect(wrapper.find('[role="alert"]').exists()).toBe(true)
    const button = wrapper.find('button')
    expect(button.text()).toBe('Retry')
    await button.trigger('click')
    expect(wrapper.emitted('retry')).toHaveLength(1)
  })

  it('offers no retry when retrying cannot help', () => {
    const error = createApiError({ code: 'TASK_ACCESS_DENIED', status: 400 })
    const { wrapper } = mountWithApp(ErrorNotice, { props: { error } })
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('follows a language switch', async () => {
    const error = createApiError({ code: 'QUERY_LIMIT_EXCEEDED', status: 503 })
    const { wrapper, i18n } = mountWithApp(ErrorNotice, { props: { error } })
    const english = wrapper.get('[data-test="error-notice"]').text()
    i18n.global.locale.value = 'ru'
    await nextTick()
    const russian = wrapper.get('[data-test="error-notice"]').text()
    expect(russian).not.toBe(english)
    expect(russian).toMatch(/\p{Script=Cyrillic}/u)
  })

  it('names the reset time in the active locale, and reads well without one', async () => {
    const resetAt = Date.UTC(2026, 2, 16, 15, 5) / 1000
    const { wrapper, i18n } = mountWithApp(ErrorNotice, { props: { error: createApiError({ code: 'OPERATION_TIME_LIMIT', status: 429, resetAt }) } })
    const time = (locale: string) => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(resetAt * 1000))
    expect(wrapper.text()).toContain(`Try again after ${time('en')}.`)
    i18n.global.locale.value = 'ru'
    await nextTick()
    expect(wrapper.text()).toContain(`Повторите после ${time('ru')}.`)

    const { wrapper: without } = mountWithApp(ErrorNotice, { props: { error: createApiError({ code: 'OPERATION_TIME_LIMIT', status: 429 }) } })
    expect(without.text()).toContain('Try again later.')
    expect(without.text()).not.toMatch(/\s\./)
  })
})
