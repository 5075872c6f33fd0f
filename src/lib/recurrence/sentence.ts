/**
 * One sentence for a template's recurrence, built from the active PERIOD/TYPE only:
 * "Every week on Tuesday at 11:00 (server time, UTC+01:00), from 16.03.2026, no end date".
 * Bitrix's own strings are sloppy ("every 21th day", missing spaces), so the
 * sentence is composed here from a phrasebook per language.
 */
import type { RecurrencePhrasebook } from './phrasebook'
import type { PortalDate } from './portal-date'
import type { Frequency, Recurrence } from './schedule'
import { dailyInterval } from './schedule'
import { formatDate, formatDateTime, formatMinutes } from './wall-clock'

/**
 * A portal date as the user should read it: in the portal's own order, with the time only when it is
 * not midnight; the raw string when the day/month order is ambiguous or the string is unreadable.
 *
 * @example
 * displayPortalDate(parsePortalDate('16.03.2026 00:00:00')) // '16.03.2026'
 * displayPortalDate(parsePortalDate('03/04/2026 00:00:00')) // '03/04/2026 00:00:00'
 */
export function displayPortalDate(date: PortalDate): string {
  if (!date.ok || date.ambiguous)
    return date.raw.trim()
  const { value, order } = date
  return value.hour === 0 && value.minute === 0 ? formatDate(value, order) : formatDateTime(value, order)
}

function frequencyPhrase(frequency: Frequency, words: RecurrencePhrasebook): string {
  switch (frequency.period) {
    case 'daily': {
      const interval = dailyInterval(frequency)
      return frequency.workdayOnly && interval === 1 ? words.everyWorkday() : words.every('day', interval)
    }
    case 'weekly': {
      const days = frequency.weekdays.length > 0 ? [...frequency.weekdays].sort((a, b) => a - b) : [1 as const]
      return words.weekly(Math.max(1, frequency.everyWeeks), days)
    }
    case 'monthly': {
      const everyMonths = Math.max(1, frequency.everyMonths)
      return frequency.type === 'day'
        ? words.monthly(everyMonths, { type: 'day', day: frequency.day })
        : words.monthly(everyMonths, { type: 'weekday', ordinal: frequency.ordinal, weekday: frequency.weekday })
    }
    case 'yearly': {
      const every = words.every('year', 1)
      return frequency.type === 'day'
        ? `${every} ${words.onDayOfYear(frequency.day, frequency.month)}`
        : `${every} ${words.onNthWeekdayOfMonth(frequency.ordinal, frequency.weekday, frequency.month)}`
    }
  }
}

export interface SentenceOptions {
  /** The server's UTC offset (`+01:00`, from the REST envelope's `time.date_start`), when known. */
  serverUtcOffset?: string | null
}

/**
 * Builds the sentence.
 *
 * @example
 * recurrenceSentence(template139, englishPhrasebook, { serverUtcOffset: '+01:00' })
 * // 'Every week on Tuesday at 11:00 (server time, UTC+01:00), from 16.03.2026, no end date'
 */
export function recurrenceSentence(recurrence: Recurrence, words: RecurrencePhrasebook, options: SentenceOptions = {}): string {
  const time = recurrence.time === null ? recurrence.timeRaw.trim() : formatMinutes(recurrence.time)
  const { frequency } = recurrence
  const parts = [`${frequencyPhrase(frequency, words)} ${words.at(time, recurrence.basis, options.serverUtcOffset ?? null)}`]
  if (frequency.period === 'daily' && frequency.workdayOnly && dailyInterval(frequency) > 1)
    parts.push(words.workdaysOnly())
  if (recurrence.start && recurrence.start.raw.trim() !== '')
    parts.push(words.from(displayPortalDate(recurrence.start)))
  const { end } = recurrence
  if (end.kind === 'times')
    parts.push(words.times(end.times, end.done))
  else if (end.kind === 'date' && end.end && end.end.raw.trim() !== '')
    parts.push(words.until(displayPortalDate(end.end)))
  else
    parts.push(words.noEnd())
  const sentence = parts.join(', ')
  return sentence.charAt(0).toLocaleUpperCase(words.locale) + sentence.slice(1)
}
