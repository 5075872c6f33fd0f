// @vitest-environment happy-dom
/**
 * The first paint's look-alikes render the kit's own classes for the variants they cover, element by
 * element (minus the few dropped on purpose, listed here), and behave: buttons stay native, loading
 * disables, the alert's close button is labelled, avatars fall back to initials, progress has its range.
 */
import type { Component } from 'vue'
import B24Alert from '@bitrix24/b24ui-nuxt/components/Alert.vue'
import B24Avatar from '@bitrix24/b24ui-nuxt/components/Avatar.vue'
import B24Badge from '@bitrix24/b24ui-nuxt/components/Badge.vue'
import B24Button from '@bitrix24/b24ui-nuxt/components/Button.vue'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { h } from 'vue'
import BaseAlert from '@/components/BaseAlert.vue'
import BaseAvatar from '@/components/BaseAvatar.vue'
import BaseBadge from '@/components/BaseBadge.vue'
import BaseButton from '@/components/BaseButton.vue'
import BaseProgress from '@/components/BaseProgress.vue'
import BaseSkeleton from '@/components/BaseSkeleton.vue'
import { mountWithApp } from '../helpers/mount'

afterEach(() => {
  document.body.innerHTML = ''
})

/** Class lists of an element and its descendants, in document order, skipping `skip` classes. */
function classTree(element: Element, skip: readonly string[] = []): string[][] {
  const lists: string[][] = []
  for (const node of [element, ...element.querySelectorAll('*')]) {
    if (node instanceof SVGElement || node.closest('svg'))
      continue
    lists.push([...node.classList].filter(name => !skip.includes(name)).sort())
  }
  return lists.filter(list => list.length > 0)
}

async function render(component: Component, props: Record<string, unknown>): Promise<Element> {
  const { wrapper } = mountWithApp({ render: () => h(component, props) })
  await flushPromises()
  return wrapper.element
}

/** The kit's Badge also styles itself inside a field group, which the first paint never has. */
const FIELD_GROUP = (list: string[]) => list.filter(name => !name.startsWith('group-[.is-field-group]'))

describe('look-alikes render the kit\'s classes', () => {
  it.each([
    { size: 'xs', color: 'air-tertiary' },
    { size: 'xs', color: 'air-primary-alert' },
    { size: 'xs', color: 'air-secondary-accent' },
    { size: 'sm', color: 'air-primary' },
    { size: 'sm', color: 'air-secondary-alert' },
    { size: 'md', color: 'air-primary' },
  ])('button $size $color', async (variant) => {
    const props = { ...variant, label: 'Save' }
    expect(classTree(await render(BaseButton, props))).toEqual(classTree(await render(B24Button, props)))
  })

  it.each([
    { size: 'xs', color: 'air-secondary-accent' },
    { size: 'xs', color: 'air-primary-success' },
    { size: 'sm', color: 'air-tertiary' },
  ])('badge $size $color', async (variant) => {
    const props = { ...variant, label: 'Manual' }
    expect(classTree(await render(BaseBadge, props))).toEqual(classTree(await render(B24Badge, props)).map(FIELD_GROUP))
  })

  it.each([{ size: 'xs' }, { size: 'sm' }, { size: 'md' }])('avatar $size', async ({ size }) => {
    const props = { size, alt: 'Anna Smith', text: 'AS' }
    // `air-secondary-accent` on the kit's root is a variant name no stylesheet defines.
    expect(classTree(await render(BaseAvatar, props))).toEqual(classTree(await render(B24Avatar, props), ['air-secondary-accent']))
  })

  it.each([{ orientation: 'vertical' }, { orientation: 'horizontal' }])('alert $orientation', async ({ orientation }) => {
    const props = { color: 'air-primary-alert', title: 'Bitrix24 did not answer', orientation }
    expect(classTree(await render(BaseAlert, props))).toEqual(classTree(await render(B24Alert, props)))
  })

  it('alert with a close button', async () => {
    const props = { color: 'air-primary-alert', title: 'Could not delete' }
    expect(classTree(await render(BaseAlert, { ...props, closable: true }))).toEqual(classTree(await render(B24Alert, { ...props, close: true })))
  })

  // The kit's Skeleton and Progress are used nowhere else, so `componentDetection` (vite.config.ts)
  // leaves their themes empty, in tests too: their classes are pinned as b24ui 2.13 renders them.
  it('skeleton', async () => {
    expect(classTree(await render(BaseSkeleton, {}))).toEqual([
      ['animate-pulse', 'bg-(--ui-color-g-glass-grey-bg-1)', 'edge-dark:bg-(--ui-color-g-glass-grey-bg-3)', 'rounded-(--ui-border-radius-md)'],
    ])
  })

  it.each([
    { color: 'air-primary', style: 'style-filled' },
    { color: 'air-primary-alert', style: 'style-filled-alert' },
  ])('progress sm $color', async ({ color, style }) => {
    expect(classTree(await render(BaseProgress, { value: 40, color, label: 'x' }))).toEqual([
      ['flex', 'flex-col', 'gap-2', style, 'w-full'].sort(),
      ['bg-(--ui-color-base-5)', 'h-[4px]', 'overflow-hidden', 'relative', 'rounded-(--ui-border-radius-pill)', 'w-full'],
      ['bg-(--b24ui-background)', 'duration-200', 'ease-out', 'motion-reduce:transition-none', 'rounded-(--ui-border-radius-pill)', 'size-full', 'transition-transform'],
    ])
  })
})

