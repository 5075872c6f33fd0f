/**
 * Planned against spent time per task. A task's `timeEstimate` is its plan for its whole life and
 * `timeSpentInLogs` everything ever booked on it by anyone (tasks source
 * `modules/tasks/lib/rest/controllers/task.php`, docs/timesheet.md), so the overrun compares those
 * two; the period's own share (what the report shows) is given beside them, never mixed in.
 */

export interface PlannedTask {
  id: number
  /** Planned seconds; null when not planned. */
  timeEstimate: number | null
  timeSpentInLogs: number
}

export interface PlanVsSpent {
  taskId: number
  planned: number | null
  /** All time, everyone (the task's own sum). */
  spent: number
  /** Booked in the period by the people shown. */
  inPeriod: number
  /** Seconds over the plan (all time); 0 when within it or not planned. */
  overrun: number
  /** spent / planned, null when not planned. */
  ratio: number | null
}

/**
 * One line per task that has entries in the period, busiest first.
 *
 * @example
 * planVsSpent(new Map([[103, 7200]]), id => tasks.get(id))
 * // [{ taskId: 103, planned: 288000, spent: 5400, inPeriod: 7200, overrun: 0, ratio: 0.01875 }]
 */
export function planVsSpent(periodSeconds: ReadonlyMap<number, number>, taskOf: (taskId: number) => PlannedTask | undefined): PlanVsSpent[] {
  const lines: PlanVsSpent[] = []
  for (const [taskId, inPeriod] of periodSeconds) {
    const task = taskOf(taskId)
    const planned = task?.timeEstimate ?? null
    const spent = task?.timeSpentInLogs ?? 0
    lines.push({
      taskId,
      planned,
      spent,
      inPeriod,
      overrun: planned !== null && spent > planned ? spent - planned : 0,
      ratio: planned !== null && planned > 0 ? spent / planned : null,
    })
  }
  return lines.sort((a, b) => b.inPeriod - a.inPeriod || a.taskId - b.taskId)
}
