/**
 * Brazilian Portuguese (portal `br`): the recurrence sentence for every case of LANGUAGE_CASES (each PERIOD × TYPE with no end,
 * an end date and N times), each line written out as a native speaker says it and reviewed by hand.
 */
import type { LanguageCase } from './language-cases'
import { describe, expect, it } from 'vitest'
import { portuguesePhrasebook, recurrenceSentence } from '@/lib/recurrence'
import { LANGUAGE_CASE_NAMES, languageCase } from './language-cases'

const EXPECTED: Record<LanguageCase, string> = {
  'daily, no end': 'Todos os dias às 08:00 (horário do servidor), a partir de 16.03.2026, sem data de término',
  'every 3 days until a date': 'A cada 3 dias às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, até 31.12.2026',
  'every 2 days, 10 times, 3 done': 'A cada 2 dias às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, 10 repetições, 3 criadas até agora',
  'every 22 days, 21 times, 1 done': 'A cada 22 dias às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, 21 repetições, 1 criada até agora',
  'every 21 days, no end': 'A cada 21 dias às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, sem data de término',
  'every 12 days, no end': 'A cada 12 dias às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, sem data de término',
  'seed: weekly on Tuesday at 11:00': 'Toda terça-feira às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, sem data de término',
  'every 2 weeks on Tuesday and Thursday until a date': 'A cada 2 semanas na terça-feira e na quinta-feira às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, até 31.12.2026',
  'every 5 weeks on Monday, Wednesday, Friday, 22 times': 'A cada 5 semanas na segunda-feira, na quarta-feira e na sexta-feira às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, 22 repetições, 1 criada até agora',
  'weekly on Saturday and Sunday': 'Todo sábado e domingo às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, sem data de término',
  'weekly on Monday, Wednesday and Friday': 'Toda segunda-feira, quarta-feira e sexta-feira às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, sem data de término',
  'weekly on Friday and Saturday until a date': 'Toda sexta-feira e todo sábado às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, até 31.12.2026',
  'weekly on every day': 'Todos os dias às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, sem data de término',
  'monthly on the 15th, no end': 'No dia 15 de cada mês às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, sem data de término',
  'every 2 months on the 31st until a date': 'A cada 2 meses no dia 31 às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, até 31.12.2026',
  'every 12 months on the 1st, once': 'A cada 12 meses no dia 1º às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, 1 repetição, nenhuma criada ainda',
  'monthly on the last Friday': 'Na última sexta-feira de cada mês às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, sem data de término',
  'every 3 months on the second Wednesday until a date': 'A cada 3 meses na segunda quarta-feira às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, até 31.12.2026',
  'every 21 months on the last Sunday, 5 times, 5 done': 'A cada 21 meses no último domingo às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, 5 repetições, 5 criadas até agora',
  'monthly on the third Thursday at 01:00': 'Na terceira quinta-feira de cada mês à 01:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, sem data de término',
  'yearly on 29 February': 'Todo ano em 29 de fevereiro às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, sem data de término',
  'yearly on 15 March until a date': 'Todo ano em 15 de março às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, até 31.12.2026',
  'yearly on 1 January, 2 times': 'Todo ano em 1º de janeiro às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, 2 repetições, nenhuma criada ainda',
  'yearly on the first Monday of January': 'Todo ano na primeira segunda-feira de janeiro às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, sem data de término',
  'yearly on the last Friday of December until a date': 'Todo ano na última sexta-feira de dezembro às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, até 31.12.2026',
  'yearly on the fourth Saturday of November, 12 times': 'Todo ano no quarto sábado de novembro às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, 12 repetições, 4 criadas até agora',
  'every working day at 09:30': 'Todo dia útil às 09:30 (horário do servidor), a partir de 16.03.2026, sem data de término',
  'every 2 days, working days only': 'A cada 2 dias às 09:30 (horário do servidor), somente em dias úteis, a partir de 16.03.2026, sem data de término',
  'every working day until a date': 'Todo dia útil às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, até 31.12.2026',
  'every working day, 5 times, 2 done': 'Todo dia útil às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, 5 repetições, 2 criadas até agora',
  'every 2 days plus DAILY_MONTH_INTERVAL 1': 'A cada 3 dias às 11:00 (horário do servidor, UTC+01:00), a partir de 16.03.2026, sem data de término',
  'creator zone, server time -05:00': 'Toda terça-feira às 11:00 (fuso horário do criador, horário do servidor -05:00), a partir de 16.03.2026, sem data de término',
  'creator zone unknown, no start': 'Toda terça-feira às 11:00 (fuso horário do criador), sem data de término',
}

describe('brazilian Portuguese recurrence sentence', () => {
  it.each(LANGUAGE_CASE_NAMES)('%s', (name) => {
    const { subject, options } = languageCase(name)
    expect(recurrenceSentence(subject, portuguesePhrasebook, options)).toBe(EXPECTED[name])
  })
})
