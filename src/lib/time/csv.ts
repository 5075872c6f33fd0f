/**
 * CSV for spreadsheets: UTF-8 with a BOM (so Excel detects the encoding), CRLF rows, RFC 4180
 * quoting, and text that a spreadsheet would run as a formula neutralised (OWASP "CSV injection").
 *
 * Every text cell is quoted: Excel splits an unquoted cell on its own list separator, which follows
 * the system's regional settings, not the file (`;` in German, French or Russian settings, `,`
 * elsewhere), so `a;=1+1` written unquoted into a `,` file becomes a cell `=1+1` there. A formula
 * start is neutralised with an apostrophe at the start of the text and after any character a
 * spreadsheet may split on (`,` `;` tab `|`), looking through quotes, spaces and the invisible
 * characters spreadsheets skip, and for the full-width forms (＝ ＋ － ＠) Excel reads as their ASCII twins.
 * Numbers stay numbers: unquoted, with the decimal mark the separator implies.
 */

export type CsvSeparator = ',' | ';'

const BOM = '\uFEFF'

/** Characters a spreadsheet starts a formula with, ASCII and full-width, plus tab and CR. */
const FORMULA_START = new Set(['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\t', '\r'])
/** Characters a spreadsheet may split a line on, whatever the file's own separator. */
const SPLIT = new Set([',', ';', '\t', '|'])
/**
 * Spaces, no-break and zero-width characters (and the BOM) spreadsheets may skip before a formula,
 * and quotes: a reader that cuts at a separator inside a quoted cell sees them as the cell's own.
 */
const SKIPPED = new Set([' ', '"', '\u00A0', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'])

const separators = new Map<string, CsvSeparator>()

/**
 * The list separator a spreadsheet in that language expects: `;` where `,` is the decimal mark
 * (Russian, German, Spanish, Brazilian Portuguese, Polish, Ukrainian), `,` where `.` is (English).
 * The decimal mark comes from `Intl.NumberFormat` for the locale; a tag `Intl` rejects gets `,`.
 *
 * @example
 * csvSeparatorFor('ru') // ';'
 * csvSeparatorFor('pt-BR') // ';'
 * csvSeparatorFor('en') // ','
 */
export function csvSeparatorFor(locale: string): CsvSeparator {
  let separator = separators.get(locale)
  if (!separator) {
    let decimal = '.'
    try {
      decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find(part => part.type === 'decimal')?.value ?? '.'
    }
    catch {}
    separator = decimal === ',' ? ';' : ','
    separators.set(locale, separator)
  }
  return separator
}

/**
 * Prefixes `'` to every formula start: at the start of the text and after each possible separator.
 *
 * @example
 * neutraliseFormulas('a;=1+1') // "a;'=1+1"
 */
export function neutraliseFormulas(text: string): string {
  const chars = [...text]
  let out = ''
  let atSplit = true
  for (const char of chars) {
    if (atSplit && FORMULA_START.has(char))
      out += '\''
    out += char
    // A formula char that is also a split char (tab) starts a new cell itself.
    if (SPLIT.has(char))
      atSplit = true
    else if (!SKIPPED.has(char))
      atSplit = false
  }
  return out
}

/**
 * One cell. Text is always quoted and neutralised; a number is written bare, with `,` as the
 * decimal mark in a `;` file (the regional settings that split on `;` read `,` as the decimal mark).
 *
 * @example
 * csvCell('=SUM(A1)', ',') // "\"'=SUM(A1)\""
 * csvCell('a "b", c', ',') // '"a ""b"", c"'
 * csvCell(1.5, ';') // '1,5'
 */
export function csvCell(value: string | number, separator: CsvSeparator): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      return ''
    const text = String(value)
    return separator === ';' ? text.replace('.', ',') : text
  }
  return `"${neutraliseFormulas(value).replaceAll('"', '""')}"`
}

/**
 * A whole file: header row, then data rows.
 *
 * @example
 * buildCsv([['Date', 'Hours'], ['2024-05-16', 1.5]], ';') // '\uFEFF"Date";"Hours"\r\n"2024-05-16";1,5\r\n'
 */
export function buildCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>, separator: CsvSeparator): string {
  return BOM + rows.map(row => row.map(cell => csvCell(cell, separator)).join(separator)).join('\r\n') + (rows.length > 0 ? '\r\n' : '')
}
