import type { WorkCalendar } from './next-runs'
/**
 * The recurring-task doctor: why a template did or did not create its task, decided with the rules
 * Bitrix24's replicator applies (bitrix24-core-corp `modules/tasks/lib/replicator/template/repetition/`).
 * Pure: the caller passes what `tasks.template.get` and `user.get` returned and the current time.
 *
 * Order of the checks is the replicator's own:
 * 1. `RegularTemplateTaskReplicationChecker::stopReplicationByInvalidData`
 *    (regulartemplatetaskreplicationchecker.php): REPLICATE off, or the creator not active
 *    (`User::isActive(CREATED_BY)`; a deleted user is not active either) → stopped.
 * 2. `ExecutionService::getTemplateNextExecutionTime` (time/service/executionservice.php): REPEAT_TILL
 *    `times` stops once TPARAM_REPLICATION_COUNT ≥ TIMES; `date` stops when the next run falls after
 *    END_DATE → finished. TIME, START_DATE and END_DATE are shifted by TIMEZONE_OFFSET (or the
 *    creator's offset when the key is missing); NEXT_EXECUTION_TIME is server time.
 * 3. `ExecutionService::getTemplateCurrentExecutionTime`: the planned run is NEXT_EXECUTION_TIME,
 *    falling back to the agent's own NEXT_EXEC (not readable over REST). The agent creates the task
 *    once the server clock passes it (`stopCurrentReplicationByPostpone`), then plans the next one, so
 *    a planned run well in the past means the agent did not fire → overdue. Re-saving the template
 *    re-creates the agent (`RegularTemplateTaskReplicator`, AGENT_TEMPLATE).
 * 4. A planned run the rule cannot produce (a Wednesday for "every Tuesday") → inconsistent.
 * What happened to each run is written to the template's history (service/templatehistoryservice.php,
 * `b_tasks_syslog`), which REST does not expose: the doctor infers from the template alone.
 */
import type { PortalDate } from './portal-date'
import type { Recurrence } from './schedule'
import type { WallClock } from './wall-clock'
import { DEFAULT_WORK_CALENDAR, nextExecution, serverMinutes, toServerTime, upcomingRuns } from './next-runs'
import { dailyInterval } from './schedule'
import { addDays, atMinutes, compareWallClock, daysInMonth, fromNaiveMs, isoWeekday, minutesOfDay, toNaiveMs } from './wall-clock'

/** Lateness the agent may have without being called lost: on portals without cron, agents run on page hits. */
export const OVERDUE_GRACE_MINUTES = 60

/** The field and the value a verdict rests on, as stored. */
export interface Evidence {
  field: string
  value: string
}

export type Verdict
  = | { kind: 'healthy', next: WallClock, computedFromStart: boolean, why: Evidence }
    | { kind: 'stopped', cause: 'replicate-off', why: Evidence }
    | { kind: 'stopped', cause: 'creator-inactive' | 'creator-missing', creatorId: number, creatorName: string | null, why: Evidence }
    | { kind: 'finished', cause: 'times', times: number, done: number, why: Evidence }
    | { kind: 'finished', cause: 'end-date', end: WallClock, why: Evidence }
    | { kind: 'overdue', planned: WallClock, lateMinutes: number, why: Evidence }
    | { kind: 'inconsistent', planned: WallClock, computed: WallClock, why: Evidence }
    | { kind: 'unreadable', field: string, detail: string, why: Evidence }

/** Values the replicator would accept but that do not mean what they seem to (flagged, never hidden). */
export type Finding
  = | { kind: 'rolled-over-date', field: string, raw: string, readAs: WallClock }
    | { kind: 'end-before-start', start: string, end: string }
    | { kind: 'absurd-offset', seconds: number }
    | { kind: 'day-rolls-over', day: number, months: number[] }
    | { kind: 'ambiguous-date', field: string, raw: string }

/** What the caller knows about the creator: `active` null when `user.get` failed (unknown). */
export interface CreatorStatus {
  id: number
  name: string | null
  /** ACTIVE of `user.get`; `'missing'` when user.get answered without this user (deleted). */
  active: boolean | 'missing' | null
}

export type ReplicationInput
  = | { ok: true, recurrence: Recurrence, rawParams: Record<string, string> }
    | { ok: false, field: string, detail: string, raw: string }

