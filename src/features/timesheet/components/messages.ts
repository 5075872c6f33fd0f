/**
 * Messages of the timesheet's pluggable parts (export menu, chart, pickers), under
 * `timesheet.export.*`, `timesheet.chart.*` and `timesheet.picker.*`. Each part merges its own on
 * first use, so they travel in that part's lazy chunk, never in the sidebar's first paint; each
 * language but English is a chunk of its own (docs/development.md#first-paint-budget, `i18n/lazy.ts`).
 */
import type { MessageBundle } from '@/i18n/lazy'
import { defineLazyMessages, useLazyMessages } from '@/i18n/lazy'
import chartEn from '../locales/chart.en.json'
import exportEn from '../locales/export.en.json'
import pickerEn from '../locales/picker.en.json'

type Load = () => Promise<{ default: unknown }>
type Part = 'export' | 'chart' | 'picker'
const under = (part: Part, load: Load) => (): Promise<MessageBundle> => load().then(module => ({ timesheet: { [part]: module.default } }))

export const EXPORT_MESSAGES = defineLazyMessages({ timesheet: { export: exportEn } }, {
  'ru': under('export', () => import('../locales/export.ru.json')),
  'de': under('export', () => import('../locales/export.de.json')),
  'es': under('export', () => import('../locales/export.es.json')),
  'pt-BR': under('export', () => import('../locales/export.pt-br.json')),
  'pl': under('export', () => import('../locales/export.pl.json')),
  'uk': under('export', () => import('../locales/export.uk.json')),
})

export const CHART_MESSAGES = defineLazyMessages({ timesheet: { chart: chartEn } }, {
  'ru': under('chart', () => import('../locales/chart.ru.json')),
  'de': under('chart', () => import('../locales/chart.de.json')),
  'es': under('chart', () => import('../locales/chart.es.json')),
  'pt-BR': under('chart', () => import('../locales/chart.pt-br.json')),
  'pl': under('chart', () => import('../locales/chart.pl.json')),
  'uk': under('chart', () => import('../locales/chart.uk.json')),
})

export const PICKER_MESSAGES = defineLazyMessages({ timesheet: { picker: pickerEn } }, {
  'ru': under('picker', () => import('../locales/picker.ru.json')),
  'de': under('picker', () => import('../locales/picker.de.json')),
  'es': under('picker', () => import('../locales/picker.es.json')),
  'pt-BR': under('picker', () => import('../locales/picker.pt-br.json')),
  'pl': under('picker', () => import('../locales/picker.pl.json')),
  'uk': under('picker', () => import('../locales/picker.uk.json')),
})

/** For the export menu's `setup`. */
export function useExportMessages(): void {
  useLazyMessages(EXPORT_MESSAGES)
}

/** For the chart's `setup`. */
export function useChartMessages(): void {
  useLazyMessages(CHART_MESSAGES)
}

/** For the pickers' `setup`. */
export function usePickerMessages(): void {
  useLazyMessages(PICKER_MESSAGES)
}
