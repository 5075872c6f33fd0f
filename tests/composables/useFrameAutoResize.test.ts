// @vitest-environment happy-dom
/**
 * The frame's height follows the app root without layout callbacks: a cross-origin frame off-screen
 * gets no ResizeObserver callbacks in Chromium, so DOM mutations and `load` events must be enough.
 */
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, useTemplateRef } from 'vue'
import { useFrameAutoResize } from '@/composables/useFrameAutoResize'

/** The rendered height the test pretends the root has (happy-dom does no layout). */
let rootHeight = 0

const Host = defineComponent({
  props: { fit: { type: Function, required: true } },
  setup(props) {
    const root = useTemplateRef<HTMLElement>('root')
    useFrameAutoResize(root, height => (props.fit as (height: number) => Promise<void>)(height))
    return () => h('div', { 'ref': 'root', 'data-test': 'root' }, [h('p', 'first line')])
  },
})

function mountHost(fit: (height: number) => Promise<void>) {
  const wrapper = mount(Host, { props: { fit }, attachTo: document.body })
  vi.spyOn(wrapper.element as HTMLElement, 'getBoundingClientRect').mockImplementation(() => ({ height: rootHeight }) as DOMRect)
  return wrapper
}

beforeEach(() => {
  vi.useFakeTimers()
  // As in an off-screen cross-origin frame: the observer exists but never calls back.
  vi.stubGlobal('ResizeObserver', class {
    observe(): void {}
    disconnect(): void {}
  })
  rootHeight = 0
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('useFrameAutoResize', () => {
  it('sends the height after a DOM change even when the ResizeObserver never fires', async () => {
    const fit = vi.fn(async (_height: number) => {})
    const wrapper = mountHost(fit)
    rootHeight = 141.2
    await vi.runAllTimersAsync()
    expect(fit).toHaveBeenLastCalledWith(142)

    rootHeight = 780
    wrapper.element.append(Object.assign(document.createElement('p'), { textContent: 'the entries arrived' }))
    await vi.runAllTimersAsync()
    expect(fit).toHaveBeenLastCalledWith(780)

    rootHeight = 300
    wrapper.element.lastElementChild!.remove()
    await vi.runAllTimersAsync()
    expect(fit).toHaveBeenLastCalledWith(300)
    wrapper.unmount()
  })

  it('measures again when an image inside has loaded', async () => {
    const fit = vi.fn(async (_height: number) => {})
    const wrapper = mountHost(fit)
    const image = document.createElement('img')
    rootHeight = 200
    wrapper.element.append(image)
    await vi.runAllTimersAsync()
    expect(fit).toHaveBeenLastCalledWith(200)

    rootHeight = 260
    image.dispatchEvent(new Event('load'))
    await vi.runAllTimersAsync()
    expect(fit).toHaveBeenLastCalledWith(260)
    wrapper.unmount()
  })

  it('sends each height once, waits for a burst of changes to end, and nothing after unmount', async () => {
    const fit = vi.fn(async (_height: number) => {})
    const wrapper = mountHost(fit)
    rootHeight = 400
    for (let line = 0; line < 10; line++)
      wrapper.element.append(document.createElement('p'))
    await vi.runAllTimersAsync()
    wrapper.element.setAttribute('data-state', 'same height')
    await vi.runAllTimersAsync()
    expect(fit.mock.calls).toEqual([[400]])

    wrapper.unmount()
    rootHeight = 500
    wrapper.element.append(document.createElement('p'))
    await vi.runAllTimersAsync()
    expect(fit.mock.calls).toEqual([[400]])
  })
})
