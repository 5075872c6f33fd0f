/** The first paint's Russian messages: their own chunk, loaded only for Russian users (`switchLocale`). */
import type { MessageSchema } from '.'
import entriesRu from '@/features/time-entries/locales/ru.json'
import shellRu from './locales/ru.json'

const messages: MessageSchema = { ...shellRu, entries: entriesRu }

export default messages
