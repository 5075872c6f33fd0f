/**
 * A workbook of `ReportTable`s with typed cells: durations are numbers (fractions of a day, what
 * Excel's time arithmetic uses) formatted `[h]:mm` so sums over 24 h read right; days are date
 * serials formatted `yyyy-mm-dd`; numbers are numbers; text is an inline string and never a
 * formula (a cell starting with `=` stays the text it is: the package has no `<f>` element at all).
 * One sheet per table, header row bold and frozen, totals row bold.
 *
 * Why hand-written SpreadsheetML over a zip library instead of a spreadsheet library (measured
 * `esbuild --bundle --minify`, gzip -9, in docs/timesheet.md#export): `xlsx@0.18.5`, the last
 * SheetJS on npm, carries CVE-2023-30533 (prototype pollution) and CVE-2024-22363 (ReDoS), fixed
 * only on SheetJS's own CDN; `exceljs` pulls archiver, jszip, unzipper, readable-stream … for
 * hundreds of kB; `write-excel-file` is clean and maintained but 19.9 kB gzip, of which its own
 * zip dependency (`fflate`) is 4.4 kB. Writing the five XML parts ourselves on `fflate`'s
 * `zipSync` is that 4.4 kB plus this file, and every byte of the file is ours to test.
 * `fflate` ≥ 0.8.3: 0.8.2 and older loop forever in `unzipSync` on a crafted ZIP64 entry
 * (GHSA-px8p-9vwx-vf98); we only write, but the floor is pinned anyway.
 * Format: ECMA-376 Part 1 (SpreadsheetML), §18.3.1.4 `c`, §18.3.1.53 `is`, §18.8.30 `numFmt`,
 * §18.3.1.66 `pane`.
 */
import type { ReportCell, ReportTable } from './report-table'
import { strToU8, zipSync } from 'fflate'
import { sheetNames } from './sheet-names'

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export interface XlsxOptions {
  /** Names a sheet whose title is empty or unusable, e.g. `i => \`Sheet ${i + 1}\``. */
  fallbackSheetName?: (index: number) => string
}

/** Raised for input no workbook can hold; nothing is written. */
export class ReportExportError extends Error {
  constructor(readonly code: 'no-tables') {
    super(`Report export: ${code}`)
    this.name = 'ReportExportError'
  }
}

const SECONDS_PER_DAY = 86_400
/** Excel's day 0 in the 1900 date system (serials are right from 1900-03-01 on). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30)
/** Column widths in characters: Excel's default is 8.43; long text is capped so a sheet stays readable. */
const MIN_WIDTH = 8
const MAX_WIDTH = 60

/** Style indexes into `cellXfs` of styles.xml below. */
const STYLE = {
  text: 0,
  duration: 1,
  day: 2,
  headerText: 3,
  boldDuration: 4,
  boldDay: 5,
  boldNumber: 6,
} as const

const STYLES_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
  + '<numFmts count="2"><numFmt numFmtId="164" formatCode="[h]:mm"/><numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd"/></numFmts>'
  + '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="7">'
  + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
  + '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
  + '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
  + '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
  + '<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>'
  + '<xf numFmtId="165" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>'
  + '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
  + '</cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
  + '</styleSheet>'

/** `A`, …, `Z`, `AA`, … for a zero-based column. */
export function columnName(index: number): string {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

/**
 * Text for an XML text node or attribute. Characters XML 1.0 cannot carry (controls, lone
 * surrogates, U+FFFE/U+FFFF) become OOXML's `_xHHHH_` escape, and a literal `_xHHHH_` in the text
 * has its underscore escaped (`_x005F_`), so Excel reads back exactly the original
 * (ECMA-376 Part 1 §22.9.2.19 ST_Xstring).
 */
export function xmlText(text: string): string {
  return text
    .replace(/_(x[0-9a-f]{4}_)/gi, '_x005F_$1')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, char => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** Serial day number of a `YYYY-MM-DD` day in Excel's 1900 date system; null when it is no real day. */
export function excelDaySerial(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!match)
    return null
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const ms = Date.UTC(year, month - 1, date)
  const check = new Date(ms)
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date)
    return null
  const serial = Math.round((ms - EXCEL_EPOCH_MS) / 86_400_000)
  // Before 1900-03-01 Excel's serials are off by its phantom 1900-02-29, before 1900-01-01 there are none.
  return serial >= 61 ? serial : null
}

