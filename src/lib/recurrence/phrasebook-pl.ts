/**
 * Polish. "co" + accusative with the number's form: "co 2 tygodnie", "co 5 tygodni", "co 22 dni"
 * (1 / 2–4 / 5–21 and 12–14, from `Intl.PluralRules`). Weekdays in the accusative after "w", which
 * becomes "we" before "w-" ("we wtorek", "w środę"); the ordinal agrees in gender ("w ostatni piątek",
 * "w ostatnią niedzielę"). Months in the genitive ("29 lutego", "pierwszy poniedziałek stycznia").
 */
import type { RecurrencePhrasebook, RecurrenceUnit } from './phrasebook'
import type { PluralForms } from './plural'
import type { Ordinal } from './schedule'
import type { IsoWeekday } from './wall-clock'
import { formatOffset, listOf } from './phrasebook'
import { counted } from './plural'

const LOCALE = 'pl'

type Gender = 'm' | 'f'

const WEEKDAYS: ReadonlyArray<{ nominative: string, accusative: string, gender: Gender }> = [
  { nominative: 'poniedziałek', accusative: 'poniedziałek', gender: 'm' },
  { nominative: 'wtorek', accusative: 'wtorek', gender: 'm' },
  { nominative: 'środa', accusative: 'środę', gender: 'f' },
  { nominative: 'czwartek', accusative: 'czwartek', gender: 'm' },
  { nominative: 'piątek', accusative: 'piątek', gender: 'm' },
  { nominative: 'sobota', accusative: 'sobotę', gender: 'f' },
  { nominative: 'niedziela', accusative: 'niedzielę', gender: 'f' },
]

const MONTHS_GENITIVE = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'] as const

/** Accusative by gender (masculine inanimate = nominative). */
const ORDINALS: Readonly<Record<Ordinal, Record<Gender, string>>> = {
  first: { m: 'pierwszy', f: 'pierwszą' },
  second: { m: 'drugi', f: 'drugą' },
  third: { m: 'trzeci', f: 'trzecią' },
  fourth: { m: 'czwarty', f: 'czwartą' },
  last: { m: 'ostatni', f: 'ostatnią' },
}

/** "każdy" in the accusative by gender (masculine inanimate = nominative). */
const EACH: Readonly<Record<Gender, string>> = { m: 'każdy', f: 'każdą' }

/**
 * "codziennie / co tydzień / co miesiąc / co roku" for one; after a number the accusative form the
 * plural category asks for (`other` is the fraction form, "co 1,5 tygodnia", for completeness).
 */
export const POLISH_UNITS: Readonly<Record<RecurrenceUnit, { each: string, forms: PluralForms }>> = {
  day: { each: 'codziennie', forms: { one: 'dzień', few: 'dni', many: 'dni', other: 'dnia' } },
  week: { each: 'co tydzień', forms: { one: 'tydzień', few: 'tygodnie', many: 'tygodni', other: 'tygodnia' } },
  month: { each: 'co miesiąc', forms: { one: 'miesiąc', few: 'miesiące', many: 'miesięcy', other: 'miesiąca' } },
  year: { each: 'co roku', forms: { one: 'rok', few: 'lata', many: 'lat', other: 'roku' } },
}

export const POLISH_REPETITIONS: PluralForms = { one: 'powtórzenie', few: 'powtórzenia', many: 'powtórzeń', other: 'powtórzenia' }

/** "w" becomes "we" before "w"/"f" and a consonant ("we wtorek", "we wszystkie"), not before "środę". */
function into(phrase: string): string {
  return /^[wf][^aąeęioóuy]/.test(phrase) ? `we ${phrase}` : `w ${phrase}`
}

const month = (value: number): string => MONTHS_GENITIVE[value - 1] ?? `#${value}`

function ordinalWeekday(ordinal: Ordinal, weekday: IsoWeekday): string {
  const day = WEEKDAYS[weekday - 1]!
  return `w ${ORDINALS[ordinal][day.gender]} ${day.accusative}`
}

export const polishPhrasebook: RecurrencePhrasebook = {
  locale: LOCALE,
  every: (unit, n) => (n === 1 ? POLISH_UNITS[unit].each : `co ${counted(LOCALE, n, POLISH_UNITS[unit].forms)}`),
  everyWorkday: () => 'w każdy dzień roboczy',
  workdaysOnly: () => 'tylko w dni robocze',
  onWeekdays: (days) => {
    if (new Set(days).size === 7)
      return 'we wszystkie dni tygodnia'
    // The preposition is repeated, because it changes with the word: "we wtorek i w czwartek".
    return listOf(LOCALE, days.map(day => into(WEEKDAYS[day - 1]!.accusative)))
  },
  weekly: (everyWeeks, days) => {
    if (everyWeeks > 1)
      return `co ${counted(LOCALE, everyWeeks, POLISH_UNITS.week.forms)} ${polishPhrasebook.onWeekdays(days)}`
    if (new Set(days).size === 7)
      return 'codziennie'
    // "w każdy wtorek", "w każdą sobotę i niedzielę", "w każdy poniedziałek, w każdą środę i w każdy
    // piątek": "każdy" agrees with the day and is repeated where the gender changes.
    return listOf(LOCALE, days.map((day, index) => {
      const { accusative, gender } = WEEKDAYS[day - 1]!
      const previous = index > 0 ? WEEKDAYS[days[index - 1]! - 1]!.gender : null
      return previous === gender ? accusative : `w ${EACH[gender]} ${accusative}`
    }))
  },
  monthly: (everyMonths, on) => {
    // "w ostatni piątek każdego miesiąca", "15. dnia każdego miesiąca"; "co 2 miesiące, 31. dnia miesiąca".
    if (everyMonths === 1)
      return on.type === 'day' ? `${on.day}. dnia każdego miesiąca` : `${ordinalWeekday(on.ordinal, on.weekday)} każdego miesiąca`
    const day = on.type === 'day' ? polishPhrasebook.onDayOfMonth(on.day) : ordinalWeekday(on.ordinal, on.weekday)
    return `${polishPhrasebook.every('month', everyMonths)} ${day}`
  },
  onDayOfMonth: day => `${day}. dnia miesiąca`,
  onNthWeekday: ordinalWeekday,
  onDayOfYear: (day, value) => `${day} ${month(value)}`,
  onNthWeekdayOfMonth: (ordinal, weekday, value) => `${ordinalWeekday(ordinal, weekday)} ${month(value)}`,
  at: (time, basis, serverUtcOffset) => {
    if (basis.kind === 'creator')
      return `o ${time} (strefa czasowa autora)`
    if (basis.kind === 'creator-offset')
      return `o ${time} (strefa czasowa autora, czas serwera ${formatOffset(basis.offsetSeconds)})`
    return serverUtcOffset ? `o ${time} (czas serwera, UTC${serverUtcOffset})` : `o ${time} (czas serwera)`
  },
  from: date => `od ${date}`,
  until: date => `do ${date}`,
  noEnd: () => 'bez daty zakończenia',
  times: (times, done) => {
    const count = counted(LOCALE, times, POLISH_REPETITIONS)
    return done === 0 ? `${count}, nie utworzono jeszcze żadnego zadania` : `${count}, utworzono już: ${done}`
  },
  weekdayName: weekday => WEEKDAYS[weekday - 1]!.nominative,
}
