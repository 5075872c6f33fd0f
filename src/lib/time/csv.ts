/**
 * CSV for spreadsheets: UTF-8 with a BOM (so Excel detects the encoding), CRLF rows, RFC 4180
 * quoting, and cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at
 * the start) neutralised with a leading apostrophe (OWASP "CSV injection").
 */

export type CsvSeparator = ',' | ';'

const BOM = '\uFEFF'
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * Russian Excel expects `;` because `,` is its decimal mark; English Excel expects `,`.
 *
 * @example
 * csvSeparatorFor('ru') // ';'
 */
export function csvSeparatorFor(locale: string): CsvSeparator {
  return locale.toLowerCase().startsWith('ru') ? ';' : ','
}

/**
 * One cell, quoted when needed. Text cells that start like a formula get a `'` prefix.
 *
 * @example
 * csvCell('=SUM(A1)', ',') // "'=SUM(A1)"
 * csvCell('a "b", c', ',') // '"a ""b"", c"'
 */
export function csvCell(value: string | number, separator: CsvSeparator): string {
  if (typeof value === 'number')
    return String(value)
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  const needsQuotes = safe.includes(separator) || /["\r\n]/.test(safe) || safe !== safe.trim()
  return needsQuotes ? `"${safe.replaceAll('"', '""')}"` : safe
}

/**
 * A whole file: header row, then data rows.
 *
 * @example
 * buildCsv([['Date', 'Hours'], ['2024-05-16', '1,50']], ';') // '\uFEFFDate;Hours\r\n2024-05-16;1,50\r\n'
 */
export function buildCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>, separator: CsvSeparator): string {
  return BOM + rows.map(row => row.map(cell => csvCell(cell, separator)).join(separator)).join('\r\n') + (rows.length > 0 ? '\r\n' : '')
}
