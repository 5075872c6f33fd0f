/**
 * From a loaded template to what the recurrence section shows: the sentence in the app's language
 * (en, ru, de, es, pt-BR, pl, uk; the phrasebook per language in lib/recurrence),
 * notes on how dates and settings were read, the next runs and the portal's date order.
 * Pure functions over `lib/recurrence`; the component only renders.
 */
import type { TaskTemplate } from '@/api/templates'
import type { DateOrder, PortalDate, Recurrence, UpcomingRuns } from '@/lib/recurrence'
import { portalLocaleOfTag } from '@/lib/locale/portal-language'
import { dailyInterval, recurrenceFromRule, recurrenceSentence, toNaiveMs, upcomingRuns } from '@/lib/recurrence'

export interface RecurrenceNote {
  key: 'ambiguousDate' | 'unreadableDate' | 'workdays' | 'dailySum' | 'issues' | 'creatorTime'
  params: Record<string, string | number>
}

export interface RecurrenceView {
  sentence: string | null
  /** Message key (with params; `code` is a decoder's error code) explaining why there is no sentence; `error` when something is broken. */
  problem: { key: string, params: Record<string, string>, tone: 'info' | 'error' } | null
  notes: RecurrenceNote[]
  runs: UpcomingRuns | null
  order: DateOrder
}

function longDate(locale: string, date: { year: number, month: number, day: number }): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(toNaiveMs({ ...date, hour: 0, minute: 0, second: 0 }))
}

function dateNotes(field: string, date: PortalDate | null, locale: string): RecurrenceNote[] {
  if (!date || date.raw.trim() === '')
    return []
  if (!date.ok)
    return [{ key: 'unreadableDate', params: { field, raw: date.raw } }]
  if (!date.ambiguous)
    return []
  const { year, month, day } = date.value
  return [{ key: 'ambiguousDate', params: { field, raw: date.raw, first: longDate(locale, { year, month, day }), second: longDate(locale, { year, month: day, day: month }) } }]
}

function portalOrder(recurrence: Recurrence): DateOrder {
  for (const date of [recurrence.next, recurrence.start, recurrence.end.kind === 'date' ? recurrence.end.end : null]) {
    if (date?.ok)
      return date.order === 'ymd' ? 'ymd' : date.order
  }
  return 'dmy'
}

/**
 * Everything the recurrence and next-runs sections need for one template, in `locale`.
 *
 * @example
 * describeRecurrence(template139, 'en').sentence
 * // 'Every week on Tuesday at 11:00 (server time), from 16.03.2026, no end date'
 */
export function describeRecurrence(template: TaskTemplate, locale: string): RecurrenceView {
  const empty: RecurrenceView = { sentence: null, problem: null, notes: [], runs: null, order: 'dmy' }
  const { replication } = template
  // Keys of a non-repeating template are leftovers with defaults: describing them would mislead.
  if (!template.replicate)
    return { ...empty, problem: { key: 'template.recurrence.notRepeating', params: {}, tone: 'info' } }
  if (replication.raw === null || replication.raw === '')
    return { ...empty, problem: { key: 'template.recurrence.missing', params: {}, tone: 'error' } }
  if (!replication.ok)
    return { ...empty, problem: { key: 'template.recurrence.decodeError', params: { code: replication.error.code }, tone: 'error' } }
  const { rule, issues } = replication.value
  const recurrence = recurrenceFromRule(rule, template.replicationCount)
  // The phrasebooks travel with this feature's chunk (lib/locale/portal-language.ts), never the first paint.
  const words = portalLocaleOfTag(locale).phrasebook
  const notes: RecurrenceNote[] = [
    ...dateNotes('START_DATE', recurrence.start, locale),
    ...dateNotes('NEXT_EXECUTION_TIME', recurrence.next, locale),
    ...(recurrence.end.kind === 'date' ? dateNotes('END_DATE', recurrence.end.end, locale) : []),
  ]
  const { frequency } = recurrence
  if (frequency.period === 'daily' && frequency.extraDays > 0)
    notes.push({ key: 'dailySum', params: { everyDay: frequency.everyDays, extra: frequency.extraDays, total: dailyInterval(frequency) } })
  if (frequency.period === 'daily' && frequency.workdayOnly)
    notes.push({ key: 'workdays', params: {} })
  if (recurrence.basis.kind === 'creator')
    notes.push({ key: 'creatorTime', params: {} })
  if (issues.length > 0)
    notes.push({ key: 'issues', params: { list: [...new Set(issues.map(issue => issue.key))].join(', ') } })
  return {
    sentence: recurrenceSentence(recurrence, words, { serverUtcOffset: template.serverUtcOffset }),
    problem: null,
    notes,
    runs: upcomingRuns(recurrence),
    order: portalOrder(recurrence),
  }
}
