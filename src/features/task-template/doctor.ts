/**
 * From a loaded template (plus its people and the current time) to what the doctor shows: the
 * verdict of `lib/recurrence/replicator-rules`, the findings, the clocks of the zone the schedule is
 * defined in and the viewer's, the next runs (up to 50) and the year strip. Pure; components render.
 */
import type { TaskTemplate } from '@/api/templates'
import type { User } from '@/api/users'
import type { LoadStatus } from '@/lib/load-status'
import type { CreatorStatus, Diagnosis, Recurrence, ReplicationInput, WallClock, YearDay } from '@/lib/recurrence'
import { diagnose, formatOffset, fromNaiveMs, recurrenceFromRule, serverMinutes, toNaiveMs, upcomingRuns, yearStrip } from '@/lib/recurrence'
import { utcOffsetMinutes } from './zones'

export const MAX_RUNS = 50

export interface ZoneClock {
  /** Who the zone belongs to: the creator (TIMEZONE_OFFSET ≠ 0), the server, or the viewer. */
  owner: 'creator' | 'server' | 'viewer'
  /** `+03:00`. */
  offset: string
  /** Minutes after midnight of the run time in that zone. */
  minutes: number
}

export interface RunRow {
  run: WallClock
  /** The rule named a day this month does not have and PHP's date arithmetic rolled it over. */
  rolledFrom: number | null
}

export interface DoctorView {
  diagnosis: Diagnosis
  recurrence: Recurrence | null
  creatorName: string | null
  /** The zone the schedule is defined in, then the viewer's when it differs. */
  clocks: ZoneClock[]
  runs: RunRow[]
  strip: YearDay[][]
  /** Server wall clock now. */
  now: WallClock
}

function creatorStatus(template: TaskTemplate, people: ReadonlyMap<number, User>, peopleStatus: LoadStatus): CreatorStatus | null {
  const creator = template.createdBy
  if (!creator)
    return null
  const user = people.get(creator.id)
  const name = user?.name || creator.name || null
  if (peopleStatus !== 'success')
    return { id: creator.id, name, active: null }
  if (!user)
    return { id: creator.id, name, active: 'missing' }
  return { id: creator.id, name, active: user.active ?? null }
}

function replicationInput(template: TaskTemplate): { input: ReplicationInput, recurrence: Recurrence | null } {
  const { replication } = template
  if (replication.raw === null || replication.raw === '')
    return { input: { ok: false, field: 'REPLICATE_PARAMS', detail: 'empty', raw: '' }, recurrence: null }
  if (!replication.ok)
    return { input: { ok: false, field: 'REPLICATE_PARAMS', detail: replication.error.code, raw: replication.raw }, recurrence: null }
  const { rule } = replication.value
  const recurrence = recurrenceFromRule(rule, template.replicationCount)
  const rawParams: Record<string, string> = {
    START_DATE: rule.startDate ?? '',
    END_DATE: rule.endDate ?? '',
    NEXT_EXECUTION_TIME: rule.nextExecutionTime ?? '',
    TIME: rule.time,
  }
  return { input: { ok: true, recurrence, rawParams }, recurrence }
}

function rolledFrom(recurrence: Recurrence, run: WallClock): number | null {
  const { frequency } = recurrence
  const day = frequency.period === 'monthly' || frequency.period === 'yearly' ? (frequency.type === 'day' ? frequency.day : null) : null
  return day !== null && run.day !== day ? day : null
}

/**
 * Everything the doctor shows for one template, checked at `nowMs` (epoch ms) for a viewer whose
 * zone is `viewerOffsetMinutes` east of UTC (the browser's).
 */
export function doctorView(template: TaskTemplate, people: ReadonlyMap<number, User>, peopleStatus: LoadStatus, nowMs: number, viewerOffsetMinutes: number): DoctorView {
  const serverOffset = utcOffsetMinutes(template.serverUtcOffset) ?? viewerOffsetMinutes
  const now = fromNaiveMs(nowMs + serverOffset * 60_000)
  const { input, recurrence } = replicationInput(template)
  const creator = creatorStatus(template, people, peopleStatus)
  const diagnosis = diagnose({ replicate: template.replicate, creator, replication: input, replicationCount: template.replicationCount, now })
  const view: DoctorView = { diagnosis, recurrence, creatorName: creator?.name ?? null, clocks: [], runs: [], strip: [], now }
  if (!recurrence || !template.replicate)
    return view
  const upcoming = upcomingRuns(recurrence, MAX_RUNS)
  view.runs = upcoming.kind === 'runs' ? upcoming.runs.map(run => ({ run, rolledFrom: rolledFrom(recurrence, run) })) : []
  view.strip = yearStrip(recurrence, now)
  const server = serverMinutes(recurrence)
  if (server !== null) {
    const basis = recurrence.basis
    const defining: ZoneClock = basis.kind === 'creator-offset'
      ? { owner: 'creator', offset: formatOffset((serverOffset * 60) + basis.offsetSeconds), minutes: wrap(server + Math.round(basis.offsetSeconds / 60)) }
      : { owner: 'server', offset: formatOffset(serverOffset * 60), minutes: server }
    view.clocks.push(defining)
    // NEXT_EXECUTION_TIME and the run list are server time: name it whenever the schedule is not.
    if (defining.owner === 'creator')
      view.clocks.push({ owner: 'server', offset: formatOffset(serverOffset * 60), minutes: server })
    const definingOffset = serverOffset + (basis.kind === 'creator-offset' ? Math.round(basis.offsetSeconds / 60) : 0)
    if (definingOffset !== viewerOffsetMinutes && serverOffset !== viewerOffsetMinutes)
      view.clocks.push({ owner: 'viewer', offset: formatOffset(viewerOffsetMinutes * 60), minutes: wrap(server - serverOffset + viewerOffsetMinutes) })
  }
  return view
}

function wrap(minutes: number): number {
  return ((minutes % 1440) + 1440) % 1440
}

/** A server wall-clock value as the viewer's wall clock (for "… for you"). */
export function inViewerZone(value: WallClock, serverOffsetMinutes: number, viewerOffsetMinutes: number): WallClock {
  return fromNaiveMs(toNaiveMs(value) + (viewerOffsetMinutes - serverOffsetMinutes) * 60_000)
}
