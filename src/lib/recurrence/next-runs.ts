/**
 * The dates a template will create tasks on, following Bitrix's own scheduler
 * (bitrix24-core-corp `modules/tasks/lib/replicator/template/repetition/time/factory/executiontimefactory.php` and `time/service/executionservice.php`), quirks included:
 *
 * - The agent runs at NEXT_EXECUTION_TIME and computes the following run from that moment ("base");
 *   a run never comes before START_DATE (base = max(last run, START_DATE)).
 * - daily: the base day at TIME, or EVERY_DAY + DAILY_MONTH_INTERVAL days later when that moment has
 *   passed. WORKDAY_ONLY moves a run outside work time to the *day* of the closest work time, at TIME:
 *   a TIME outside work hours (say 20:00) therefore lands on the following work day.
 * - weekly: the next chosen weekday later in the base's week, else EVERY_WEEK − 1 weeks are skipped and
 *   the first day *as listed* in WEEK_DAYS of the following week is taken.
 * - monthly by day: PHP `strtotime('Y-m-DD')`, which rolls over: day 31 in a 30-day month is the 1st
 *   of the next month, 31 February is 3 March (2 March in leap years). Months are stepped from the
 *   base month, so a template on the 31st runs 31 Jan, 3 Mar, 31 Mar, 1 May, 31 May ….
 * - monthly/yearly by weekday: PHP `"<ordinal> <weekday> of <month>"`; `last` is the month's last one.
 *   (Bitrix reads the first candidate from "this month" of the real clock; the agent runs at the base
 *   time, so the base's month is used here.)
 * - yearly by day: `strtotime('Y-MM-DD')`, so 29 February runs on 1 March in non-leap years.
 * - REPEAT_TILL `date` stops when a run falls *after* END_DATE (date and time compared);
 *   `times` stops once TPARAM_REPLICATION_COUNT reaches TIMES.
 *
 * Everything is naive server wall-clock time (see `wall-clock.ts`), so DST plays no part.
 */
import type { PortalDate } from './portal-date'
import type { Frequency, Ordinal, Recurrence } from './schedule'
import type { IsoWeekday, WallClock } from './wall-clock'
import { dailyInterval, ORDINALS } from './schedule'
import { addDays, atMinutes, compareWallClock, daysInMonth, fromNaiveMs, isoWeekday, MINUTES_PER_DAY, minutesOfDay, toNaiveMs, wallClock } from './wall-clock'

/**
 * What WORKDAY_ONLY treats as work time. The portal's calendar settings need the calendar scope
 * (`calendar.settings.get`), which the app does not ask for, so it assumes Bitrix's defaults
 * (`Calendar::getDefaultSettings`, bitrix24-core-corp modules/tasks/lib/util/calendar.php):
 * Monday–Friday, 09:00–19:00, no public holidays (docs/recurring-doctor.md#workday-only).
 */
export interface WorkCalendar {
  weekend: readonly IsoWeekday[]
  /** Minutes after midnight. */
  startMinutes: number
  endMinutes: number
}

export const DEFAULT_WORK_CALENDAR: WorkCalendar = { weekend: [6, 7], startMinutes: 9 * 60, endMinutes: 19 * 60 }

function isWorkDay(value: WallClock, calendar: WorkCalendar): boolean {
  return !calendar.weekend.includes(isoWeekday(value))
}

/** Work time includes both ends of the working hours, as `Calendar::isWorkTime` does. */
export function isWorkTime(value: WallClock, calendar: WorkCalendar = DEFAULT_WORK_CALENDAR): boolean {
  const minutes = minutesOfDay(value) + value.second / 60
  return isWorkDay(value, calendar) && minutes >= calendar.startMinutes && minutes <= calendar.endMinutes
}

/** The first moment at or after `value` that is work time. */
export function closestWorkTime(value: WallClock, calendar: WorkCalendar = DEFAULT_WORK_CALENDAR): WallClock {
  if (isWorkTime(value, calendar))
    return value
  let day = value
  if (!isWorkDay(day, calendar) || minutesOfDay(day) > calendar.endMinutes || (minutesOfDay(day) === calendar.endMinutes && day.second > 0))
    day = addDays(day, 1)
  // A calendar with no work day at all would loop for ever; Bitrix falls back to a Sat/Sun weekend.
  const effective = calendar.weekend.length >= 7 ? { ...calendar, weekend: [6, 7] as IsoWeekday[] } : calendar
  while (!isWorkDay(day, effective))
    day = addDays(day, 1)
  return atMinutes(day, effective.startMinutes)
}

