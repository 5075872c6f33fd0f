/**
 * "Export CSV" for a list of entries: the labels in the viewer's language, the entries' authors by
 * name, the duration format and zone the list shows. The CSV writer and its labels load on the
 * first click, so the sidebar's first paint does not carry them.
 */
import type { Ref } from 'vue'
import type { TimeEntry } from '@/api/time-entries'
import type { User } from '@/api/users'
import type { DurationFormat } from '@/lib/time/duration'
import { useI18n } from 'vue-i18n'

export interface CsvExportSource {
  entries: Ref<readonly TimeEntry[]>
  users: Ref<ReadonlyMap<number, User>>
  timeZone: Ref<string>
  format: Ref<DurationFormat>
}

/**
 * Returns `exportCsv(fileName)`, which writes `entries` as it stands at the click.
 *
 * @example
 * const exportCsv = useCsvExport({ entries: shown, users, timeZone, format: durationFormat })
 * await exportCsv('task-101-time.csv')
 */
export function useCsvExport(source: CsvExportSource): (fileName: string) => Promise<void> {
  const { t, locale } = useI18n()
  return async (fileName) => {
    // The labels are built in the lazy chunk too: their keys need not be in the first paint.
    const { csvLabels, downloadText, entriesCsv } = await import('../export')
    const text = entriesCsv(source.entries.value, {
      locale: locale.value,
      timeZone: source.timeZone.value,
      format: source.format.value,
      labels: csvLabels(t, id => source.users.value.get(id)?.name),
    })
    downloadText(text, fileName)
  }
}
