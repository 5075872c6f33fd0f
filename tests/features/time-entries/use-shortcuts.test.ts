// @vitest-environment happy-dom
/**
 * The time tab's single-key shortcuts: they fire on the document while their component is
 * mounted, match the typed character or the physical key (a Russian layout types `т` on N), and
 * stay quiet while typing, with Ctrl/Alt/Meta, during composition and while a modal dialog is open.
 * Their bindings load with the first key, which is handled once they are in.
 */
import type { ShortcutHandler } from '@/features/time-entries/composables/useShortcuts'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { isTypingTarget, matchShortcut } from '@/features/time-entries/composables/shortcut-keys'
import { useShortcuts } from '@/features/time-entries/composables/useShortcuts'

afterEach(() => {
  document.body.innerHTML = ''
})

function host(shortcuts: Record<string, ShortcutHandler>) {
  const Host = defineComponent({
    setup() {
      useShortcuts(async () => shortcuts)
      return () => h('div', [h('input', { 'data-test': 'text' }), h('input', { 'type': 'checkbox', 'data-test': 'box' }), h('textarea'), h('div', { 'contenteditable': 'true', 'data-test': 'editable' }), h('button', { 'data-test': 'button' }, 'b')])
    },
  })
  return mount(Host, { attachTo: document.body })
}

function press(target: EventTarget, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

describe('matchShortcut', () => {
  it.each([
    { init: { key: 'n', code: 'KeyN' }, want: 'n' },
    { init: { key: 'т', code: 'KeyN' }, want: 'n' },
    { init: { key: '?', code: 'Slash', shiftKey: true }, want: '?' },
    { init: { key: ',', code: 'Slash', shiftKey: true }, want: '?' },
    { init: { key: '/', code: 'Slash' }, want: '/' },
    { init: { key: 'Delete', code: 'Delete' }, want: 'Delete' },
    { init: { key: 'N', code: 'KeyN', shiftKey: true }, want: null },
    { init: { key: 'n', code: 'KeyN', ctrlKey: true }, want: null },
    { init: { key: 'n', code: 'KeyN', altKey: true }, want: null },
    { init: { key: 'n', code: 'KeyN', metaKey: true }, want: null },
    { init: { key: 'x', code: 'KeyX' }, want: null },
  ])('$init.key ($init.code) → $want', ({ init, want }) => {
    expect(matchShortcut(new KeyboardEvent('keydown', init), ['n', '/', '?', 'e', 'Delete'])).toBe(want)
  })
})

describe('isTypingTarget', () => {
  it('counts text fields and contenteditable, not buttons or checkboxes', () => {
    const wrapper = host({})
    expect(isTypingTarget(wrapper.get('[data-test="text"]').element)).toBe(true)
    expect(isTypingTarget(wrapper.get('textarea').element)).toBe(true)
    expect(isTypingTarget(wrapper.get('[data-test="box"]').element)).toBe(false)
    expect(isTypingTarget(wrapper.get('[data-test="button"]').element)).toBe(false)
    wrapper.unmount()
  })
})

/** Presses a key nothing is bound to, so the bindings load before the assertions. */
async function loadBindings(): Promise<void> {
  press(document.body, { key: 'Shift', code: 'ShiftLeft' })
  await vi.dynamicImportSettled()
  await flushPromises()
}

describe('useShortcuts', () => {
  it('handles the key that loads the bindings once they are in', async () => {
    const add = vi.fn()
    const wrapper = host({ n: add })
    press(wrapper.get('[data-test="button"]').element, { key: 'n', code: 'KeyN' })
    await vi.dynamicImportSettled()
    await flushPromises()
    expect(add).toHaveBeenCalledTimes(1)
    wrapper.unmount()
  })

  it('runs the handler and takes the key, unless the handler declines', async () => {
    const add = vi.fn()
    const wrapper = host({ n: add, e: () => false })
    await loadBindings()
    const button = wrapper.get('[data-test="button"]').element
    expect(press(button, { key: 'n', code: 'KeyN' }).defaultPrevented).toBe(true)
    expect(add).toHaveBeenCalledTimes(1)
    expect(press(button, { key: 'e', code: 'KeyE' }).defaultPrevented).toBe(false)
    wrapper.unmount()
  })

  it('stays quiet while typing, with modifiers, during composition and behind an open dialog', async () => {
    const add = vi.fn()
    const wrapper = host({ n: add })
    await loadBindings()
    press(wrapper.get('[data-test="text"]').element, { key: 'n', code: 'KeyN' })
    press(wrapper.get('textarea').element, { key: 'n', code: 'KeyN' })
    const editable = wrapper.get('[data-test="editable"]').element as HTMLElement
    // happy-dom does not derive isContentEditable from the attribute.
    Object.defineProperty(editable, 'isContentEditable', { value: true })
    press(editable, { key: 'n', code: 'KeyN' })
    press(document.body, { key: 'n', code: 'KeyN', ctrlKey: true })
    press(document.body, { key: 'n', code: 'KeyN', isComposing: true })
    const dialog = document.createElement('dialog')
    dialog.setAttribute('open', '')
    document.body.append(dialog)
    press(document.body, { key: 'n', code: 'KeyN' })
    expect(add).not.toHaveBeenCalled()
    dialog.remove()
    press(document.body, { key: 'n', code: 'KeyN' })
    expect(add).toHaveBeenCalledTimes(1)
    wrapper.unmount()
  })

  it('lets go of the document when its component unmounts, also with a key still loading', async () => {
    const add = vi.fn()
    const loading = host({ n: add })
    press(document.body, { key: 'n', code: 'KeyN' })
    loading.unmount()
    await vi.dynamicImportSettled()
    await flushPromises()
    host({ n: add }).unmount()
    press(document.body, { key: 'n', code: 'KeyN' })
    expect(add).not.toHaveBeenCalled()
  })
})
