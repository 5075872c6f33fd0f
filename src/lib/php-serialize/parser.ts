import type { PhpSerializeErrorCode } from './errors'
import type { PhpKey, PhpMap, PhpValue, UnserializeOptions } from './types'
import { PhpSerializeError } from './errors'
import { PhpEnum, PhpFloat, PhpObject } from './types'
import { utf8ByteLength } from './utf8'

/** What `tryUnserialize` returns: the value, or the error `unserialize` would have thrown. */
export type UnserializeResult
  = | { ok: true, value: PhpValue }
    | { ok: false, error: PhpSerializeError }

export const PHP_INT_MAX = 0x7FFF_FFFF_FFFF_FFFFn
export const PHP_INT_MIN = -0x8000_0000_0000_0000n

const DEFAULT_MAX_DEPTH = 512

const QUOTE = 0x22
const PLUS = 0x2B
const MINUS = 0x2D
const DIGIT_0 = 0x30
const DIGIT_1 = 0x31
const DIGIT_9 = 0x39
const COLON = 0x3A
const DOT = 0x2E
const LETTER_E = 0x45
const LETTER_SMALL_E = 0x65
const SEMICOLON = 0x3B
const OPEN_BRACE = 0x7B
const CLOSE_BRACE = 0x7D
const TAG_ARRAY = 0x61 // a
const TAG_BOOL = 0x62 // b
const TAG_FLOAT = 0x64 // d
const TAG_ENUM = 0x45 // E
const TAG_INT = 0x69 // i
const TAG_NULL = 0x4E // N
const TAG_OBJECT = 0x4F // O
const TAG_STRING = 0x73 // s
/** Valid PHP refused on purpose: references `r:` and `R:`, custom serialization `C:`, escaped strings `S:`. */
const UNSUPPORTED_TAGS = new Set([0x72, 0x52, 0x43, 0x53])

/** PHP's `zend_is_valid_class_name`, plus: not empty, no leading `\`. */
const CLASS_NAME = /^[\w\u0080-\uFFFF][\w\\\u0080-\uFFFF]*$/
/** `<Class>:<Case>`, as `E:` writes an enum case. */
const ENUM_CASE = /^[\w\u0080-\uFFFF][\w\\\u0080-\uFFFF]*:[\w\u0080-\uFFFF]+$/
/** PHP's float grammar (`var_unserializer.re`), then `;`. */
const FLOAT = /(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|NAN|-?INF);/y
const FLOAT_CHARS = /[\d+\-.eEINFA]*/y
const UTF8 = new TextEncoder()
/** Scratch space for `encodeInto`, grown on demand. */
let encodeBuffer = new Uint8Array(1024)
/**
 * From this many bytes on, a string body is measured by the engine's UTF-8 encoder
 * (`#readMeasuredString`, `#readLongQuoted`): below it, a call costs more than counting by hand.
 */
const LONG_TEXT = 128
/** 2⁵³: every integer below it is an exact double. */
const EXACT_INTEGER_LIMIT = 2 ** 53
/** 10⁰ … 10²², every one an exact double. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, power) => 10 ** power)
/** A decimal int without leading zeros or `+`: the only strings PHP turns into int keys. */
const CANONICAL_INT = /^(?:0|-?[1-9]\d{0,18})$/

// The helpers the hot path calls live in this module: Vitest's module runner turns cross-module
// calls into getter lookups, which would skew the benchmark against how a bundled app runs.

/**
 * The PHP int a decimal string spells, as this library hands ints out (a `number` while safe, else
 * the exact `bigint`), or `undefined` beyond PHP's 64 bits.
 */
function parseInt64(decimal: string): number | bigint | undefined {
  const value = BigInt(decimal)
  if (value > PHP_INT_MAX || value < PHP_INT_MIN)
    return undefined
  return value >= -0x1F_FFFF_FFFF_FFFFn && value <= 0x1F_FFFF_FFFF_FFFFn ? Number(value) : value
}

/**
 * The key PHP stores for a string array key (`ZEND_HANDLE_NUMERIC_STR`): a canonical decimal int
 * within 64 bits becomes that int; `"05"`, `"-0"`, `"+5"`, `" 5"` and `"9223372036854775808"` stay strings.
 */
export function toArrayKey(key: string): PhpKey | bigint {
  // Most keys start with a letter: leave before the regular expression.
  if (key.charCodeAt(0) > DIGIT_9 || !CANONICAL_INT.test(key))
    return key
  return key.length < 16 ? Number(key) : parseInt64(key) ?? key
}

