/**
 * The days the timesheet asks the server for, before the viewer's zone is known.
 *
 * The first batch of "my week" asks `user.current` and the entries together (one HTTP request), so
 * the entries' CREATED_DATE edges cannot wait for the caller's zone. Every zone is between UTC−12
 * and UTC+14, so a period's first instant in any zone lies after 00:00 UTC of the day before it,
 * and its end (the start of the day after its last) before 00:00 UTC two days after its last day.
 * Asking for the period one day wider on each side, in UTC, therefore holds every entry of the
 * period whatever the zone; the client keeps those whose day in the viewer's zone is inside
 * (`instantInPeriod`, src/lib/time/period.ts). The cost is two days of entries more.
 */
import type { Period } from '@/lib/time/period'
import { addDays } from '@/lib/time/range'

/** The zone the widened window is written in. */
export const WINDOW_ZONE = 'UTC'

/**
 * The period widened by a day on each side (read in `WINDOW_ZONE`).
 *
 * @example
 * serverWindow({ from: '2026-12-07', to: '2026-12-13' }) // { from: '2026-12-06', to: '2026-12-14' }
 */
export function serverWindow(period: Period): Period {
  return { from: addDays(period.from, -1), to: addDays(period.to, 1) }
}
