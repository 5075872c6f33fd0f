/**
 * The JavaScript shape of PHP `serialize()` data.
 *
 * | PHP token                  | JavaScript value                                                        |
 * |----------------------------|-------------------------------------------------------------------------|
 * | `N;`                       | `null`                                                                  |
 * | `b:0;` `b:1;`              | `false` `true` (any other digit is rejected)                            |
 * | `i:42;`                    | `number`; a `bigint` outside ±(2^53 − 1), exact up to PHP_INT_MAX/MIN   |
 * | `d:0.1;` `d:INF;` `d:NAN;` | `number` (−0, ±Infinity and NaN included); a {@link PhpFloat} with the  |
 * |                            | `preserveFloatType` option, so `d:1;` is not confused with `i:1;`       |
 * | `s:4:"🐊";`                | `string`: the length counts UTF-8 bytes, as PHP does                    |
 * | `a:2:{i:0;…i:1;…}`         | a JS array when the keys are exactly 0, 1, … n − 1 in that order        |
 * | `a:1:{i:5;…}` `a:1:{s:…}`  | otherwise a {@link PhpMap} in PHP's order, with PHP's key types         |
 * | `O:8:"stdClass":…`         | a {@link PhpObject}                                                     |
 * | `E:11:"Suit:Hearts";`      | a {@link PhpEnum}                                                       |
 *
 * References (`r:`, `R:`), custom serialization (`C:`) and escaped strings (`S:`) are rejected with the
 * `unsupported-token` error code: Bitrix24 never writes them, and a copy of a referenced value would
 * look right while quietly losing the sharing.
 */

/** An array key as PHP stores it: an int (a `number` while it is a safe integer) or a string. */
export type PhpKey = number | string

/**
 * A PHP array that is not a plain list, in PHP's insertion order. Keys follow PHP's rules: a
 * string key that spells a canonical 64-bit integer (`"5"`, `"-7"`, not `"05"`, `"-0"`, `" 5"`,
 * `"+5"`) is an int key, so `s:1:"5"` and `i:5` reach the same entry. Int keys beyond ±(2^53 − 1)
 * are `bigint`, and a `bigint` key is never used for a safe integer, so `Map#get(5)` finds key 5.
 */
export type PhpMap = Map<PhpKey | bigint, PhpValue>

/** Any value `unserialize` returns and `serialize` accepts. */
export type PhpValue
  = | null
    | boolean
    | number
    | bigint
    | string
    | PhpFloat
    | PhpValue[]
    | PhpMap
    | PhpObject
    | PhpEnum

/**
 * A PHP float kept apart from ints, so a value that is integral (`d:1;`) serializes back as `d:`.
 * `unserialize` returns it only with `preserveFloatType`.
 *
 * @example
 * serialize(new PhpFloat(1)) // 'd:1;'
 * serialize(1) // 'i:1;'
 */
export class PhpFloat {
  constructor(readonly value: number) {}
}

/**
 * A PHP object (`O:`) of any class: `stdClass`, a class that PHP would unserialize into
 * `__PHP_Incomplete_Class`, or one with `__serialize()`.
 *
 * Property keys are kept exactly as written. Non-public names keep PHP's mangling, so a viewer can
 * show the visibility: protected `"\0*\0name"`, private `"\0ClassName\0name"`. Int keys (`i:0;`, as
 * written by `__serialize()` returning a list) stay numbers. PHP turns them into string property names
 * unless the class has `__unserialize()`, which receives the array as written.
 *
 * @example
 * unserialize('O:8:"stdClass":1:{s:1:"a";i:1;}') // PhpObject { className: 'stdClass', properties: Map { 'a' => 1 } }
 */
export class PhpObject {
  constructor(readonly className: string, readonly properties: PhpMap = new Map()) {}
}

/**
 * A case of a PHP 8.1 enum (`E:11:"Suit:Hearts";`). Backed values are not serialized, so they are
 * not known here.
 *
 * @example
 * serialize(new PhpEnum('Suit', 'Hearts')) // 'E:11:"Suit:Hearts";'
 */
export class PhpEnum {
  constructor(readonly className: string, readonly caseName: string) {}
}

/** Options of `unserialize` and `tryUnserialize`. */
export interface UnserializeOptions {
  /**
   * Deepest nesting of arrays and objects accepted; a top-level array is depth 1. The parser keeps
   * its own stack, so any depth is safe; the limit exists to bound work. Default 512 (PHP: 4096).
   */
  maxDepth?: number
  /**
   * Largest declared size accepted: a string's byte length or an array's or object's element count.
   * Default: unlimited. Independently, a string length that cannot fit in the remaining input fails
   * before any scanning, and counts never drive allocation.
   */
  maxLength?: number
  /**
   * Accept bytes after the first complete value (PHP ≤ 8.2 ignores them silently; PHP 8.3 warns).
   * Default `false`: they are a `trailing-data` error.
   */
  allowTrailing?: boolean
  /**
   * Return every `d:` value as a {@link PhpFloat} instead of a `number`, so that the int/float
   * distinction survives: `serialize(unserialize(s, { preserveFloatType: true })) === s` for every
   * string PHP's `serialize()` writes. Default `false`.
   */
  preserveFloatType?: boolean
}
