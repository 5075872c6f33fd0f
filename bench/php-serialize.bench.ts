/**
 * Throughput of `unserialize` against the npm PHP unserializers on Bitrix24-shaped inputs, in one
 * process and one run so the numbers compare. Run: `npm run bench`.
 *
 * Peers (devDependencies): `phpunserialize` (lenient, fastest peer), `php-serialize` (needs Node's
 * `Buffer`; here the `buffer` npm polyfill, as a browser build would ship), `locutus` (strict, but
 * rejects negative floats, so the inputs have none), and `JSON.parse` of the same data as a baseline.
 */
import type { Buffer as NodeBuffer } from 'node:buffer'
import { createRequire } from 'node:module'
import { unserialize as phpSerializeUnserialize } from 'php-serialize'
import { bench, describe } from 'vitest'
import { unserialize } from '@/lib/php-serialize'
import { inputs } from './php-inputs'

// CommonJS peers are loaded with require(): phpunserialize's .d.ts declares a named export that its
// UMD build does not have, and locutus 2 ships no types. `buffer/` (trailing slash) is the npm
// polyfill, not Node's built-in module.
const require = createRequire(import.meta.url)
const phpunserialize = require('phpunserialize') as (input: string) => unknown
const locutusUnserialize = require('locutus/php/var/unserialize') as (input: string) => unknown
const { Buffer: BufferPolyfill } = require('buffer/') as { Buffer: typeof NodeBuffer }

// php-serialize reads `Buffer` as a global; a browser has none, so install the polyfill as apps do.
Object.assign(globalThis, { Buffer: BufferPolyfill })

const parsers: Array<{ name: string, parse: (input: { php: string, json: string }) => unknown }> = [
  { name: 'task-lens unserialize (strict)', parse: ({ php }) => unserialize(php) },
  { name: 'phpunserialize 1.3 (lenient)', parse: ({ php }) => phpunserialize(php) },
  { name: 'php-serialize 5.1 (+ buffer polyfill)', parse: ({ php }) => phpSerializeUnserialize(php) },
  { name: 'locutus 2.0 unserialize', parse: ({ php }) => locutusUnserialize(php) },
  { name: 'baseline: JSON.parse of the same data', parse: ({ json }) => JSON.parse(json) },
]

/** Longer than tinybench's 500 ms default: this runs on shared CI-like machines where a short slot is noisy. */
const BENCH_OPTIONS = { time: 1500, warmupTime: 300 }

/** A peer that throws on an input is reported and left out, rather than timed on its error path. */
function parsesWithoutError(parse: () => unknown): boolean {
  try {
    parse()
    return true
  }
  catch {
    return false
  }
}

for (const input of inputs) {
  const bytes = new TextEncoder().encode(input.php).length
  describe(`${input.name}: ${bytes} bytes, ${input.php.length} UTF-16 units`, () => {
    for (const { name, parse } of parsers) {
      if (parsesWithoutError(() => parse(input))) {
        bench(name, () => {
          parse(input)
        }, BENCH_OPTIONS)
      }
      else {
        console.warn(`${name} throws on "${input.name}": left out of that table`)
      }
    }
  })
}
