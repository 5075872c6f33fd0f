/**
 * `*_AFTER` offsets of a template are seconds after a task is created (`b24restdocs api-reference/tasks/template/fields.md`).
 *
 * @example
 * splitOffset(97200) // { sign: '+', days: 1, hours: 3, minutes: 0, seconds: 0 }
 */
export function splitOffset(seconds: number): { sign: '+' | '-', days: number, hours: number, minutes: number, seconds: number } {
  const total = Math.abs(Math.trunc(seconds))
  return {
    sign: seconds < 0 ? '-' : '+',
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  }
}
