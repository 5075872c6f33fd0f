/** The first paint's Russian messages: their own chunk, loaded only for Russian users (`switchLocale`). */
import type { MessageSchema } from '.'
import type { PluralRule } from './plural'
import entriesRu from '@/features/time-entries/locales/ru.json'
import shellRu from './locales/ru.json'
import { slavicPlural } from './plural'

const messages: MessageSchema = { ...shellRu, entries: entriesRu }

/** Three plural forms (one, few, many) by CLDR. */
export const pluralRule: PluralRule = slavicPlural('ru')

export default messages
