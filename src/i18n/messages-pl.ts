/** The first paint's Polish messages: their own chunk, loaded only for that language (`switchLocale`). */
import type { MessageSchema } from '.'
import entries from '@/features/time-entries/locales/pl.json'
import shell from './locales/pl.json'

const messages: MessageSchema = { ...shell, entries }

export default messages