export interface DoctorInput {
  replicate: boolean
  creator: CreatorStatus | null
  replication: ReplicationInput
  /** TPARAM_REPLICATION_COUNT. */
  replicationCount: number
  /** The server's wall clock now. */
  now: WallClock
  calendar?: WorkCalendar
}

export interface Diagnosis {
  verdict: Verdict
  findings: Finding[]
}

/** Real zones lie within UTC−12…UTC+14, so a creator is at most 26 hours from the server. */
const MAX_OFFSET_SECONDS = 26 * 3600
/** Any year without 29 February. */
const COMMON_YEAR = 2026

function minutesBetween(later: WallClock, earlier: WallClock): number {
  return Math.round((toNaiveMs(later) - toNaiveMs(earlier)) / 60_000)
}

/**
 * Whether the rule can produce `planned`: the replicator's next run computed from one second
 * before it must be `planned` itself (`ExecutionTimeFactory::getNextExecutionTime`). Daily runs are
 * phase-free here (the last run is unknown), so only their time of day and work day are checked.
 */
export function ruleProduces(recurrence: Recurrence, planned: WallClock, calendar: WorkCalendar = DEFAULT_WORK_CALENDAR): { ok: boolean, computed: WallClock | null } {
  const preferred = serverMinutes(recurrence)
  if (preferred === null)
    return { ok: true, computed: null }
  const { frequency } = recurrence
  if (frequency.period === 'daily') {
    const workDay = (value: WallClock) => !calendar.weekend.includes(isoWeekday(value))
    if (minutesOfDay(planned) === preferred && (!frequency.workdayOnly || workDay(planned)))
      return { ok: true, computed: planned }
    let computed = atMinutes(planned, preferred)
    while (frequency.workdayOnly && !workDay(computed))
      computed = addDays(computed, 1)
    return { ok: false, computed }
  }
  const computed = nextExecution(fromNaiveMs(toNaiveMs(planned) - 1000), frequency, preferred, calendar)
  return { ok: compareWallClock(computed, planned) === 0, computed }
}

function dateFindings(field: string, date: PortalDate | null): Finding[] {
  if (!date || !date.ok)
    return []
  if (date.rolledOver)
    return [{ kind: 'rolled-over-date', field, raw: date.raw.trim(), readAs: date.value }]
  if (date.ambiguous)
    return [{ kind: 'ambiguous-date', field, raw: date.raw.trim() }]
  return []
}

/** Months (1..12) in which a monthly/yearly day number does not exist and PHP rolls it into the next month. */
function rollingMonths(day: number, months: readonly number[], year: number): number[] {
  return months.filter(month => day > daysInMonth(year, month) && day <= 31)
}

/**
 * Values the replicator would reject, roll over or misread, explained (never silently printed).
 *
 * @example
 * findings(recurrenceWithStart('30.02.2026')) // [{ kind: 'rolled-over-date', field: 'START_DATE', raw: '30.02.2026', readAs: 02.03.2026 }]
 */
export function findings(recurrence: Recurrence, now: WallClock): Finding[] {
  const result: Finding[] = [
    ...dateFindings('START_DATE', recurrence.start),
    ...dateFindings('NEXT_EXECUTION_TIME', recurrence.next),
    ...(recurrence.end.kind === 'date' ? dateFindings('END_DATE', recurrence.end.end) : []),
  ]
  const { start, end, basis, frequency } = recurrence
  if (end.kind === 'date' && end.end?.ok && start?.ok && compareWallClock(end.end.value, start.value) < 0)
    result.push({ kind: 'end-before-start', start: start.raw.trim(), end: end.end.raw.trim() })
  if (basis.kind === 'creator-offset' && (Math.abs(basis.offsetSeconds) > MAX_OFFSET_SECONDS || basis.offsetSeconds % 900 !== 0))
    result.push({ kind: 'absurd-offset', seconds: basis.offsetSeconds })
  if (frequency.period === 'monthly' && frequency.type === 'day' && frequency.day > 28) {
    const months = rollingMonths(frequency.day, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], now.year)
    if (months.length > 0)
      result.push({ kind: 'day-rolls-over', day: frequency.day, months })
  }
  // strtotime('Y-MM-DD') rolls a missing day over too: 29 February is 1 March in common years.
  if (frequency.period === 'yearly' && frequency.type === 'day' && frequency.day > daysInMonth(COMMON_YEAR, frequency.month))
    result.push({ kind: 'day-rolls-over', day: frequency.day, months: [frequency.month] })
  return result
}

