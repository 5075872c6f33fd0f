// @vitest-environment happy-dom
/**
 * A long author name is cut with an ellipsis inside its container (entry detail at 320 px): the
 * chip may shrink (`min-w-0`) and never grows past its container (`max-w-full`).
 */
import { afterEach, describe, expect, it } from 'vitest'
import UserChip from '@/features/time-entries/components/UserChip.vue'
import { mountWithApp } from '../../helpers/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('userChip', () => {
  it('keeps a long name inside its container, truncated, with the full name as a title', () => {
    const name = 'Maximilian Alexander von Hohenzollern-Sigmaringen Wolfeschlegelsteinhausen'
    const { wrapper } = mountWithApp(UserChip, { props: { userId: 7, user: { id: 7, name, photoUrl: null, position: null } } })
    const chip = wrapper.get('[data-test="user-chip"]')
    expect(chip.classes()).toEqual(expect.arrayContaining(['min-w-0', 'max-w-full']))
    const label = wrapper.get('[data-test="user-name"]')
    expect(label.classes()).toContain('truncate')
    expect(label.attributes('title')).toBe(name)
  })
})
