/**
 * Spanish (portal language `la`). Weekdays are masculine, so the ordinal agrees as "el primer lunes",
 * "el tercer jueves" (apocope before a masculine noun), "el último viernes"; months and weekdays are
 * lowercase. "a las 11:00" but "a la 1:00" (one o'clock is singular).
 */
import type { RecurrencePhrasebook, RecurrenceUnit } from './phrasebook'
import type { PluralForms } from './plural'
import type { Ordinal } from './schedule'
import type { IsoWeekday } from './wall-clock'
import { formatOffset, listOf } from './phrasebook'
import { counted, hourOf } from './plural'

const LOCALE = 'es'

const WEEKDAYS = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'] as const
const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'] as const

/** Before a masculine noun: "primer" and "tercer" lose their -o. */
const ORDINALS: Readonly<Record<Ordinal, string>> = {
  first: 'primer',
  second: 'segundo',
  third: 'tercer',
  fourth: 'cuarto',
  last: 'último',
}

/** "cada semana", "cada 2 semanas". */
export const SPANISH_UNITS: Readonly<Record<RecurrenceUnit, PluralForms>> = {
  day: { one: 'día', other: 'días' },
  week: { one: 'semana', other: 'semanas' },
  month: { one: 'mes', other: 'meses' },
  year: { one: 'año', other: 'años' },
}

export const SPANISH_REPETITIONS: PluralForms = { one: 'repetición', other: 'repeticiones' }

const weekday = (day: IsoWeekday): string => WEEKDAYS[day - 1]!
const month = (value: number): string => MONTHS[value - 1] ?? `#${value}`

/** "a la 1:00", "a las 11:00". */
function atTime(time: string): string {
  return hourOf(time) === 1 ? `a la ${time}` : `a las ${time}`
}

export const spanishPhrasebook: RecurrencePhrasebook = {
  locale: LOCALE,
  every: (unit, n) => (n === 1 ? `cada ${SPANISH_UNITS[unit].one}` : `cada ${counted(LOCALE, n, SPANISH_UNITS[unit])}`),
  everyWorkday: () => 'cada día laborable',
  workdaysOnly: () => 'solo días laborables',
  onWeekdays: (days) => {
    if (new Set(days).size === 7)
      return 'todos los días de la semana'
    return listOf(LOCALE, days.map(day => `el ${weekday(day)}`))
  },
  weekly: (everyWeeks, days) => {
    if (everyWeeks > 1)
      return `cada ${counted(LOCALE, everyWeeks, SPANISH_UNITS.week)} ${spanishPhrasebook.onWeekdays(days)}`
    // "cada martes", "cada lunes, miércoles y viernes" (weekday names are the same in the plural).
    return new Set(days).size === 7 ? 'todos los días' : `cada ${listOf(LOCALE, days.map(weekday))}`
  },
  monthly: (everyMonths, on) => {
    const day = on.type === 'day' ? spanishPhrasebook.onDayOfMonth(on.day) : spanishPhrasebook.onNthWeekday(on.ordinal, on.weekday)
    // "el último viernes de cada mes", "el día 15 de cada mes"; "cada 2 meses, el día 31".
    return everyMonths === 1 ? `${day} de cada mes` : `${spanishPhrasebook.every('month', everyMonths)} ${day}`
  },
  onDayOfMonth: day => `el día ${day}`,
  onNthWeekday: (ordinal, day) => `el ${ORDINALS[ordinal]} ${weekday(day)}`,
  onDayOfYear: (day, value) => `el ${day} de ${month(value)}`,
  onNthWeekdayOfMonth: (ordinal, day, value) => `el ${ORDINALS[ordinal]} ${weekday(day)} de ${month(value)}`,
  at: (time, basis, serverUtcOffset) => {
    if (basis.kind === 'creator')
      return `${atTime(time)} (zona horaria del creador)`
    if (basis.kind === 'creator-offset')
      return `${atTime(time)} (zona horaria del creador, hora del servidor ${formatOffset(basis.offsetSeconds)})`
    return serverUtcOffset ? `${atTime(time)} (hora del servidor, UTC${serverUtcOffset})` : `${atTime(time)} (hora del servidor)`
  },
  from: date => `desde el ${date}`,
  until: date => `hasta el ${date}`,
  noEnd: () => 'sin fecha de finalización',
  times: (times, done) => {
    const count = counted(LOCALE, times, SPANISH_REPETITIONS)
    // The tasks created ("tareas") are feminine: "1 creada", "3 creadas".
    return done === 0 ? `${count}, ninguna creada todavía` : `${count}, ${counted(LOCALE, done, { one: 'creada', other: 'creadas' })} hasta ahora`
  },
  weekdayName: weekday,
}
