/**
 * src/assets/main.css assembles the UI kit's stylesheet from its parts (CSS budget,
 * docs/development.md#first-paint-budget): it must import every part the kit's own index.css imports, in the
 * kit's order, except the ones it leaves out on purpose, and declare the kit's variants; a kit upgrade that
 * adds a part fails here.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')
const runtime = join(root, 'node_modules/@bitrix24/b24ui-nuxt/dist/runtime')
const mainCss = readFileSync(join(root, 'src/assets/main.css'), 'utf8')

/** Left out of main.css, with the reason in its header comment. */
const LEFT_OUT = [
  'air-design-tokens/005_b24_context_edge-light.css',
  'air-design-tokens/006_b24_context_edge-dark.css',
  'air-design-tokens/015_b24_mobile_edge-light.css',
  'air-design-tokens/016_b24_mobile_edge-dark.css',
  'air-design-tokens/025_b24_desktop_edge-light.css',
  'air-design-tokens/026_b24_desktop_edge-dark.css',
  'air-design-tokens/components/navigation-menu.css',
]

function imports(css: string): string[] {
  return [...css.matchAll(/@import\s+"([^"]+)"/g)].map(match => match[1]!)
}

/** The kit's index.css with its token index expanded in place, as paths under dist/runtime. */
function kitParts(): string[] {
  return imports(readFileSync(join(runtime, 'index.css'), 'utf8')).flatMap((path) => {
    if (path === './air-design-tokens/index.css')
      return imports(readFileSync(join(runtime, path), 'utf8')).map(part => `air-design-tokens/${part.replace('./', '')}`)
    return [path.replace('./', '')]
  })
}

describe('main.css', () => {
  it('imports the kit\'s parts in the kit\'s order, minus the documented ones', () => {
    const expected = kitParts().filter(part => !LEFT_OUT.includes(part)).map(part => part.startsWith('#') ? part : `@bitrix24/b24ui-nuxt/runtime/${part}`)
    const actual = imports(mainCss).filter(path => path.startsWith('#build/') || path.startsWith('@bitrix24/'))
    expect(actual).toEqual(expected)
  })

  it('leaves out only parts the kit still has', () => {
    expect(kitParts()).toEqual(expect.arrayContaining(LEFT_OUT))
  })

  it('declares every variant the kit declares', () => {
    const variants = (css: string) => [...css.matchAll(/@variant\s+[\w-]+\s*\([^;]+\);/g)].map(match => match[0].replace(/\s+/g, ' '))
    const kit = variants(readFileSync(join(runtime, 'index.css'), 'utf8'))
    expect(kit.length).toBeGreaterThan(0)
    expect(variants(mainCss)).toEqual(expect.arrayContaining(kit))
  })
})
