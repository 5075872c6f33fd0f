/** The first paint's Ukrainian (portal `ua`) messages: their own chunk, loaded only for that language (`switchLocale`). */
import type { MessageSchema } from '.'
import type { PluralRule } from './plural'
import entries from '@/features/time-entries/locales/uk.json'
import shell from './locales/uk.json'
import { slavicPlural } from './plural'

const messages: MessageSchema = { ...shell, entries }

/** Three plural forms (one, few, many) by CLDR. */
export const pluralRule: PluralRule = slavicPlural('uk')

export default messages
