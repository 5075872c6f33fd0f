/**
 * Unit and component tests mount in any language synchronously; the app loads every language but
 * English on demand (src/i18n/index.ts), so the tests register them up front.
 */
import { registerLocaleMessages } from '@/i18n'
import ruMessages from '@/i18n/messages-ru'

registerLocaleMessages('ru', ruMessages)
