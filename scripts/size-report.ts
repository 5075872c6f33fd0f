/**
 * The pure half of `npm run size` (scripts/size.ts): which emitted files the sidebar's first paint
 * needs, their sizes as a table, and the budget verdict. No Vite, no file system, no zlib here, so
 * tests/scripts/size-report.test.ts can pin the graph walk and the budget arithmetic.
 */

/** One emitted JS chunk, reduced to what the graph walk needs (a subset of Rolldown's OutputChunk). */
export interface ChunkNode {
  fileName: string
  /** Chunks this one imports statically: the browser fetches them before the chunk runs. */
  imports: readonly string[]
  /** Chunks this one may `import()` later; never part of the initial set by themselves. */
  dynamicImports: readonly string[]
  /** Absolute ids of the source modules bundled into the chunk. */
  moduleIds: readonly string[]
  /** For an entry or a dynamic entry: the module it stands for (an HTML page for page entries). */
  facadeModuleId: string | null
  /** CSS files Vite links for this chunk (`viteMetadata.importedCss`). */
  css: readonly string[]
}

/** What the first paint starts from. */
export interface FirstPaint {
  /** HTML pages whose entry chunk the browser runs (`index.html`); matched against `facadeModuleId`. */
  pages: readonly string[]
  /**
   * Source modules rendered in the first paint, wherever the bundler put them: in the entry
   * chunk when imported statically, or in a lazy chunk the router fetches before it renders.
   */
  modules: readonly string[]
}

export interface InitialSet {
  /** JS chunks, in discovery order (pages first). */
  js: string[]
  /** CSS files linked by those chunks. */
  css: string[]
}

/** Thrown when a first-paint page or module is in no chunk: a rename must not silently shrink the set. */
export class FirstPaintNotFoundError extends Error {
  override name = 'FirstPaintNotFoundError'
}

const endsWithPath = (id: string | null, path: string) => id !== null && (id === path || id.endsWith(`/${path}`))

/**
 * Files loaded before the first paint: the page's entry chunk, every chunk holding a first-paint
 * module, and everything those import statically, transitively. Dynamic imports are not followed:
 * they load on demand (another route, a dialog). CSS is whatever those chunks link.
 *
 * @param chunks every JS chunk of the build
 * @param firstPaint the pages and source modules that make up the first paint
 * @throws FirstPaintNotFoundError when a page or module is in no chunk
 * @example
 * initialFiles(chunks, { pages: ['index.html'], modules: ['src/features/time-entries/TimeEntriesView.vue'] })
 * // { js: ['assets/index-abc.js', 'assets/vendor-def.js'], css: ['assets/index-123.css'] }
 */
export function initialFiles(chunks: readonly ChunkNode[], firstPaint: FirstPaint): InitialSet {
  const byName = new Map(chunks.map(chunk => [chunk.fileName, chunk]))
  const roots: ChunkNode[] = []
  for (const page of firstPaint.pages) {
    const entry = chunks.find(chunk => endsWithPath(chunk.facadeModuleId, page))
    if (!entry)
      throw new FirstPaintNotFoundError(`no entry chunk for page ${page}`)
    roots.push(entry)
  }
  for (const module of firstPaint.modules) {
    const holders = chunks.filter(chunk => chunk.moduleIds.some(id => endsWithPath(id, module)))
    if (holders.length === 0)
      throw new FirstPaintNotFoundError(`first-paint module ${module} is in no chunk`)
    roots.push(...holders)
  }

  const js: string[] = []
  const css = new Set<string>()
  const seen = new Set<string>()
  const queue = [...roots]
  while (queue.length > 0) {
    const chunk = queue.shift()!
    if (seen.has(chunk.fileName))
      continue
    seen.add(chunk.fileName)
    js.push(chunk.fileName)
    for (const file of chunk.css) css.add(file)
    for (const name of chunk.imports) {
      const imported = byName.get(name)
      if (!imported)
        throw new FirstPaintNotFoundError(`${chunk.fileName} imports ${name}, which is not in the build`)
      queue.push(imported)
    }
  }
  return { js, css: [...css] }
}

export interface SizedFile {
  fileName: string
  kind: 'js' | 'css'
  raw: number
  gzip: number
  initial: boolean
}

export interface Budget {
  /** Initial JS, gzip bytes. */
  js: number
  /** Initial CSS, gzip bytes. */
  css: number
}

export interface BudgetVerdict {
  js: { gzip: number, limit: number, over: boolean }
  css: { gzip: number, limit: number, over: boolean }
  ok: boolean
}

/**
 * Sums the initial files' gzip sizes per kind and compares them with the budget; equal is within.
 *
 * @example
 * checkBudget(files, { js: 150_000, css: 35_000 }).ok // false when initial JS is 150,001 B gzip
 */
export function checkBudget(files: readonly SizedFile[], budget: Budget): BudgetVerdict {
  const sum = (kind: SizedFile['kind']) => files.filter(file => file.initial && file.kind === kind).reduce((total, file) => total + file.gzip, 0)
  const js = { gzip: sum('js'), limit: budget.js, over: sum('js') > budget.js }
  const css = { gzip: sum('css'), limit: budget.css, over: sum('css') > budget.css }
  return { js, css, ok: !js.over && !css.over }
}

/**
 * Bytes as decimal kilobytes with two decimals, the unit of the budget and of Vite's own report.
 *
 * @example
 * formatKb(150_000) // '150.00 kB'
 */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(2)} kB`
}

/**
 * The table `npm run size` prints: initial files first (marked `*`), each group by gzip size,
 * then the totals and the verdict.
 */
export function formatReport(files: readonly SizedFile[], verdict: BudgetVerdict): string {
  const sorted = [...files].sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip || a.fileName.localeCompare(b.fileName))
  const header = ['', 'file', 'raw', 'gzip']
  const rows = sorted.map(file => [file.initial ? '*' : '', file.fileName, formatKb(file.raw), formatKb(file.gzip)])
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map(row => row[column]!.length)))
  const line = (cells: string[]) => cells.map((cell, column) => column >= 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)).join('  ').trimEnd()
  const status = (part: BudgetVerdict['js']) => `${formatKb(part.gzip)} of ${formatKb(part.limit)}${part.over ? `, OVER by ${formatKb(part.gzip - part.limit)}` : ''}`
  const allJs = files.filter(file => file.kind === 'js').reduce((total, file) => total + file.gzip, 0)
  return [
    line(header),
    ...rows.map(line),
    '',
    `* loaded before the sidebar's first paint`,
    `initial JS   ${status(verdict.js)} (gzip)`,
    `initial CSS  ${status(verdict.css)} (gzip)`,
    `all JS       ${formatKb(allJs)} (gzip)`,
    verdict.ok ? 'size budget: OK' : 'size budget: EXCEEDED',
  ].join('\n')
}
