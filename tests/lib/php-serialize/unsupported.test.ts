/**
 * References (`r:`, `R:`), custom serialization (`C:`) and escaped strings (`S:`) are valid PHP that
 * this library refuses with `unsupported-token` at the token, rather than decode them half right.
 */
import { describe, expect, it } from 'vitest'
import { tryUnserialize } from '@/lib/php-serialize'

describe('unsupported tokens', () => {
  // Inputs are PHP 8.2's own serialize() output for the named code.
  it.each([
    { name: 'an object stored twice, [$o, $o]', input: 'a:2:{i:0;O:8:"stdClass":0:{}i:1;r:2;}', byteOffset: 32 },
    { name: 'an enum case stored twice', input: 'a:2:{i:0;E:11:"Suit:Hearts";i:1;r:2;}', byteOffset: 32 },
    { name: 'a PHP reference, [&$a, &$a]', input: 'a:2:{i:0;a:1:{i:0;i:1;}i:1;R:2;}', byteOffset: 27 },
    { name: 'a Serializable class', input: 'C:13:"LegacyPayload":7:{payload}', byteOffset: 0 },
    { name: 'an escaped string', input: 'S:3:"\\61bc";', byteOffset: 0 },
  ])('rejects $name', ({ input, byteOffset }) => {
    const result = tryUnserialize(input)
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported-token', byteOffset } })
  })
})
