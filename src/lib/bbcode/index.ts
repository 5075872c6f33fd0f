/**
 * Bitrix BBCode → a tree of a few allowed node types, rendered by a component with `h()` (never
 * `v-html`). Text stays text: nothing in the input can become markup except the tags below.
 *
 * - `[b] [i] [u] [s] [quote] [code] [url] [url=…] [list] [list=1] [*]` become nodes. `[code]` keeps
 *   its content literally.
 * - Presentational or portal-specific tags (`[color=…] [size=…] [font=…] [p] [left] [center] [right]
 *   [justify] [user=…] [img]`, tables) are dropped and their content kept, so the words survive.
 * - Anything else, unmatched closing tags included, stays visible as the literal text it was.
 * - Links are kept only for `http:`, `https:` and `mailto:`; another scheme renders as plain text.
 */

export type BbInline = 'b' | 'i' | 'u' | 's'

export type BbNode
  = | { type: 'text', text: string }
    | { type: BbInline, children: BbNode[] }
    | { type: 'quote', children: BbNode[] }
    | { type: 'code', text: string }
    | { type: 'url', href: string | null, children: BbNode[] }
    | { type: 'list', ordered: boolean, items: BbNode[][] }

const INLINE = new Set<string>(['b', 'i', 'u', 's'])
const TRANSPARENT = new Set<string>(['color', 'size', 'font', 'p', 'left', 'center', 'right', 'justify', 'user', 'img', 'table', 'tr', 'td', 'th', 'disk', 'background'])
const MAX_DEPTH = 32
const TAG = /\[(\/?)([a-z*]+)(?:=([^\]]*))?\]/gi

/**
 * A link target if it is safe to open, else null.
 *
 * @example
 * safeHref('https://example.com/a?b=1') // 'https://example.com/a?b=1'
 * safeHref('javascript:alert(1)') // null
 */
