/**
 * The doctor's rules against cases worked out by hand from the PHP source
 * (bitrix24-core-corp modules/tasks/lib/replicator/template/repetition/). Each case carries its
 * worked example: what the PHP does with these values, step by step.
 */
import type { DoctorInput, ReplicationInput } from '@/lib/recurrence/replicator-rules'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { recurrenceFromRule, wallClock } from '@/lib/recurrence'
import { diagnose, findings, OVERDUE_GRACE_MINUTES, ruleProduces, yearStrip } from '@/lib/recurrence/replicator-rules'
import { recurrence } from './fixtures'

/** The demo clock: Monday 16.03.2026 12:00 server time. */
const NOW = wallClock(2026, 3, 16, 12)
const TUESDAY_11 = { period: 'weekly', everyWeeks: 1, weekdays: [2] } as const

function input(replication: ReplicationInput, overrides: Partial<DoctorInput> = {}): DoctorInput {
  return { replicate: true, creator: { id: 101, name: 'John Doe', active: true }, replication, replicationCount: 0, now: NOW, ...overrides }
}

function weekly(next: string | null, extra: Parameters<typeof recurrence>[1] = {}): ReplicationInput {
  return { ok: true, recurrence: recurrence(TUESDAY_11, { next, ...extra }), rawParams: { NEXT_EXECUTION_TIME: next ?? '' } }
}

describe('regulartemplatetaskreplicationchecker.php: stopReplicationByInvalidData', () => {
  it('stops when REPLICATE is N, before anything else is read', () => {
    // `if (!$template->getReplicate()) return true;`: even unreadable params do not matter then.
    const verdict = diagnose(input({ ok: false, field: 'REPLICATE_PARAMS', detail: 'x', raw: 'a:1:{' }, { replicate: false })).verdict
    expect(verdict).toEqual({ kind: 'stopped', cause: 'replicate-off', why: { field: 'REPLICATE', value: 'N' } })
  })

  it('stops when the creator is not active, and names them', () => {
    // `if (!User::isActive($template->getCreatedBy())) return true;`: user.get says ACTIVE false for 109.
    const verdict = diagnose(input(weekly('19.03.2026 10:00:00'), { creator: { id: 109, name: 'Игорь Белов', active: false } })).verdict
    expect(verdict).toMatchObject({ kind: 'stopped', cause: 'creator-inactive', creatorId: 109, creatorName: 'Игорь Белов', why: { field: 'CREATED_BY', value: '109' } })
  })

  it('treats a creator user.get no longer returns (deleted) as not active', () => {
    expect(diagnose(input(weekly('17.03.2026 11:00:00'), { creator: { id: 108, name: null, active: 'missing' } })).verdict)
      .toMatchObject({ kind: 'stopped', cause: 'creator-missing' })
  })

  it('does not guess when user.get failed (active unknown)', () => {
    expect(diagnose(input(weekly('17.03.2026 11:00:00'), { creator: { id: 101, name: null, active: null } })).verdict.kind).toBe('healthy')
  })
})

describe('executionservice.php: getTemplateNextExecutionTime', () => {
  it('finishes when TPARAM_REPLICATION_COUNT reached TIMES: "7 of 7"', () => {
    // `if ($currentReplicationCount >= $neededReplicationCount)` → TASKS_EXECUTION_LIMIT_REACHED.
    const replication = weekly('09.03.2026 09:00:00', { end: { kind: 'times', times: 7, done: 7 } })
    expect(diagnose(input(replication, { replicationCount: 7 })).verdict).toMatchObject({ kind: 'finished', cause: 'times', times: 7, done: 7 })
  })

  it('keeps going at 6 of 7', () => {
    const replication = weekly('17.03.2026 11:00:00', { end: { kind: 'times', times: 7, done: 6 } })
    expect(diagnose(input(replication, { replicationCount: 6 })).verdict.kind).toBe('healthy')
  })

  it('finishes when END_DATE has passed', () => {
    // Last run Fri 27.02.2026 17:00; the next by the rule is 06.03 17:00 > END_DATE 28.02 00:00 →
    // TASKS_EXECUTION_END_DATE_REACHED. At 16.03 the end date is in the past.
    const replication: ReplicationInput = { ok: true, recurrence: recurrence({ period: 'weekly', everyWeeks: 1, weekdays: [5] }, { time: '17:00', next: '27.02.2026 17:00:00', start: '05.01.2026 00:00:00', end: { kind: 'date', end: '28.02.2026 00:00:00' } }), rawParams: {} }
    expect(diagnose(input(replication)).verdict).toMatchObject({ kind: 'finished', cause: 'end-date', end: wallClock(2026, 2, 28), why: { field: 'END_DATE', value: '28.02.2026 00:00:00' } })
  })

  it('reads END_DATE in the creator\'s time when TIMEZONE_OFFSET is set', () => {
    // END_DATE 17.03.2026 00:00 for a creator 5 h ahead: `MakeTimeStamp(END_DATE) - 18000` = 16.03 19:00
    // server time. At 16.03 20:00 server time it has passed, although the string's date has not.
    const replication: ReplicationInput = { ok: true, recurrence: recurrence(TUESDAY_11, { next: '17.03.2026 06:00:00', basis: { kind: 'creator-offset', offsetSeconds: 18000 }, end: { kind: 'date', end: '17.03.2026 00:00:00' } }), rawParams: {} }
    expect(diagnose(input(replication, { now: wallClock(2026, 3, 16, 20) })).verdict).toMatchObject({ kind: 'finished', end: wallClock(2026, 3, 16, 19) })
  })
})

