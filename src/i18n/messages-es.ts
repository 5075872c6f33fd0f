/** The first paint's Spanish (portal `la`) messages: their own chunk, loaded only for that language (`switchLocale`). */
import type { MessageSchema } from '.'
import entries from '@/features/time-entries/locales/es.json'
import shell from './locales/es.json'

const messages: MessageSchema = { ...shell, entries }

export default messages