/**
 * The `ordinal` `weekday` of a month (PHP `strtotime("last friday of 2026-03-01")`), at midnight.
 *
 * @example
 * nthWeekdayOfMonth(2026, 3, 'last', 5) // 27 March 2026
 */
export function nthWeekdayOfMonth(year: number, month: number, ordinal: Ordinal, weekday: IsoWeekday): WallClock {
  if (ordinal === 'last') {
    const lastDay = wallClock(year, month, daysInMonth(year, month))
    return addDays(lastDay, -((isoWeekday(lastDay) - weekday + 7) % 7))
  }
  const firstDay = wallClock(year, month, 1)
  const first = addDays(firstDay, (weekday - isoWeekday(firstDay) + 7) % 7)
  return addDays(first, 7 * ORDINALS.indexOf(ordinal))
}

/**
 * Year and month `months` after the given one. Bitrix's `addMonthsToDate` clamps a day that would
 * overflow (31 Jan + 1 month is 28/29 Feb, never March), and only the year and month of its result are
 * read afterwards, so plain month arithmetic gives the same answer.
 */
function monthsLater(value: WallClock, months: number): { year: number, month: number } {
  const index = value.year * 12 + (value.month - 1) + months
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/**
 * The run after `base`, at `preferredMinutes` after midnight (TIME converted to server time).
 *
 * @example
 * // Template 139: weekly on Tuesday at 11:00; after the run of Tue 17.03.2026 11:00 comes 24.03.2026 11:00.
 * nextExecution(wallClock(2026, 3, 17, 11), { period: 'weekly', everyWeeks: 1, weekdays: [2] }, 660)
 */
export function nextExecution(base: WallClock, frequency: Frequency, preferredMinutes: number, calendar: WorkCalendar = DEFAULT_WORK_CALENDAR): WallClock {
  const sameDay = atMinutes(base, preferredMinutes)
  const passed = (candidate: WallClock): boolean => compareWallClock(candidate, base) <= 0

  switch (frequency.period) {
    case 'daily': {
      let date = passed(sameDay) ? addDays(sameDay, dailyInterval(frequency)) : sameDay
      if (frequency.workdayOnly && !isWorkTime(date, calendar))
        date = atMinutes(closestWorkTime(date, calendar), preferredMinutes)
      return date
    }
    case 'weekly': {
      const days = frequency.weekdays.length > 0 ? frequency.weekdays : [1 as IsoWeekday]
      const today = isoWeekday(base)
      if (!passed(sameDay) && days.includes(today))
        return sameDay
      for (let day = today + 1; day <= 7; day++) {
        if (days.includes(day as IsoWeekday))
          return addDays(sameDay, day - today)
      }
      const skippedWeeks = frequency.everyWeeks > 1 ? frequency.everyWeeks - 1 : 0
      return addDays(sameDay, skippedWeeks * 7 + (7 - today) + days[0]!)
    }
    case 'monthly': {
      const every = Math.max(1, frequency.everyMonths)
      const inMonth = (year: number, month: number): WallClock => frequency.type === 'day'
        ? atMinutes(wallClock(year, month, frequency.day), preferredMinutes)
        : atMinutes(nthWeekdayOfMonth(year, month, frequency.ordinal, frequency.weekday), preferredMinutes)
      const candidate = inMonth(base.year, base.month)
      if (!passed(candidate))
        return candidate
      const later = monthsLater(candidate, every)
      return inMonth(later.year, later.month)
    }
    case 'yearly': {
      const inYear = (year: number): WallClock => frequency.type === 'day'
        ? atMinutes(wallClock(year, frequency.month, frequency.day), preferredMinutes)
        : atMinutes(nthWeekdayOfMonth(year, frequency.month, frequency.ordinal, frequency.weekday), preferredMinutes)
      const candidate = inYear(base.year)
      return passed(candidate) ? inYear(base.year + 1) : candidate
    }
  }
}

export type UpcomingRuns
  = | { kind: 'runs', runs: WallClock[] }
  /** No run is left: TIMES is reached, or the next run falls after END_DATE. */
    | { kind: 'finished', reason: 'times', times: number, done: number }
    | { kind: 'finished', reason: 'end-date' }
  /** Not computable from what the template holds; `field` names the culprit. */
    | { kind: 'unknown', field: 'NEXT_EXECUTION_TIME' | 'START_DATE' | 'END_DATE' | 'TIME' }

/**
 * TIME as server minutes after midnight (`ExecutionService`: TIME − creator offset, wrapped to a day).
 * Returns null when TIME is in the creator's zone and the offset is unknown: the time of
 * NEXT_EXECUTION_TIME, already converted by Bitrix, stands in for it when present.
 */
export function serverMinutes(recurrence: Recurrence): number | null {
  const { time, basis, next } = recurrence
  if (basis.kind === 'creator')
    return next?.ok ? minutesOfDay(next.value) : null
  if (time === null)
    return null
  const offsetMinutes = basis.kind === 'creator-offset' ? Math.round(basis.offsetSeconds / 60) : 0
  return (((time - offsetMinutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY
}

/**
 * START_DATE and END_DATE in server time. With TIMEZONE_OFFSET ≠ 0 they are, like TIME, the
 * creator's local time: `ExecutionService::getTemplateNextExecutionTime` subtracts the offset from
 * all three (`MakeTimeStamp(START_DATE) - $creatorTimeZoneOffsetTS`, the same for END_DATE).
 */
export function toServerTime(value: WallClock, recurrence: Pick<Recurrence, 'basis'>): WallClock {
  const { basis } = recurrence
  return basis.kind === 'creator-offset' ? fromNaiveMs(toNaiveMs(value) - basis.offsetSeconds * 1000) : value
}

function present(date: PortalDate | null): date is PortalDate {
  return date !== null && date.raw.trim() !== ''
}

/**
 * Up to `count` upcoming runs, starting with NEXT_EXECUTION_TIME (or, when the agent has not set it
 * yet, the first run from START_DATE).
 *
 * @example
 * upcomingRuns(template139) // { kind: 'runs', runs: [17.03.2026 11:00, 24.03, 31.03, 07.04, 14.04] }
 */
export function upcomingRuns(recurrence: Recurrence, count = 5, calendar: WorkCalendar = DEFAULT_WORK_CALENDAR): UpcomingRuns {
  const { start, next, end } = recurrence
  if (present(start) && !start.ok)
    return { kind: 'unknown', field: 'START_DATE' }
  if (present(next) && !next.ok)
    return { kind: 'unknown', field: 'NEXT_EXECUTION_TIME' }
  const preferred = serverMinutes(recurrence)
  if (preferred === null)
    return { kind: 'unknown', field: 'TIME' }

  let limit = count
  if (end.kind === 'times') {
    const remaining = end.times - end.done
    if (remaining <= 0)
      return { kind: 'finished', reason: 'times', times: end.times, done: end.done }
    limit = Math.min(limit, remaining)
  }
  let endsAt: WallClock | null = null
  if (end.kind === 'date' && present(end.end)) {
    if (!end.end.ok)
      return { kind: 'unknown', field: 'END_DATE' }
    endsAt = toServerTime(end.end.value, recurrence)
  }
  const startsAt = start?.ok ? toServerTime(start.value, recurrence) : null
  const notBeforeStart = (value: WallClock): WallClock =>
    startsAt && compareWallClock(startsAt, value) > 0 ? startsAt : value

  let current: WallClock
  if (next?.ok)
    current = next.value
  else if (startsAt)
    current = nextExecution(startsAt, recurrence.frequency, preferred, calendar)
  else
    return { kind: 'unknown', field: 'NEXT_EXECUTION_TIME' }

  const runs: WallClock[] = []
  while (runs.length < limit) {
    if (endsAt && compareWallClock(current, endsAt) > 0)
      break
    runs.push(current)
    const following = nextExecution(notBeforeStart(current), recurrence.frequency, preferred, calendar)
    // Bitrix's rules always move forward; this guard only protects against a future edit that would not.
    if (compareWallClock(following, current) <= 0)
      break
    current = following
  }
  return runs.length === 0 ? { kind: 'finished', reason: 'end-date' } : { kind: 'runs', runs }
}
