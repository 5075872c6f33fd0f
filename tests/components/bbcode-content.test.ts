// @vitest-environment happy-dom
/** BBCode renders as elements built from text nodes only: markup in the input never becomes markup. */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import BbcodeContent from '@/components/BbcodeContent.vue'

describe('bbcodeContent', () => {
  it('renders allowed tags as elements', () => {
    const wrapper = mount(BbcodeContent, { props: { source: '[b]Bold[/b] [url=https://example.com]link[/url]\n[list][*]one[*]two[/list]' } })
    expect(wrapper.get('strong').text()).toBe('Bold')
    expect(wrapper.get('a').attributes()).toMatchObject({ href: 'https://example.com/', rel: 'noopener noreferrer', target: '_blank' })
    expect(wrapper.findAll('li').map(li => li.text())).toEqual(['one', 'two'])
  })

  it.each([
    { source: '<img src=x onerror="alert(1)">' },
    { source: '[b]<script>alert(1)</script>[/b]' },
    { source: '[url=javascript:alert(1)]click[/url]' },
  ])('keeps $source inert', ({ source }) => {
    const wrapper = mount(BbcodeContent, { props: { source } })
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.find('a').exists()).toBe(false)
  })
})
