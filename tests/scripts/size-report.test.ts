/**
 * The size budget's arithmetic: the first paint is the page's entry, the chunks holding the
 * first-paint modules and their static imports (never dynamic ones), with the CSS they link; the
 * budget compares gzip sums per kind, equal counts as within, and a renamed module fails loudly.
 */
import type { ChunkNode, SizedFile } from '../../scripts/size-report'
import { describe, expect, it } from 'vitest'
import { checkBudget, FirstPaintNotFoundError, formatKb, formatReport, initialFiles } from '../../scripts/size-report'

function chunk(fileName: string, init: Partial<ChunkNode> = {}): ChunkNode {
  return { fileName, imports: [], dynamicImports: [], moduleIds: [], facadeModuleId: null, css: [], ...init }
}

/** index.html → vendor; a lazy view with its own CSS and a shared kit chunk; an install page. */
const graph: ChunkNode[] = [
  chunk('assets/index.js', { facadeModuleId: '/repo/index.html', imports: ['assets/vendor.js'], dynamicImports: ['assets/Lazy.js', 'assets/Detail.js'], moduleIds: ['/repo/src/main.ts'], css: ['assets/index.css'] }),
  chunk('assets/vendor.js', { moduleIds: ['/repo/node_modules/vue/index.js'], imports: ['assets/runtime.js'] }),
  chunk('assets/runtime.js'),
  chunk('assets/Lazy.js', { facadeModuleId: '/repo/src/features/time-entries/TimeEntriesView.vue', moduleIds: ['/repo/src/features/time-entries/TimeEntriesView.vue'], imports: ['assets/kit.js', 'assets/vendor.js'], css: ['assets/Lazy.css'] }),
  chunk('assets/Detail.js', { facadeModuleId: '/repo/src/features/time-entries/EntryDetailView.vue', imports: ['assets/kit.js'], dynamicImports: ['assets/Form.js'] }),
  chunk('assets/kit.js', { css: ['assets/kit.css'] }),
  chunk('assets/Form.js'),
  chunk('assets/install.js', { facadeModuleId: '/repo/install.html', imports: ['assets/vendor.js', 'assets/kit.js'] }),
]

describe('initialFiles', () => {
  it('follows static imports from the page entry and never dynamic ones', () => {
    expect(initialFiles(graph, { pages: ['index.html'], modules: [] })).toEqual({
      js: ['assets/index.js', 'assets/vendor.js', 'assets/runtime.js'],
      css: ['assets/index.css'],
    })
  })

  it('adds the chunk of a lazily loaded first-paint view with its static imports and CSS', () => {
    const initial = initialFiles(graph, { pages: ['index.html'], modules: ['src/features/time-entries/TimeEntriesView.vue'] })
    expect(initial.js).toEqual(['assets/index.js', 'assets/Lazy.js', 'assets/vendor.js', 'assets/kit.js', 'assets/runtime.js'])
    expect(initial.css).toEqual(['assets/index.css', 'assets/Lazy.css', 'assets/kit.css'])
    expect(initial.js).not.toContain('assets/Detail.js')
    expect(initial.js).not.toContain('assets/install.js')
  })

  it('adds nothing for a first-paint module bundled into the entry itself', () => {
    const bundled = graph.map(node => node.fileName === 'assets/index.js' ? { ...node, moduleIds: [...node.moduleIds, '/repo/src/App.vue'] } : node)
    expect(initialFiles(bundled, { pages: ['index.html'], modules: ['src/App.vue'] }).js).toEqual(['assets/index.js', 'assets/vendor.js', 'assets/runtime.js'])
  })

  it('matches module paths on whole path segments only', () => {
    expect(() => initialFiles(graph, { pages: ['index.html'], modules: ['EntriesView.vue'] })).toThrow(FirstPaintNotFoundError)
  })

  it.each([
    { name: 'a page without an entry', firstPaint: { pages: ['missing.html'], modules: [] }, message: 'no entry chunk for page missing.html' },
    { name: 'a module in no chunk', firstPaint: { pages: ['index.html'], modules: ['src/Renamed.vue'] }, message: 'first-paint module src/Renamed.vue is in no chunk' },
  ])('fails loudly for $name', ({ firstPaint, message }) => {
    expect(() => initialFiles(graph, firstPaint)).toThrow(message)
  })

  it('fails loudly when a chunk imports a file that is not in the build', () => {
    const broken = [chunk('assets/index.js', { facadeModuleId: '/repo/index.html', imports: ['assets/gone.js'] })]
    expect(() => initialFiles(broken, { pages: ['index.html'], modules: [] })).toThrow('assets/index.js imports assets/gone.js, which is not in the build')
  })
})

function file(fileName: string, gzip: number, init: Partial<SizedFile> = {}): SizedFile {
  return { fileName, kind: fileName.endsWith('.css') ? 'css' : 'js', raw: gzip * 3, gzip, initial: true, ...init }
}

describe('checkBudget', () => {
  const budget = { js: 150_000, css: 35_000 }

  it.each([
    { name: 'under', js: [100_000, 49_999], css: 34_999, ok: true },
    { name: 'exactly at both limits', js: [100_000, 50_000], css: 35_000, ok: true },
    { name: 'one byte of JS over', js: [100_000, 50_001], css: 1, ok: false },
    { name: 'one byte of CSS over', js: [1], css: 35_001, ok: false },
  ])('$name', ({ js, css, ok }) => {
    const files = [...js.map((gzip, index) => file(`assets/${index}.js`, gzip)), file('assets/main.css', css)]
    const verdict = checkBudget(files, budget)
    expect(verdict.ok).toBe(ok)
    expect(verdict.js.gzip).toBe(js.reduce((sum, size) => sum + size, 0))
    expect(verdict.css.gzip).toBe(css)
  })

  it('counts only initial files', () => {
    const verdict = checkBudget([file('assets/index.js', 140_000), file('assets/Inspector.js', 90_000, { initial: false }), file('assets/late.css', 40_000, { initial: false })], budget)
    expect(verdict).toEqual({ js: { gzip: 140_000, limit: 150_000, over: false }, css: { gzip: 0, limit: 35_000, over: false }, ok: true })
  })
})

describe('report', () => {
  it.each([
    { bytes: 0, text: '0.00 kB' },
    { bytes: 150_000, text: '150.00 kB' },
    { bytes: 101_745, text: '101.75 kB' },
  ])('formats $bytes B as $text', ({ bytes, text }) => {
    expect(formatKb(bytes)).toBe(text)
  })

  it('lists initial files first, marks them, and states the verdict', () => {
    const files = [file('assets/Inspector.js', 20_000, { initial: false }), file('assets/index.js', 100_000), file('assets/main.css', 36_000)]
    const lines = formatReport(files, checkBudget(files, { js: 150_000, css: 35_000 })).split('\n')
    expect(lines[1]).toMatch(/^\* {2}assets\/index\.js +300\.00 kB +100\.00 kB$/)
    expect(lines[2]).toMatch(/^\* {2}assets\/main\.css/)
    expect(lines[3]).toMatch(/^ {3}assets\/Inspector\.js/)
    expect(lines).toContain('initial CSS  36.00 kB of 35.00 kB, OVER by 1.00 kB (gzip)')
    expect(lines.at(-1)).toBe('size budget: EXCEEDED')
  })
})
