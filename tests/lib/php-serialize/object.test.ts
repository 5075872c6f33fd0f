/**
 * `O:` becomes a PhpObject of any class name PHP accepts, with property keys exactly as written:
 * mangled non-public names stay visible, and nothing is lost on the way back to `serialize`.
 */
import { describe, expect, it } from 'vitest'
import { PhpObject, serialize, unserialize } from '@/lib/php-serialize'

describe('objects', () => {
  it('reads a stdClass', () => {
    const value = unserialize('O:8:"stdClass":2:{s:1:"a";i:1;s:6:"Имя";s:1:"x";}')
    expect(value).toBeInstanceOf(PhpObject)
    expect(value).toMatchObject({ className: 'stdClass' })
    expect([...(value as PhpObject).properties]).toEqual([['a', 1], ['Имя', 'x']])
  })

  it('reads an empty object of a class PHP does not know (it would make a __PHP_Incomplete_Class)', () => {
    expect(unserialize('O:7:"Unknown":0:{}')).toEqual(new PhpObject('Unknown'))
  })

  // PHP's own serialize() of `class Point { public $x; protected $y; private $z; }` (php-cli 8.2).
  it('keeps protected (\\0*\\0) and private (\\0Class\\0) name prefixes visible', () => {
    const php = 'O:5:"Point":3:{s:1:"x";i:1;s:4:"\0*\0y";i:2;s:8:"\0Point\0z";i:3;}'
    const value = unserialize(php) as PhpObject
    expect([...value.properties.keys()]).toEqual(['x', '\0*\0y', '\0Point\0z'])
    expect(serialize(value)).toBe(php)
  })

  it('keeps int keys as numbers, as __serialize() returning a list writes them', () => {
    const php = 'O:11:"Coordinates":2:{i:0;d:1.5;i:1;d:2.5;}'
    const value = unserialize(php) as PhpObject
    expect([...value.properties.keys()]).toEqual([0, 1])
    expect(serialize(value)).toBe(php)
  })

  it('does not turn numeric property names into ints: objects are not arrays', () => {
    const value = unserialize('O:8:"stdClass":1:{s:1:"5";s:4:"five";}') as PhpObject
    expect([...value.properties.keys()]).toEqual(['5'])
  })

  it.each([
    { name: 'a namespaced class', className: 'App\\Model\\Task' },
    { name: 'a leading digit', className: '9ab' },
    { name: 'a Cyrillic class', className: 'Задача' },
  ])('accepts $name, as PHP does', ({ className }) => {
    const php = serialize(new PhpObject(className))
    expect(unserialize(php)).toEqual(new PhpObject(className))
  })

  it('nests objects in arrays and arrays in objects', () => {
    const value = new Map([['task', new PhpObject('stdClass', new Map([['tags', ['a', 'b']]]))]])
    expect(unserialize(serialize(value))).toEqual(value)
  })

  it.each([
    { name: 'an empty class name', input: 'O:0:"":0:{}', code: 'unexpected-token', byteOffset: 2 },
    { name: 'a dash in the class name', input: 'O:3:"a-b":0:{}', code: 'unexpected-token', byteOffset: 2 },
    { name: 'a leading backslash', input: 'O:5:"\\Task":0:{}', code: 'unexpected-token', byteOffset: 2 },
    { name: 'a null key', input: 'O:8:"stdClass":1:{N;i:1;}', code: 'unexpected-token', byteOffset: 18 },
    { name: 'a missing count', input: 'O:8:"stdClass":{}', code: 'invalid-number', byteOffset: 15 },
    { name: 'a missing colon after the name', input: 'O:8:"stdClass"1:{}', code: 'unexpected-token', byteOffset: 14 },
    { name: 'a count too high', input: 'O:8:"stdClass":1:{}', code: 'count-mismatch', byteOffset: 18 },
    { name: 'no closing brace', input: 'O:8:"stdClass":0:{', code: 'unexpected-end', byteOffset: 18 },
  ])('rejects $name', ({ input, code, byteOffset }) => {
    expect(() => unserialize(input)).toThrow(expect.objectContaining({ code, byteOffset }))
  })
})
