/**
 * Spanish (portal `la`): the recurrence sentence for every case of LANGUAGE_CASES (each PERIOD × TYPE with no end,
 * an end date and N times), each line written out as a native speaker says it and reviewed by hand.
 */
import type { LanguageCase } from './language-cases'
import { describe, expect, it } from 'vitest'
import { recurrenceSentence, spanishPhrasebook } from '@/lib/recurrence'
import { LANGUAGE_CASE_NAMES, languageCase } from './language-cases'

const EXPECTED: Record<LanguageCase, string> = {
  'daily, no end': 'Cada día a las 08:00 (hora del servidor), desde el 16.03.2026, sin fecha de finalización',
  'every 3 days until a date': 'Cada 3 días a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, hasta el 31.12.2026',
  'every 2 days, 10 times, 3 done': 'Cada 2 días a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, 10 repeticiones, 3 creadas hasta ahora',
  'every 22 days, 21 times, 1 done': 'Cada 22 días a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, 21 repeticiones, 1 creada hasta ahora',
  'every 21 days, no end': 'Cada 21 días a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, sin fecha de finalización',
  'every 12 days, no end': 'Cada 12 días a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, sin fecha de finalización',
  'seed: weekly on Tuesday at 11:00': 'Cada martes a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, sin fecha de finalización',
  'every 2 weeks on Tuesday and Thursday until a date': 'Cada 2 semanas el martes y el jueves a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, hasta el 31.12.2026',
  'every 5 weeks on Monday, Wednesday, Friday, 22 times': 'Cada 5 semanas el lunes, el miércoles y el viernes a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, 22 repeticiones, 1 creada hasta ahora',
  'weekly on Saturday and Sunday': 'Cada sábado y domingo a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, sin fecha de finalización',
  'weekly on Monday, Wednesday and Friday': 'Cada lunes, miércoles y viernes a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, sin fecha de finalización',
  'weekly on Friday and Saturday until a date': 'Cada viernes y sábado a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, hasta el 31.12.2026',
  'weekly on every day': 'Todos los días a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, sin fecha de finalización',
  'monthly on the 15th, no end': 'El día 15 de cada mes a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, sin fecha de finalización',
  'every 2 months on the 31st until a date': 'Cada 2 meses el día 31 a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, hasta el 31.12.2026',
  'every 12 months on the 1st, once': 'Cada 12 meses el día 1 a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, 1 repetición, ninguna creada todavía',
  'monthly on the last Friday': 'El último viernes de cada mes a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, sin fecha de finalización',
  'every 3 months on the second Wednesday until a date': 'Cada 3 meses el segundo miércoles a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, hasta el 31.12.2026',
  'every 21 months on the last Sunday, 5 times, 5 done': 'Cada 21 meses el último domingo a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, 5 repeticiones, 5 creadas hasta ahora',
  'monthly on the third Thursday at 01:00': 'El tercer jueves de cada mes a la 01:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, sin fecha de finalización',
  'yearly on 29 February': 'Cada año el 29 de febrero a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, sin fecha de finalización',
  'yearly on 15 March until a date': 'Cada año el 15 de marzo a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, hasta el 31.12.2026',
  'yearly on 1 January, 2 times': 'Cada año el 1 de enero a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, 2 repeticiones, ninguna creada todavía',
  'yearly on the first Monday of January': 'Cada año el primer lunes de enero a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, sin fecha de finalización',
  'yearly on the last Friday of December until a date': 'Cada año el último viernes de diciembre a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, hasta el 31.12.2026',
  'yearly on the fourth Saturday of November, 12 times': 'Cada año el cuarto sábado de noviembre a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, 12 repeticiones, 4 creadas hasta ahora',
  'every working day at 09:30': 'Cada día laborable a las 09:30 (hora del servidor), desde el 16.03.2026, sin fecha de finalización',
  'every 2 days, working days only': 'Cada 2 días a las 09:30 (hora del servidor), solo días laborables, desde el 16.03.2026, sin fecha de finalización',
  'every working day until a date': 'Cada día laborable a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, hasta el 31.12.2026',
  'every working day, 5 times, 2 done': 'Cada día laborable a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, 5 repeticiones, 2 creadas hasta ahora',
  'every 2 days plus DAILY_MONTH_INTERVAL 1': 'Cada 3 días a las 11:00 (hora del servidor, UTC+01:00), desde el 16.03.2026, sin fecha de finalización',
  'creator zone, server time -05:00': 'Cada martes a las 11:00 (zona horaria del creador, hora del servidor -05:00), desde el 16.03.2026, sin fecha de finalización',
  'creator zone unknown, no start': 'Cada martes a las 11:00 (zona horaria del creador), sin fecha de finalización',
}

describe('spanish recurrence sentence', () => {
  it.each(LANGUAGE_CASE_NAMES)('%s', (name) => {
    const { subject, options } = languageCase(name)
    expect(recurrenceSentence(subject, spanishPhrasebook, options)).toBe(EXPECTED[name])
  })
})
