/**
 * `a:` becomes a JS array only when the keys are exactly 0..n−1 in order; otherwise a Map in PHP's
 * order with PHP's key types, string keys that spell a canonical int becoming that int, as in PHP.
 */
import type { PhpKey, PhpMap, PhpValue } from '@/lib/php-serialize'
import { describe, expect, it } from 'vitest'
import { serialize, unserialize } from '@/lib/php-serialize'

/** Entries in order, with key types: what `toEqual` on a Map does not check. */
function entriesOf(value: PhpValue): Array<[PhpKey | bigint, PhpValue]> {
  if (Array.isArray(value))
    return [...value.entries()]
  expect(value).toBeInstanceOf(Map)
  return [...(value as PhpMap)]
}

describe('arrays', () => {
  it.each([
    { name: 'empty', input: 'a:0:{}', expected: [] },
    { name: 'a list', input: 'a:3:{i:0;i:1;i:1;i:2;i:2;i:3;}', expected: [1, 2, 3] },
    { name: 'RESPONSIBLES', input: 'a:1:{i:0;s:3:"102";}', expected: ['102'] },
    { name: 'nested lists', input: 'a:2:{i:0;a:0:{}i:1;a:1:{i:0;N;}}', expected: [[], [null]] },
  ])('reads $name as a JS array', ({ input, expected }) => {
    expect(unserialize(input)).toEqual(expected)
    expect(serialize(expected)).toBe(input)
  })

  it.each([
    { name: 'keys out of order', input: 'a:2:{i:5;s:1:"b";i:0;s:1:"a";}', entries: [[5, 'b'], [0, 'a']] },
    { name: 'a string key first', input: 'a:2:{s:1:"x";i:1;i:0;i:2;}', entries: [['x', 1], [0, 2]] },
    { name: 'a gap', input: 'a:2:{i:0;s:1:"a";i:2;s:1:"b";}', entries: [[0, 'a'], [2, 'b']] },
    { name: 'keys from 1', input: 'a:2:{i:1;s:1:"a";i:2;s:1:"b";}', entries: [[1, 'a'], [2, 'b']] },
    { name: 'negative keys', input: 'a:2:{i:-5;s:1:"a";i:-1;s:1:"b";}', entries: [[-5, 'a'], [-1, 'b']] },
    { name: 'a list that turns into a map', input: 'a:3:{i:0;s:1:"a";i:1;s:1:"b";s:1:"k";s:1:"c";}', entries: [[0, 'a'], [1, 'b'], ['k', 'c']] },
    { name: 'int limits as keys', input: 'a:2:{i:9223372036854775807;N;i:-9223372036854775808;N;}', entries: [[9223372036854775807n, null], [-9223372036854775808n, null]] },
  ])('reads $name as a Map in PHP order', ({ input, entries }) => {
    const value = unserialize(input)
    expect(value).toBeInstanceOf(Map)
    expect(entriesOf(value)).toEqual(entries)
    expect(serialize(value)).toBe(input)
  })

  // PHP's ZEND_HANDLE_NUMERIC_STR: `-?[1-9][0-9]*` or `0`, within 64 bits (checked with php-cli 8.2).
  it.each([
    { key: '5', expected: 5 },
    { key: '-7', expected: -7 },
    { key: '0', expected: 0 },
    { key: '9007199254740992', expected: 9007199254740992n },
    { key: '9223372036854775807', expected: 9223372036854775807n },
    { key: '-9223372036854775808', expected: -9223372036854775808n },
    { key: '05', expected: '05' },
    { key: '-0', expected: '-0' },
    { key: ' 5', expected: ' 5' },
    { key: '5 ', expected: '5 ' },
    { key: '+5', expected: '+5' },
    { key: '1.5', expected: '1.5' },
    { key: '1e3', expected: '1e3' },
    { key: '0x1A', expected: '0x1A' },
    { key: '', expected: '' },
    { key: '-', expected: '-' },
    { key: '9223372036854775808', expected: '9223372036854775808' },
    { key: '-9223372036854775809', expected: '-9223372036854775809' },
  ])('normalizes the string key "$key" as PHP does', ({ key, expected }) => {
    const input = `a:1:{${serialize(key)}b:1;}`
    expect(entriesOf(unserialize(input))).toEqual([[expected, true]])
  })

  it('writes a normalized key as PHP would store it', () => {
    expect(serialize(new Map([['5', 'a'], ['05', 'b']]))).toBe('a:2:{i:5;s:1:"a";s:2:"05";s:1:"b";}')
  })

  it('reads a "5" key as the list index it spells', () => {
    expect(unserialize('a:2:{s:1:"0";s:1:"a";s:1:"1";s:1:"b";}')).toEqual(['a', 'b'])
  })

  it.each([
    { name: 'int key', input: 'a:2:{i:0;i:1;i:0;i:2;}', expected: [2] },
    { name: 'string key', input: 'a:2:{s:1:"a";i:1;s:1:"a";i:2;}', expected: new Map([['a', 2]]) },
    { name: 'int and numeric string key', input: 'a:2:{i:5;i:1;s:1:"5";i:2;}', expected: new Map([[5, 2]]) },
  ])('keeps a repeated $name in its first place with the last value, as PHP does', ({ input, expected }) => {
    expect(unserialize(input)).toEqual(expected)
  })

  it.each([
    { name: 'count too high', input: 'a:2:{i:0;i:1;}', code: 'count-mismatch', byteOffset: 13 },
    { name: 'count too low', input: 'a:1:{i:0;i:1;i:1;i:2;}', code: 'count-mismatch', byteOffset: 13 },
    { name: 'huge count', input: 'a:999999999:{}', code: 'count-mismatch', byteOffset: 13 },
    { name: 'negative count', input: 'a:-1:{}', code: 'invalid-number', byteOffset: 2 },
    { name: 'a bracket', input: 'a:1:[i:0;i:1;}', code: 'unexpected-token', byteOffset: 4 },
    { name: 'a closing bracket', input: 'a:1:{i:0;i:1;]', code: 'count-mismatch', byteOffset: 13 },
    { name: 'a float key', input: 'a:1:{d:1;i:1;}', code: 'unexpected-token', byteOffset: 5 },
    { name: 'a null key', input: 'a:1:{N;i:1;}', code: 'unexpected-token', byteOffset: 5 },
    { name: 'an array key', input: 'a:1:{a:0:{}i:1;}', code: 'unexpected-token', byteOffset: 5 },
    { name: 'an enum key', input: 'a:1:{E:11:"Suit:Hearts";i:1;}', code: 'unexpected-token', byteOffset: 5 },
    { name: 'an int key beyond 64 bits', input: 'a:1:{i:9223372036854775808;i:1;}', code: 'invalid-number', byteOffset: 7 },
    { name: 'a missing value', input: 'a:1:{i:0;}', code: 'unexpected-token', byteOffset: 9 },
    { name: 'no closing brace', input: 'a:1:{i:0;i:1;', code: 'unexpected-end', byteOffset: 13 },
  ])('rejects $name', ({ input, code, byteOffset }) => {
    expect(() => unserialize(input)).toThrow(expect.objectContaining({ code, byteOffset }))
  })

  it('keeps a Map with 0..n−1 keys in order a Map when serializing: the output is the same', () => {
    expect(serialize(new Map([[0, 'a'], [1, 'b']]))).toBe(serialize(['a', 'b']))
  })
})
