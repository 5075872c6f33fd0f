/**
 * The payload shapes `npm run bench` (php-serialize.bench.ts) and `npm run bench:ratio`
 * (scripts/perf/php-ratio.ts) time the PHP unserializers on, each as PHP's serialize() writes it
 * and as the JSON of the same data.
 */
import type { PhpValue } from '@/lib/php-serialize'
import { PhpObject, serialize } from '@/lib/php-serialize'

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain }

/** The same data as PHP would hold it: JSON objects become ordered Maps. */
function toPhp(value: Plain): PhpValue {
  if (Array.isArray(value))
    return value.map(toPhp)
  if (value !== null && typeof value === 'object')
    return new Map(Object.entries(value).map(([key, item]) => [key, toPhp(item)]))
  return value
}

/** The REPLICATE_PARAMS example of the REST docs (b24restdocs api-reference/tasks/template/tasks-template-get.md), 547 bytes. */
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

/**
 * ~1.6 KB mixing Cyrillic strings, nested arrays and floats PHP writes in exponent form or negative
 * (`d:-3.2E-7;`, `d:1.0E+25;`): the shape where the lead over phpunserialize was thinnest.
 */
const MIXED_VALUE: Plain = {
  ID: '4711',
  TITLE: 'Квартальный бюджет: план и факт',
  RATES: [-12.5, 1.0e25, -3.2e-7, 6.02e23, 0.1, -0.75, 2.5e-12, -1.5e300],
  ITEMS: Array.from({ length: 4 }, (_, index) => ({
    NAME: `Статья расходов №${index} — аренда`,
    AMOUNT: -1234.56 * (index + 1),
    SHARE: (index + 1) / 7,
    TAGS: ['бюджет', 'факт'],
    LIMITS: [[-1e-5, 3.75e8], [index, -index]],
  })),
  NOTE: 'Согласовано с финансовым директором; отклонения > 5 % объяснены.',
}

/** Floats only: 300 measurements, negative, tiny and huge. */
const FLOAT_LIST_VALUE: Plain = Array.from({ length: 300 }, (_, index) => (index % 2 === 0 ? -1 : 1) * (index + 0.5) * 10 ** ((index % 40) - 20))

/** 17-digit floats only, as PHP's shortest round-trip form writes most fractions: 500 shares `(i + 1) / 7`. */
const LONG_FLOAT_VALUE: Plain = Array.from({ length: 500 }, (_, index) => -((index + 1) / 7))

/** Short Cyrillic strings, each below the natively measured length: 500 tags and names of 4–20 characters. */
const SHORT_WORDS = ['бюджет', 'факт', 'отчёт', 'продажи', 'Задача', 'Согласовать договор', 'аренда']
const SHORT_CYRILLIC_VALUE: Plain = Array.from({ length: 500 }, (_, index) => `${SHORT_WORDS[index % SHORT_WORDS.length]!} №${index}`)

/** Ints only: a 1,000-person RESPONSIBLES-like list. */
const INT_LIST_VALUE: Plain = Array.from({ length: 1000 }, (_, index) => 100 + index * 7)

/** Long ASCII strings: descriptions in English, 20 × 400 bytes. */
const ASCII_TEXT_VALUE: Plain = Array.from({ length: 20 }, (_, index) => `Line ${index}: ${'Prepare the quarterly status report, collect the figures from finance and sales. '.repeat(5)}`)

/** Arrays nested 60 deep, two entries each: the explicit stack, not the call stack. */
function nested(depth: number): Plain {
  return depth === 0 ? ['leaf', -1.5] : [depth, nested(depth - 1)]
}

/** Small ints only: 5,000 one-digit values, where the per-token overhead is all there is. */
const SMALL_INT_VALUE: Plain = Array.from({ length: 5000 }, (_, index) => (index * 7) % 10)

/** Arrays nested 500 deep (the default maxDepth is 512), where one level's cost is all there is. */
const DEEP_VALUE: Plain = nested(500)

/** A wide string-keyed array: 2,000 `UF_CRM_*`-like keys with short values, as a user-field dump. */
const WIDE_VALUE: Plain = Object.fromEntries(Array.from({ length: 2000 }, (_, index) => [`UF_CRM_${1000 + index}`, index % 3 === 0 ? `L_${index}` : String(index)]))

/** Flags: 2,000 `b:0;`, `b:1;` and `N;` values under int keys. */
const FLAGS_VALUE: Plain = Array.from({ length: 2000 }, (_, index) => (index % 3 === 0 ? null : index % 3 === 1))

/** Long Cyrillic text: one 32,000-character description and 200 sentences of ~90 characters. */
const CYRILLIC_SENTENCE = 'Согласовать с бухгалтерией акт сверки взаиморасчётов за квартал и отправить подписанный экземпляр. '
const BIG_CYRILLIC_VALUE: Plain = {
  DESCRIPTION: CYRILLIC_SENTENCE.repeat(320),
  COMMENTS: Array.from({ length: 200 }, (_, index) => `${index}. ${CYRILLIC_SENTENCE}`),
}

