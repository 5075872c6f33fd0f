import type { PhpKey, PhpValue } from '@/lib/php-serialize'
import { PhpEnum, PhpFloat, PhpObject } from '@/lib/php-serialize'

/**
 * A decoded value as a JSON tree, in the format `scripts/php-fixtures/generate.php` writes for PHP's
 * own view of it. Comparing trees checks what `toEqual` on Maps would not: key order and key types.
 */
export type PhpTree
  = | ['null']
    | ['bool', boolean]
    | ['int', string]
    | ['float', string]
    | ['string', string]
    | ['array', PhpTreeEntry[]]
    | ['object', string, PhpTreeEntry[]]
    | ['enum', string, string]

export type PhpTreeKey = ['int', string] | ['string', string]
export type PhpTreeEntry = [PhpTreeKey, PhpTree]

/** IEEE-754 bits, big-endian hex, as PHP's `bin2hex(pack('E', $float))`; every NaN is 'nan'. */
export function floatBits(value: number): string {
  if (Number.isNaN(value))
    return 'nan'
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, value)
  return view.getBigUint64(0).toString(16).padStart(16, '0')
}

function treeKey(key: PhpKey | bigint): PhpTreeKey {
  return typeof key === 'string' ? ['string', key] : ['int', String(key)]
}

/**
 * A plain number describes as the token `serialize` writes for it: an int when it is a safe integer
 * (not −0), else a float. Decode with `preserveFloatType` so that `d:1;` describes as a float, as in PHP.
 */
export function toTree(value: PhpValue): PhpTree {
  if (value === null)
    return ['null']
  switch (typeof value) {
    case 'boolean':
      return ['bool', value]
    case 'number':
      return Number.isSafeInteger(value) && !Object.is(value, -0) ? ['int', String(value)] : ['float', floatBits(value)]
    case 'bigint':
      return ['int', String(value)]
    case 'string':
      return ['string', value]
  }
  if (value instanceof PhpFloat)
    return ['float', floatBits(value.value)]
  if (value instanceof PhpEnum)
    return ['enum', value.className, value.caseName]
  if (value instanceof PhpObject)
    return ['object', value.className, [...value.properties].map(([key, item]) => [treeKey(key), toTree(item)])]
  if (Array.isArray(value))
    return ['array', value.map((item, index) => [['int', String(index)], toTree(item)])]
  return ['array', [...value].map(([key, item]) => [treeKey(key), toTree(item)])]
}
