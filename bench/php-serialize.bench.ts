/**
 * Throughput of `unserialize` against the npm PHP unserializers on Bitrix24-shaped inputs, in one
 * process and one run so the numbers compare. Run: `npm run bench`.
 *
 * Peers (devDependencies): `phpunserialize` (lenient, fastest peer), `php-serialize` (needs Node's
 * `Buffer`; here the `buffer` npm polyfill, as a browser build would ship), `locutus` (strict, but
 * rejects negative floats, so the inputs have none), and `JSON.parse` of the same data as a baseline.
 */
import type { Buffer as NodeBuffer } from 'node:buffer'
import type { PhpValue } from '@/lib/php-serialize'
import { createRequire } from 'node:module'
import { unserialize as phpSerializeUnserialize } from 'php-serialize'
import { bench, describe } from 'vitest'
import { serialize, unserialize } from '@/lib/php-serialize'

// CommonJS peers are loaded with require(): phpunserialize's .d.ts declares a named export that its
// UMD build does not have, and locutus 2 ships no types. `buffer/` (trailing slash) is the npm
// polyfill, not Node's built-in module.
const require = createRequire(import.meta.url)
const phpunserialize = require('phpunserialize') as (input: string) => unknown
const locutusUnserialize = require('locutus/php/var/unserialize') as (input: string) => unknown
const { Buffer: BufferPolyfill } = require('buffer/') as { Buffer: typeof NodeBuffer }

// php-serialize reads `Buffer` as a global; a browser has none, so install the polyfill as apps do.
Object.assign(globalThis, { Buffer: BufferPolyfill })

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain }

/** The same data as PHP would hold it: JSON objects become ordered Maps. */
function toPhp(value: Plain): PhpValue {
  if (Array.isArray(value))
    return value.map(toPhp)
  if (value !== null && typeof value === 'object')
    return new Map(Object.entries(value).map(([key, item]) => [key, toPhp(item)]))
  return value
}

/**
 * The REPLICATE_PARAMS example of the Bitrix24 REST docs (b24restdocs
 * api-reference/tasks/template/tasks-template-get.md), 547 bytes.
 */
const DOCS_REPLICATE_PARAMS = 'a:19:{s:6:"PERIOD";s:6:"weekly";s:12:"WORKDAY_ONLY";s:1:"N";s:9:"WEEK_DAYS";a:1:{i:0;i:2;}s:4:"TIME";s:5:"11:00";s:15:"TIMEZONE_OFFSET";i:0;s:11:"REPEAT_TILL";s:7:"endless";s:10:"START_DATE";s:19:"16.03.2026 00:00:00";s:9:"EVERY_DAY";i:1;s:10:"EVERY_WEEK";i:1;s:15:"MONTHLY_DAY_NUM";i:1;s:19:"MONTHLY_MONTH_NUM_1";i:1;s:19:"MONTHLY_MONTH_NUM_2";i:1;s:14:"YEARLY_DAY_NUM";i:1;s:8:"END_DATE";N;s:12:"MONTHLY_TYPE";i:1;s:11:"YEARLY_TYPE";i:1;s:14:"DEADLINE_AFTER";i:0;s:15:"DEADLINE_OFFSET";i:0;s:19:"NEXT_EXECUTION_TIME";s:19:"17.03.2026 11:00:00";}'

const DOCS_JSON = JSON.stringify({
  PERIOD: 'weekly',
  WORKDAY_ONLY: 'N',
  WEEK_DAYS: [2],
  TIME: '11:00',
  TIMEZONE_OFFSET: 0,
  REPEAT_TILL: 'endless',
  START_DATE: '16.03.2026 00:00:00',
  EVERY_DAY: 1,
  EVERY_WEEK: 1,
  MONTHLY_DAY_NUM: 1,
  MONTHLY_MONTH_NUM_1: 1,
  MONTHLY_MONTH_NUM_2: 1,
  YEARLY_DAY_NUM: 1,
  END_DATE: null,
  MONTHLY_TYPE: 1,
  YEARLY_TYPE: 1,
  DEADLINE_AFTER: 0,
  DEADLINE_OFFSET: 0,
  NEXT_EXECUTION_TIME: '17.03.2026 11:00:00',
})

/** A REPLICATE_PARAMS-like template of a Russian portal: ~2 KB with Cyrillic text, nested arrays and floats. */
function russianTemplate(seed: number): Record<string, Plain> {
  return {
    ...(JSON.parse(DOCS_JSON) as Record<string, Plain>),
    ID: String(139 + seed),
    TITLE: `Еженедельный отчёт отдела продаж №${seed}`,
    DESCRIPTION: 'Подготовить сводку по сделкам за неделю, сверить оплаты с бухгалтерией и отправить руководителю до пятницы. Приложить таблицу с показателями и комментарии по отклонениям от плана.',
    TAGS: ['отчёт', 'продажи', 'еженедельно', 'финансы'],
    RESPONSIBLES: ['102', '215', '318'],
    ACCOMPLICES: [17, 42],
    AUDITORS: { 3: '7', 9: '11' },
    CHECKLIST: [
      { TITLE: 'Выгрузить сделки из CRM', IS_COMPLETE: 'N', SORT_INDEX: 1 },
      { TITLE: 'Сверить платежи с банком', IS_COMPLETE: 'Y', SORT_INDEX: 2 },
      { TITLE: 'Отправить сводку руководителю', IS_COMPLETE: 'N', SORT_INDEX: 3 },
    ],
    PLAN: { HOURS: 2.5, RATE: 1350.75, PROGRESS: 0.625 },
    UF_CRM_TASK: ['L_1179', 'D_1833', 'C_42'],
    RESULT: 'Сводка отправлена, отклонения согласованы с финансовым отделом.',
  }
}

const RUSSIAN_VALUE = russianTemplate(1)
const TEMPLATE_LIST_VALUE = Array.from({ length: 100 }, (_, index) => russianTemplate(index))

const inputs = [
  { name: 'docs REPLICATE_PARAMS', php: DOCS_REPLICATE_PARAMS, json: DOCS_JSON },
  { name: 'Cyrillic template', php: serialize(toPhp(RUSSIAN_VALUE)), json: JSON.stringify(RUSSIAN_VALUE) },
  { name: '100 Cyrillic templates', php: serialize(toPhp(TEMPLATE_LIST_VALUE)), json: JSON.stringify(TEMPLATE_LIST_VALUE) },
]

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
