/**
 * `E:` (PHP 8.1 enum cases) becomes a PhpEnum with its class and case names, and only a
 * `<Class>:<Case>` name is accepted, as PHP requires.
 */
import { describe, expect, it } from 'vitest'
import { PhpEnum, serialize, unserialize } from '@/lib/php-serialize'

describe('enums', () => {
  it.each([
    { name: 'a case', php: 'E:11:"Suit:Hearts";', expected: new PhpEnum('Suit', 'Hearts') },
    { name: 'a namespaced case', php: 'E:20:"Fixtures\\Suit:Hearts";', expected: new PhpEnum('Fixtures\\Suit', 'Hearts') },
    { name: 'a non-ASCII case', php: 'E:23:"Статус:Новый";', expected: new PhpEnum('Статус', 'Новый') },
  ])('reads and writes $name', ({ php, expected }) => {
    expect(unserialize(php)).toEqual(expected)
    expect(serialize(expected)).toBe(php)
  })

  it('reads enum cases inside arrays', () => {
    expect(unserialize('a:1:{s:4:"suit";E:11:"Suit:Spades";}')).toEqual(new Map([['suit', new PhpEnum('Suit', 'Spades')]]))
  })

  it.each([
    { name: 'a missing colon', input: 'E:4:"Suit";' },
    { name: 'an empty case', input: 'E:5:"Suit:";' },
    { name: 'an empty class', input: 'E:7:":Hearts";' },
    { name: 'a second colon', input: 'E:12:"Suit:Hearts:";' },
  ])('rejects $name', ({ input }) => {
    expect(() => unserialize(input)).toThrow(expect.objectContaining({ code: 'unexpected-token', byteOffset: 2 }))
  })
})
