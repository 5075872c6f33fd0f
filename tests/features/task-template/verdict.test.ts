// @vitest-environment happy-dom
/**
 * The verdict line in both languages, over the emulator's PHP-written templates at the demo clock
 * (Monday 16.03.2026 12:00 server time, UTC+03:00) for a viewer at UTC+01:00.
 */
import type { User } from '@/api/users'
import { describe, expect, it } from 'vitest'
import { mapTemplate } from '@/api/templates'
import TemplateVerdict from '@/features/task-template/components/TemplateVerdict.vue'
import { doctorView } from '@/features/task-template/doctor'
import { TEMPLATES } from '../../../emulator/data/templates'
import { USERS } from '../../../emulator/data/users'
import { mountWithApp } from '../../helpers/mount'

const DEMO_NOW = Date.UTC(2026, 2, 16, 9)
const people = new Map<number, User>(USERS.filter(user => !user.deleted).map(user => [user.id, { id: user.id, name: `${user.name} ${user.lastName}`, photoUrl: null, position: null, active: user.active }]))

function render(id: number, locale: 'en' | 'ru') {
  const row = TEMPLATES.get(id)!
  const view = doctorView(mapTemplate({ ...row.columns, ...row.userFields }, '+03:00'), people, 'success', DEMO_NOW, 60)
  const { wrapper } = mountWithApp(TemplateVerdict, { props: { view, order: 'dmy' }, locale })
  return (selector: string) => wrapper.find(selector).exists() ? wrapper.get(selector).text().replace(/\s+/g, ' ') : null
}

describe('templateVerdict', () => {
  it.each([
    { id: 139, locale: 'en' as const, title: 'Next task: Tue 17.03.2026 11:00', clocks: '11:00 server time (UTC+03:00) — 09:00 for you (UTC+01:00)' },
    { id: 139, locale: 'ru' as const, title: 'Следующая задача: вт 17.03.2026 11:00', clocks: '11:00 по серверу (UTC+03:00) — 09:00 для вас (UTC+01:00)' },
    { id: 153, locale: 'ru' as const, title: 'Остановлен: создатель, Игорь Белов, деактивирован', clocks: '10:00 по серверу (UTC+03:00) — 08:00 для вас (UTC+01:00)' },
    { id: 155, locale: 'en' as const, title: 'Finished: all runs done, 7 of 7', clocks: '09:00 server time (UTC+03:00) — 07:00 for you (UTC+01:00)' },
    { id: 155, locale: 'ru' as const, title: 'Завершён: все повторения выполнены, 7 из 7', clocks: '09:00 по серверу (UTC+03:00) — 07:00 для вас (UTC+01:00)' },
  ])('template $id in $locale', ({ id, locale, title, clocks }) => {
    const text = render(id, locale)
    expect(text('[data-test="verdict-title"]')).toBe(title)
    expect(text('[data-test="verdict-clocks"]')).toBe(clocks)
  })

  it('gives the overdue fix below the reason, never as an alert', () => {
    const text = render(156, 'en')
    expect(text('[data-test="verdict-why"]')).toBe('Why: The next run stored in the template, 02.03.2026 09:00, is in the past: the portal\'s agent for this template most likely got lost.')
    expect(text('[data-test="verdict-fix"]')).toContain('open the template in Bitrix24 and save it again')
    expect(text('[role="alert"]')).toBeNull()
  })
})
