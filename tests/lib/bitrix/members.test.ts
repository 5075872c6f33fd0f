/**
 * Member columns decode to user ids in array_values() order, whether ids are written as ints or
 * strings; malformed or wrong-shaped data is an error, never an empty list that hides it.
 */
import { describe, expect, it } from 'vitest'
import { decodeMemberIds, tryDecodeMemberIds } from '@/lib/bitrix/members'
import { PhpSerializeError } from '@/lib/php-serialize'

describe('decodeMemberIds', () => {
  it.each([
    { name: 'null', raw: null, expected: [] },
    { name: 'undefined', raw: undefined, expected: [] },
    { name: 'an empty string', raw: '', expected: [] },
    { name: 'an empty array', raw: 'a:0:{}', expected: [] },
    { name: 'the docs example (string id)', raw: 'a:1:{i:0;s:3:"102";}', expected: [102] },
    { name: 'int ids', raw: 'a:2:{i:0;i:102;i:1;i:215;}', expected: [102, 215] },
    { name: 'mixed id types', raw: 'a:2:{i:0;i:7;i:1;s:2:"15";}', expected: [7, 15] },
    { name: 'a template for new users', raw: 'a:1:{i:0;i:0;}', expected: [0] },
    { name: 'non-sequential keys, in stored order', raw: 'a:3:{i:3;i:7;i:1;s:2:"15";i:9;i:4;}', expected: [7, 15, 4] },
    { name: 'string keys', raw: 'a:2:{s:1:"a";i:1;s:1:"b";i:2;}', expected: [1, 2] },
    { name: 'repeated ids', raw: 'a:2:{i:0;i:5;i:1;i:5;}', expected: [5, 5] },
  ])('reads $name', ({ raw, expected }) => {
    expect(decodeMemberIds(raw)).toEqual(expected)
    expect(tryDecodeMemberIds(raw)).toEqual({ ok: true, value: expected })
  })

  it.each([
    { name: 'a negative id', raw: 'a:1:{i:0;i:-1;}', key: 0, value: -1 },
    { name: 'a name instead of an id', raw: 'a:2:{i:0;i:1;i:1;s:8:"Анна";}', key: 1, value: 'Анна' },
    { name: 'a signed string id', raw: 'a:1:{i:4;s:3:"+12";}', key: 4, value: '+12' },
    { name: 'a fractional id', raw: 'a:1:{i:0;d:1.5;}', key: 0, value: 1.5 },
    { name: 'a nested array', raw: 'a:1:{i:0;a:0:{}}', key: 0, value: [] },
    { name: 'null', raw: 'a:1:{i:0;N;}', key: 0, value: null },
  ])('rejects $name with invalid-id', ({ raw, key, value }) => {
    expect(() => decodeMemberIds(raw)).toThrow(expect.objectContaining({ name: 'FieldDecodeError', code: 'invalid-id', key, value }))
  })

  it.each([
    { name: 'a string', raw: 's:3:"102";', value: '102' },
    { name: 'null', raw: 'N;', value: null },
    { name: 'false', raw: 'b:0;', value: false },
  ])('rejects $name with not-an-array', ({ raw, value }) => {
    expect(tryDecodeMemberIds(raw)).toMatchObject({ ok: false, error: { code: 'not-an-array', key: null, value } })
  })

  it('rejects malformed PHP with the parser error and its position', () => {
    const result = tryDecodeMemberIds('a:1:{i:0;s:3:"10";}')
    expect(result).toMatchObject({ ok: false, error: { code: 'length-mismatch', byteOffset: 17 } })
    expect((result as { error: unknown }).error).toBeInstanceOf(PhpSerializeError)
  })
})
