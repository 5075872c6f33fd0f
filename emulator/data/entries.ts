/**
 * Demo time entries (`b_tasks_elapsed_time` rows), generated once per process from a seeded PRNG, so
 * every machine and every run sees the same data. Task 101 holds three hand-written entries (ids
 * 1–3, one of each SOURCE), 103 sixty (1001–1060), 104 five thousand (10001–15000), 105 four,
 * 107 fifty thousand (100001–150000); the timesheet dataset's tasks 201–265 about twenty thousand
 * from 200001 (timesheet-work.ts). Dates are relative to the demo clock's "now" (clock.ts), so
 * they move with today unless `EMULATOR_NOW` pins it; counts, durations and authors never move. The
 * generated tasks have entries today, yesterday, and in every week, month and quarter a date preset
 * of the list can name (tests/emulator/demo-presets.test.ts checks it for many "nows").
 * Start-up is linear: each entry is built once, in id order, and frozen.
 *
 * How the dates arise on a portal (docs/rest-quirks.md#entry-fields): a manual entry (SOURCE 2) is booked on
 * CREATED_DATE and gets DATE_START = DATE_STOP = the moment it was saved; a timer entry (SOURCE 3) has
 * CREATED_DATE = DATE_START = the timer start, DATE_STOP = start + seconds and an empty comment;
 * entries of unknown source (SOURCE 1) predate those columns and have none.
 */
import { DAY_MS, DEMO_NOW, HOUR_MS, MINUTE_MS, SERVER_UTC_OFFSET_MINUTES } from './clock'
import { seededRandom } from './random'
import { TIMESHEET_ENTRIES } from './timesheet-work'

export type EntrySource = 1 | 2 | 3

export interface DemoEntry {
  id: number
  taskId: number
  userId: number
  comment: string
  seconds: number
  source: EntrySource
  createdDate: number
  dateStart: number | null
  dateStop: number | null
}

/** Comments of every kind the viewer has to render safely. */
const COMMENTS: readonly string[] = [
  'Reviewed the <b>figures</b> with finance',
  'Созвон с клиентом по макетам',
  '[b]Deploy[/b] to staging, see [url=https://example.com/ci/4711]CI run[/url]',
  'Fixed the import <script>alert(1)</script> edge case',
  'Line one\nLine two\nLine three',
  'Код-ревью 🚀 и правки',
  'Research: "quotes", apostrophes \' & ampersands',
  'Escaped already: &lt;div&gt; and &amp;nbsp;',
  '[i]Письмо[/i] заказчику 📧 [color=#ff0000]срочно[/color]',
  'Pair programming 👩‍💻👨‍💻 on the 🇩🇪 locale',
  'A long note: the export job failed three times overnight because the upstream API started to paginate differently; rewrote the cursor handling and added a retry with backoff.',
]

interface GeneratedTask {
  taskId: number
  count: number
  firstId: number
  authors: readonly number[]
  seed: number
  /** How far back (days) the entries spread. */
  spanDays: number
}

const GENERATED: readonly GeneratedTask[] = [
  { taskId: 103, count: 60, firstId: 1001, authors: [101, 102, 104, 105, 106, 108, 109], seed: 103, spanDays: 100 },
  { taskId: 104, count: 5000, firstId: 10001, authors: [102, 103, 104, 105, 106, 107], seed: 104, spanDays: 430 },
  { taskId: 105, count: 4, firstId: 20001, authors: [101], seed: 105, spanDays: 14 },
  { taskId: 107, count: 50_000, firstId: 100_001, authors: [1, 101, 102, 103, 104, 105, 106, 107, 108], seed: 107, spanDays: 1100 },
]

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!
}

/** The server's midnight that starts the day of "now". */
const TODAY_START = DEMO_NOW - (((DEMO_NOW + SERVER_UTC_OFFSET_MINUTES * MINUTE_MS) % DAY_MS) + DAY_MS) % DAY_MS

