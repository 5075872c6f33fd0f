/**
 * What the week and the report views share: the store and its state, the people directory, the
 * duration format, the messages, one open drill-down cell that closes whenever the load changes,
 * and the load itself (`loadOn`), started again whenever its key (period and people) changes.
 */
import type { Ref } from 'vue'
import type { ReportTable } from '@/lib/timesheet/report-table'
import type { TimesheetRecord } from '@/stores/timesheet'
import { storeToRefs } from 'pinia'
import { ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { entriesTable } from '@/lib/timesheet/tables'
import { usePeopleStore } from '@/stores/people'
import { usePreferencesStore } from '@/stores/preferences'
import { useTimesheetStore } from '@/stores/timesheet'
import { useTimesheetMessages } from '../messages'

/** A grid cell: the pivot row's key and the column's index. */
export interface GridCell { row: number, column: number }

/**
 * @example
 * const page = useTimesheetPage()
 * page.loadOn(computed(() => `${week.value.from}|${person}`), () => page.store.load(request))
 * page.openCell(42, 3)
 */
export function useTimesheetPage() {
  useTimesheetMessages()
  const { t, locale } = useI18n()
  const store = useTimesheetStore()
  const preferences = usePreferencesStore()
  const { users } = storeToRefs(usePeopleStore())
  const { durationFormat } = storeToRefs(preferences)
  preferences.restoreDurationFormat()

  const selected = ref<GridCell | null>(null)
  /** A second click on the open cell closes it. */
  function openCell(row: number, column: number): void {
    selected.value = selected.value?.row === row && selected.value.column === column ? null : { row, column }
  }
  function closeCell(): void {
    selected.value = null
  }

  /**
   * Loads now and whenever `loadKey` changes (the open cell closes); a null key loads nothing
   * (an invalid period).
   */
  function loadOn(loadKey: Readonly<Ref<string | null>>, load: () => void): void {
    watch(loadKey, (key) => {
      selected.value = null
      if (key !== null)
        load()
    }, { immediate: true })
  }

  const taskTitle = (id: number) => store.tasks.get(id)?.title ?? t('timesheet.grid.unknownTask', { id })
  const personName = (id: number) => users.value.get(id)?.name || t('common.unknownUser', { id })
  /** A task's project id, 0 for none (and for a task the portal did not return). */
  const projectOf = (taskId: number) => store.tasks.get(taskId)?.groupId ?? 0
  /** The name `tasks.task.list` gave the project (docs/timesheet.md#project-names), else its id. */
  function projectName(id: number): string {
    if (id === 0)
      return t('timesheet.grid.noProject')
    for (const task of store.tasks.values()) {
      if (task.groupId === id && task.project)
        return task.project.name
    }
    return store.projects.get(id)?.name ?? t('timesheet.report.project', { id })
  }

  /** The open cell's entries as an export sheet, newest first as the drill-down lists them (dates as dates, comments as text). */
  function cellTable(records: readonly TimesheetRecord[], title: string): ReportTable {
    const column = (key: string) => t(`timesheet.drill.columns.${key}`)
    const newestFirst = [...records].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id)
    return entriesTable(newestFirst, { title, day: column('day'), person: column('person'), task: column('task'), duration: column('duration'), comment: column('comment'), total: t('timesheet.grid.total'), userName: personName, taskTitle })
  }

  return { t, locale, cellTable, store, users, durationFormat, selected, openCell, closeCell, loadOn, taskTitle, personName, projectOf, projectName, ...storeToRefs(store) }
}
