import type { RecurrencePhrasebook, RecurrenceUnit } from './phrasebook'
import type { Ordinal } from './schedule'
import type { IsoWeekday } from './wall-clock'
import { everyMonthOn, formatOffset, listOf } from './phrasebook'

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const

/**
 * English ordinal with its suffix (Bitrix's own recurrence strings print "21th").
 *
 * @example
 * englishOrdinal(21) // '21st'
 * englishOrdinal(112) // '112th'
 */
export function englishOrdinal(n: number): string {
  const lastTwo = n % 100
  if (lastTwo >= 11 && lastTwo <= 13)
    return `${n}th`
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'
  return `${n}${suffix}`
}

const weekday = (day: IsoWeekday): string => WEEKDAYS[day - 1]!
const month = (value: number): string => MONTHS[value - 1] ?? `#${value}`

export const englishPhrasebook: RecurrencePhrasebook = {
  locale: 'en',
  every: (unit: RecurrenceUnit, n: number) => (n === 1 ? `every ${unit}` : `every ${englishOrdinal(n)} ${unit}`),
  everyWorkday: () => 'every working day',
  workdaysOnly: () => 'working days only',
  onWeekdays: (days) => {
    if (new Set(days).size === 7)
      return 'on every day of the week'
    return `on ${listOf('en', days.map(weekday))}`
  },
  weekly: (everyWeeks, days) => `${englishPhrasebook.every('week', everyWeeks)} ${englishPhrasebook.onWeekdays(days)}`,
  monthly: (everyMonths, on) => everyMonthOn(englishPhrasebook, everyMonths, on),
  onDayOfMonth: day => `on the ${englishOrdinal(day)}`,
  onNthWeekday: (ordinal: Ordinal, day: IsoWeekday) => `on the ${ordinal} ${weekday(day)}`,
  onDayOfYear: (day, value) => `on ${day} ${month(value)}`,
  onNthWeekdayOfMonth: (ordinal, day, value) => `on the ${ordinal} ${weekday(day)} of ${month(value)}`,
  at: (time, basis, serverUtcOffset) => {
    if (basis.kind === 'creator')
      return `at ${time} (creator's time zone)`
    if (basis.kind === 'creator-offset')
      return `at ${time} (creator's time zone, server time ${formatOffset(basis.offsetSeconds)})`
    return serverUtcOffset ? `at ${time} (server time, UTC${serverUtcOffset})` : `at ${time} (server time)`
  },
  from: date => `from ${date}`,
  until: date => `until ${date}`,
  noEnd: () => 'no end date',
  times: (times, done) => {
    const count = times === 1 ? 'once' : `${times} times`
    return done === 0 ? `${count}, none created yet` : `${count}, ${done} created so far`
  },
  weekdayName: weekday,
}
