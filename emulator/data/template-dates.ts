/**
 * Moves the demo templates' dates with the emulator's clock, without unserializing anything: the
 * dates inside the PHP-written REPLICATE_PARAMS strings are fixed-width portal dates (`dd.mm.yyyy`,
 * `dd.mm.yyyy hh:mi:ss`), so replacing each by the date N days later keeps every byte count, and with
 * it every `s:<length>:` prefix, exactly as PHP wrote it. N is a whole number of weeks, so a Tuesday
 * stays a Tuesday and weekly / working-day schedules keep their meaning. emulator/README.md#clock.
 */
import { DAY_MS, PINNED_TEST_NOW } from './clock'

export const WEEK_MS = 7 * DAY_MS

/** The instant `scripts/php-fixtures/templates.php` wrote the templates for (the demo's Monday 12:00 server time). */
const TEMPLATES_WRITTEN_FOR = PINNED_TEST_NOW

/**
 * Days to move the demo data by: whole weeks, so that `now` falls in the six days and a half before
 * the shifted demo "now" (Monday 12:00 server time) or on it. Rounding up keeps every relation the
 * demo is built on: what is planned after the demo's now is still ahead (template 139's Tuesday run),
 * what was a week or more before it is still behind (the overdue and finished templates).
 *
 * @example
 * demoShiftDays(PINNED_TEST_NOW) // 0
 * demoShiftDays(PINNED_TEST_NOW + 1) // 7
 */
export function demoShiftDays(nowMs: number): number {
  // `+ 0` turns the -0 of Math.ceil(-0.5) into 0.
  return 7 * Math.ceil((nowMs - TEMPLATES_WRITTEN_FOR) / WEEK_MS) + 0
}

const SITE_DATE = /\b(\d{2})\.(\d{2})\.(\d{4})\b/g

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/**
 * Every `dd.mm.yyyy` in `text` moved by `days`, same width; a date that does not exist (30.02.2026,
 * kept on purpose by a demo template) or would leave four-digit years stays as it is. Times of day
 * are untouched: a whole-day shift does not change them.
 *
 * @example
 * shiftSiteDates('s:19:"17.03.2026 11:00:00";', 7) // 's:19:"24.03.2026 11:00:00";'
 */
export function shiftSiteDates(text: string, days: number): string {
  if (days === 0)
    return text
  return text.replace(SITE_DATE, (whole, day: string, month: string, year: string) => {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
    if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1)
      return whole
    const moved = new Date(date.getTime() + days * DAY_MS)
    const movedYear = moved.getUTCFullYear()
    if (movedYear < 1000 || movedYear > 9999)
      return whole
    return `${pad(moved.getUTCDate())}.${pad(moved.getUTCMonth() + 1)}.${movedYear}`
  })
}

/** PERIOD inside serialized REPLICATE_PARAMS, read as bytes (`s:6:"PERIOD";s:6:"weekly";`). */
function periodOf(replicateParams: string): string | null {
  return /s:6:"PERIOD";s:\d+:"([a-z]+)";/.exec(replicateParams)?.[1] ?? null
}

/** `03/16/2026`: a slashed portal date, day-first or month-first depending on the portal's format. */
const SLASHED_DATE = /\b\d{2}\/\d{2}\/\d{4}\b/

/**
 * Whether a whole-week shift keeps the schedule's meaning: daily and weekly rules only. A monthly
 * ("the 31st", "the last Friday") or yearly rule would no longer match its own NEXT_EXECUTION_TIME,
 * so those templates keep their dates. So does a template with slashed dates: moving them could
 * take away the one date that tells day-first from month-first (03/16 does, 03/09 does not), which
 * would change what the doctor can read (docs/recurring-doctor.md#slashed-dates).
 */
export function isShiftable(replicateParams: string | null): boolean {
  if (replicateParams === null)
    return true
  if (SLASHED_DATE.test(replicateParams))
    return false
  const period = periodOf(replicateParams)
  return period === null || period === 'daily' || period === 'weekly'
}

/**
 * A template row with its dates moved by `days` (REPLICATE_PARAMS; b_tasks_template rows carry no
 * other date column in what `TemplateProvider` selects). Unshiftable rows come back unchanged.
 */
export function shiftTemplateColumns<T extends Record<string, string | null>>(columns: T, days: number): T {
  const params = columns.REPLICATE_PARAMS ?? null
  if (days === 0 || params === null || !isShiftable(params))
    return columns
  return { ...columns, REPLICATE_PARAMS: shiftSiteDates(params, days) }
}