function isDigit(unit: number): boolean {
  return unit >= DIGIT_0 && unit <= DIGIT_9
}

/** An array or object whose elements are being read. */
interface Frame {
  /** A list while the keys run 0, 1, 2…; replaced by a Map at the first key that does not. */
  items: PhpValue[] | PhpMap
  /** The result for `O:`, whose `properties` is `items`; undefined for `a:`. */
  object: PhpObject | undefined
  declared: number
  remaining: number
  key: PhpKey | bigint
}

function addEntry(frame: Frame, value: PhpValue): void {
  const { items, key } = frame
  if (!Array.isArray(items)) {
    items.set(key, value)
  }
  else if (key === items.length) {
    items.push(value)
  }
  else if (typeof key === 'number' && key >= 0 && key < items.length) {
    // PHP keeps a repeated key in its first place and gives it the later value.
    items[key] = value
  }
  else if (items.length === 0) {
    // The first key is not 0: a map from the start (the common case of string-keyed arrays).
    frame.items = new Map<PhpKey | bigint, PhpValue>().set(key, value)
  }
  else {
    const map: PhpMap = new Map()
    items.forEach((item, index) => map.set(index, item))
    frame.items = map.set(key, value)
  }
}

/**
 * One pass over the JS string. Arrays and objects live on an explicit stack, so nesting is bounded
 * by `maxDepth`, never by the call stack. Bytes are counted only inside `s:` bodies; error offsets
 * are converted to bytes when an error is built.
 */
class Parser {
  readonly #input: string
  readonly #maxDepth: number
  readonly #maxLength: number
  readonly #preserveFloatType: boolean
  #pos = 0

  constructor(input: string, options: UnserializeOptions) {
    this.#input = input
    this.#maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH
    this.#maxLength = options.maxLength ?? Number.POSITIVE_INFINITY
    this.#preserveFloatType = options.preserveFloatType ?? false
  }

  parse(allowTrailing: boolean): PhpValue {
    const value = this.#parseValue()
    if (this.#pos < this.#input.length && !allowTrailing)
      throw this.#fail('trailing-data', this.#pos, 'data after the value')
    return value
  }

  #parseValue(): PhpValue {
    const stack: Frame[] = []
    for (;;) {
      let value: PhpValue
      const tag = this.#input.charCodeAt(this.#pos)
      if (tag === TAG_ARRAY || tag === TAG_OBJECT) {
        if (stack.length >= this.#maxDepth)
          throw this.#fail('too-deep', this.#pos, `deeper than maxDepth ${this.#maxDepth}`)
        const frame = this.#openContainer(tag)
        if (frame.remaining > 0) {
          stack.push(frame)
          frame.key = this.#readKey(frame)
          continue
        }
        this.#expectClose(frame)
        value = frame.object ?? frame.items
      }
      else {
        value = this.#readScalar(tag)
      }
      // Hand the finished value to its container, closing every container it completes.
      for (;;) {
        const frame = stack[stack.length - 1]
        if (frame === undefined)
          return value
        addEntry(frame, value)
        if (--frame.remaining > 0) {
          frame.key = this.#readKey(frame)
          break
        }
        this.#expectClose(frame)
        stack.pop()
        value = frame.object ?? frame.items
      }
    }
  }

  /** Any value but an array or object, from its tag. */
  #readScalar(tag: number): PhpValue {
    if (tag === TAG_STRING)
      return this.#readString()
    const start = this.#pos++
    if (tag === TAG_NULL) {
      this.#expect(SEMICOLON)
      return null
    }
    if (tag !== TAG_BOOL && tag !== TAG_INT && tag !== TAG_FLOAT && tag !== TAG_ENUM) {
      this.#pos = start
      throw UNSUPPORTED_TAGS.has(tag)
        ? this.#fail('unsupported-token', start, `'${this.#input[start]}:' is not supported`)
        : this.#unexpected('a value')
    }
    this.#expect(COLON)
    if (tag === TAG_INT)
      return this.#readInt()
    if (tag === TAG_FLOAT) {
      const value = this.#readFloat()
      return this.#preserveFloatType ? new PhpFloat(value) : value
    }
    if (tag === TAG_ENUM)
      return this.#readEnum()
    const digit = this.#input.charCodeAt(this.#pos)
    if (digit !== DIGIT_0 && digit !== DIGIT_1)
      throw this.#unexpected('\'0\' or \'1\'')
    this.#pos++
    this.#expect(SEMICOLON)
    return digit === DIGIT_1
  }

