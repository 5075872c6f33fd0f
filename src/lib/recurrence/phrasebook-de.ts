/**
 * German. Every weekday is masculine, so "am" + the dative ordinal in -en agrees with all of them
 * ("am letzten Freitag", "am ersten Montag im Januar"); "jede Woche / jeden Monat / jedes Jahr"
 * agree with the unit's gender. The portal's own words (Bitrix24 tasks module,
 * install/components/bitrix/tasks.widget.replication/templates/.default/lang/de/js.php and
 * template.php): "täglich", "Werktag", "ab #DATETIME#", "ohne Abschlussdatum", "Wiederholen bis",
 * "Abschließen nach … Wiederholungen", "im #MONTH_NAME#".
 */
import type { RecurrencePhrasebook, RecurrenceUnit } from './phrasebook'
import type { PluralForms } from './plural'
import type { Ordinal } from './schedule'
import type { IsoWeekday } from './wall-clock'
import { everyMonthOn, formatOffset, listOf } from './phrasebook'
import { counted } from './plural'

const LOCALE = 'de'

const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'] as const
const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'] as const

/** Dative after "am", weak ending (all weekdays are masculine). */
const ORDINALS: Readonly<Record<Ordinal, string>> = {
  first: 'ersten',
  second: 'zweiten',
  third: 'dritten',
  fourth: 'vierten',
  last: 'letzten',
}

/** "täglich" (the portal's word), "jede Woche" (f), "jeden Monat" (m), "jedes Jahr" (n); "alle 3 Tage" after a number. */
export const GERMAN_UNITS: Readonly<Record<RecurrenceUnit, { each: string, forms: PluralForms }>> = {
  day: { each: 'täglich', forms: { one: 'Tag', other: 'Tage' } },
  week: { each: 'jede Woche', forms: { one: 'Woche', other: 'Wochen' } },
  month: { each: 'jeden Monat', forms: { one: 'Monat', other: 'Monate' } },
  year: { each: 'jedes Jahr', forms: { one: 'Jahr', other: 'Jahre' } },
}

export const GERMAN_REPETITIONS: PluralForms = { one: 'Wiederholung', other: 'Wiederholungen' }

const weekday = (day: IsoWeekday): string => WEEKDAYS[day - 1]!
const month = (value: number): string => MONTHS[value - 1] ?? `#${value}`

export const germanPhrasebook: RecurrencePhrasebook = {
  locale: LOCALE,
  every: (unit, n) => (n === 1 ? GERMAN_UNITS[unit].each : `alle ${counted(LOCALE, n, GERMAN_UNITS[unit].forms)}`),
  everyWorkday: () => 'jeden Werktag',
  workdaysOnly: () => 'nur an Werktagen',
  onWeekdays: (days) => {
    if (new Set(days).size === 7)
      return 'an allen Wochentagen'
    return `am ${listOf(LOCALE, days.map(weekday))}`
  },
  weekly: (everyWeeks, days) => {
    if (everyWeeks > 1)
      return `alle ${counted(LOCALE, everyWeeks, GERMAN_UNITS.week.forms)} ${germanPhrasebook.onWeekdays(days)}`
    // "jeden Dienstag", "jeden Montag, Mittwoch und Freitag": the accusative of time, all weekdays masculine.
    return new Set(days).size === 7 ? 'jeden Tag' : `jeden ${listOf(LOCALE, days.map(weekday))}`
  },
  monthly: (everyMonths, on) => everyMonthOn(germanPhrasebook, everyMonths, on),
  onDayOfMonth: day => `am ${day}.`,
  onNthWeekday: (ordinal, day) => `am ${ORDINALS[ordinal]} ${weekday(day)}`,
  onDayOfYear: (day, value) => `am ${day}. ${month(value)}`,
  onNthWeekdayOfMonth: (ordinal, day, value) => `am ${ORDINALS[ordinal]} ${weekday(day)} im ${month(value)}`,
  at: (time, basis, serverUtcOffset) => {
    if (basis.kind === 'creator')
      return `um ${time} (Zeitzone des Erstellers)`
    if (basis.kind === 'creator-offset')
      return `um ${time} (Zeitzone des Erstellers, Serverzeit ${formatOffset(basis.offsetSeconds)})`
    return serverUtcOffset ? `um ${time} (Serverzeit, UTC${serverUtcOffset})` : `um ${time} (Serverzeit)`
  },
  from: date => `ab ${date}`,
  until: date => `bis ${date}`,
  noEnd: () => 'ohne Abschlussdatum',
  times: (times, done) => {
    const count = counted(LOCALE, times, GERMAN_REPETITIONS)
    return done === 0 ? `${count}, noch keine erstellt` : `${count}, bisher ${done} erstellt`
  },
  weekdayName: weekday,
}
