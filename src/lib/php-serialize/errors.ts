/**
 * Why an input is not valid PHP serialize() data:
 * - `unexpected-token`: a character that cannot appear here (`b:2;`, a missing `:`, a float as an array key);
 * - `length-mismatch`: a string's declared byte length does not end right before `";`;
 * - `count-mismatch`: an array or object holds fewer or more elements than declared;
 * - `unexpected-end`: the input stops inside a value;
 * - `trailing-data`: bytes follow the value (only without `allowTrailing`);
 * - `too-deep`: arrays and objects nest deeper than `maxDepth`;
 * - `too-large`: a string's declared length cannot fit in the rest of the input, or a size exceeds `maxLength`;
 * - `unsupported-token`: valid PHP this library refuses to decode (`r:`, `R:`, `C:`, `S:`);
 * - `invalid-number`: a malformed or out-of-range number (`i:1.5;`, `i:9223372036854775808;`, `d:1e;`).
 */
export type PhpSerializeErrorCode
  = | 'unexpected-token'
    | 'length-mismatch'
    | 'count-mismatch'
    | 'unexpected-end'
    | 'trailing-data'
    | 'too-deep'
    | 'too-large'
    | 'unsupported-token'
    | 'invalid-number'

/**
 * Malformed serialized input, with the position of the first byte that is wrong.
 *
 * `byteOffset` counts UTF-8 bytes, like PHP's own notice ("Error at offset 17 of 19 bytes");
 * `charOffset` is the matching UTF-16 index into the JS input string, for a caret in the UI.
 * When a declared string length ends inside a multi-byte character, `byteOffset` points at that
 * byte and `charOffset` at the character containing it.
 *
 * @example
 * try {
 *   unserialize('a:1:{i:0;s:3:"ab";}')
 * }
 * catch (error) {
 *   if (error instanceof PhpSerializeError)
 *     error.code // 'length-mismatch'; error.message: 'Error at byte 17 of 19: expected \'"\' after 3 bytes'
 * }
 */
export class PhpSerializeError extends Error {
  override readonly name = 'PhpSerializeError'

  constructor(
    readonly code: PhpSerializeErrorCode,
    readonly byteOffset: number,
    readonly charOffset: number,
    byteLength: number,
    reason: string,
  ) {
    super(`Error at byte ${byteOffset} of ${byteLength}: ${reason}`)
  }
}