  /** `a:<count>:{` or `O:<bytes>:"<class>":<count>:{`. */
  #openContainer(tag: number): Frame {
    this.#pos++
    this.#expect(COLON)
    let object: PhpObject | undefined
    if (tag === TAG_OBJECT) {
      object = new PhpObject(this.#readName(CLASS_NAME))
      this.#expect(COLON)
    }
    const declared = this.#readSize()
    this.#expect(OPEN_BRACE)
    return { items: object?.properties ?? [], object, declared, remaining: declared, key: 0 }
  }

  #expectClose(frame: Frame): void {
    if (this.#input.charCodeAt(this.#pos) !== CLOSE_BRACE) {
      throw this.#pos < this.#input.length
        ? this.#fail('count-mismatch', this.#pos, `more than ${frame.declared} elements`)
        : this.#unexpected('\'}\'')
    }
    this.#pos++
  }

  /** An `i:` or `s:` key; array string keys follow PHP's numeric-string rule, object keys stay as written. */
  #readKey(frame: Frame): PhpKey | bigint {
    const tag = this.#input.charCodeAt(this.#pos)
    if (tag === TAG_STRING) {
      const key = this.#readString()
      return frame.object ? key : toArrayKey(key)
    }
    if (tag === TAG_INT) {
      this.#pos++
      this.#expect(COLON)
      return this.#readInt()
    }
    if (tag === CLOSE_BRACE) {
      const found = frame.declared - frame.remaining
      throw this.#fail('count-mismatch', this.#pos, `only ${found} of ${frame.declared} elements`)
    }
    throw this.#unexpected('a key (i: or s:)')
  }

  /** `s:<bytes>:"<text>";`, from its `s`. */
  #readString(): string {
    this.#pos++
    this.#expect(COLON)
    const text = this.#readQuoted(true)
    this.#expect(SEMICOLON)
    return text
  }

  /**
   * The body of an `s:` of at least `LONG_TEXT` bytes, from `start` (after its `"`), found where
   * it seems to end: at `size` units when that is a `"` (ASCII text), else at the first `";` from
   * `size / 3` units on (no unit takes more than 3 bytes). The guess counts only when the engine's
   * UTF-8 encoder makes exactly `size` bytes of it, whole; otherwise (a `";` inside the text, a wrong
   * size) this returns undefined with nothing consumed, and `#readQuoted` reads or refuses the body.
   */
  #readMeasuredString(start: number, size: number): string | undefined {
    const input = this.#input
    let end = start + size
    if (input.charCodeAt(end) !== QUOTE)
      end = input.indexOf('";', start + Math.ceil(size / 3))
    // Fewer units than bytes, and at most 3 bytes per unit: anything else cannot fit (nor grow the buffer past 3× the text).
    if (end < start || end - start > size || size > (end - start) * 3)
      return undefined
    const text = input.slice(start, end)
    if (encodeBuffer.length < size)
      encodeBuffer = new Uint8Array(Math.max(size, encodeBuffer.length * 2))
    const { read, written } = UTF8.encodeInto(text, encodeBuffer)
    if (written !== size || read !== text.length)
      return undefined
    this.#pos = end + 1
    return text
  }

  /** `E:<bytes>:"<Class>:<Case>";`, after the `E:`. */
  #readEnum(): PhpEnum {
    const name = this.#readName(ENUM_CASE)
    this.#expect(SEMICOLON)
    const colon = name.indexOf(':')
    return new PhpEnum(name.slice(0, colon), name.slice(colon + 1))
  }

  /** `<bytes>:"<name>"` of a class or an enum case, checked against `pattern`. */
  #readName(pattern: RegExp): string {
    const start = this.#pos
    const name = this.#readQuoted()
    if (!pattern.test(name))
      throw this.#fail('unexpected-token', start, 'invalid name')
    return name
  }

  /**
   * `<bytes>:"<text>"`: exactly `bytes` UTF-8 bytes. A `"` inside the text is not special, so the
   * length alone says where the text ends, and it must end on a character boundary right before `"`.
   */
  #readQuoted(isString = false): string {
    const sizeStart = this.#pos
    const size = this.#readSize()
    this.#expect(QUOTE)
    const input = this.#input
    const start = this.#pos
    if (size > (input.length - start) * 3)
      throw this.#fail('too-large', sizeStart, `${size} bytes exceed the input`)
    if (isString && size >= LONG_TEXT) {
      const text = this.#readMeasuredString(start, size)
      if (text !== undefined)
        return text
    }
    if (size >= LONG_TEXT) {
      const text = this.#readLongQuoted(start, size)
      if (text !== undefined)
        return text
    }
    // ASCII text, the common case, takes one byte per code unit: when a `"` ends it right there,
    // checking the units is all the counting needed.
    const asciiEnd = start + size
    let index = start
    if (input.charCodeAt(asciiEnd) === QUOTE) {
      while (index < asciiEnd && input.charCodeAt(index) < 0x80)
        index++
      if (index === asciiEnd) {
        this.#pos = index + 1
        return input.slice(start, index)
      }
    }
    let bytes = index - start
    // Past the input's end `charCodeAt` reads NaN, counted as 3 bytes, so the loop still stops and
    // the check after it reports the end; no bounds test per unit.
    while (bytes < size) {
      const unit = input.charCodeAt(index++)
      if (unit < 0x80) {
        bytes++
      }
      else if (unit < 0x800) {
        bytes += 2
      }
      else {
        bytes += 3
        // A surrogate pair is one 4-byte character (a lone surrogate counts 3, as TextEncoder writes U+FFFD).
        if ((unit & 0xFC00) === 0xD800 && (input.charCodeAt(index) & 0xFC00) === 0xDC00) {
          bytes++
          index++
        }
      }
    }
    if (index > input.length)
      throw this.#unexpectedEnd()
    if (bytes > size) {
      // The character the size ends in: the last unit, or the last two when they are a pair.
      const paired = index - start >= 2 && (input.charCodeAt(index - 1) & 0xFC00) === 0xDC00 && (input.charCodeAt(index - 2) & 0xFC00) === 0xD800
      const byteOffset = utf8ByteLength(input.slice(0, start)) + size
      throw this.#fail('length-mismatch', paired ? index - 2 : index - 1, `${size} bytes end inside a character`, byteOffset)
    }
    if (input.charCodeAt(index) !== QUOTE) {
      throw index < input.length
        ? this.#fail('length-mismatch', index, `expected '"' after ${size} bytes`)
        : this.#unexpectedEnd()
    }
    this.#pos = index + 1
    return input.slice(start, index)
  }

  /**
   * A long `s:` body measured natively: `TextEncoder.encodeInto` fills exactly `size` bytes from
   * the `size` code units after the quote (no character takes less than one byte) and says how many
   * units that took, counting a surrogate pair as 4 bytes and a lone surrogate as 3, as
   * `#readQuoted` does. Only a clean fit followed by `"` is returned; anything else (the input ends,
   * a character straddles the size, no closing quote) returns undefined and the unit-by-unit path
   * reports it.
   */
  #readLongQuoted(start: number, size: number): string | undefined {
    const input = this.#input
    // Shorter than `size` units where the input ends: the encoder then makes fewer bytes, and fails below.
    const window = input.slice(start, start + size)
    if (encodeBuffer.length < size)
      encodeBuffer = new Uint8Array(Math.max(size, encodeBuffer.length * 2))
    const { read, written } = UTF8.encodeInto(window, encodeBuffer.subarray(0, size))
    const end = start + read
    if (written !== size || input.charCodeAt(end) !== QUOTE)
      return undefined
    this.#pos = end + 1
    return read === size ? window : window.slice(0, read)
  }

  /** PHP's unsigned size (`[0-9]+`, leading zeros allowed) and the `:` after it. */
  #readSize(): number {
    const input = this.#input
    const start = this.#pos
    let index = start
    let size = 0
    let unit = input.charCodeAt(index)
    while (isDigit(unit)) {
      size = size * 10 + unit - DIGIT_0
      unit = input.charCodeAt(++index)
    }
    if (index === start)
      throw index < input.length ? this.#fail('invalid-number', start, 'invalid size') : this.#unexpectedEnd()
    if (size > this.#maxLength)
      throw this.#fail('too-large', start, `${size} exceeds maxLength`)
    this.#pos = index
    this.#expect(COLON)
    return size
  }

  /** `[+-]?[0-9]+;` within PHP's 64-bit range. */
  #readInt(): number | bigint {
    const input = this.#input
    const start = this.#pos
    let index = start
    let unit = input.charCodeAt(index)
    const negative = unit === MINUS
    if (negative || unit === PLUS)
      unit = input.charCodeAt(++index)
    const digitsStart = index
    let value = 0
    while (isDigit(unit)) {
      value = value * 10 + unit - DIGIT_0
      unit = input.charCodeAt(++index)
    }
    if (index === digitsStart || unit !== SEMICOLON) {
      throw index < input.length
        ? this.#fail('invalid-number', start, 'invalid int')
        : this.#unexpectedEnd()
    }
    this.#pos = index + 1
    if (index - digitsStart <= 15)
      return negative ? 0 - value : value
    // Past 15 digits a double may round. PHP 8.2 clamps an out-of-range int to PHP_INT_MAX/MIN with
    // only a warning; that would be silently wrong here, so it is an error.
    const exact = parseInt64(input.slice(negative ? start : digitsStart, index))
    if (exact === undefined)
      throw this.#fail('invalid-number', start, 'int beyond 64 bits')
    return exact
  }

  /**
   * A float in PHP's grammar and the `;` after it, read as `Number()` reads it (correctly rounded,
   * as PHP's `zend_strtod`). Decimal forms (`-12.5`, `1.0E+25`, `.5`, `5.`) are scanned by hand, the
   * hot path of float-heavy payloads: while the digits make an integer below 2⁵³ and the decimal
   * exponent is within ±22, mantissa and power of ten are exact doubles and one multiplication or
   * division rounds once, to the same double (Clinger's fast path). Longer forms (PHP writes
   * `serialize_precision` -1, up to 17 significant digits: `0.14285714285714285`) go to
   * `parseFloat` on the slice the scan has already validated, which on that grammar reads exactly
   * what `Number()` reads and skips `Number()`'s detour for hex, binary and whitespace. `NAN`,
   * `INF`, `-INF` and every error go through the grammar's regular expression.
   */
  #readFloat(): number {
    const input = this.#input
    const start = this.#pos
    let index = start
    let unit = input.charCodeAt(index)
    const negative = unit === MINUS
    if (negative || unit === PLUS)
      unit = input.charCodeAt(++index)
    const digitsStart = index
    // Exact while below 2⁵³ (the digit is added in one step, so no partial sum passes 2⁵³ first);
    // past it the double only grows (rounding is monotonic), so `mantissa < EXACT_INTEGER_LIMIT`
    // below never accepts a rounded mantissa.
    let mantissa = 0
    while (isDigit(unit)) {
      mantissa = mantissa * 10 + (unit - DIGIT_0)
      unit = input.charCodeAt(++index)
    }
    let digits = index - digitsStart
    let scale = 0
    if (unit === DOT) {
      const fractionStart = index + 1
      unit = input.charCodeAt(++index)
      while (isDigit(unit)) {
        mantissa = mantissa * 10 + (unit - DIGIT_0)
        unit = input.charCodeAt(++index)
      }
      scale = fractionStart - index
      digits -= scale
    }
    if (digits > 0 && (unit === LETTER_E || unit === LETTER_SMALL_E)) {
      // The exponent counts only with digits; otherwise the `e` is where the number ends (and fails).
      let exponentIndex = index + 1
      let next = input.charCodeAt(exponentIndex)
      const negativeExponent = next === MINUS
      if (negativeExponent || next === PLUS)
        next = input.charCodeAt(++exponentIndex)
      const exponentDigits = exponentIndex
      let exponent = 0
      while (isDigit(next)) {
        if (exponent < 100_000)
          exponent = exponent * 10 + next - DIGIT_0
        next = input.charCodeAt(++exponentIndex)
      }
      if (exponentIndex > exponentDigits) {
        index = exponentIndex
        unit = next
        scale += negativeExponent ? -exponent : exponent
      }
    }
    if (digits > 0 && unit === SEMICOLON) {
      this.#pos = index + 1
      if (mantissa < EXACT_INTEGER_LIMIT && scale >= -22 && scale <= 22) {
        const magnitude = scale >= 0 ? mantissa * POWERS_OF_TEN[scale]! : mantissa / POWERS_OF_TEN[-scale]!
        return negative ? -magnitude : magnitude
      }
      // `1.0E+25`: the powers past 10²² move into the mantissa while it stays an exact integer below
      // 2⁵³ (10 × 10² here), so one multiplication by 10²² still rounds once.
      if (scale > 22 && scale <= 44) {
        const shifted = mantissa * POWERS_OF_TEN[scale - 22]!
        if (shifted < EXACT_INTEGER_LIMIT)
          return (negative ? -shifted : shifted) * POWERS_OF_TEN[22]!
      }
      return Number.parseFloat(input.slice(start, index))
    }
    return this.#readSpecialFloat(start, negative)
  }

  /** `NAN;`, `INF;`, `-INF;` (`negative`: the float starts with `-`), or the error for what is no float. */
  #readSpecialFloat(start: number, negative: boolean): number {
    const input = this.#input
    if (input.startsWith(negative ? '-INF;' : 'INF;', start)) {
      this.#pos = start + (negative ? 5 : 4)
      return negative ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY
    }
    if (input.startsWith('NAN;', start)) {
      this.#pos = start + 4
      return Number.NaN
    }
    FLOAT.lastIndex = start
    if (!FLOAT.test(input)) {
      FLOAT_CHARS.lastIndex = start
      FLOAT_CHARS.test(input)
      throw FLOAT_CHARS.lastIndex < input.length
        ? this.#fail('invalid-number', start, 'invalid float')
        : this.#unexpectedEnd()
    }
    this.#pos = FLOAT.lastIndex
    const text = input.slice(start, this.#pos - 1)
    if (text === 'INF')
      return Number.POSITIVE_INFINITY
    if (text === '-INF')
      return Number.NEGATIVE_INFINITY
    return Number(text) // 'NAN' included: it is not a JS number literal, so it reads as NaN.
  }

  #expect(unit: number): void {
    if (this.#input.charCodeAt(this.#pos) !== unit)
      throw this.#unexpected(`'${String.fromCharCode(unit)}'`)
    this.#pos++
  }

  #unexpected(expected: string): PhpSerializeError {
    return this.#pos < this.#input.length
      ? this.#fail('unexpected-token', this.#pos, `expected ${expected}`)
      : this.#unexpectedEnd()
  }

  #unexpectedEnd(): PhpSerializeError {
    return this.#fail('unexpected-end', this.#input.length, 'unexpected end of input')
  }

  #fail(code: PhpSerializeErrorCode, charOffset: number, reason: string, byteOffset = utf8ByteLength(this.#input.slice(0, charOffset))): PhpSerializeError {
    return new PhpSerializeError(code, byteOffset, charOffset, utf8ByteLength(this.#input), reason)
  }
}

