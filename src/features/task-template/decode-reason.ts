/**
 * What people read when a serialized field cannot be decoded: the reason in words, never the
 * decoder's byte offset (that stays in the Raw view, next to its caret). The keys live under
 * `template.decode` in the feature's locales.
 */
/** Decoder codes that have a sentence of their own; every other code reads as `decode.other`. */
const EXPLAINED: ReadonlySet<string> = new Set(['unexpected-end', 'length-mismatch', 'count-mismatch', 'not-an-array', 'invalid-id'])

/**
 * The message key for a decoding error's reason (a `PhpSerializeError` or `FieldDecodeError` code).
 *
 * @example
 * decodeReasonKey('unexpected-end') // 'template.decode.unexpected-end'
 * decodeReasonKey('trailing-data') // 'template.decode.other'
 */
export function decodeReasonKey(code: string): string {
  return `template.decode.${EXPLAINED.has(code) ? code : 'other'}`
}

/** Fields the template tab names in sentences; anything else is "a recurrence setting". */
const NAMED_FIELDS: ReadonlySet<string> = new Set(['NEXT_EXECUTION_TIME', 'START_DATE', 'END_DATE', 'REPLICATE_PARAMS', 'TIME'])

/**
 * The message key for a REPLICATE_PARAMS field (or the column itself) in running text.
 *
 * @example
 * fieldLabelKey('START_DATE') // 'template.field.START_DATE'
 */
export function fieldLabelKey(field: string): string {
  return `template.field.${NAMED_FIELDS.has(field) ? field : 'other'}`
}

/** The first letter in upper case, for a field label that starts a sentence. */
export function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}
