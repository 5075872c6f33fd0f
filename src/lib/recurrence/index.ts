export type { ReplicationRuleInput } from './from-rule'
export { recurrenceFromRule } from './from-rule'
export type { UpcomingRuns, WorkCalendar } from './next-runs'
export { closestWorkTime, DEFAULT_WORK_CALENDAR, isWorkTime, nextExecution, nthWeekdayOfMonth, serverMinutes, toServerTime, upcomingRuns } from './next-runs'
/**
 * Recurrence of task templates: reading REPLICATE_PARAMS dates, the sentence in en/ru, and the next
 * runs by Bitrix's own rules. Pure TypeScript: no Vue, no SDK.
 */
export type { RecurrencePhrasebook, RecurrenceUnit } from './phrasebook'
export { formatOffset } from './phrasebook'
export { englishOrdinal, englishPhrasebook } from './phrasebook-en'
export { russianPhrasebook, russianPluralForm } from './phrasebook-ru'
export type { PortalDate } from './portal-date'
export { inferDateOrder, parsePortalDate, parseTimeOfDay, readAsBitrix } from './portal-date'
export type { CreatorStatus, Diagnosis, DoctorInput, Evidence, Finding, ReplicationInput, Verdict, YearDay } from './replicator-rules'
export { diagnose, findings, OVERDUE_GRACE_MINUTES, ruleProduces, yearStrip } from './replicator-rules'
export type { Frequency, Ordinal, Recurrence, RepeatEnd, TimeBasis } from './schedule'
export { dailyInterval, ORDINALS } from './schedule'
export type { SentenceOptions } from './sentence'
export { displayPortalDate, recurrenceSentence } from './sentence'
export type { DateOrder, IsoWeekday, WallClock } from './wall-clock'
export { compareWallClock, formatDate, formatDateTime, formatMinutes, fromNaiveMs, isoWeekday, toNaiveMs, wallClock } from './wall-clock'
