// @vitest-environment happy-dom
/**
 * People show as names and avatars from the one `user.get`; an id it did not return shows as
 * "Deleted user (#id)" once it has answered ("User #id" before); a member list that failed to decode
 * says why in words (the byte offset stays in the Raw view) while the other lists still render.
 */
import type { TaskTemplate } from '@/api/templates'
import type { User } from '@/api/users'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createApiError } from '@/api/errors'
import TemplatePeople from '@/features/task-template/components/TemplatePeople.vue'
import { addTemplateMessages } from '@/features/task-template/messages'
import { createAppI18n } from '@/i18n'
import { tryDecodeMemberIds } from '@/lib/bitrix/members'

const people = new Map<number, User>([
  [101, { id: 101, name: 'John Doe', photoUrl: 'https://cdn.example/101.png', position: 'Employee' }],
  [102, { id: 102, name: 'Пётр Петров', photoUrl: null, position: null }],
])

function members(overrides: Partial<TaskTemplate['members']> = {}): TaskTemplate['members'] {
  return {
    responsibles: { ok: true, value: [102], raw: 'a:1:{i:0;s:3:"102";}' },
    accomplices: { ok: true, value: [101, 777], raw: 'a:2:{i:0;i:101;i:1;i:777;}' },
    auditors: { ok: true, value: [], raw: 'a:0:{}' },
    ...overrides,
  } as TaskTemplate['members']
}

function factory(props: Partial<InstanceType<typeof TemplatePeople>['$props']> = {}, locale: 'en' | 'ru' = 'en') {
  return mount(TemplatePeople, {
    props: { members: members(), people, ...props },
    global: { plugins: [addTemplateMessages(createAppI18n(locale))] },
  })
}

function names(wrapper: ReturnType<typeof factory>, role: string): string[] {
  return wrapper.get(`[data-test="people-${role}"]`).findAll('[data-test="person-name"]').map(node => node.text())
}

describe('templatePeople', () => {
  it('names each member, falling back to "User #id"', () => {
    const wrapper = factory()
    expect(names(wrapper, 'responsibles')).toEqual(['Пётр Петров'])
    expect(names(wrapper, 'accomplices')).toEqual(['John Doe', 'User #777'])
    expect(wrapper.get('[data-test="people-auditors"]').text()).toContain('Nobody')
    expect(wrapper.get('[data-user-id="101"] img').attributes('src')).toBe('https://cdn.example/101.png')
  })

  it('shows "Nobody" for the "for new users" placeholder id 0', () => {
    const wrapper = factory({ members: members({ responsibles: { ok: true, value: [0], raw: 'a:1:{i:0;i:0;}' } } as Partial<TaskTemplate['members']>) })
    expect(names(wrapper, 'responsibles')).toEqual([])
    expect(wrapper.get('[data-test="people-responsibles"]').text()).toContain('Nobody')
  })

  it.each([
    { raw: 'a:1:{i:0;s:3:"10";}', locale: 'en' as const, reason: 'This list could not be read: a piece of text in it is longer or shorter than its recorded length. Raw fields show it as stored.' },
    { raw: 'a:2:{i:0;s:3:"101";', locale: 'en' as const, reason: 'This list could not be read: the text ends too early, as if cut off. Raw fields show it as stored.' },
    { raw: 'a:1:{i:0;s:8:"Иван";}', locale: 'en' as const, reason: 'This list could not be read: an item is not a user ID. Raw fields show it as stored.' },
    { raw: 'a:1:{i:0;s:3:"10";}', locale: 'ru' as const, reason: 'Не удалось прочитать список: длина фрагмента текста в нём не совпадает с записанной. В исходных полях он показан как есть.' },
  ])('reports a list that failed to decode in words ($raw, $locale) and still renders the others', ({ raw, locale, reason }) => {
    const broken = { ...tryDecodeMemberIds(raw), raw }
    expect(broken.ok).toBe(false)
    const wrapper = factory({ members: members({ auditors: broken } as unknown as Partial<TaskTemplate['members']>) }, locale)
    const message = wrapper.get('[data-test="people-auditors"] [data-test="members-error"]').text()
    expect(message).toBe(reason)
    expect(message).not.toMatch(/byte|offset|байт/i)
    expect(names(wrapper, 'accomplices')).toEqual(['John Doe', locale === 'ru' ? 'Пользователь №777' : 'User #777'])
  })

  it.each([
    { locale: 'en' as const, name: 'Deleted user (#777)' },
    { locale: 'ru' as const, name: 'Удалённый пользователь (№777)' },
  ])('calls an id user.get answered without a deleted user ($locale), with why on hover', ({ locale, name }) => {
    const wrapper = factory({ peopleLoaded: true }, locale)
    expect(names(wrapper, 'accomplices')).toEqual(['John Doe', name])
    const gone = wrapper.get('[data-user-id="777"] [data-test="person-name"]')
    expect(gone.attributes('data-missing')).toBe('true')
    expect(gone.attributes('title')).toMatch(/Bitrix24|Битрикс24/)
  })

  it('keeps the name the template row carries for a creator user.get does not return', () => {
    const wrapper = factory({ peopleLoaded: true, createdBy: { id: 900, name: 'Partner Pat' } })
    expect(wrapper.get('[data-test="summary-creator"]').text()).toContain('Partner Pat')
  })

  it('says when names could not be loaded, in Russian too', () => {
    const wrapper = factory({ people: new Map(), peopleError: createApiError({ code: 'ACCESS_DENIED', status: 403 }) }, 'ru')
    expect(wrapper.get('[data-test="people-error"]').text()).toContain('Не удалось загрузить имена')
    expect(names(wrapper, 'responsibles')).toEqual(['Пользователь №102'])
  })
})
