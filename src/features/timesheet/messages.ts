/**
 * The timesheet's messages (`timesheet.*`): they travel with its lazy route views, not in the
 * sidebar's first paint (docs/development.md#first-paint-budget).
 */
import { useLazyMessages } from '@/i18n/lazy'
import en from './locales/en.json'
import ru from './locales/ru.json'

const MESSAGES = { en: { timesheet: en }, ru: { timesheet: ru } }

/** For the `setup` of every timesheet view and component that renders `timesheet.*` first. */
export function useTimesheetMessages(): void {
  useLazyMessages(MESSAGES)
}
