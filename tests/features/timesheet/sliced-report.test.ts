/**
 * The report's figures summed in slices (useSlicedReport): what it publishes is what the pure
 * pivot says of the records shown, whatever the slicing; a sum superseded by newer records or a
 * new grouping publishes nothing.
 */
import type { PivotGrouping } from '@/lib/timesheet/pivot'
import type { TimesheetRecord } from '@/stores/timesheet'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, shallowRef, watch } from 'vue'
import { useSlicedReport } from '@/features/timesheet/composables/useSlicedReport'
import { addDays } from '@/lib/time/range'
import { buildPivot, reportColumns, rowKeyOf } from '@/lib/timesheet/pivot'

const PERIOD = { from: '2026-03-02', to: '2026-04-12' }
const COLUMNS = reportColumns(PERIOD)
const projectOf = (taskId: number) => taskId % 3

const recordArbitrary = fc.record({
  id: fc.nat(),
  taskId: fc.integer({ min: 1, max: 8 }),
  userId: fc.integer({ min: 1, max: 6 }),
  seconds: fc.integer({ min: 0, max: 100_000 }),
  day: fc.integer({ min: -3, max: 44 }).map(offset => addDays(PERIOD.from, offset)),
}).map(fields => ({ ...fields, minutes: null, comment: '', source: 'manual', createdAt: new Date(0), startedAt: null, stoppedAt: null }) as unknown as TimesheetRecord)

/** Yields that wait until the test lets them go, as a yield to the main thread waits for a task. */
function gate() {
  let waiting: Array<() => void> = []
  const wait = () => new Promise<void>(resolve => waiting.push(resolve))
  async function release(): Promise<void> {
    for (let round = 0; round < 60; round++) {
      const now = waiting
      waiting = []
      now.forEach(resolve => resolve())
      await nextTick()
    }
  }
  return { wait, release }
}

function mount(initial: readonly TimesheetRecord[], group: PivotGrouping, project: number | null) {
  const records = shallowRef(initial)
  const grouping = shallowRef(group)
  const scope = effectScope()
  const yields = gate()
  const report = scope.run(() => useSlicedReport(
    { records: () => records.value, columns: () => COLUMNS, group: () => grouping.value, project: () => project, projectOf, tasks: () => null },
    // Every check yields: the sum is cut into the most pieces it can be.
    { slicer: () => ({ maybeYield: yields.wait }), pause: yields.wait },
  ))!
  return { records, grouping, report, scope, release: yields.release }
}

describe('useSlicedReport', () => {
  it('publishes the pivot, the seconds per task and the authors of the records shown', async () => {
    await fc.assert(fc.asyncProperty(fc.array(recordArbitrary, { maxLength: 1_500 }), fc.constantFrom<PivotGrouping>('person', 'project', 'task'), fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }), async (records, group, project) => {
      const { report, scope, release } = mount(records, group, project)
      await release()
      const shown = project === null ? records : records.filter(record => projectOf(record.taskId) === project)
      expect(report.grid.value.pivot).toEqual(buildPivot(shown, COLUMNS, rowKeyOf(group, projectOf)))
      expect(report.grid.value.group).toBe(group)
      expect(report.grid.value.columns).toBe(COLUMNS)
      const perTask = new Map<number, number>()
      for (const record of shown) perTask.set(record.taskId, (perTask.get(record.taskId) ?? 0) + record.seconds)
      expect(report.taskSeconds.value).toEqual(perTask)
      expect(report.authors.value).toEqual(new Set(records.map(record => record.userId)))
      expect(report.pending.value).toBe(false)
      scope.stop()
    }), { numRuns: 40 })
  })

  it('a sum superseded by newer records or a new grouping publishes nothing', async () => {
    await fc.assert(fc.asyncProperty(fc.array(recordArbitrary, { minLength: 600, maxLength: 1_200 }), fc.array(recordArbitrary, { maxLength: 300 }), async (older, newer) => {
      const { records, grouping, report, scope, release } = mount(older, 'person', null)
      const published: PivotGrouping[] = []
      const counts: number[] = []
      watch(report.grid, (grid) => {
        published.push(grid.group)
        counts.push(grid.pivot.count + grid.pivot.outside.count)
      }, { flush: 'sync' })
      // The older sum waits at its first yield: replace what it sums, then let both run.
      records.value = newer
      grouping.value = 'task'
      await nextTick()
      await release()
      expect(published).toEqual(['task'])
      expect(counts).toEqual([newer.length])
      expect(report.grid.value.pivot).toEqual(buildPivot(newer, COLUMNS, rowKeyOf('task', projectOf)))
      scope.stop()
    }), { numRuns: 20 })
  })

  it('once its scope is gone, a sum under way publishes nothing', async () => {
    const { report, scope, release } = mount(fc.sample(recordArbitrary, 1_000), 'person', null)
    const before = report.grid.value
    scope.stop()
    await release()
    expect(report.grid.value).toBe(before)
  })
})
