/**
 * Every malformed input fails with a PhpSerializeError whose code names the rule that broke and whose
 * offsets point at the first wrong byte: `byteOffset` in UTF-8 bytes (as PHP counts), `charOffset` in UTF-16 units.
 */
import { describe, expect, it } from 'vitest'
import { PhpSerializeError, tryUnserialize, unserialize } from '@/lib/php-serialize'

describe('errors', () => {
  it.each([
    { input: 'x:1;', code: 'unexpected-token', byteOffset: 0, charOffset: 0 },
    { input: 'i:1;x', code: 'trailing-data', byteOffset: 4, charOffset: 4 },
    { input: 'a:1:{i:0;s:12:"Привет";}й', code: 'trailing-data', byteOffset: 30, charOffset: 24 },
    { input: 's:6:"Привет";', code: 'length-mismatch', byteOffset: 11, charOffset: 8 },
    { input: 'a:1:{i:0;s:6:"Привет";}', code: 'length-mismatch', byteOffset: 20, charOffset: 17 },
    { input: 'a:1:{s:4:"ключ";i:1;}', code: 'length-mismatch', byteOffset: 14, charOffset: 12 },
    { input: 'a:2:{i:0;i:1;}', code: 'count-mismatch', byteOffset: 13, charOffset: 13 },
    { input: 'a:1:{i:0;i:1;i:1;i:2;}', code: 'count-mismatch', byteOffset: 13, charOffset: 13 },
    { input: '', code: 'unexpected-end', byteOffset: 0, charOffset: 0 },
    { input: 'a:1:{i:0;s:3:"10', code: 'unexpected-end', byteOffset: 16, charOffset: 16 },
    { input: 'a:1:{s:12:"Задача";', code: 'unexpected-end', byteOffset: 25, charOffset: 19 },
    { input: 's:999999999:"a";', code: 'too-large', byteOffset: 2, charOffset: 2 },
    { input: 'a:1:{i:0;r:1;}', code: 'unsupported-token', byteOffset: 9, charOffset: 9 },
    { input: 'i:9223372036854775808;', code: 'invalid-number', byteOffset: 2, charOffset: 2 },
    { input: 'a:1:{s:8:"цена";d:1,5;}', code: 'invalid-number', byteOffset: 22, charOffset: 18 },
  ])('$input fails with $code at byte $byteOffset', ({ input, code, byteOffset, charOffset }) => {
    const result = tryUnserialize(input)
    expect(result).toMatchObject({ ok: false, error: { code, byteOffset, charOffset } })
  })

  it('words the message like PHP\'s notice: byte offset, input length in bytes, what was expected', () => {
    expect(() => unserialize('a:1:{i:0;s:3:"ab";}')).toThrow('Error at byte 17 of 19: expected \'"\' after 3 bytes')
    expect(() => unserialize('b:2;')).toThrow('Error at byte 2 of 4: expected \'0\' or \'1\'')
  })

  it('is a PhpSerializeError and an Error, named for stack traces', () => {
    const result = tryUnserialize('N')
    expect(result.ok).toBe(false)
    const error = (result as { error: PhpSerializeError }).error
    expect(error).toBeInstanceOf(PhpSerializeError)
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('PhpSerializeError')
  })

  it('puts the caret on the character that holds the failing byte', () => {
    const input = 's:1:"é";'
    const error = (tryUnserialize(input) as { error: PhpSerializeError }).error
    expect(error).toMatchObject({ code: 'length-mismatch', byteOffset: 6, charOffset: 5 })
    expect(input[error.charOffset]).toBe('é')
  })

  it('tryUnserialize returns the value when the input is valid', () => {
    expect(tryUnserialize('a:1:{i:0;s:3:"102";}')).toEqual({ ok: true, value: ['102'] })
  })
})