describe('executionservice.php: getTemplateCurrentExecutionTime and the agent', () => {
  it('is healthy when NEXT_EXECUTION_TIME is ahead and the rule produces it (template 139)', () => {
    expect(diagnose(input(weekly('17.03.2026 11:00:00'))).verdict).toEqual({ kind: 'healthy', next: wallClock(2026, 3, 17, 11), computedFromStart: false, why: { field: 'NEXT_EXECUTION_TIME', value: '17.03.2026 11:00:00' } })
  })

  it('calls a planned run two weeks in the past overdue (lost agent)', () => {
    // The agent creates the task as soon as time() ≥ NEXT_EXECUTION_TIME and plans the next one; a
    // value of 02.03.2026 09:00 at 16.03 12:00 means it never ran: 14 days 3 hours late.
    const verdict = diagnose(input(weekly('02.03.2026 09:00:00', { time: '09:00' }))).verdict
    expect(verdict).toMatchObject({ kind: 'overdue', planned: wallClock(2026, 3, 2, 9), lateMinutes: (14 * 24 + 3) * 60 })
  })

  it('allows the agent its grace period', () => {
    const now = wallClock(2026, 3, 17, 11, OVERDUE_GRACE_MINUTES)
    expect(diagnose(input(weekly('17.03.2026 11:00:00'), { now })).verdict.kind).toBe('healthy')
  })

  it('calls a Wednesday run of an every-Tuesday rule inconsistent and shows the rule\'s run', () => {
    // ExecutionTimeFactory from Wed 18.03 10:59:59: no listed day later that week → Tue 24.03 11:00.
    expect(diagnose(input(weekly('18.03.2026 11:00:00'))).verdict).toMatchObject({ kind: 'inconsistent', planned: wallClock(2026, 3, 18, 11), computed: wallClock(2026, 3, 24, 11) })
  })

  it('converts TIME with TIMEZONE_OFFSET before comparing (creator 5 h ahead: 10:00 is 05:00 server)', () => {
    // `date("H:i", strtotime('10:00') - 18000)` = 05:00.
    const replication: ReplicationInput = { ok: true, recurrence: recurrence({ period: 'weekly', everyWeeks: 1, weekdays: [2, 4] }, { time: '10:00', next: '17.03.2026 05:00:00', basis: { kind: 'creator-offset', offsetSeconds: 18000 } }), rawParams: {} }
    expect(diagnose(input(replication)).verdict.kind).toBe('healthy')
  })

  it('computes from START_DATE when NEXT_EXECUTION_TIME is empty (the agent\'s own time is not readable)', () => {
    const verdict = diagnose(input(weekly(null))).verdict
    expect(verdict).toMatchObject({ kind: 'healthy', next: wallClock(2026, 3, 17, 11), computedFromStart: true })
  })

  it('is unreadable when REPLICATE_PARAMS cannot be decoded, naming where', () => {
    const verdict = diagnose(input({ ok: false, field: 'REPLICATE_PARAMS', detail: 'Error at byte 96 of 96', raw: 'a:3:{…' })).verdict
    expect(verdict).toMatchObject({ kind: 'unreadable', field: 'REPLICATE_PARAMS', detail: 'Error at byte 96 of 96' })
  })

  it('is unreadable when NEXT_EXECUTION_TIME is not a date', () => {
    const replication: ReplicationInput = { ok: true, recurrence: recurrence(TUESDAY_11, { next: 'soon' }), rawParams: { NEXT_EXECUTION_TIME: 'soon' } }
    expect(diagnose(input(replication)).verdict).toMatchObject({ kind: 'unreadable', field: 'NEXT_EXECUTION_TIME', why: { value: 'soon' } })
  })

  it('a run the rule produced is always accepted (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 1439 }), fc.subarray([1, 2, 3, 4, 5, 6, 7] as const, { minLength: 1 }), (offsetDays, minutes, days) => {
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
      const subject = recurrence({ period: 'weekly', everyWeeks: 1, weekdays: days }, { time, next: null })
      const base = wallClock(2026, 1, 1 + offsetDays, 7, 13)
      const run = ruleProducesAfter(subject, base)
      expect(ruleProduces(subject, run).ok).toBe(true)
    }))
  })
})

function ruleProducesAfter(subject: ReturnType<typeof recurrence>, base: ReturnType<typeof wallClock>) {
  const check = ruleProduces(subject, base)
  return check.ok ? base : check.computed!
}

