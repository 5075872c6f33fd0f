/**
 * Reads back a `.xlsx` for tests, independent of the writer: unzip (fflate), a strict little XML
 * parser (elements, attributes, entities, character references; anything else throws), then the
 * workbook's sheet names, styles (number format, bold) and every cell with its type and whether it
 * holds a formula. Enough of ECMA-376 to check what Excel would see.
 */
import { strFromU8, unzipSync } from 'fflate'

export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: Array<XmlElement | string>
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(entity.slice(2), 16))
    if (entity.startsWith('#'))
      return String.fromCodePoint(Number(entity.slice(1)))
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'' } as Record<string, string>)[entity]!
  })
}

/** Parses one XML document (a declaration allowed first); throws on malformed input. */
export function parseXml(text: string): XmlElement {
  const body = text.replace(/^<\?xml[^?]*\?>\s*/, '')
  if (/&(?!#x[0-9a-f]+;|#\d+;|amp;|lt;|gt;|quot;|apos;)/i.test(body))
    throw new Error('bare ampersand')
  const root: XmlElement = { name: '#root', attrs: {}, children: [] }
  const stack = [root]
  const token = /<(\/?)([\w:]+)((?:\s+[\w:]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy
  let match: RegExpExecArray | null
  let at = 0
  while (at < body.length) {
    token.lastIndex = at
    match = token.exec(body)
    if (!match)
      throw new Error(`malformed XML at ${at}: ${body.slice(at, at + 40)}`)
    at = token.lastIndex
    const top = stack.at(-1)!
    if (match[5] !== undefined) {
      top.children.push(decodeEntities(match[5]))
      continue
    }
    const [, closing, name, rawAttrs, selfClosing] = match
    if (closing) {
      if (top.name !== name)
        throw new Error(`</${name}> closes <${top.name}>`)
      stack.pop()
      continue
    }
    const attrs: Record<string, string> = {}
    for (const [, key, value] of rawAttrs!.matchAll(/([\w:]+)="([^"]*)"/g))
      attrs[key!] = decodeEntities(value!)
    const element: XmlElement = { name: name!, attrs, children: [] }
    top.children.push(element)
    if (!selfClosing)
      stack.push(element)
  }
  if (stack.length !== 1 || root.children.filter(child => typeof child !== 'string').length !== 1)
    throw new Error('unbalanced XML')
  return root.children.find((child): child is XmlElement => typeof child !== 'string')!
}

export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name)
}

export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = []
  for (const child of element.children) {
    if (typeof child === 'string')
      continue
    if (child.name === name)
      found.push(child)
    found.push(...descendants(child, name))
  }
  return found
}

function textOf(element: XmlElement): string {
  return element.children.map(child => typeof child === 'string' ? child : textOf(child)).join('')
}

/** OOXML's ST_Xstring escapes: `_xHHHH_` is that character, `_x005F_` a literal underscore. */
function unescapeXstring(text: string): string {
  return text.replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
}

export interface ReadCell {
  ref: string
  /** The `t` attribute (`n` when absent). */
  type: string
  /** A number for numeric cells, the string for string cells. */
  value: number | string
  formatCode: string
  bold: boolean
  hasFormula: boolean
}

export interface ReadSheet {
  name: string
  frozenRows: number
  rows: ReadCell[][]
  xml: string
}

const BUILTIN_FORMATS: Record<string, string> = { 0: 'General', 14: 'm/d/yyyy' }

/** The workbook's sheets, in order, with their cells. */
export function readXlsx(bytes: Uint8Array): ReadSheet[] {
  const files = unzipSync(bytes)
  const part = (path: string) => {
    const file = files[path]
    if (!file)
      throw new Error(`missing part ${path}`)
    return strFromU8(file)
  }
  parseXml(part('[Content_Types].xml'))
  parseXml(part('_rels/.rels'))
  const workbook = parseXml(part('xl/workbook.xml'))
  const rels = parseXml(part('xl/_rels/workbook.xml.rels'))
  const targets = new Map(childElements(rels, 'Relationship').map(rel => [rel.attrs.Id!, rel.attrs.Target!]))
  const styles = parseXml(part('xl/styles.xml'))
  const formats = new Map(descendants(styles, 'numFmt').map(format => [format.attrs.numFmtId!, format.attrs.formatCode!]))
  const fonts = descendants(styles, 'fonts').flatMap(fontsElement => childElements(fontsElement, 'font')).map(font => childElements(font, 'b').length > 0)
  const xfs = descendants(styles, 'cellXfs').flatMap(list => childElements(list, 'xf'))
  const sharedStrings = files['xl/sharedStrings.xml'] ? descendants(parseXml(strFromU8(files['xl/sharedStrings.xml'])), 'si').map(si => unescapeXstring(textOf(si))) : []
  return descendants(workbook, 'sheet').map((sheet) => {
    const path = `xl/${targets.get(sheet.attrs['r:id']!)}`
    const xml = part(path)
    const root = parseXml(xml)
    const pane = descendants(root, 'pane')[0]
    const rows = descendants(root, 'row').map(row => childElements(row, 'c').map((cell): ReadCell => {
      const xf = xfs[Number(cell.attrs.s ?? 0)]
      if (!xf)
        throw new Error(`no style ${cell.attrs.s}`)
      const numFmtId = xf.attrs.numFmtId ?? '0'
      const type = cell.attrs.t ?? 'n'
      const v = childElements(cell, 'v')[0]
      const value = type === 'inlineStr'
        ? unescapeXstring(descendants(cell, 't').map(textOf).join(''))
        : type === 's'
          ? sharedStrings[Number(textOf(v!))]!
          : type === 'n' ? Number(textOf(v!)) : textOf(v!)
      return {
        ref: cell.attrs.r!,
        type,
        value,
        formatCode: formats.get(numFmtId) ?? BUILTIN_FORMATS[numFmtId] ?? `builtin ${numFmtId}`,
        bold: fonts[Number(xf.attrs.fontId ?? 0)] ?? false,
        hasFormula: childElements(cell, 'f').length > 0,
      }
    }))
    return { name: unescapeXstring(sheet.attrs.name!), frozenRows: pane?.attrs.state === 'frozen' ? Number(pane.attrs.ySplit) : 0, rows, xml }
  })
}
