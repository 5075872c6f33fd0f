import type { PhpKey, PhpValue } from '@/lib/php-serialize'
import { PhpSerializeError } from '@/lib/php-serialize'

/**
 * - `not-an-array`: the field decodes to something other than a PHP array;
 * - `invalid-id`: a member entry is not a non-negative integer id (`i:102;` or `s:3:"102";`).
 */
export type FieldDecodeErrorCode = 'not-an-array' | 'invalid-id'

/**
 * A Bitrix24 serialized field that is valid PHP but not the shape the field needs. Malformed PHP is
 * a `PhpSerializeError` instead, which carries the position for a caret.
 *
 * @example
 * decodeMemberIds('a:1:{i:0;s:3:"abc";}') // throws FieldDecodeError { code: 'invalid-id', key: 0, value: 'abc' }
 */
export class FieldDecodeError extends Error {
  override readonly name = 'FieldDecodeError'

  constructor(
    readonly code: FieldDecodeErrorCode,
    /** The array key of the offending entry; `null` when the whole value is wrong. */
    readonly key: PhpKey | bigint | null,
    readonly value: PhpValue,
    message: string,
  ) {
    super(message)
  }
}

/** What the `tryDecode*` helpers return, for UI code that shows the error instead of catching it. */
export type FieldDecodeResult<T>
  = | { ok: true, value: T }
    | { ok: false, error: PhpSerializeError | FieldDecodeError }

/** Runs `decode`, turning the two expected error classes into a result; anything else is a bug and is thrown. */
export function decodeToResult<T>(decode: () => T): FieldDecodeResult<T> {
  try {
    return { ok: true, value: decode() }
  }
  catch (error) {
    if (error instanceof PhpSerializeError || error instanceof FieldDecodeError)
      return { ok: false, error }
    throw error
  }
}