function inlineString(ref: string, text: string, style: number): string {
  // Whitespace kept as is (§22.4.2.32); a CR as a character reference, or XML parsers would fold CRLF into LF.
  return `<c r="${ref}"${style === 0 ? '' : ` s="${style}"`} t="inlineStr"><is><t xml:space="preserve">${xmlText(text).replace(/\r/g, '&#13;')}</t></is></c>`
}

function numberCell(ref: string, value: number, style: number): string {
  return `<c r="${ref}"${style === 0 ? '' : ` s="${style}"`}><v>${value}</v></c>`
}

function cellXml(cell: ReportCell | undefined, ref: string, bold: boolean): string {
  switch (cell?.kind) {
    case 'text':
      return inlineString(ref, cell.value, bold ? STYLE.headerText : STYLE.text)
    case 'number':
      return Number.isFinite(cell.value) ? numberCell(ref, cell.value, bold ? STYLE.boldNumber : STYLE.text) : ''
    case 'duration':
      return Number.isFinite(cell.seconds) ? numberCell(ref, cell.seconds / SECONDS_PER_DAY, bold ? STYLE.boldDuration : STYLE.duration) : ''
    case 'day': {
      const serial = excelDaySerial(cell.day)
      // A day Excel cannot hold as a date stays readable as text rather than vanishing.
      return serial === null ? inlineString(ref, cell.day, bold ? STYLE.headerText : STYLE.text) : numberCell(ref, serial, bold ? STYLE.boldDay : STYLE.day)
    }
    default:
      return ''
  }
}

function cellWidth(cell: ReportCell | undefined): number {
  switch (cell?.kind) {
    case 'text': return [...cell.value].length
    case 'day': return 10
    case 'duration': return 7
    case 'number': return String(cell.value).length
    default: return 0
  }
}

function rowXml(cells: readonly (ReportCell | undefined)[], rowNumber: number, bold: boolean): string {
  const body = cells.map((cell, index) => cellXml(cell, `${columnName(index)}${rowNumber}`, bold)).join('')
  return `<row r="${rowNumber}">${body}</row>`
}

function sheetXml(table: ReportTable): string {
  const width = table.columns.length
  const header: ReportCell[] = table.columns.map(column => ({ kind: 'text', value: column.label }))
  const body = [...table.rows, ...(table.totals ? [table.totals] : [])]
  const widths = table.columns.map((_, index) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, cellWidth(header[index]) + 2, ...body.map(row => cellWidth(row[index]) + 2))))
  const rows = [rowXml(header, 1, true)]
  table.rows.forEach((row, index) => rows.push(rowXml(row.slice(0, width), index + 2, false)))
  if (table.totals)
    rows.push(rowXml(table.totals.slice(0, width), table.rows.length + 2, true))
  const cols = widths.length === 0 ? '' : `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    + '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    + `<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows.join('')}</sheetData></worksheet>`
}

/**
 * The `.xlsx` file's bytes: one sheet per table, in order. Throws `ReportExportError('no-tables')`
 * for an empty list (a workbook needs a sheet).
 *
 * @example
 * const bytes = reportWorkbook([grid, entries])
 * downloadBlob(bytes, 'timesheet.xlsx', XLSX_MIME)
 */
export function reportWorkbook(tables: readonly ReportTable[], options: XlsxOptions = {}): Uint8Array {
  if (tables.length === 0)
    throw new ReportExportError('no-tables')
  const names = sheetNames(tables.map(table => table.title), options.fallbackSheetName ?? (index => `Sheet${index + 1}`))
  const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
      + `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`
      + `<Default Extension="xml" ContentType="application/xml"/>`
      + `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`
      + `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${
        tables.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')
      }</Types>`,
    )),
    '_rels/.rels': strToU8(xml(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
      + '</Relationships>',
    )),
    'xl/workbook.xml': strToU8(xml(
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
      + `<sheets>${names.map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>`
      + '</workbook>',
    )),
    'xl/_rels/workbook.xml.rels': strToU8(xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${
        tables.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')
      }<Relationship Id="rId${tables.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`
      + `</Relationships>`,
    )),
    'xl/styles.xml': strToU8(STYLES_XML),
  }
  tables.forEach((table, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(table))
  })
  return zipSync(files, { level: 6 })
}
