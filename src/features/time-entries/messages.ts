/**
 * Messages of the time-entry parts that open on demand: the entry form (`entries.form.*`), the
 * entry's page (`entries.detail.*`), the filter panel (`entries.filters.*`) and the shortcuts dialog
 * (`entries.shortcuts.*`). They load with those
 * parts, not in the sidebar's first paint (docs/development.md#first-paint-budget); what the list itself
 * shows stays in `locales/<lang>.json`.
 */
import { useLazyMessages } from '@/i18n/lazy'
import detailEn from './locales/detail.en.json'
import detailRu from './locales/detail.ru.json'
import filtersEn from './locales/filters.en.json'
import filtersRu from './locales/filters.ru.json'
import formEn from './locales/form.en.json'
import formRu from './locales/form.ru.json'
import shortcutsEn from './locales/shortcuts.en.json'
import shortcutsRu from './locales/shortcuts.ru.json'

const FORM = { en: { entries: { form: formEn } }, ru: { entries: { form: formRu } } }
const DETAIL = { en: { entries: { detail: detailEn } }, ru: { entries: { detail: detailRu } } }
const FILTERS = { en: { entries: { filters: filtersEn } }, ru: { entries: { filters: filtersRu } } }
const SHORTCUTS = { en: { entries: { shortcuts: shortcutsEn } }, ru: { entries: { shortcuts: shortcutsRu } } }

/** For the entry form's `setup`: adds its messages on first use, before it renders them. */
export function useEntryFormMessages(): void {
  useLazyMessages(FORM)
}

/** For the entry page's `setup`. */
export function useEntryDetailMessages(): void {
  useLazyMessages(DETAIL)
}

/** For the filter panel's `setup`. */
export function useFilterMessages(): void {
  useLazyMessages(FILTERS)
}

/** For the shortcuts dialog's `setup`. */
export function useShortcutsMessages(): void {
  useLazyMessages(SHORTCUTS)
}
