/**
 * Unit and component tests mount in any language synchronously; the app loads every language but
 * English on demand (src/i18n/index.ts, src/i18n/lazy.ts), so the tests register and load them up front.
 */
import { beforeAll } from 'vitest'
import { SHELL_PAGE_MESSAGES } from '@/features/shell/messages'
import { TEMPLATE_MESSAGES } from '@/features/task-template/messages'
import { DETAIL_MESSAGES, FILTER_MESSAGES, FORM_MESSAGES } from '@/features/time-entries/messages'
import { CHART_MESSAGES, EXPORT_MESSAGES, PICKER_MESSAGES } from '@/features/timesheet/components/messages'
import { TIMESHEET_MESSAGES } from '@/features/timesheet/messages'
import { registerLocaleMessages } from '@/i18n'
import { loadLazyMessages } from '@/i18n/lazy'
import * as deMessages from '@/i18n/messages-de'
import * as esMessages from '@/i18n/messages-es'
import * as plMessages from '@/i18n/messages-pl'
import * as ptBrMessages from '@/i18n/messages-pt-br'
import * as ruMessages from '@/i18n/messages-ru'
import * as ukMessages from '@/i18n/messages-uk'

registerLocaleMessages('ru', ruMessages)
registerLocaleMessages('de', deMessages)
registerLocaleMessages('es', esMessages)
registerLocaleMessages('pt-BR', ptBrMessages)
registerLocaleMessages('pl', plMessages)
registerLocaleMessages('uk', ukMessages)

const LOCALES = ['ru', 'de', 'es', 'pt-BR', 'pl', 'uk'] as const
beforeAll(() => Promise.all([SHELL_PAGE_MESSAGES, TEMPLATE_MESSAGES, FORM_MESSAGES, DETAIL_MESSAGES, FILTER_MESSAGES, TIMESHEET_MESSAGES, EXPORT_MESSAGES, CHART_MESSAGES, PICKER_MESSAGES].flatMap(messages => LOCALES.map(locale => loadLazyMessages(messages, locale)))).then(() => {}))
