/** The first paint's Brazilian Portuguese (portal `br`) messages: their own chunk, loaded only for that language (`switchLocale`). */
import type { MessageSchema } from '.'
import entries from '@/features/time-entries/locales/pt-br.json'
import shell from './locales/pt-br.json'

const messages: MessageSchema = { ...shell, entries }

export default messages
