/**
 * Worksheet names as Excel accepts them: at most 31 characters, none of `[ ] : * ? / \`, not
 * starting or ending with an apostrophe, not empty, not the reserved `History`, and unique without
 * regard to case (Excel compares sheet names case-insensitively).
 * Source: ECMA-376 Part 1 §18.2.19 (`sheet@name`) and Excel's own rename rules.
 */

const MAX_SHEET_NAME = 31
const FORBIDDEN = /[[\]:*?/\\]/g
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001F\u007F]/g
/** Apostrophes and spaces at either end, stripped together: `a' '` trimmed once each way would still end in `'`. */
const EDGES = /^[\s']+|[\s']+$/g

/** Cuts to `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max)
    return text
  const cutAt = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max
  return text.slice(0, cutAt)
}

/**
 * Turns titles into valid, unique sheet names, in order; `fallback(index)` names an empty title.
 *
 * @example
 * sheetNames(['Week: 12', 'week: 12'], i => `Sheet${i + 1}`) // ['Week 12', 'week 12 (2)']
 */
export function sheetNames(titles: readonly string[], fallback: (index: number) => string): string[] {
  const used = new Set<string>()
  return titles.map((title, index) => {
    const clean = (raw: string) => cut(raw.replace(CONTROLS, ' ').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim(), MAX_SHEET_NAME).replace(EDGES, '')
    let base = clean(title)
    if (base === '' || base.toLowerCase() === 'history')
      base = clean(fallback(index)) || `Sheet${index + 1}`
    let name = base
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`
      name = `${cut(base, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`
    }
    used.add(name.toLowerCase())
    return name
  })
}
