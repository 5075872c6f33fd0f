/**
 * Brazilian Portuguese (portal language `br`). The ordinal and the contraction agree with the weekday:
 * "-feira" days are feminine ("na última sexta-feira"), sábado and domingo masculine ("no último
 * domingo"); "toda semana" / "todo mês" / "todo ano", "a cada 2 semanas". "às 11:00" but "à 1:00".
 */
import type { RecurrencePhrasebook, RecurrenceUnit } from './phrasebook'
import type { PluralForms } from './plural'
import type { Ordinal } from './schedule'
import type { IsoWeekday } from './wall-clock'
import { formatOffset, listOf } from './phrasebook'
import { counted, hourOf } from './plural'

const LOCALE = 'pt-BR'

type Gender = 'm' | 'f'

const WEEKDAYS: ReadonlyArray<{ name: string, gender: Gender }> = [
  { name: 'segunda-feira', gender: 'f' },
  { name: 'terça-feira', gender: 'f' },
  { name: 'quarta-feira', gender: 'f' },
  { name: 'quinta-feira', gender: 'f' },
  { name: 'sexta-feira', gender: 'f' },
  { name: 'sábado', gender: 'm' },
  { name: 'domingo', gender: 'm' },
]

const MONTHS = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'] as const

const ORDINALS: Readonly<Record<Ordinal, Record<Gender, string>>> = {
  first: { m: 'primeiro', f: 'primeira' },
  second: { m: 'segundo', f: 'segunda' },
  third: { m: 'terceiro', f: 'terceira' },
  fourth: { m: 'quarto', f: 'quarta' },
  last: { m: 'último', f: 'última' },
}

/** "toda" before a feminine day, "todo" before a masculine one. */
const EVERY: Readonly<Record<Gender, string>> = { m: 'todo', f: 'toda' }

/** "em" + article: "na" before a feminine noun, "no" before a masculine one. */
const IN: Readonly<Record<Gender, string>> = { m: 'no', f: 'na' }

/** "todo dia", "toda semana" (the unit's gender), "a cada 2 semanas". */
export const PORTUGUESE_UNITS: Readonly<Record<RecurrenceUnit, { each: string, forms: PluralForms }>> = {
  day: { each: 'todos os dias', forms: { one: 'dia', other: 'dias' } },
  week: { each: 'toda semana', forms: { one: 'semana', other: 'semanas' } },
  month: { each: 'todo mês', forms: { one: 'mês', other: 'meses' } },
  year: { each: 'todo ano', forms: { one: 'ano', other: 'anos' } },
}

export const PORTUGUESE_REPETITIONS: PluralForms = { one: 'repetição', other: 'repetições' }

const weekday = (day: IsoWeekday) => WEEKDAYS[day - 1]!
const month = (value: number): string => MONTHS[value - 1] ?? `#${value}`

/** Brazil writes the first of a month as an ordinal: "1º de janeiro", "no dia 1º". */
const dayNumber = (day: number): string => (day === 1 ? '1º' : String(day))

function ordinalWeekday(ordinal: Ordinal, day: IsoWeekday): string {
  const { name, gender } = weekday(day)
  return `${IN[gender]} ${ORDINALS[ordinal][gender]} ${name}`
}

/** "à 1:00", "às 11:00". */
function atTime(time: string): string {
  return hourOf(time) === 1 ? `à ${time}` : `às ${time}`
}

export const portuguesePhrasebook: RecurrencePhrasebook = {
  locale: LOCALE,
  every: (unit, n) => (n === 1 ? PORTUGUESE_UNITS[unit].each : `a cada ${counted(LOCALE, n, PORTUGUESE_UNITS[unit].forms)}`),
  everyWorkday: () => 'todo dia útil',
  workdaysOnly: () => 'somente em dias úteis',
  onWeekdays: (days) => {
    if (new Set(days).size === 7)
      return 'em todos os dias da semana'
    return listOf(LOCALE, days.map((day) => {
      const { name, gender } = weekday(day)
      return `${IN[gender]} ${name}`
    }))
  },
  weekly: (everyWeeks, days) => {
    if (everyWeeks > 1)
      return `a cada ${counted(LOCALE, everyWeeks, PORTUGUESE_UNITS.week.forms)} ${portuguesePhrasebook.onWeekdays(days)}`
    if (new Set(days).size === 7)
      return 'todos os dias'
    // "toda terça-feira", "todo sábado e domingo", "toda sexta-feira e todo sábado": the determiner
    // agrees with the day and is repeated only where the gender changes.
    return listOf(LOCALE, days.map((day, index) => {
      const { name, gender } = weekday(day)
      const previous = index > 0 ? weekday(days[index - 1]!).gender : null
      return previous === gender ? name : `${EVERY[gender]} ${name}`
    }))
  },
  monthly: (everyMonths, on) => {
    const day = on.type === 'day' ? portuguesePhrasebook.onDayOfMonth(on.day) : ordinalWeekday(on.ordinal, on.weekday)
    // "na última sexta-feira de cada mês", "no dia 15 de cada mês"; "a cada 2 meses no dia 31".
    return everyMonths === 1 ? `${day} de cada mês` : `${portuguesePhrasebook.every('month', everyMonths)} ${day}`
  },
  onDayOfMonth: day => `no dia ${dayNumber(day)}`,
  onNthWeekday: ordinalWeekday,
  onDayOfYear: (day, value) => `em ${dayNumber(day)} de ${month(value)}`,
  onNthWeekdayOfMonth: (ordinal, day, value) => `${ordinalWeekday(ordinal, day)} de ${month(value)}`,
  at: (time, basis, serverUtcOffset) => {
    if (basis.kind === 'creator')
      return `${atTime(time)} (fuso horário do criador)`
    if (basis.kind === 'creator-offset')
      return `${atTime(time)} (fuso horário do criador, horário do servidor ${formatOffset(basis.offsetSeconds)})`
    return serverUtcOffset ? `${atTime(time)} (horário do servidor, UTC${serverUtcOffset})` : `${atTime(time)} (horário do servidor)`
  },
  from: date => `a partir de ${date}`,
  until: date => `até ${date}`,
  noEnd: () => 'sem data de término',
  times: (times, done) => {
    const count = counted(LOCALE, times, PORTUGUESE_REPETITIONS)
    // The tasks created ("tarefas") are feminine: "1 criada", "3 criadas".
    return done === 0 ? `${count}, nenhuma criada ainda` : `${count}, ${counted(LOCALE, done, { one: 'criada', other: 'criadas' })} até agora`
  },
  weekdayName: day => weekday(day).name,
}