function ambiguousField(recurrence: Recurrence): { field: string, raw: string } | null {
  const dates: Array<[string, PortalDate | null]> = [
    ['NEXT_EXECUTION_TIME', recurrence.next],
    ['START_DATE', recurrence.start],
    ['END_DATE', recurrence.end.kind === 'date' ? recurrence.end.end : null],
  ]
  for (const [field, date] of dates) {
    if (date?.ok && date.ambiguous)
      return { field, raw: date.raw.trim() }
  }
  return null
}

const evidence = (field: string, value: string | number | boolean): Evidence => ({ field, value: String(value) })

function creatorVerdict(creator: CreatorStatus | null): Verdict | null {
  if (!creator || creator.active === null || creator.active === true)
    return null
  const cause = creator.active === 'missing' ? 'creator-missing' : 'creator-inactive'
  return { kind: 'stopped', cause, creatorId: creator.id, creatorName: creator.name, why: evidence('CREATED_BY', creator.id) }
}

function endVerdict(input: DoctorInput, recurrence: Recurrence, planned: WallClock | null): Verdict | null {
  const { end } = recurrence
  if (end.kind === 'times' && input.replicationCount >= end.times)
    return { kind: 'finished', cause: 'times', times: end.times, done: input.replicationCount, why: evidence('TPARAM_REPLICATION_COUNT', `${input.replicationCount} ≥ TIMES ${end.times}`) }
  if (end.kind === 'date' && end.end?.ok) {
    const endsAt = toServerTime(end.end.value, recurrence)
    const startsAt = recurrence.start?.ok ? toServerTime(recurrence.start.value, recurrence) : null
    const before = (value: WallClock | null) => value !== null && compareWallClock(endsAt, value) < 0
    if (before(input.now) || before(planned) || before(startsAt))
      return { kind: 'finished', cause: 'end-date', end: endsAt, why: evidence('END_DATE', end.end.raw.trim()) }
  }
  return null
}

/**
 * The verdict on one template, and the values worth flagging.
 *
 * @example
 * // Template 139 at Mon 16.03.2026 12:00: weekly on Tuesday 11:00, NEXT_EXECUTION_TIME 17.03.2026 11:00:00.
 * diagnose({ replicate: true, creator: { id: 101, name: 'John Doe', active: true }, replication, replicationCount: 0, now })
 * // { verdict: { kind: 'healthy', next: 17.03.2026 11:00, … }, findings: [] }
 */
