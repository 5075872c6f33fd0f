/**
 * The timesheet's templates are valid HTML as Vue's compiler checks it (`<figcaption>` only inside
 * `<figure>`, no `<div>` in a `<p>`, table parts in tables …): a warning of `validateHtmlNesting`
 * means the browser would rebuild the tree differently from the template.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileTemplate, parse } from 'vue/compiler-sfc'

const featureDir = join(import.meta.dirname, '../../../src/features/timesheet')

function vueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => entry.isDirectory() ? vueFiles(join(dir, entry.name)) : entry.name.endsWith('.vue') ? [join(dir, entry.name)] : [])
}

/** The compiler's warnings for one single-file component's template (dev mode, as Vite's plugin compiles it). */
function nestingWarnings(source: string, filename: string): string[] {
  const { descriptor } = parse(source, { filename })
  if (!descriptor.template)
    return []
  // compileTemplate collects the compiler's warnings (onWarn) as `tips`.
  return compileTemplate({ source: descriptor.template.content, filename, id: 'nesting' }).tips
}

describe('timesheet templates', () => {
  it('finds a figcaption that is not the figure\'s child (the check itself works)', () => {
    const wrapped = '<template><figure><div><figcaption>Time per day</figcaption></div></figure></template>'
    expect(nestingWarnings(wrapped, 'Chart.vue').join('\n')).toMatch(/<figcaption> cannot be child of <div>/)
  })

  it.each(vueFiles(featureDir).map(file => [relative(featureDir, file), file]))('%s nests its elements as HTML allows', (_name, file) => {
    expect(nestingWarnings(readFileSync(file, 'utf8'), file)).toEqual([])
  })
})
