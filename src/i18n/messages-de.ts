/** The first paint's German messages: their own chunk, loaded only for that language (`switchLocale`). */
import type { MessageSchema } from '.'
import entries from '@/features/time-entries/locales/de.json'
import shell from './locales/de.json'

const messages: MessageSchema = { ...shell, entries }

export default messages
