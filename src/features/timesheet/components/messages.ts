/**
 * Messages of the timesheet's pluggable parts (export menu, chart, pickers), under
 * `timesheet.export.*`, `timesheet.chart.*` and `timesheet.picker.*`. Each part merges its own on
 * first use, so they travel in that part's lazy chunk, never in the sidebar's first paint
 * (docs/development.md#first-paint-budget).
 */
import { useLazyMessages } from '@/i18n/lazy'
import chartEn from '../locales/chart.en.json'
import chartRu from '../locales/chart.ru.json'
import exportEn from '../locales/export.en.json'
import exportRu from '../locales/export.ru.json'
import pickerEn from '../locales/picker.en.json'
import pickerRu from '../locales/picker.ru.json'

const EXPORT = { en: { timesheet: { export: exportEn } }, ru: { timesheet: { export: exportRu } } }
const CHART = { en: { timesheet: { chart: chartEn } }, ru: { timesheet: { chart: chartRu } } }
const PICKER = { en: { timesheet: { picker: pickerEn } }, ru: { timesheet: { picker: pickerRu } } }

/** For the export menu's `setup`. */
export function useExportMessages(): void {
  useLazyMessages(EXPORT)
}

/** For the chart's `setup`. */
export function useChartMessages(): void {
  useLazyMessages(CHART)
}

/** For the pickers' `setup`. */
export function usePickerMessages(): void {
  useLazyMessages(PICKER)
}
