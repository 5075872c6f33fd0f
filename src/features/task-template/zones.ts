/** UTC offsets as the app reads and shows them. */

/**
 * Minutes east of UTC of a `+03:00` / `-05:30` label; null when absent or unreadable.
 *
 * @example
 * utcOffsetMinutes('+03:00') // 180
 */
export function utcOffsetMinutes(label: string | null | undefined): number | null {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(label ?? '')
  if (!match)
    return null
  const minutes = Number(match[2]) * 60 + Number(match[3])
  return match[1] === '-' ? -minutes : minutes
}

/** The viewer's UTC offset at `atMs` in minutes east of UTC (the browser's zone, DST included). */
export function viewerOffsetMinutes(atMs: number): number {
  return -new Date(atMs).getTimezoneOffset()
}
