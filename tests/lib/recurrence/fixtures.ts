import type { Frequency, Recurrence, RepeatEnd, TimeBasis } from '@/lib/recurrence'
import { parsePortalDate } from '@/lib/recurrence'

export interface RecurrenceInput {
  time?: string
  next?: string | null
  start?: string | null
  end?: RepeatEnd | { kind: 'date', end: string }
  basis?: TimeBasis
}

/** A `Recurrence` from strings as REPLICATE_PARAMS holds them. */
export function recurrence(frequency: Frequency, input: RecurrenceInput = {}): Recurrence {
  const time = input.time ?? '11:00'
  const [hours, minutes] = time.split(':').map(Number)
  const end = input.end ?? { kind: 'endless' as const }
  return {
    frequency,
    time: Number.isFinite(hours) && Number.isFinite(minutes) && /^\d{1,2}:\d{2}$/.test(time) ? hours! * 60 + minutes! : null,
    timeRaw: time,
    basis: input.basis ?? { kind: 'server' },
    start: input.start === null ? null : parsePortalDate(input.start ?? '16.03.2026 00:00:00'),
    next: input.next === null || input.next === undefined ? null : parsePortalDate(input.next),
    end: end.kind === 'date' && typeof end.end === 'string' ? { kind: 'date', end: parsePortalDate(end.end) } : end as RepeatEnd,
  }
}