/** The floats PHP writes in its special forms: `INF`, `-INF`, `NAN`, `-0`, exponents, and plain ones. */
const SPECIAL_FLOATS = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, -0, 1.0e25, -1.0e-300, 0.1, 1.5, -2.25e-8]
const SPECIAL_FLOAT_VALUE: PhpValue = Array.from({ length: 450 }, (_, index) => SPECIAL_FLOATS[index % SPECIAL_FLOATS.length]!)

/** 200 objects: `stdClass` and a class with protected and private properties, as PHP mangles them. */
const OBJECT_VALUE: PhpValue = Array.from({ length: 200 }, (_, index) => index % 2 === 0
  ? new PhpObject('stdClass', new Map<string, PhpValue>([['id', index], ['title', `Task ${index}`], ['done', index % 4 === 0], ['estimate', index / 8]]))
  : new PhpObject('Bitrix\\Tasks\\Item', new Map<string, PhpValue>([['\0*\0id', index], ['\0Bitrix\\Tasks\\Item\0title', `Задача ${index}`], ['tags', ['a', 'b']]])))
const OBJECT_JSON = JSON.stringify(Array.from({ length: 200 }, (_, index) => index % 2 === 0
  ? { id: index, title: `Task ${index}`, done: index % 4 === 0, estimate: index / 8 }
  : { id: index, title: `Задача ${index}`, tags: ['a', 'b'] }))

/**
 * The app receives every serialized field inside a REST answer, so as `JSON.parse` makes strings:
 * flat. `serialize()` builds its output with `+=`, which V8 keeps as a rope (a cons string) whose
 * every `charCodeAt` takes a detour, a cost no real payload has; the inputs travel the same way.
 */
function asReceived(input: { name: string, php: string, json: string }): { name: string, php: string, json: string } {
  return { ...input, php: (JSON.parse(JSON.stringify({ field: input.php })) as { field: string }).field }
}

export const inputs: ReadonlyArray<{ name: string, php: string, json: string }> = [
  { name: 'docs REPLICATE_PARAMS', php: DOCS_REPLICATE_PARAMS, json: DOCS_JSON },
  { name: 'Cyrillic template', php: serialize(toPhp(RUSSIAN_VALUE)), json: JSON.stringify(RUSSIAN_VALUE) },
  { name: '100 Cyrillic templates', php: serialize(toPhp(TEMPLATE_LIST_VALUE)), json: JSON.stringify(TEMPLATE_LIST_VALUE) },
  { name: 'Cyrillic + nested arrays + exponent floats', php: serialize(toPhp(MIXED_VALUE)), json: JSON.stringify(MIXED_VALUE) },
  { name: '300 floats', php: serialize(toPhp(FLOAT_LIST_VALUE)), json: JSON.stringify(FLOAT_LIST_VALUE) },
  { name: '500 17-digit floats', php: serialize(toPhp(LONG_FLOAT_VALUE)), json: JSON.stringify(LONG_FLOAT_VALUE) },
  { name: 'INF, NAN, -0, 1.0E+25 floats', php: serialize(SPECIAL_FLOAT_VALUE), json: JSON.stringify(SPECIAL_FLOAT_VALUE) },
  { name: '1,000 ints', php: serialize(toPhp(INT_LIST_VALUE)), json: JSON.stringify(INT_LIST_VALUE) },
  { name: '5,000 small ints', php: serialize(toPhp(SMALL_INT_VALUE)), json: JSON.stringify(SMALL_INT_VALUE) },
  { name: 'booleans and nulls', php: serialize(toPhp(FLAGS_VALUE)), json: JSON.stringify(FLAGS_VALUE) },
  { name: 'long ASCII strings', php: serialize(toPhp(ASCII_TEXT_VALUE)), json: JSON.stringify(ASCII_TEXT_VALUE) },
  { name: '500 short Cyrillic strings', php: serialize(toPhp(SHORT_CYRILLIC_VALUE)), json: JSON.stringify(SHORT_CYRILLIC_VALUE) },
  { name: 'big Cyrillic text', php: serialize(toPhp(BIG_CYRILLIC_VALUE)), json: JSON.stringify(BIG_CYRILLIC_VALUE) },
  { name: 'arrays nested 60 deep', php: serialize(toPhp(nested(60))), json: JSON.stringify(nested(60)) },
  { name: 'arrays nested 500 deep', php: serialize(toPhp(DEEP_VALUE)), json: JSON.stringify(DEEP_VALUE) },
  { name: 'wide array: 2,000 string keys', php: serialize(toPhp(WIDE_VALUE)), json: JSON.stringify(WIDE_VALUE) },
  { name: '200 objects', php: serialize(OBJECT_VALUE), json: OBJECT_JSON },
].map(asReceived)
