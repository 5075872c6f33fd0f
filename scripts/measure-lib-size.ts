/**
 * Prints what `src/lib/php-serialize` adds to the app bundle: Vite (the app's bundler) builds the
 * module alone, minified, in memory, and node:zlib gzips it. Budget: 3 KB gzip
 * (docs/development.md#lib-size-budget).
 *
 * Run: npx tsx scripts/measure-lib-size.ts   (SHOW_CODE=1 also prints the minified code)
 */
import type { Rolldown } from 'vite'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

// 3 kB read strictly (3,000 bytes, not 3 KiB).
const BUDGET_BYTES = 3000
const entry = fileURLToPath(new URL('../src/lib/php-serialize/index.ts', import.meta.url))

// Built like an app chunk (not Vite's library mode, which keeps the whitespace of ES output for
// tree-shaking annotations): the module as the entry, ES output, minified, exports kept.
const result = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    rollupOptions: { input: entry, preserveEntrySignatures: 'strict' },
    minify: true,
    write: false,
    target: 'es2022',
  },
})

const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[]
const chunks = outputs.flatMap(output => output.output).filter(item => item.type === 'chunk')
const code = chunks.map(chunk => chunk.code).join('\n')
// zlib's default level (6), as web servers use; level 9 would report a few bytes less.
const gzipBytes = gzipSync(code).length

if (process.env.SHOW_CODE)
  console.log(code)
console.log(`php-serialize: ${code.length} B minified, ${gzipBytes} B gzip (budget ${BUDGET_BYTES} B)`)
if (gzipBytes > BUDGET_BYTES)
  process.exitCode = 1
