/**
 * The timesheet's shareable URLs (hash routes, docs/timesheet.md): what a week or a report shows is
 * all in the query, so a link opens the same view for whoever may see it.
 *
 * - `#/timesheet/week?week=2026-12-07&user=102`: the week containing `week` (any day of it), of
 *   `user` (default: the viewer);
 * - `#/timesheet/report?period=this-month|last-week|…|custom&from&to&people=1,2&project=7&group=person|project|task`.
 *
 * Parsing never throws: a value that does not read falls back to the default and is listed in
 * `invalid`, so the view can say which part of a link it ignored.
 */
import type { PivotGrouping } from './pivot'
import type { Period, PeriodPreset, Weekday } from '@/lib/time/period'
import type { DayKey } from '@/lib/time/zone'
import { parsePositiveId } from '@/lib/placement'
import { customPeriod, PERIOD_PRESETS, PeriodError, presetPeriod, weekContaining } from '@/lib/time/period'
import { isDayKey } from '@/lib/time/range'
import { PIVOT_GROUPINGS } from './pivot'

type QueryValue = string | null | ReadonlyArray<string | null> | undefined
export type RouteQuery = Readonly<Record<string, QueryValue>>

export interface WeekQuery {
  /** Any day of the week; null = this week. */
  week: DayKey | null
  /** Whose week; null = the viewer's. */
  userId: number | null
  invalid: string[]
}

export type ReportPeriodChoice = PeriodPreset | 'custom'

export interface ReportQuery {
  period: ReportPeriodChoice
  from: DayKey | null
  to: DayKey | null
  /** Chosen people; empty = the viewer. */
  people: number[]
  project: number | null
  group: PivotGrouping
  invalid: string[]
}

export const REPORT_PERIODS: readonly ReportPeriodChoice[] = [...PERIOD_PRESETS, 'custom']

function single(value: QueryValue): string | null {
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' && first !== '' ? first : null
}

/**
 * @example
 * parseWeekQuery({ week: '2026-12-09', user: '102' }) // { week: '2026-12-09', userId: 102, invalid: [] }
 */
export function parseWeekQuery(query: RouteQuery): WeekQuery {
  const invalid: string[] = []
  const weekText = single(query.week)
  const userText = single(query.user)
  const week = weekText !== null && isDayKey(weekText) ? weekText : null
  const userId = userText === null ? null : parsePositiveId(userText)
  if (weekText !== null && week === null)
    invalid.push('week')
  if (userText !== null && userId === null)
    invalid.push('user')
  return { week, userId, invalid }
}

/**
 * The query of a week link (the week written as its first day; the viewer's own week leaves `user` out).
 *
 * @example
 * weekQuery({ week: '2026-12-07', userId: null }) // { week: '2026-12-07' }
 */
export function weekQuery(value: Pick<WeekQuery, 'week' | 'userId'>): Record<string, string> {
  const query: Record<string, string> = {}
  if (value.week !== null)
    query.week = value.week
  if (value.userId !== null)
    query.user = String(value.userId)
  return query
}

/**
 * The week a query shows, from `today` in the viewer's zone.
 *
 * @example
 * weekOf({ week: null, userId: null, invalid: [] }, '2026-12-09') // { from: '2026-12-07', to: '2026-12-13' }
 */
export function weekOf(query: WeekQuery, today: DayKey, weekStart: Weekday = 0): Period {
  return weekContaining(query.week ?? today, weekStart)
}

function idList(text: string | null): number[] | null {
  if (text === null)
    return []
  const ids = text.split(',').map(part => parsePositiveId(part))
  return ids.every(id => id !== null) ? [...new Set(ids as number[])] : null
}

/**
 * @example
 * parseReportQuery({ period: 'custom', from: '2026-03-01', to: '2026-03-31', people: '1,2', group: 'task' })
 */
export function parseReportQuery(query: RouteQuery): ReportQuery {
  const invalid: string[] = []
  const periodText = single(query.period)
  const period = periodText !== null && (REPORT_PERIODS as readonly string[]).includes(periodText) ? periodText as ReportPeriodChoice : 'this-month'
  if (periodText !== null && period !== periodText)
    invalid.push('period')
  const from = single(query.from)
  const to = single(query.to)
  const people = idList(single(query.people))
  if (people === null)
    invalid.push('people')
  const projectText = single(query.project)
  const project = projectText === null ? null : parsePositiveId(projectText)
  if (projectText !== null && project === null)
    invalid.push('project')
  const groupText = single(query.group)
  const group = groupText !== null && (PIVOT_GROUPINGS as readonly string[]).includes(groupText) ? groupText as PivotGrouping : 'person'
  if (groupText !== null && group !== groupText)
    invalid.push('group')
  return { period, from: from !== null && isDayKey(from) ? from : null, to: to !== null && isDayKey(to) ? to : null, people: people ?? [], project, group, invalid }
}

/**
 * The query of a report link (defaults left out).
 *
 * @example
 * reportQuery({ period: 'this-month', from: null, to: null, people: [101], project: 7, group: 'person' }) // { period: 'this-month', people: '101', project: '7' }
 */
export function reportQuery(value: Omit<ReportQuery, 'invalid'>): Record<string, string> {
  const query: Record<string, string> = { period: value.period }
  if (value.period === 'custom') {
    if (value.from !== null)
      query.from = value.from
    if (value.to !== null)
      query.to = value.to
  }
  if (value.people.length > 0)
    query.people = value.people.join(',')
  if (value.project !== null)
    query.project = String(value.project)
  if (value.group !== 'person')
    query.group = value.group
  return query
}

export type ResolvedReportPeriod = { ok: true, period: Period } | { ok: false, error: PeriodError }

/**
 * The days a report shows: a preset seen from `now` in the zone, or the custom range checked.
 *
 * @example
 * reportPeriod(parseReportQuery({ period: 'custom', from: '2026-03-20', to: '2026-03-01' }), now, 'UTC') // { ok: false, error: PeriodError('REVERSED') }
 */
export function reportPeriod(query: Pick<ReportQuery, 'period' | 'from' | 'to'>, now: Date, timeZone: string, weekStart: Weekday = 0): ResolvedReportPeriod {
  try {
    if (query.period !== 'custom')
      return { ok: true, period: presetPeriod(query.period, now, timeZone, weekStart) }
    return { ok: true, period: customPeriod(query.from ?? '', query.to ?? '') }
  }
  catch (error) {
    if (error instanceof PeriodError)
      return { ok: false, error }
    throw error
  }
}
