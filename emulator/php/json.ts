/**
 * JSON the way the portal's PHP reads and writes it.
 * - Decoding keeps object key order (`json_decode($s, true)` gives ordered arrays), which
 *   `JSON.parse` cannot: it moves integer-like keys first, and positional methods read the order.
 * - Encoding follows `Bitrix\Main\Web\Json::encode`: `JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS |
 *   JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE`, slashes escaped (main/lib/web/json.php).
 */
import type { PhpArray, PhpInput } from './array'

export class JsonSyntaxError extends Error {}

class Reader {
  private position = 0

  constructor(private readonly text: string) {}

  parseDocument(): PhpInput {
    const value = this.value()
    this.whitespace()
    if (this.position !== this.text.length)
      this.fail('unexpected trailing text')
    return value
  }

  private fail(reason: string): never {
    throw new JsonSyntaxError(`${reason} at ${this.position}`)
  }

  private whitespace(): void {
    while (/[ \t\n\r]/.test(this.text[this.position] ?? ''))
      this.position++
  }

  private value(): PhpInput {
    this.whitespace()
    const char = this.text[this.position]
    if (char === '{')
      return this.object()
    if (char === '[')
      return this.list()
    if (char === '"')
      return this.string()
    for (const [literal, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(literal, this.position)) {
        this.position += literal.length
        return value
      }
    }
    return this.number()
  }

  private object(): PhpArray {
    const result: PhpArray = new Map()
    this.position++
    this.whitespace()
    if (this.text[this.position] === '}') {
      this.position++
      return result
    }
    for (;;) {
      this.whitespace()
      if (this.text[this.position] !== '"')
        this.fail('expected a key')
      const key = this.string()
      this.whitespace()
      if (this.text[this.position] !== ':')
        this.fail('expected ":"')
      this.position++
      result.set(key, this.value())
      this.whitespace()
      const separator = this.text[this.position++]
      if (separator === '}')
        return result
      if (separator !== ',')
        this.fail('expected "," or "}"')
    }
  }

  private list(): PhpArray {
    const result: PhpArray = new Map()
    this.position++
    this.whitespace()
    if (this.text[this.position] === ']') {
      this.position++
      return result
    }
    for (;;) {
      result.set(String(result.size), this.value())
      this.whitespace()
      const separator = this.text[this.position++]
      if (separator === ']')
        return result
      if (separator !== ',')
        this.fail('expected "," or "]"')
    }
  }

  private string(): string {
    const match = /^"(?:[^"\\]|\\(?:["\\/bfnrt]|u[0-9a-f]{4}))*"/i.exec(this.text.slice(this.position))
    // JSON (and PHP's json_decode) reject raw control characters U+0000..U+001F inside strings.
    if (!match || [...match[0]].some(char => char.charCodeAt(0) < 0x20))
      this.fail('bad string')
    this.position += match[0].length
    return JSON.parse(match[0]) as string
  }

  private number(): number {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:e[+-]?\d+)?/i.exec(this.text.slice(this.position))
    if (!match)
      this.fail('unexpected character')
    this.position += match[0].length
    return Number(match[0])
  }
}

/**
 * `json_decode($text, true)` with key order kept; throws `JsonSyntaxError` on malformed input.
 *
 * @example
 * decodeJson('{"TASKID":1,"0":2}') // Map { 'TASKID' => 1, '0' => 2 }
 */
export function decodeJson(text: string): PhpInput {
  return new Reader(text).parseDocument()
}

const HEX_ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003C',
  '>': '\\u003E',
  '&': '\\u0026',
  '\'': '\\u0027',
  '/': '\\/',
}

/**
 * Encodes like the portal's `Json::encode`: the same JSON as `JSON.stringify`, with `< > & ' "`
 * inside strings written as `\u003C`-style escapes and `/` as `\/`.
 *
 * @example
 * encodePhpJson({ a: '<b>"x"</b>' }) // '{"a":"\u003Cb\u003E\u0022x\u0022\u003C\/b\u003E"}'
 */
export function encodePhpJson(value: unknown): string {
  return JSON.stringify(value).replace(/"(?:[^"\\]|\\.)*"/g, token =>
    token.replace(/\\"|[<>&'/]/g, char => (char === '\\"' ? '\\u0022' : HEX_ESCAPES[char] ?? char)))
}
