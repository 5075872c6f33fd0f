/** The first paint's Polish messages: their own chunk, loaded only for that language (`switchLocale`). */
import type { MessageSchema } from '.'
import type { PluralRule } from './plural'
import entries from '@/features/time-entries/locales/pl.json'
import shell from './locales/pl.json'
import { slavicPlural } from './plural'

const messages: MessageSchema = { ...shell, entries }

/** Three plural forms (one, few, many) by CLDR. */
export const pluralRule: PluralRule = slavicPlural('pl')

export default messages