/**
 * When an entry is booked. A working day before "now": 09:00 server time plus a minute of the next
 * nine hours. Today (the entries drawn for the oldest day move here, so that "today" has entries
 * on any day, while every other entry stays where it always was): the same share of the time
 * between midnight and "now", and a timer entry must have stopped by then, or it goes to yesterday.
 */
function bookedAt(daysBack: number, minuteOfDay: number, seconds: number, source: EntrySource): number {
  if (daysBack === 0) {
    const room = DEMO_NOW - TODAY_START - (source === 3 ? seconds * 1000 : 0)
    if (room > 0)
      return TODAY_START + Math.floor(minuteOfDay / (9 * 60) * room / MINUTE_MS) * MINUTE_MS
    daysBack = 1
  }
  return DEMO_NOW - daysBack * DAY_MS - 3 * HOUR_MS + minuteOfDay * MINUTE_MS
}

function generate(spec: GeneratedTask, entries: Readonly<DemoEntry>[]): void {
  const random = seededRandom(spec.seed)
  for (let index = 0; index < spec.count; index++) {
    const roll = random()
    const source: EntrySource = roll < 0.05 ? 1 : roll < 0.6 ? 2 : 3
    const daysBack = 1 + Math.floor(random() * spec.spanDays)
    const minuteOfDay = Math.floor(random() * 9 * 60)
    const seconds = source === 3 ? 60 + Math.floor(random() * 4 * 3600) : Math.round(5 + random() * 235) * 60
    const start = bookedAt(daysBack === spec.spanDays ? 0 : daysBack, minuteOfDay, seconds, source)
    const savedLater = start + Math.floor(random() * 48) * HOUR_MS
    const userId = pick(spec.authors, random)
    const comment = pick(COMMENTS, random)
    entries.push(Object.freeze({
      id: spec.firstId + index,
      taskId: spec.taskId,
      userId,
      comment: source === 3 ? '' : comment,
      seconds,
      source,
      createdDate: start,
      dateStart: source === 1 ? null : source === 3 ? start : Math.min(savedLater, DEMO_NOW),
      dateStop: source === 1 ? null : source === 3 ? start + seconds * 1000 : Math.min(savedLater, DEMO_NOW),
    }))
  }
}

/** Task 101: one entry of each SOURCE; ids 1–3 are referenced by tests and the README. */
function handWritten(): DemoEntry[] {
  const twoDaysAgo = DEMO_NOW - 2 * DAY_MS
  const yesterday = DEMO_NOW - DAY_MS - 2 * HOUR_MS
  return [
    { id: 1, taskId: 101, userId: 102, comment: 'Collected figures from <b>finance</b> & sales', seconds: 5400, source: 2, createdDate: twoDaysAgo - 3 * HOUR_MS, dateStart: twoDaysAgo + 4 * HOUR_MS, dateStop: twoDaysAgo + 4 * HOUR_MS },
    { id: 2, taskId: 101, userId: 103, comment: '', seconds: 2723, source: 3, createdDate: yesterday, dateStart: yesterday, dateStop: yesterday + 2_723_000 },
    { id: 3, taskId: 101, userId: 108, comment: '[b]Legacy[/b] import from the old tracker\nsecond line 🚀', seconds: 900, source: 1, createdDate: DEMO_NOW - 30 * DAY_MS, dateStart: null, dateStop: null },
  ]
}

function buildEntries(): readonly Readonly<DemoEntry>[] {
  const entries: Readonly<DemoEntry>[] = handWritten().map(entry => Object.freeze(entry))
  for (const spec of GENERATED)
    generate(spec, entries)
  for (const entry of TIMESHEET_ENTRIES)
    entries.push(entry)
  return Object.freeze(entries)
}

/** Every demo entry, ids ascending; frozen, shared by all sessions (they edit copies, see data-set.ts). */
export const BASE_ENTRIES: readonly Readonly<DemoEntry>[] = buildEntries()
