/** The first paint's Ukrainian (portal `ua`) messages: their own chunk, loaded only for that language (`switchLocale`). */
import type { MessageSchema } from '.'
import entries from '@/features/time-entries/locales/uk.json'
import shell from './locales/uk.json'

const messages: MessageSchema = { ...shell, entries }

export default messages
