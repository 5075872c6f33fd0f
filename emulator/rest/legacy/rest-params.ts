/**
 * `CTaskRestService::_parseRestParams` (tasks/classes/general/restservice.php): checks positional
 * arguments against a class manifest, by index. Types are checked loosely the PHP way
 * ("691" is an integer), keys of array arguments against `allowedKeys` (after stripping the
 * `allowedKeyPrefixes` anywhere in the key, as `str_replace` does), values against `allowedValues`,
 * and date keys are run through `CRestUtil::unConvertDateTime` (`strtotime`).
 */
import { toSiteDateTime } from '../../data/clock'
import { entriesOf, isArrayLike } from '../../php/array'
import { strtotime } from '../../php/strtotime'
import { isLaxInteger, looseEqualsEmptyString, phpStrval } from '../../php/values'
import { tasksException } from './tasks-exception'

export type ParamType = 'integer' | 'array' | 'string' | 'boolean'

export interface ParamMeta {
  description: string
  type: ParamType
  allowedKeys?: readonly string[]
  allowedKeyPrefixes?: readonly string[]
  allowedValues?: readonly string[]
  allowedAggregations?: readonly string[]
  allowedKeysInAggregation?: readonly string[]
  allowedValuesInAggregation?: readonly string[]
}

export interface MethodMeta {
  staticMethod?: boolean
  mandatoryParamsCount?: number
  params: readonly ParamMeta[]
  allowedKeysInReturnValue?: readonly string[]
  allowedAggregations?: readonly string[]
  collectionInReturnValue?: boolean
}

export interface ClassManifest {
  /** Lower-case class name used in messages, e.g. `ctaskelapseditem`. */
  className: string
  dateFields: readonly string[]
  methods: Readonly<Record<string, MethodMeta>>
}

/** `getAllowedAggregateCombos`: `<FIELD>_<FUNC>` for every pair. */
export function aggregateCombos(functions: readonly string[], fields: readonly string[]): string[] {
  return functions.flatMap(func => fields.map(field => `${field.toUpperCase()}_${func.toUpperCase()}`))
}

function typeMatches(type: ParamType, value: unknown): { ok: boolean, value: unknown } {
  switch (type) {
    case 'boolean': {
      const coerced = value === '0' || value === 0 ? false : value === '1' || value === 1 ? true : value
      return { ok: typeof coerced === 'boolean', value: coerced }
    }
    case 'array': return { ok: isArrayLike(value), value }
    case 'string': return { ok: typeof value === 'string', value }
    case 'integer': return { ok: isLaxInteger(value), value }
  }
}

/** `str_replace($prefixes, '', $key)`: each prefix removed wherever it occurs, in list order. */
function stripPrefixes(key: string, prefixes: readonly string[] | undefined): string {
  return (prefixes ?? []).reduce((rest, prefix) => rest.split(prefix).join(''), key)
}

/**
 * `CRestUtil::unConvertDateTime($value, true)` cast to string: the portal's `DD.MM.YYYY HH:MI:SS`,
 * '' where `strtotime` fails, and "Array" for an array (PHP's string cast of the converted array).
 */
function unConvertDateTime(value: unknown, nowMs: number): string {
  if (isArrayLike(value))
    return 'Array'
  const timestamp = strtotime(value, nowMs)
  return timestamp === null ? '' : toSiteDateTime(timestamp)
}

function withAggregations(meta: ParamMeta): ParamMeta {
  if (!meta.allowedAggregations)
    return meta
  const keyFields = meta.allowedKeysInAggregation ?? meta.allowedKeys
  const valueFields = meta.allowedValuesInAggregation ?? meta.allowedValues
  return {
    ...meta,
    allowedKeys: keyFields && meta.allowedKeys ? [...meta.allowedKeys, ...aggregateCombos(meta.allowedAggregations, keyFields)] : meta.allowedKeys,
    allowedValues: valueFields && meta.allowedValues ? [...meta.allowedValues, ...aggregateCombos(meta.allowedAggregations, valueFields)] : meta.allowedValues,
  }
}

/**
 * Checks and normalises `args` for `manifest.className::methodName()`; throws `TasksException`
 * (WRONG_ARGUMENTS) exactly where the portal does.
 */
export function parseRestParams(manifest: ClassManifest, methodName: string, args: readonly unknown[], nowMs: number): unknown[] {
  const meta = manifest.methods[methodName]
  if (!meta)
    throw new Error(`no manifest for ${methodName}`)
  const where = `for method ${manifest.className}::${methodName}()`
  const input = [...args]
  // getlist([ORDER, FILTER, …]) without a task id: the server inserts 0 in front.
  if (manifest.className === 'ctaskelapseditem' && methodName === 'getlist' && isArrayLike(input[0]))
    input.unshift(0)
  const output: unknown[] = []
  for (const [index, rawMeta] of meta.params.entries()) {
    const label = `Param #${index} (${rawMeta.description})`
    if (index >= input.length) {
      if (index < (meta.mandatoryParamsCount ?? 0))
        throw tasksException('WRONG_ARGUMENTS', `${label} expected by method ${manifest.className}::${methodName}(), but not given.`)
      break
    }
    const typed = typeMatches(rawMeta.type, input[index])
    if (!typed.ok)
      throw tasksException('WRONG_ARGUMENTS', `${label} ${where} expected to be of type "${rawMeta.type}", but given something else.`)
    let value = typed.value
    const paramMeta = withAggregations(rawMeta)
    if (paramMeta.allowedKeys && isArrayLike(value)) {
      const kept: Array<[string, unknown]> = []
      for (const [key, item] of entriesOf(value)) {
        // "a little fix to be able to pass an empty array in order to skip argument"
        if (key === '0' && looseEqualsEmptyString(item))
          continue
        const bareKey = stripPrefixes(key, paramMeta.allowedKeyPrefixes)
        if (!paramMeta.allowedKeys.includes(bareKey))
          throw tasksException('WRONG_ARGUMENTS', `${label} ${where} must not contain key "${key}".`)
        const isSortDirection = item === 'asc' || item === 'desc'
        kept.push([key, manifest.dateFields.includes(bareKey) && !isSortDirection ? unConvertDateTime(item, nowMs) : item])
      }
      value = Object.fromEntries(kept)
    }
    if (paramMeta.allowedValues && isArrayLike(value)) {
      for (const [, item] of entriesOf(value)) {
        const compared = item !== null && typeof item !== 'boolean' ? phpStrval(item) : item
        if (!paramMeta.allowedValues.includes(compared as string))
          throw tasksException('WRONG_ARGUMENTS', `${label} ${where} must not contain value "${phpStrval(compared)}".`)
      }
    }
    output.push(value)
  }
  return output
}