/**
 * Decodes the output of PHP's `serialize()` into the value model of `types.ts`. Anything PHP 8
 * rejects throws a {@link PhpSerializeError}; so do a few things PHP 8.2 accepts but would decode
 * wrongly or partly here: ints beyond 64 bits (PHP clamps them), bytes after the value (unless
 * `allowTrailing`), and `r:`/`R:`/`C:`/`S:` tokens. Lenient forms PHP reads the same way are read
 * as PHP reads them (`i:+5;`, `d:.5;`, `s:05:"hello";`, a repeated key keeping its first place).
 *
 * @example
 * unserialize('a:1:{i:0;s:3:"102";}') // ['102']
 * unserialize('a:2:{s:6:"PERIOD";s:6:"weekly";i:7;b:1;}') // Map { 'PERIOD' => 'weekly', 7 => true }
 * unserialize('s:12:"Привет";') // 'Привет' (12 UTF-8 bytes)
 * unserialize('s:6:"Привет";') // throws PhpSerializeError { code: 'length-mismatch', byteOffset: 11 }
 */
export function unserialize(input: string, options: UnserializeOptions = {}): PhpValue {
  return new Parser(input, options).parse(options.allowTrailing ?? false)
}

/**
 * Like {@link unserialize}, but returns the error instead of throwing it, for UI code that shows it.
 * Anything other than a {@link PhpSerializeError} (a bug) is still thrown.
 *
 * @example
 * const result = tryUnserialize(raw)
 * if (!result.ok)
 *   showCaret(result.error.charOffset, result.error.code)
 */
export function tryUnserialize(input: string, options?: UnserializeOptions): UnserializeResult {
  try {
    return { ok: true, value: unserialize(input, options) }
  }
  catch (error) {
    if (error instanceof PhpSerializeError)
      return { ok: false, error }
    throw error
  }
}
