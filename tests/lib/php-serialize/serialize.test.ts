/**
 * `serialize` writes what PHP's serialize() writes for the same value, and refuses (TypeError) any
 * JS value PHP has no form for instead of writing something PHP would read differently.
 */
import type { PhpValue } from '@/lib/php-serialize'
import { describe, expect, it } from 'vitest'
import { PhpEnum, PhpFloat, PhpObject, serialize } from '@/lib/php-serialize'

describe('serialize', () => {
  // Expected strings are php-cli 8.2's serialize() of the PHP value in the name.
  it.each([
    { name: '[]', value: [], php: 'a:0:{}' },
    { name: '[null, true, 1, 1.5, "a"]', value: [null, true, 1, new PhpFloat(1.5), 'a'], php: 'a:5:{i:0;N;i:1;b:1;i:2;i:1;i:3;d:1.5;i:4;s:1:"a";}' },
    { name: '[5 => "b", 0 => "a"]', value: new Map([[5, 'b'], [0, 'a']]), php: 'a:2:{i:5;s:1:"b";i:0;s:1:"a";}' },
    { name: '["x" => 1, 0 => 2]', value: new Map<string | number, PhpValue>([['x', 1], [0, 2]]), php: 'a:2:{s:1:"x";i:1;i:0;i:2;}' },
    { name: '[PHP_INT_MAX => "max"]', value: new Map([[2n ** 63n - 1n, 'max']]), php: 'a:1:{i:9223372036854775807;s:3:"max";}' },
    { name: '["Задача" => "Отчёт"]', value: new Map([['Задача', 'Отчёт']]), php: 'a:1:{s:12:"Задача";s:10:"Отчёт";}' },
    { name: '(object) ["a" => 1]', value: new PhpObject('stdClass', new Map([['a', 1]])), php: 'O:8:"stdClass":1:{s:1:"a";i:1;}' },
    { name: 'new Я()', value: new PhpObject('Я'), php: 'O:2:"Я":0:{}' },
    { name: 'Suit::Hearts', value: new PhpEnum('Suit', 'Hearts'), php: 'E:11:"Suit:Hearts";' },
    { name: 'PHP_INT_MIN', value: -(2n ** 63n), php: 'i:-9223372036854775808;' },
  ])('writes $name', ({ value, php }) => {
    expect(serialize(value)).toBe(php)
  })

  it.each([
    { name: 'undefined', value: undefined },
    { name: 'a function', value: () => 1 },
    { name: 'a symbol', value: Symbol('x') },
    { name: 'a Date', value: new Date(0) },
    { name: 'a plain object', value: { a: 1 } },
    { name: 'a Set', value: new Set([1]) },
    { name: 'an array holding undefined', value: [1, undefined, 3] },
    { name: 'a fractional Map key', value: new Map([[1.5, 'a']]) },
    { name: 'an unsafe number Map key', value: new Map([[2 ** 60, 'a']]) },
    { name: 'a bigint beyond 64 bits', value: 2n ** 64n },
    { name: 'undefined inside a Map', value: new Map([['a', undefined]]) },
  ])('refuses $name with a TypeError', ({ value }) => {
    expect(() => serialize(value as PhpValue)).toThrow(TypeError)
  })

  it('refuses a cyclic value instead of overflowing the stack', () => {
    const list: PhpValue[] = []
    list.push(list)
    expect(() => serialize(list)).toThrow(/cyclic/)
  })

  it('writes a value shared by two branches twice, as PHP does for arrays', () => {
    const shared = ['x']
    expect(serialize([shared, shared])).toBe('a:2:{i:0;a:1:{i:0;s:1:"x";}i:1;a:1:{i:0;s:1:"x";}}')
  })
})
