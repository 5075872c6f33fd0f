/**
 * Ukrainian (portal language `ua`). "щодня / щотижня / щомісяця / щороку" for one unit (Bitrix's own
 * "щодня"); after a number the form `Intl.PluralRules` picks: "кожен 21 день", "кожні 2 тижні",
 * "кожні 5 тижнів" (every unit is masculine, so "кожен" always agrees). Weekdays in the accusative,
 * the ordinal agrees in gender: "в останню п'ятницю", "в останню неділю" (неділя is feminine, unlike
 * the Russian воскресенье). "у" before a consonant ("у вівторок"), "в" before a vowel; "о 10:00" but "об 11:00" and
 * "об 1:00" (одинадцятій, одній begin with a vowel). The portal's words (Bitrix24 tasks module,
 * install/components/bitrix/tasks.widget.replication/templates/.default/lang/ua/js.php and
 * template.php): "щодня", "робочий", "без дати закінчення", "Повторювати до", "повторень".
 */
import type { RecurrencePhrasebook, RecurrenceUnit } from './phrasebook'
import type { PluralForms } from './plural'
import type { Ordinal } from './schedule'
import type { IsoWeekday } from './wall-clock'
import { everyMonthOn, formatOffset, listOf } from './phrasebook'
import { counted, hourOf, pluralCategory } from './plural'

const LOCALE = 'uk'

type Gender = 'm' | 'f'

/** `each`: the adverb "every <day>" (що- + genitive): щопонеділка, щосереди, щонеділі. */
const WEEKDAYS: ReadonlyArray<{ nominative: string, accusative: string, gender: Gender, each: string }> = [
  { nominative: 'понеділок', accusative: 'понеділок', gender: 'm', each: 'щопонеділка' },
  { nominative: 'вівторок', accusative: 'вівторок', gender: 'm', each: 'щовівторка' },
  { nominative: 'середа', accusative: 'середу', gender: 'f', each: 'щосереди' },
  { nominative: 'четвер', accusative: 'четвер', gender: 'm', each: 'щочетверга' },
  { nominative: 'п\'ятниця', accusative: 'п\'ятницю', gender: 'f', each: 'щоп\'ятниці' },
  { nominative: 'субота', accusative: 'суботу', gender: 'f', each: 'щосуботи' },
  { nominative: 'неділя', accusative: 'неділю', gender: 'f', each: 'щонеділі' },
]

const MONTHS_GENITIVE = ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'] as const

/** Accusative by gender. */
const ORDINALS: Readonly<Record<Ordinal, Record<Gender, string>>> = {
  first: { m: 'перший', f: 'першу' },
  second: { m: 'другий', f: 'другу' },
  third: { m: 'третій', f: 'третю' },
  fourth: { m: 'четвертий', f: 'четверту' },
  last: { m: 'останній', f: 'останню' },
}

/** One unit as an adverb; after a number the accusative form (`other` is the fraction form). */
export const UKRAINIAN_UNITS: Readonly<Record<RecurrenceUnit, { each: string, forms: PluralForms }>> = {
  day: { each: 'щодня', forms: { one: 'день', few: 'дні', many: 'днів', other: 'дня' } },
  week: { each: 'щотижня', forms: { one: 'тиждень', few: 'тижні', many: 'тижнів', other: 'тижня' } },
  month: { each: 'щомісяця', forms: { one: 'місяць', few: 'місяці', many: 'місяців', other: 'місяця' } },
  year: { each: 'щороку', forms: { one: 'рік', few: 'роки', many: 'років', other: 'року' } },
}

export const UKRAINIAN_REPETITIONS: PluralForms = { one: 'повторення', few: 'повторення', many: 'повторень', other: 'повторення' }

/**
 * "в" before a vowel ("в останню", "в усі"), "у" before a consonant ("у вівторок", "у перший"): the
 * word before varies (щотижня, кожні 5 тижнів), so "у" keeps two consonants from meeting.
 */
function into(phrase: string): string {
  return /^[аеєиіїоуюя]/.test(phrase) ? `в ${phrase}` : `у ${phrase}`
}

/** "об" before a number read with a leading vowel: 1 (одній), 11 (одинадцятій). */
function atTime(time: string): string {
  const hour = hourOf(time)
  return hour === 1 || hour === 11 ? `об ${time}` : `о ${time}`
}

function ordinalWeekday(ordinal: Ordinal, weekday: IsoWeekday): string {
  const day = WEEKDAYS[weekday - 1]!
  return into(`${ORDINALS[ordinal][day.gender]} ${day.accusative}`)
}

const month = (value: number): string => MONTHS_GENITIVE[value - 1] ?? `#${value}`

export const ukrainianPhrasebook: RecurrencePhrasebook = {
  locale: LOCALE,
  every: (unit, n) => {
    if (n === 1)
      return UKRAINIAN_UNITS[unit].each
    // "кожен 21 день", but "кожні 2 дні", "кожні 5 днів".
    const each = pluralCategory(LOCALE, n) === 'one' ? 'кожен' : 'кожні'
    return `${each} ${counted(LOCALE, n, UKRAINIAN_UNITS[unit].forms)}`
  },
  everyWorkday: () => 'кожного робочого дня',
  workdaysOnly: () => 'лише в робочі дні',
  onWeekdays: (days) => {
    if (new Set(days).size === 7)
      return 'в усі дні тижня'
    return into(listOf(LOCALE, days.map(day => WEEKDAYS[day - 1]!.accusative)))
  },
  weekly: (everyWeeks, days) => {
    if (everyWeeks > 1)
      return `${ukrainianPhrasebook.every('week', everyWeeks)} ${ukrainianPhrasebook.onWeekdays(days)}`
    // "щовівторка", "щопонеділка, щосереди і щоп'ятниці": one adverb per day, as "щодня".
    return new Set(days).size === 7 ? 'щодня' : listOf(LOCALE, days.map(day => WEEKDAYS[day - 1]!.each))
  },
  monthly: (everyMonths, on) => everyMonthOn(ukrainianPhrasebook, everyMonths, on),
  onDayOfMonth: day => `${day}-го числа`,
  onNthWeekday: ordinalWeekday,
  onDayOfYear: (day, value) => `${day} ${month(value)}`,
  onNthWeekdayOfMonth: (ordinal, weekday, value) => `${ordinalWeekday(ordinal, weekday)} ${month(value)}`,
  at: (time, basis, serverUtcOffset) => {
    if (basis.kind === 'creator')
      return `${atTime(time)} (часовий пояс автора)`
    if (basis.kind === 'creator-offset')
      return `${atTime(time)} (часовий пояс автора, час сервера ${formatOffset(basis.offsetSeconds)})`
    return serverUtcOffset ? `${atTime(time)} (час сервера, UTC${serverUtcOffset})` : `${atTime(time)} (час сервера)`
  },
  from: date => `з ${date}`,
  until: date => `до ${date}`,
  noEnd: () => 'без дати закінчення',
  times: (times, done) => {
    const count = counted(LOCALE, times, UKRAINIAN_REPETITIONS)
    return done === 0 ? `${count}, ще не створено жодного завдання` : `${count}, уже створено: ${done}`
  },
  weekdayName: weekday => WEEKDAYS[weekday - 1]!.nominative,
}
