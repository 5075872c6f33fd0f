/**
 * The report's figures from the loaded records, summed in slices that yield (README "Performance":
 * no long task over 50 ms while 20,000 entries are processed). Whenever the records, the columns,
 * the grouping, the project or the tasks change, the figures are summed again from scratch in
 * slices of about 8 ms, the first in a task of its own; a newer change supersedes a sum under way,
 * which then publishes nothing. Each figure is published in a task of its own (the grid, then the
 * seconds per task, then the authors), so that Vue renders the grid, the planned-against-spent
 * table and the people picker in separate tasks instead of one long one.
 *
 * The published values are plain data in shallow refs (never reactive proxies of 20,000 records).
 */
import type { Ref } from 'vue'
import type { Pivot, PivotColumn, PivotGrouping } from '@/lib/timesheet/pivot'
import type { Slicer } from '@/lib/yield-to-main'
import type { TimesheetRecord } from '@/stores/timesheet'
import { onScopeDispose, ref, shallowRef, watch } from 'vue'
import { buildPivot, createPivotAccumulator, rowKeyOf } from '@/lib/timesheet/pivot'
import { createSlicer, yieldToMain } from '@/lib/yield-to-main'

/** Records summed between two checks of the slice clock. */
const SLICE_RECORDS = 512

export interface SlicedReportSource {
  records: () => readonly TimesheetRecord[]
  columns: () => readonly PivotColumn[]
  group: () => PivotGrouping
  /** Only the records of tasks in this project, or all (null). */
  project: () => number | null
  /** A task's project, 0 for none; read while summing (the `tasks` source says when it changed). */
  projectOf: (taskId: number) => number
  /** What `projectOf` reads: a new value sums again. */
  tasks: () => unknown
}

export interface SlicedReportOptions {
  /** A slicer per sum; by default 8 ms slices, the first in a task of its own. */
  slicer?: () => Slicer
  /** Between two publications: by default `yieldToMain`. */
  pause?: () => Promise<void>
}

export interface PublishedGrid {
  pivot: Pivot
  /** The columns it was summed by: the source's own array, the same from one sum to the next. */
  columns: readonly PivotColumn[]
  /** The grouping the pivot was summed by: the row labels follow it, not the route's newer one. */
  group: PivotGrouping
}

export interface SlicedReport {
  grid: Readonly<Ref<PublishedGrid>>
  /** Seconds per task of the records shown (the project's, when one is chosen). */
  taskSeconds: Readonly<Ref<ReadonlyMap<number, number>>>
  /** Authors of every loaded record: the people picker's suggestions. */
  authors: Readonly<Ref<ReadonlySet<number>>>
  /** A sum is under way or its figures are not all published yet. */
  pending: Readonly<Ref<boolean>>
}

/**
 * @example
 * const { grid, taskSeconds, authors } = useSlicedReport({ records: () => entries.value, columns: () => columns.value, group: () => query.value.group, project: () => query.value.project, projectOf, tasks: () => tasks.value })
 */
export function useSlicedReport(source: SlicedReportSource, options: SlicedReportOptions = {}): SlicedReport {
  const newSlicer = options.slicer ?? (() => createSlicer(8, { spent: true }))
  const pause = options.pause ?? yieldToMain
  const grid = shallowRef<PublishedGrid>({ pivot: buildPivot([], source.columns(), () => 0), columns: source.columns(), group: source.group() })
  const taskSeconds = shallowRef<ReadonlyMap<number, number>>(new Map())
  const authors = shallowRef<ReadonlySet<number>>(new Set())
  const pending = ref(false)
  let generation = 0

  async function sum(records: readonly TimesheetRecord[], columns: readonly PivotColumn[], group: PivotGrouping, project: number | null): Promise<void> {
    const mine = ++generation
    pending.value = true
    const slicer = newSlicer()
    const { projectOf } = source
    const pivot = createPivotAccumulator(columns, rowKeyOf(group, projectOf))
    const perTask = new Map<number, number>()
    const people = new Set<number>()
    for (let start = 0; start < records.length || start === 0; start += SLICE_RECORDS) {
      const pausing = slicer.maybeYield()
      if (pausing) {
        await pausing
        if (mine !== generation)
          return
      }
      const end = Math.min(records.length, start + SLICE_RECORDS)
      for (let index = start; index < end; index++) {
        const record = records[index]!
        people.add(record.userId)
        if (project !== null && projectOf(record.taskId) !== project)
          continue
        pivot.add(record)
        perTask.set(record.taskId, (perTask.get(record.taskId) ?? 0) + record.seconds)
      }
    }
    grid.value = { pivot: pivot.result(), columns, group }
    await pause()
    if (mine !== generation)
      return
    taskSeconds.value = perTask
    await pause()
    if (mine !== generation)
      return
    authors.value = people
    pending.value = false
  }

  watch(
    [source.records, source.columns, source.group, source.project, source.tasks],
    ([records, columns, group, project]) => void sum(records, columns, group, project),
    { immediate: true },
  )
  // Unmounted: a sum under way publishes nothing.
  onScopeDispose(() => {
    generation++
  })

  return { grid, taskSeconds, authors, pending }
}
