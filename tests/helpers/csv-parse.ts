/**
 * An RFC 4180 reader for tests (quoted cells, doubled quotes, CRLF rows), independent of the writer
 * under test: what a spreadsheet's importer sees.
 */
export interface ParsedCell {
  text: string
  quoted: boolean
}

/** Splits a CSV text (BOM removed by the caller) into rows of cells. */
export function parseCsv(text: string, separator: string): ParsedCell[][] {
  const rows: ParsedCell[][] = []
  let row: ParsedCell[] = []
  let index = 0
  while (index < text.length) {
    let cell = ''
    let quoted = false
    if (text[index] === '"') {
      quoted = true
      index++
      for (;;) {
        if (index >= text.length)
          throw new Error('unterminated quote')
        if (text[index] === '"') {
          if (text[index + 1] === '"') {
            cell += '"'
            index += 2
            continue
          }
          index++
          break
        }
        cell += text[index]
        index++
      }
    }
    else {
      while (index < text.length && text[index] !== separator && text[index] !== '\r' && text[index] !== '"')
        cell += text[index++]
    }
    row.push({ text: cell, quoted })
    if (text[index] === separator) {
      index++
      continue
    }
    if (text.startsWith('\r\n', index)) {
      rows.push(row)
      row = []
      index += 2
      continue
    }
    throw new Error(`unexpected ${JSON.stringify(text[index])} at ${index}`)
  }
  if (row.length > 0)
    rows.push(row)
  return rows
}
