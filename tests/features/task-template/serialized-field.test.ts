// @vitest-environment happy-dom
/**
 * A serialized field shows its raw text and a typed tree; a broken one shows the decoder's message,
 * its byte offset and a caret element wrapping exactly the character the decoder stopped at.
 */
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SerializedField from '@/features/task-template/components/SerializedField.vue'
import { addTemplateMessages } from '@/features/task-template/messages'
import { createAppI18n } from '@/i18n'

function factory(raw: string, name = 'REPLICATE_PARAMS') {
  return mount(SerializedField, { props: { name, raw }, global: { plugins: [addTemplateMessages(createAppI18n('en'))] } })
}

describe('serializedField', () => {
  it('decodes the docs\' RESPONSIBLES into a list with an int key and a string value', () => {
    const wrapper = factory('a:1:{i:0;s:3:"102";}', 'RESPONSIBLES')
    expect(wrapper.find('pre').text()).toBe('a:1:{i:0;s:3:"102";}')
    const entry = wrapper.get('[data-test="php-entry"]')
    expect(entry.get('[data-key-type]').attributes('data-key-type')).toBe('int')
    expect(entry.get('[data-test="php-leaf"]').attributes('data-type')).toBe('string')
    expect(entry.get('[data-test="php-leaf"]').text()).toContain('"102"')
    expect(wrapper.find('[data-test="decode-error"]').exists()).toBe(false)
  })

  it('shows key types of a map and nested values', () => {
    const wrapper = factory('a:3:{s:6:"PERIOD";s:6:"weekly";s:9:"WEEK_DAYS";a:1:{i:0;i:2;}i:5;N;}')
    const keys = wrapper.findAll('[data-key-type]').map(key => [key.attributes('data-key-type'), key.text().replace(/\s*⇒\s*$/, '')])
    expect(keys).toEqual([['string', 's"PERIOD"'], ['string', 's"WEEK_DAYS"'], ['int', 'i0'], ['int', 'i5']])
    const leaves = wrapper.findAll('[data-test="php-leaf"]').map(leaf => leaf.attributes('data-type'))
    expect(leaves).toEqual(['string', 'int', 'null'])
  })

  it.each([
    { name: 'a wrong string length', raw: 'a:1:{i:0;s:3:"10";}', marked: ';' },
    // 6 bytes are "При": the decoder expects '"' where 'в' stands.
    { name: 'a wrong length in Cyrillic', raw: 'a:1:{i:0;s:6:"Привет";}', marked: 'в' },
    { name: 'b:2', raw: 'a:1:{s:1:"x";b:2;}', marked: '2' },
    { name: 'a truncated input', raw: 'a:2:{i:0;i:1;', marked: ' ' },
  ])('marks the broken spot of $name', ({ raw, marked }) => {
    const wrapper = factory(raw)
    const error = wrapper.get('[data-test="decode-error"]')
    expect(error.get('[data-test="decode-error-message"]').text()).toMatch(/Cannot decode: Error at byte \d+ of \d+/)
    const char = wrapper.get('[data-test="caret-char"]')
    expect(char.element.firstChild?.textContent).toBe(marked)
    expect(char.find('[data-test="caret"]').exists()).toBe(true)
    const line = wrapper.get('[data-test="caret-line"]').text().replace('^', '')
    expect(raw.startsWith(line.trimEnd()) || line.includes(raw.slice(0, 5))).toBe(true)
    expect(wrapper.find('[data-test="php-node"]').exists()).toBe(false)
  })

  it('puts the caret at the decoder\'s charOffset', () => {
    const raw = 'a:1:{i:0;s:3:"10";}'
    const wrapper = factory(raw)
    const text = wrapper.get('[data-test="caret-line"]').text()
    // before + marked character + caret + after: the caret follows character 17.
    expect(text.indexOf('^')).toBe(18)
    expect(text.slice(0, 18)).toBe(raw.slice(0, 18))
    expect(wrapper.text()).toMatch(/at byte 17 \(character 17\)/)
  })
})
