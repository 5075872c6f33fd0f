/**
 * ICU loads a locale's date patterns and zone names the first time a formatter
 * asks for them: tens of ms at 4× CPU, which would otherwise fall inside the entry list's first
 * render (README "Performance": time to first row). These steps do that loading ahead, while the
 * frame waits for the opening request's answer, through the same cached formatters the list uses
 * (`display.ts`, `zone.ts`): the browser's zone is the one the portal's usually is, and for any
 * other zone the locale's data is in already. The first formatter of all pays most (ICU's calendar,
 * zone and locale data: about as much as the rest together).
 */
import { formatShortDateTime } from './display'
import { browserTimeZone, dayKey, zoneDisplayName } from './zone'

/**
 * The warm-up in steps of a few ms each, for the caller to run one per task, so an answer that
 * arrives meanwhile waits for one step at most.
 *
 * @example
 * for (const step of displayFormatWarmUp('de')) setTimeout(step, 0)
 */
export function displayFormatWarmUp(locale: string, at: Date = new Date()): Array<() => void> {
  let zone = 'UTC'
  return [
    // ICU's host-zone detection, which `portalTimeZone` asks for.
    () => {
      zone = browserTimeZone()
    },
    () => void formatShortDateTime(at, locale, zone),
    () => void zoneDisplayName(zone, locale, at),
    // The day keys the list groups and filters by (`en-CA` calendar dates).
    () => void dayKey(at, zone),
  ]
}
