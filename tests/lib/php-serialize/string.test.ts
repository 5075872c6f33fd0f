/**
 * `s:N:` counts UTF-8 bytes, not UTF-16 units: the declared length alone decides where the text
 * ends, it must end on a character boundary, and it must be followed by `";`.
 */
import { describe, expect, it } from 'vitest'
import { serialize, unserialize } from '@/lib/php-serialize'

describe('strings', () => {
  it.each([
    { name: 'empty', text: '', php: 's:0:"";' },
    { name: 'ASCII', text: 'weekly', php: 's:6:"weekly";' },
    { name: 'Cyrillic (2 bytes each)', text: 'Привет', php: 's:12:"Привет";' },
    { name: 'CJK (3 bytes each)', text: '你好世界', php: 's:12:"你好世界";' },
    { name: 'emoji (4 bytes, a surrogate pair)', text: '😀', php: 's:4:"😀";' },
    { name: 'emoji sequence', text: '👨‍👩‍👧', php: 's:18:"👨‍👩‍👧";' },
    { name: 'mixed widths', text: 'aé€😀', php: 's:10:"aé€😀";' },
    { name: 'syntax characters', text: '";{}', php: 's:4:"";{}";' },
    { name: 'serialized data', text: 's:1:"a";', php: 's:8:"s:1:"a";";' },
    { name: 'NUL bytes', text: '\0a\0\0b', php: 's:5:"\0a\0\0b";' },
    { name: 'line breaks', text: 'a\r\nb', php: 's:4:"a\r\nb";' },
  ])('reads and writes $name', ({ text, php }) => {
    expect(unserialize(php)).toBe(text)
    expect(serialize(text)).toBe(php)
  })

  it('reads a long Cyrillic text', () => {
    const text = 'Съешь же ещё этих мягких французских булок. '.repeat(500)
    expect(unserialize(serialize(text))).toBe(text)
  })

  it('counts a lone surrogate as the 3 bytes TextEncoder writes for it', () => {
    expect(serialize('\uD800')).toBe('s:3:"\uD800";')
    expect(unserialize('s:3:"\uD800";')).toBe('\uD800')
    expect(new TextEncoder().encode('\uD800')).toHaveLength(3)
  })

  it.each([
    { name: 'UTF-16 length of Cyrillic', input: 's:6:"Привет";', code: 'length-mismatch', byteOffset: 11, charOffset: 8 },
    { name: 'length too short', input: 's:1:"ab";', code: 'length-mismatch', byteOffset: 6, charOffset: 6 },
    { name: 'length too long', input: 'a:1:{i:0;s:3:"ab";}', code: 'length-mismatch', byteOffset: 17, charOffset: 17 },
    { name: 'length ends inside é', input: 's:1:"é";', code: 'length-mismatch', byteOffset: 6, charOffset: 5 },
    { name: 'length ends inside an emoji', input: 's:3:"😀";', code: 'length-mismatch', byteOffset: 8, charOffset: 5 },
    { name: 'missing semicolon', input: 's:1:"a"x', code: 'unexpected-token', byteOffset: 7, charOffset: 7 },
    { name: 'missing quote', input: 's:1:a";', code: 'unexpected-token', byteOffset: 4, charOffset: 4 },
    { name: 'truncated text', input: 'a:1:{i:0;s:3:"10', code: 'unexpected-end', byteOffset: 16, charOffset: 16 },
    { name: 'input ends at the closing quote', input: 's:2:"ab"', code: 'unexpected-end', byteOffset: 8, charOffset: 8 },
    { name: 'negative length', input: 's:-1:"";', code: 'invalid-number', byteOffset: 2, charOffset: 2 },
    { name: 'signed length', input: 's:+1:"a";', code: 'invalid-number', byteOffset: 2, charOffset: 2 },
    { name: 'length that cannot fit', input: 's:999999999:"a";', code: 'too-large', byteOffset: 2, charOffset: 2 },
  ])('rejects $name', ({ input, code, byteOffset, charOffset }) => {
    expect(() => unserialize(input)).toThrow(expect.objectContaining({ code, byteOffset, charOffset }))
  })

  it('reads a leading-zero length, as PHP does', () => {
    expect(unserialize('s:05:"hello";')).toBe('hello')
  })
})
