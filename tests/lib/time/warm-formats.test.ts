import { describe, expect, it } from 'vitest'
import { APP_LOCALES } from '@/i18n'
import { formatShortDateTime } from '@/lib/time/display'
import { displayFormatWarmUp } from '@/lib/time/warm-formats'
import { browserTimeZone } from '@/lib/time/zone'

describe('displayFormatWarmUp', () => {
  it.each(APP_LOCALES)('runs its steps without error and changes no formatted text (%s)', (locale) => {
    const at = new Date('2026-03-11T08:53:00Z')
    const before = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short', timeZone: browserTimeZone() }).format(at)
    const steps = displayFormatWarmUp(locale, at)
    expect(steps.length).toBeGreaterThan(1)
    for (const step of steps)
      expect(step()).toBeUndefined()
    expect(formatShortDateTime(at, locale, browserTimeZone())).toBe(before)
  })

  it('takes an unknown locale tag as Intl does, without throwing', () => {
    for (const step of displayFormatWarmUp('xx'))
      step()
  })
})
