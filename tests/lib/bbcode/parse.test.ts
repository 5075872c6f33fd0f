/**
 * BBCode becomes a tree of allowed nodes only: text stays text, unknown or unbalanced tags stay
 * literal, presentational tags vanish around their content, and links keep only safe schemes.
 */
import { describe, expect, it } from 'vitest'
import { bbcodeToText, parseBbcode, safeHref } from '@/lib/bbcode'

const text = (value: string) => ({ type: 'text', text: value })

describe('parseBbcode', () => {
  it.each([
    { name: 'plain text', source: 'Weekly status', nodes: [text('Weekly status')] },
    { name: 'bold and italic, case-insensitive', source: '[B]a[/b] [i]b[/I]', nodes: [{ type: 'b', children: [text('a')] }, text(' '), { type: 'i', children: [text('b')] }] },
    { name: 'nested', source: '[b][u]x[/u][/b]', nodes: [{ type: 'b', children: [{ type: 'u', children: [text('x')] }] }] },
    { name: 'strike', source: '[s]old[/s]', nodes: [{ type: 's', children: [text('old')] }] },
    { name: 'url with option', source: '[url=https://example.com/a?b=1]site[/url]', nodes: [{ type: 'url', href: 'https://example.com/a?b=1', children: [text('site')] }] },
    { name: 'bare url', source: '[url]https://example.com[/url]', nodes: [{ type: 'url', href: 'https://example.com/', children: [text('https://example.com')] }] },
    { name: 'javascript url is not a link', source: '[url=javascript:alert(1)]x[/url]', nodes: [{ type: 'url', href: null, children: [text('x')] }] },
    { name: 'list', source: '[list]\n[*]one\n[*][b]two[/b]\n[/list]', nodes: [{ type: 'list', ordered: false, items: [[text('one')], [{ type: 'b', children: [text('two')] }]] }] },
    { name: 'ordered list', source: '[list=1][*]a[*]b[/list]', nodes: [{ type: 'list', ordered: true, items: [[text('a')], [text('b')]] }] },
    { name: 'quote', source: '[quote]said[/quote]', nodes: [{ type: 'quote', children: [text('said')] }] },
    { name: 'code is literal', source: '[code][b]x[/b][/code]', nodes: [{ type: 'code', text: '[b]x[/b]' }] },
    { name: 'presentational tags vanish', source: '[color=#ff0000]red[/color] [size=14]big[/size] [user=101]John[/user]', nodes: [text('red big John')] },
    { name: 'unknown tag stays literal', source: '[blink]x[/blink]', nodes: [text('[blink]x[/blink]')] },
    { name: 'unmatched close stays literal', source: 'a[/b]c', nodes: [text('a[/b]c')] },
    { name: 'unclosed open stays literal', source: '[b]a', nodes: [text('[b]a')] },
    { name: 'html is text', source: '<img src=x onerror=alert(1)>', nodes: [text('<img src=x onerror=alert(1)>')] },
    { name: 'crossed tags close the inner one as text', source: '[b]a[i]b[/b]c[/i]', nodes: [{ type: 'b', children: [text('a[i]b')] }, text('c[/i]')] },
  ])('$name', ({ source, nodes }) => {
    expect(parseBbcode(source)).toEqual(nodes)
  })

  it('survives deep nesting without a stack overflow', () => {
    const source = `${'[b]'.repeat(10_000)}x${'[/b]'.repeat(10_000)}`
    expect(() => parseBbcode(source)).not.toThrow()
    expect(bbcodeToText(source)).toContain('x')
  })
})

describe('safeHref', () => {
  it.each([
    { raw: 'https://a.example/x', href: 'https://a.example/x' },
    { raw: 'http://a.example', href: 'http://a.example/' },
    { raw: 'mailto:a@b.c', href: 'mailto:a@b.c' },
    { raw: 'www.example.com', href: 'https://www.example.com/' },
    { raw: '"https://q.example"', href: 'https://q.example/' },
    { raw: 'javascript:alert(1)', href: null },
    { raw: 'JAVASCRIPT:alert(1)', href: null },
    { raw: 'data:text/html,x', href: null },
    { raw: '/relative', href: null },
  ])('$raw → $href', ({ raw, href }) => {
    expect(safeHref(raw)).toBe(href)
  })
})

describe('bbcodeToText', () => {
  it('keeps the words', () => {
    expect(bbcodeToText('[b]Hi[/b] [url=https://x.org]there[/url]\n[list][*]a[*]b[/list]')).toBe('Hi there\n• a\n• b')
  })
})