export function diagnose(input: DoctorInput): Diagnosis {
  const calendar = input.calendar ?? DEFAULT_WORK_CALENDAR
  if (!input.replicate)
    return { verdict: { kind: 'stopped', cause: 'replicate-off', why: evidence('REPLICATE', 'N') }, findings: [] }
  const stoppedByCreator = creatorVerdict(input.creator)
  if (stoppedByCreator)
    return { verdict: stoppedByCreator, findings: [] }
  const { replication } = input
  if (!replication.ok)
    return { verdict: { kind: 'unreadable', field: replication.field, detail: replication.detail, why: evidence(replication.field, replication.raw) }, findings: [] }
  const { recurrence, rawParams } = replication
  const found = findings(recurrence, input.now)

  // A slashed date both of whose first parts could be the month (03/04/2026) is not read at all:
  // no REST method tells the portal's date format, and a guessed month would be a confident wrong verdict.
  const ambiguous = ambiguousField(recurrence)
  if (ambiguous)
    return { verdict: { kind: 'unreadable', field: ambiguous.field, detail: 'ambiguous', why: evidence(ambiguous.field, ambiguous.raw) }, findings: found }

  const runs = upcomingRuns(recurrence, 1, calendar)
  if (runs.kind === 'unknown') {
    const finished = endVerdict(input, recurrence, null)
    if (finished)
      return { verdict: finished, findings: found }
    const value = rawParams[runs.field] ?? ''
    return { verdict: { kind: 'unreadable', field: runs.field, detail: value === '' ? 'empty' : 'unreadable', why: evidence(runs.field, value) }, findings: found }
  }
  const planned = recurrence.next?.ok ? recurrence.next.value : runs.kind === 'runs' ? runs.runs[0]! : null
  const finished = endVerdict(input, recurrence, planned)
  if (finished)
    return { verdict: finished, findings: found }
  if (runs.kind === 'finished' || planned === null) {
    if (runs.kind === 'finished' && runs.reason === 'times')
      return { verdict: { kind: 'finished', cause: 'times', times: runs.times, done: runs.done, why: evidence('TIMES', runs.times) }, findings: found }
    const endRaw = recurrence.end.kind === 'date' && recurrence.end.end ? recurrence.end.end.raw.trim() : ''
    const endsAt = recurrence.end.kind === 'date' && recurrence.end.end?.ok ? toServerTime(recurrence.end.end.value, recurrence) : input.now
    return { verdict: { kind: 'finished', cause: 'end-date', end: endsAt, why: evidence('END_DATE', endRaw) }, findings: found }
  }

  const computedFromStart = !recurrence.next?.ok
  const plannedRaw = recurrence.next?.raw.trim() ?? ''
  if (!computedFromStart) {
    const late = minutesBetween(input.now, planned)
    if (late > OVERDUE_GRACE_MINUTES)
      return { verdict: { kind: 'overdue', planned, lateMinutes: late, why: evidence('NEXT_EXECUTION_TIME', plannedRaw) }, findings: found }
    const check = ruleProduces(recurrence, planned, calendar)
    if (!check.ok && check.computed)
      return { verdict: { kind: 'inconsistent', planned, computed: check.computed, why: evidence('NEXT_EXECUTION_TIME', plannedRaw) }, findings: found }
  }
  const why = computedFromStart ? evidence('START_DATE', recurrence.start?.raw.trim() ?? '') : evidence('NEXT_EXECUTION_TIME', plannedRaw)
  return { verdict: { kind: 'healthy', next: planned, computedFromStart, why }, findings: found }
}

export interface YearDay {
  date: WallClock
  run: boolean
  /** WORKDAY_ONLY moved a run off this non-working day. */
  skipped: boolean
  workDay: boolean
}

/**
 * The runs of the coming `months` months, day by day, for the year strip: which days get a task and,
 * with WORKDAY_ONLY, which non-working days the rule would have hit without it.
 */
export function yearStrip(recurrence: Recurrence, from: WallClock, months = 12, calendar: WorkCalendar = DEFAULT_WORK_CALENDAR): YearDay[][] {
  const firstDay = { year: from.year, month: from.month, day: 1, hour: 0, minute: 0, second: 0 }
  const lastIndex = from.year * 12 + from.month - 1 + months
  const last = { year: Math.floor(lastIndex / 12), month: (lastIndex % 12) + 1, day: 1, hour: 0, minute: 0, second: 0 }
  const dayKey = (value: WallClock) => `${value.year}-${value.month}-${value.day}`
  const runs = upcomingRuns(recurrence, 400, calendar)
  const inRange = runs.kind === 'runs' ? runs.runs.filter(run => compareWallClock(run, last) < 0) : []
  const runDays = new Set(inRange.map(dayKey))
  // WORKDAY_ONLY: where the plain interval would have landed when the run had to move.
  const skippedDays = new Set<string>()
  const { frequency } = recurrence
  if (frequency.period === 'daily' && frequency.workdayOnly) {
    inRange.forEach((run, index) => {
      const previous = inRange[index - 1]
      const candidate = previous ? addDays(previous, dailyInterval(frequency)) : null
      if (candidate && dayKey(candidate) !== dayKey(run) && calendar.weekend.includes(isoWeekday(candidate)))
        skippedDays.add(dayKey(candidate))
    })
  }
  const result: YearDay[][] = []
  for (let day = firstDay; compareWallClock(day, last) < 0; day = addDays(day, 1)) {
    if (day.day === 1)
      result.push([])
    const workDay = !calendar.weekend.includes(isoWeekday(day))
    const key = dayKey(day)
    result.at(-1)!.push({ date: day, run: runDays.has(key), skipped: skippedDays.has(key), workDay })
  }
  return result
}
