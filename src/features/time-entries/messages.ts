/**
 * Messages of the time-entry parts that open on demand: the entry form (`entries.form.*`), the
 * entry's page (`entries.detail.*`), the filter panel (`entries.filters.*`) and the shortcuts dialog
 * (`entries.shortcuts.*`). They load with those parts, not in the sidebar's first paint, each language
 * but English a chunk of its own (docs/development.md#first-paint-budget, `i18n/lazy.ts`); what the
 * list itself shows stays in `locales/<lang>.json`.
 */
import type { MessageBundle } from '@/i18n/lazy'
import { defineLazyMessages, useLazyMessages } from '@/i18n/lazy'
import detailEn from './locales/detail.en.json'
import filtersEn from './locales/filters.en.json'
import formEn from './locales/form.en.json'
import shortcutsEn from './locales/shortcuts.en.json'

type Load = () => Promise<{ default: unknown }>
const under = (part: 'form' | 'detail' | 'filters' | 'shortcuts', load: Load) => (): Promise<MessageBundle> => load().then(module => ({ entries: { [part]: module.default } }))

export const FORM_MESSAGES = defineLazyMessages({ entries: { form: formEn } }, {
  'ru': under('form', () => import('./locales/form.ru.json')),
  'de': under('form', () => import('./locales/form.de.json')),
  'es': under('form', () => import('./locales/form.es.json')),
  'pt-BR': under('form', () => import('./locales/form.pt-br.json')),
  'pl': under('form', () => import('./locales/form.pl.json')),
  'uk': under('form', () => import('./locales/form.uk.json')),
})

export const DETAIL_MESSAGES = defineLazyMessages({ entries: { detail: detailEn } }, {
  'ru': under('detail', () => import('./locales/detail.ru.json')),
  'de': under('detail', () => import('./locales/detail.de.json')),
  'es': under('detail', () => import('./locales/detail.es.json')),
  'pt-BR': under('detail', () => import('./locales/detail.pt-br.json')),
  'pl': under('detail', () => import('./locales/detail.pl.json')),
  'uk': under('detail', () => import('./locales/detail.uk.json')),
})

export const FILTER_MESSAGES = defineLazyMessages({ entries: { filters: filtersEn } }, {
  'ru': under('filters', () => import('./locales/filters.ru.json')),
  'de': under('filters', () => import('./locales/filters.de.json')),
  'es': under('filters', () => import('./locales/filters.es.json')),
  'pt-BR': under('filters', () => import('./locales/filters.pt-br.json')),
  'pl': under('filters', () => import('./locales/filters.pl.json')),
  'uk': under('filters', () => import('./locales/filters.uk.json')),
})

export const SHORTCUT_MESSAGES = defineLazyMessages({ entries: { shortcuts: shortcutsEn } }, {
  'ru': under('shortcuts', () => import('./locales/shortcuts.ru.json')),
  'de': under('shortcuts', () => import('./locales/shortcuts.de.json')),
  'es': under('shortcuts', () => import('./locales/shortcuts.es.json')),
  'pt-BR': under('shortcuts', () => import('./locales/shortcuts.pt-br.json')),
  'pl': under('shortcuts', () => import('./locales/shortcuts.pl.json')),
  'uk': under('shortcuts', () => import('./locales/shortcuts.uk.json')),
})

/** For the entry form's `setup`: adds its messages on first use, before it renders them. */
export function useEntryFormMessages(): void {
  useLazyMessages(FORM_MESSAGES)
}

/** For the entry page's `setup`. */
export function useEntryDetailMessages(): void {
  useLazyMessages(DETAIL_MESSAGES)
}

/** For the filter panel's `setup`. */
export function useFilterMessages(): void {
  useLazyMessages(FILTER_MESSAGES)
}

/** For the shortcuts dialog's `setup`. */
export function useShortcutsMessages(): void {
  useLazyMessages(SHORTCUT_MESSAGES)
}
