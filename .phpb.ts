import process from "node:process"
import { createRequire } from 'node:module'
import { serialize, unserialize } from '/work/wt/perf/src/lib/php-serialize/index.ts'
const require = createRequire(import.meta.url)
const phpunserialize = require('phpunserialize') as (s: string) => unknown
type Plain = null | boolean | number | string | Plain[] | { [k: string]: Plain }
function toPhp(v: Plain): any { if (Array.isArray(v)) return v.map(toPhp); if (v !== null && typeof v === 'object') return new Map(Object.entries(v).map(([k, x]) => [k, toPhp(x)])); return v }
export const MIXED: Plain = {
  ID: '4711', TITLE: 'Квартальный бюджет: план и факт', RATES: [-12.5, 1.0e25, -3.2e-7, 6.02e23, 0.1, -0.75, 2.5e-12, -1.5e300],
  ITEMS: Array.from({ length: 8 }, (_, i) => ({ NAME: `Статья расходов №${i} — аренда`, AMOUNT: -1234.56 * (i + 1), SHARE: (i + 1) / 7, TAGS: ['бюджет', 'факт'], LIMITS: [[-1e-5, 3.75e8], [i, -i]] })),
  NOTE: 'Согласовано с финансовым директором; отклонения > 5 % объяснены.',
}
const inputs: Record<string, string> = { mixed: serialize(toPhp(MIXED)) }
if (process.argv[1]?.endsWith(".phpb.ts")) for (const [name, php] of Object.entries(inputs)) {
  console.log(name, new TextEncoder().encode(php).length, php.slice(0, 300))
  for (let r = 0; r < 3; r++) {
    const time = (f: () => unknown) => { const n = 20000; for (let i = 0; i < 2000; i++) f(); const t = performance.now(); for (let i = 0; i < n; i++) f(); return (performance.now() - t) / n * 1e3 }
    const a = time(() => unserialize(php)); const b = time(() => phpunserialize(php))
    console.log(`ours ${a.toFixed(2)}us peer ${b.toFixed(2)}us ratio ${(b / a).toFixed(2)}`)
  }
}
