/**
 * "Export CSV" for a list of entries: the labels in the viewer's language, the entries' authors by
 * name, the duration format and zone the list shows. The CSV writer itself loads on the first
 * click, so the sidebar's first paint does not carry it.
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
    const { downloadText, entriesCsv } = await import('../export')
    const text = entriesCsv(source.entries.value, {
      locale: locale.value,
      timeZone: source.timeZone.value,
      format: source.format.value,
      labels: {
        headers: {
          date: t('entries.csv.date'),
          zone: t('entries.csv.zone'),
          author: t('entries.csv.author'),
          duration: t('entries.csv.duration'),
          hours: t('entries.csv.hours'),
          source: t('entries.csv.source'),
          comment: t('entries.csv.comment'),
          id: t('entries.csv.id'),
        },
        source: kind => t(`entries.source.${kind}`),
        author: id => source.users.value.get(id)?.name || t('common.unknownUser', { id }),
      },
    })
    downloadText(text, fileName)
  }
}
