/**
 * The timesheet's messages (`timesheet.*`): they travel with its lazy route views, not in the
 * sidebar's first paint, each language but English a chunk of its own
 * (docs/development.md#first-paint-budget, `i18n/lazy.ts`).
 */
import type { MessageBundle } from '@/i18n/lazy'
import { defineLazyMessages, useLazyMessages } from '@/i18n/lazy'
import en from './locales/en.json'

type Load = () => Promise<{ default: unknown }>
const under = (load: Load) => (): Promise<MessageBundle> => load().then(module => ({ timesheet: module.default }))

export const TIMESHEET_MESSAGES = defineLazyMessages({ timesheet: en }, {
  'ru': under(() => import('./locales/ru.json')),
  'de': under(() => import('./locales/de.json')),
  'es': under(() => import('./locales/es.json')),
  'pt-BR': under(() => import('./locales/pt-br.json')),
  'pl': under(() => import('./locales/pl.json')),
  'uk': under(() => import('./locales/uk.json')),
})

/** For the `setup` of every timesheet view and component that renders `timesheet.*` first. */
export function useTimesheetMessages(): void {
  useLazyMessages(TIMESHEET_MESSAGES)
}
