import type { FieldDecodeResult } from './errors'
import type { PhpKey, PhpValue } from '@/lib/php-serialize'
import { unserialize } from '@/lib/php-serialize'
import { decodeToResult, FieldDecodeError } from './errors'

const DECIMAL_ID = /^\d+$/

function toMemberId(key: PhpKey | bigint, value: PhpValue): number {
  const id = typeof value === 'string' && DECIMAL_ID.test(value) ? Number(value) : value
  if (typeof id === 'number' && Number.isSafeInteger(id) && id >= 0)
    return id
  throw new FieldDecodeError('invalid-id', key, value, `member ${String(key)} is not a user id: ${String(value)}`)
}

/**
 * User ids of a task template's RESPONSIBLES, ACCOMPLICES or AUDITORS column: PHP-serialized arrays
 * such as `a:1:{i:0;s:3:"102";}`. Ids may be written as `i:` or `s:` (depending on the writer), keys
 * need not be 0..n-1, and the ids come back in array order, as Bitrix reads them with
 * `array_values(unserialize(...))` (docs/rest-quirks.md#template-serialized). `0` is kept: templates "for new
 * users" store `a:1:{i:0;i:0;}`.
 *
 * @param raw the column as REST returns it; `null`, `''` and `a:0:{}` all mean "nobody".
 * @throws PhpSerializeError when `raw` is not valid PHP serialize() output (with the position).
 * @throws FieldDecodeError when it is valid PHP but not an array of ids. Never returns `[]` for garbage.
 * @example
 * decodeMemberIds('a:1:{i:0;s:3:"102";}') // [102]
 * decodeMemberIds('a:2:{i:3;i:7;i:1;s:2:"15";}') // [7, 15]
 * decodeMemberIds(null) // []
 */
export function decodeMemberIds(raw: string | null | undefined): number[] {
  if (raw === null || raw === undefined || raw === '')
    return []
  const value = unserialize(raw)
  if (Array.isArray(value))
    return value.map((item, index) => toMemberId(index, item))
  if (value instanceof Map)
    return Array.from(value, ([key, item]) => toMemberId(key, item))
  throw new FieldDecodeError('not-an-array', null, value, 'a member field must be a PHP array')
}

/**
 * {@link decodeMemberIds} for the UI: the ids, or the error to show.
 *
 * @example
 * const result = tryDecodeMemberIds(template.RESPONSIBLES)
 * if (!result.ok)
 *   showError(result.error) // PhpSerializeError (with offsets) or FieldDecodeError
 */
export function tryDecodeMemberIds(raw: string | null | undefined): FieldDecodeResult<number[]> {
  return decodeToResult(() => decodeMemberIds(raw))
}
