import type { RecurrencePhrasebook, RecurrenceUnit } from './phrasebook'
import type { Ordinal } from './schedule'
import type { IsoWeekday } from './wall-clock'
import { everyMonthOn, formatOffset, listOf } from './phrasebook'

type Gender = 'm' | 'f' | 'n'

/** Nominative, accusative (в + вин. п.) and grammatical gender, Monday first. */
const WEEKDAYS: ReadonlyArray<{ nominative: string, accusative: string, gender: Gender }> = [
  { nominative: 'понедельник', accusative: 'понедельник', gender: 'm' },
  { nominative: 'вторник', accusative: 'вторник', gender: 'm' },
  { nominative: 'среда', accusative: 'среду', gender: 'f' },
  { nominative: 'четверг', accusative: 'четверг', gender: 'm' },
  { nominative: 'пятница', accusative: 'пятницу', gender: 'f' },
  { nominative: 'суббота', accusative: 'субботу', gender: 'f' },
  { nominative: 'воскресенье', accusative: 'воскресенье', gender: 'n' },
]

/** Genitive: "15 марта", "первый понедельник января". */
const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'] as const

/** Accusative ordinals by gender. */
const ORDINALS: Readonly<Record<Ordinal, Record<Gender, string>>> = {
  first: { m: 'первый', f: 'первую', n: 'первое' },
  second: { m: 'второй', f: 'вторую', n: 'второе' },
  third: { m: 'третий', f: 'третью', n: 'третье' },
  fourth: { m: 'четвёртый', f: 'четвёртую', n: 'четвёртое' },
  last: { m: 'последний', f: 'последнюю', n: 'последнее' },
}

/**
 * Russian plural category: 0 for 1, 21, 101 (день); 1 for 2–4, 22–24 (дня); 2 for 0, 5–20, 25 (дней).
 *
 * @example
 * russianPluralForm(21) // 0
 * russianPluralForm(12) // 2
 */
export function russianPluralForm(n: number): 0 | 1 | 2 {
  const lastTwo = Math.abs(n) % 100
  const last = lastTwo % 10
  if (lastTwo >= 11 && lastTwo <= 14)
    return 2
  if (last === 1)
    return 0
  if (last >= 2 && last <= 4)
    return 1
  return 2
}

/** Accusative forms after a number (1, 2–4, 5+) and the "every" that agrees with the 1-form. */
const UNITS: Readonly<Record<RecurrenceUnit, { forms: readonly [string, string, string], each: string }>> = {
  day: { forms: ['день', 'дня', 'дней'], each: 'каждый' },
  week: { forms: ['неделю', 'недели', 'недель'], each: 'каждую' },
  month: { forms: ['месяц', 'месяца', 'месяцев'], each: 'каждый' },
  year: { forms: ['год', 'года', 'лет'], each: 'каждый' },
}

function counted(unit: RecurrenceUnit, n: number): string {
  const { forms, each } = UNITS[unit]
  const form = russianPluralForm(n)
  // "каждый 21 день", but "каждые 2 дня", "каждые 5 дней".
  return `${form === 0 ? each : 'каждые'} ${n} ${forms[form]}`
}

/** "в" becomes "во" before a word starting with "вт" (во вторник, во второй). */
function into(phrase: string): string {
  return phrase.startsWith('вт') ? `во ${phrase}` : `в ${phrase}`
}

function ordinalWeekday(ordinal: Ordinal, weekday: IsoWeekday): string {
  const day = WEEKDAYS[weekday - 1]!
  return `${ORDINALS[ordinal][day.gender]} ${day.accusative}`
}

const month = (value: number): string => MONTHS_GENITIVE[value - 1] ?? `#${value}`

export const russianPhrasebook: RecurrencePhrasebook = {
  locale: 'ru',
  every: (unit, n) => (n === 1 ? `${UNITS[unit].each} ${UNITS[unit].forms[0]}` : counted(unit, n)),
  everyWorkday: () => 'каждый рабочий день',
  workdaysOnly: () => 'только в рабочие дни',
  onWeekdays: (days) => {
    if (new Set(days).size === 7)
      return 'во все дни недели'
    return into(listOf('ru', days.map(day => WEEKDAYS[day - 1]!.accusative)))
  },
  weekly: (everyWeeks, days) => `${russianPhrasebook.every('week', everyWeeks)} ${russianPhrasebook.onWeekdays(days)}`,
  monthly: (everyMonths, on) => everyMonthOn(russianPhrasebook, everyMonths, on),
  onDayOfMonth: day => `${day}-го числа`,
  onNthWeekday: (ordinal, weekday) => into(ordinalWeekday(ordinal, weekday)),
  onDayOfYear: (day, value) => `${day} ${month(value)}`,
  onNthWeekdayOfMonth: (ordinal, weekday, value) => `${into(ordinalWeekday(ordinal, weekday))} ${month(value)}`,
  at: (time, basis, serverUtcOffset) => {
    if (basis.kind === 'creator')
      return `в ${time} (часовой пояс автора)`
    if (basis.kind === 'creator-offset')
      return `в ${time} (часовой пояс автора, время сервера ${formatOffset(basis.offsetSeconds)})`
    return serverUtcOffset ? `в ${time} (время сервера, UTC${serverUtcOffset})` : `в ${time} (время сервера)`
  },
  from: date => `с ${date}`,
  until: date => `до ${date}`,
  noEnd: () => 'без даты окончания',
  times: (times, done) => {
    const count = `${times} ${['раз', 'раза', 'раз'][russianPluralForm(times)]}`
    return done === 0 ? `${count}, пока не создано ни одной задачи` : `${count}, уже создано: ${done}`
  },
  weekdayName: weekday => WEEKDAYS[weekday - 1]!.nominative,
}
