/**
 * PHP `serialize()` / `unserialize()` for the browser: strict, byte-exact for UTF-8, safe on hostile
 * input, and without Node's `Buffer`. The value model is documented in `types.ts`.
 */
export type { PhpSerializeErrorCode } from './errors'
export { PhpSerializeError } from './errors'
export type { UnserializeResult } from './parser'
export { tryUnserialize, unserialize } from './parser'
export { serialize } from './serializer'
export type { PhpKey, PhpMap, PhpValue, UnserializeOptions } from './types'
export { PhpEnum, PhpFloat, PhpObject } from './types'