describe('values the replicator rolls over or misreads (flagged)', () => {
  const rule = (overrides: Record<string, unknown>) => recurrenceFromRule({
    period: 'monthly',
    everyDay: 1,
    workdayOnly: false,
    dailyMonthInterval: 0,
    everyWeek: 1,
    weekDays: [],
    monthlyType: 1,
    monthlyDayNum: 1,
    monthlyMonthNum1: 1,
    monthlyWeekDayNum: 0,
    monthlyWeekDay: 0,
    monthlyMonthNum2: 1,
    yearlyType: 1,
    yearlyDayNum: 1,
    yearlyMonth1: 0,
    yearlyWeekDayNum: 0,
    yearlyWeekDay: 0,
    yearlyMonth2: 0,
    time: '10:00',
    timezoneOffset: 0,
    startDate: '16.03.2026 00:00:00',
    endDate: null,
    repeatTill: 'endless',
    times: 0,
    nextExecutionTime: null,
    ...overrides,
  }, 0)

  it('reads 30 February as PHP mktime does: 2 March', () => {
    expect(findings(rule({ startDate: '30.02.2026 00:00:00' }), NOW)).toContainEqual({ kind: 'rolled-over-date', field: 'START_DATE', raw: '30.02.2026 00:00:00', readAs: wallClock(2026, 3, 2) })
  })

  it('flags END_DATE before START_DATE (the first computed run is already after the end: never runs)', () => {
    const subject = rule({ startDate: '01.04.2026 00:00:00', endDate: '30.03.2026 00:00:00', repeatTill: 'date' })
    expect(findings(subject, NOW)).toContainEqual({ kind: 'end-before-start', start: '01.04.2026 00:00:00', end: '30.03.2026 00:00:00' })
    expect(diagnose(input({ ok: true, recurrence: subject, rawParams: {} })).verdict).toMatchObject({ kind: 'finished', cause: 'end-date' })
  })

  it('flags a TIMEZONE_OFFSET no zone can have (55 hours) and one off the quarter hours', () => {
    expect(findings(rule({ timezoneOffset: 198000 }), NOW)).toContainEqual({ kind: 'absurd-offset', seconds: 198000 })
    expect(findings(rule({ timezoneOffset: 1234 }), NOW)).toContainEqual({ kind: 'absurd-offset', seconds: 1234 })
    expect(findings(rule({ timezoneOffset: -36000 }), NOW).filter(item => item.kind === 'absurd-offset')).toEqual([])
  })

  it('explains the 31st of a monthly rule: every 30-day month and February roll into the next month', () => {
    expect(findings(rule({ monthlyDayNum: 31 }), NOW)).toContainEqual({ kind: 'day-rolls-over', day: 31, months: [2, 4, 6, 9, 11] })
    expect(findings(rule({ monthlyDayNum: 28 }), NOW).filter(item => item.kind === 'day-rolls-over')).toEqual([])
  })

  it('explains 29 February of a yearly rule (1 March in common years)', () => {
    expect(findings(rule({ period: 'yearly', yearlyDayNum: 29, yearlyMonth1: 1 }), NOW)).toContainEqual({ kind: 'day-rolls-over', day: 29, months: [2] })
  })
})

describe('yearStrip', () => {
  it('marks the weekend days WORKDAY_ONLY skipped', () => {
    // Every 2nd day from Wed 18.03 09:30: 18, 20, then 22 (Sunday) moves to Mon 23, 25, 27, 29 (Sun) → 30.
    const subject = recurrence({ period: 'daily', everyDays: 2, extraDays: 0, workdayOnly: true }, { time: '09:30', next: '18.03.2026 09:30:00' })
    const march = yearStrip(subject, NOW)[0]!
    expect(march.filter(day => day.run).map(day => day.date.day)).toEqual([18, 20, 23, 25, 27, 30])
    expect(march.filter(day => day.skipped).map(day => day.date.day)).toEqual([22, 29])
  })

  it('has twelve months', () => {
    expect(yearStrip(recurrence(TUESDAY_11, { next: '17.03.2026 11:00:00' }), NOW)).toHaveLength(12)
  })
})

describe('slashed dates', () => {
  it('does not guess an ambiguous NEXT_EXECUTION_TIME (03/04/2026: 4 March or 3 April)', () => {
    const replication: ReplicationInput = { ok: true, recurrence: recurrence(TUESDAY_11, { next: '03/04/2026 11:00:00', start: null }), rawParams: {} }
    expect(diagnose(input(replication)).verdict).toMatchObject({ kind: 'unreadable', field: 'NEXT_EXECUTION_TIME', detail: 'ambiguous', why: { value: '03/04/2026 11:00:00' } })
  })

  it('reads a slashed date a part above 12 settles (03/17/2026 is month-first)', () => {
    const replication: ReplicationInput = { ok: true, recurrence: recurrence(TUESDAY_11, { next: '03/17/2026 11:00:00', start: null }), rawParams: {} }
    expect(diagnose(input(replication)).verdict).toMatchObject({ kind: 'healthy', next: wallClock(2026, 3, 17, 11) })
  })
})