describe('look-alikes behave', () => {
  it('a button is a native button that emits clicks and is disabled while loading', async () => {
    const clicks: string[] = []
    const { wrapper } = mountWithApp(BaseButton, { props: { label: 'Retry', onClick: () => clicks.push('click') } })
    const button = wrapper.get('button')
    expect(button.attributes('type')).toBe('button')
    await button.trigger('click')
    expect(clicks).toEqual(['click'])
    await wrapper.setProps({ loading: true })
    expect(button.attributes('disabled')).toBeDefined()
    expect(wrapper.find('[data-test="button-loading"] svg').attributes('aria-hidden')).toBe('true')
  })

  it('the alert\'s close button is labelled in the app\'s language and emits close', async () => {
    const { wrapper } = mountWithApp(BaseAlert, { props: { title: 'Не удалось удалить', closable: true }, locale: 'ru' })
    const close = wrapper.get('[data-test="alert-close"]')
    expect(close.attributes('aria-label')).toBe('Закрыть')
    await close.trigger('click')
    expect(wrapper.emitted('close')).toHaveLength(1)
  })

  it('an avatar shows the photo, then the initials when it fails to load', async () => {
    const { wrapper } = mountWithApp(BaseAvatar, { props: { src: 'https://cdn.example/1.png', alt: 'Anna Smith', text: 'AS', size: 'xs' } })
    expect(wrapper.get('img').attributes()).toMatchObject({ alt: 'Anna Smith', width: '24', height: '24' })
    await wrapper.get('img').trigger('error')
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.text()).toBe('AS')
  })

  it.each([
    { value: 40, max: 100, now: '40', offset: 'translateX(-60%)' },
    { value: 140, max: 100, now: '100', offset: 'translateX(-0%)' },
    { value: -5, max: 100, now: '0', offset: 'translateX(-100%)' },
  ])('progress $value of $max is announced as $now', ({ value, max, now, offset }) => {
    const { wrapper } = mountWithApp(BaseProgress, { props: { value, max, label: '1:45 of 10:00 planned' } })
    const bar = wrapper.get('[role="progressbar"]')
    expect(bar.attributes()).toMatchObject({ 'aria-valuemin': '0', 'aria-valuemax': String(max), 'aria-valuenow': now, 'aria-label': '1:45 of 10:00 planned' })
    expect(bar.get('div').attributes('style')).toContain(offset)
  })

  it('a skeleton bar is hidden from assistive technology', () => {
    const { wrapper } = mountWithApp(BaseSkeleton)
    expect(wrapper.attributes('aria-hidden')).toBe('true')
  })
})