export function safeHref(raw: string): string | null {
  const text = raw.trim().replace(/^["']|["']$/g, '')
  if (/^www\./i.test(text))
    return safeHref(`https://${text}`)
  try {
    const url = new URL(text)
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null
  }
  catch {
    return null
  }
}

interface Frame {
  tag: string
  option: string | undefined
  /** The literal opening tag, restored when the frame is never closed. */
  literal: string
  children: BbNode[]
  /** For lists: finished items; `children` collects the current one. */
  items: BbNode[][] | null
}

const hasContent = (nodes: readonly BbNode[]): boolean => nodes.some(node => node.type !== 'text' || node.text.trim() !== '')

function pushText(target: BbNode[], text: string): void {
  if (text === '')
    return
  const last = target.at(-1)
  if (last?.type === 'text')
    target[target.length - 1] = { type: 'text', text: last.text + text }
  else
    target.push({ type: 'text', text })
}

function closeFrame(frame: Frame): BbNode[] {
  switch (frame.tag) {
    case 'b':
    case 'i':
    case 'u':
    case 's':
      return [{ type: frame.tag, children: frame.children }]
    case 'quote':
      return [{ type: 'quote', children: frame.children }]
    case 'url': {
      const target = frame.option ?? frame.children.map(node => (node.type === 'text' ? node.text : '')).join('')
      const href = safeHref(target)
      return [{ type: 'url', href, children: frame.children.length > 0 ? frame.children : [{ type: 'text', text: target }] }]
    }
    case 'list': {
      const items = [...(frame.items ?? []), frame.children]
      const trimmed = items.map(trimItem).filter(item => item.length > 0)
      return [{ type: 'list', ordered: frame.option !== undefined && frame.option !== '', items: trimmed }]
    }
    default:
      return frame.children
  }
}

function trimItem(item: BbNode[]): BbNode[] {
  const nodes = [...item]
  const first = nodes[0]
  if (first?.type === 'text')
    nodes[0] = { type: 'text', text: first.text.replace(/^\s+/, '') }
  const last = nodes.at(-1)
  if (last?.type === 'text')
    nodes[nodes.length - 1] = { type: 'text', text: last.text.replace(/\s+$/, '') }
  return nodes.filter(node => node.type !== 'text' || node.text !== '')
}

/** An unclosed frame: its opening tag becomes text again, its content is kept. */
function abandonFrame(frame: Frame): BbNode[] {
  const nodes: BbNode[] = [{ type: 'text', text: frame.literal }]
  for (const item of frame.items ?? [])
    nodes.push({ type: 'text', text: '[*]' }, ...item)
  if (frame.items && frame.items.length > 0)
    nodes.push({ type: 'text', text: '[*]' })
  nodes.push(...frame.children)
  const merged: BbNode[] = []
  for (const node of nodes) {
    if (node.type === 'text')
      pushText(merged, node.text)
    else
      merged.push(node)
  }
  return merged
}

/**
 * Parses BBCode into nodes.
 *
 * @example
 * parseBbcode('[b]Weekly[/b] status') // [{ type: 'b', children: [{ type: 'text', text: 'Weekly' }] }, { type: 'text', text: ' status' }]
 */
export function parseBbcode(source: string): BbNode[] {
  const root: Frame = { tag: '', option: undefined, literal: '', children: [], items: null }
  const stack: Frame[] = [root]
  const top = (): Frame => stack.at(-1)!
  let cursor = 0
  TAG.lastIndex = 0
  for (let match = TAG.exec(source); match !== null; match = TAG.exec(source)) {
    const [literal, slash, rawName, option] = match
    const name = rawName!.toLowerCase()
    pushText(top().children, source.slice(cursor, match.index))
    cursor = match.index + literal.length

    if (name === 'code' && !slash) {
      const close = source.toLowerCase().indexOf('[/code]', cursor)
      if (close !== -1) {
        top().children.push({ type: 'code', text: source.slice(cursor, close) })
        cursor = close + '[/code]'.length
        TAG.lastIndex = cursor
        continue
      }
    }
    const known = INLINE.has(name) || TRANSPARENT.has(name) || name === 'quote' || name === 'url' || name === 'list'
    if (name === '*' && !slash) {
      const list = top()
      if (list.tag === 'list' && list.items) {
        // Whitespace before the first [*] is layout, not an item.
        if (list.items.length > 0 || hasContent(list.children))
          list.items.push(list.children)
        list.children = []
        continue
      }
    }
    if (!known) {
      pushText(top().children, literal)
      continue
    }
    if (!slash) {
      if (stack.length > MAX_DEPTH) {
        pushText(top().children, literal)
        continue
      }
      stack.push({ tag: name, option, literal, children: [], items: name === 'list' ? [] : null })
      continue
    }
    let index = stack.length - 1
    while (index > 0 && stack[index]!.tag !== name)
      index--
    if (index <= 0) {
      pushText(top().children, literal)
      continue
    }
    while (stack.length - 1 > index) {
      const inner = stack.pop()!
      for (const node of abandonFrame(inner))
        node.type === 'text' ? pushText(top().children, node.text) : top().children.push(node)
    }
    const frame = stack.pop()!
    for (const node of closeFrame(frame))
      node.type === 'text' ? pushText(top().children, node.text) : top().children.push(node)
  }
  pushText(top().children, source.slice(cursor))
  while (stack.length > 1) {
    const frame = stack.pop()!
    for (const node of abandonFrame(frame))
      node.type === 'text' ? pushText(top().children, node.text) : top().children.push(node)
  }
  return root.children
}

/**
 * The plain text of a description, for places that cannot show markup.
 *
 * @example
 * bbcodeToText('[b]Hi[/b] [url=https://x.org]there[/url]') // 'Hi there'
 */
export function bbcodeToText(source: string): string {
  const text = (nodes: readonly BbNode[]): string => nodes.map((node) => {
    switch (node.type) {
      case 'text':
      case 'code':
        return node.text
      case 'list':
        return node.items.map(item => `• ${text(item)}`).join('\n')
      default:
        return text(node.children)
    }
  }).join('')
  return text(parseBbcode(source))
}
