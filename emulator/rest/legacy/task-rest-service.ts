/**
 * `CTaskRestService::__callStatic`, the entry point of every legacy `task.*` method
 * (bitrix24-core-corp modules/tasks/classes/general/restservice.php): the request's values are taken **in order, names ignored** (the server
 * has already removed `start` and the auth keys), a string value containing the method name is
 * dropped, the class runs the method, and the return value is filtered to the manifest's readable
 * keys with dates converted to ISO 8601. Every failure becomes one `ERROR_CORE` (tasks-exception.ts).
 */
import type { RestQuery } from '../../php/array'
import type { RestContext } from '../context'
import type { RestOutcome } from '../envelope'
import type { ClassManifest } from './rest-params'
import { toServerIso } from '../../data/clock'
import { aggregateCombos } from './rest-params'
import { toRestError } from './tasks-exception'

/** Navigation data `runRestMethod` hands to `setNavData`: offset of the page and the total count. */
export interface NavData {
  offset: number
  count: number
}

export interface LegacyReturn {
  value: unknown
  nav?: NavData
}

export interface LegacyClass {
  manifest: ClassManifest
  /** `<class>::runRestMethod($userId, $methodName, $args)`. */
  run: (context: RestContext, methodName: string, args: unknown[]) => LegacyReturn
}

/** The positional arguments of a request: its values in order, minus strings naming the method. */
export function positionalArguments(query: RestQuery, calledMethod: string): unknown[] {
  return [...query.values()].filter(value => !(typeof value === 'string' && value.includes(calledMethod)))
}

/** `CRestUtil::ConvertDateTime`: '' for an empty value. */
function convertDateTime(value: unknown): string {
  return typeof value === 'number' ? toServerIso(value) : ''
}

/** `_filterArrayByAllowedKeys`: keys in manifest order, only those present, dates converted. */
function filterRow(row: Record<string, unknown>, allowedKeys: readonly string[], dateFields: readonly string[]): Record<string, unknown> {
  const filtered: Record<string, unknown> = {}
  for (const key of allowedKeys) {
    if (Object.hasOwn(row, key))
      filtered[key] = dateFields.includes(key) ? convertDateTime(row[key]) : row[key]
  }
  return filtered
}

/** `_parseReturnValue`. */
function parseReturnValue(manifest: ClassManifest, methodName: string, value: unknown): unknown {
  const meta = manifest.methods[methodName]
  if (!meta?.allowedKeysInReturnValue || typeof value !== 'object' || value === null)
    return value
  const allowed = meta.allowedAggregations
    ? [...meta.allowedKeysInReturnValue, ...aggregateCombos(meta.allowedAggregations, meta.allowedKeysInReturnValue)]
    : meta.allowedKeysInReturnValue
  if (meta.collectionInReturnValue && Array.isArray(value))
    return value.map(row => filterRow(row as Record<string, unknown>, allowed, manifest.dateFields))
  return filterRow(value as Record<string, unknown>, allowed, manifest.dateFields)
}

/** `IRestService::setNavData` for an offset/count pair: `next` only while rows remain. */
function withNavigation(result: unknown, nav: NavData): RestOutcome {
  const count = Array.isArray(result) ? result.length : result === null ? 0 : 1
  const outcome: RestOutcome = { result }
  if (nav.offset + count < nav.count)
    outcome.next = nav.offset + count
  outcome.total = nav.count
  return outcome
}

/** Runs `methodName` of a legacy class for a request, as the portal's REST layer does. */
export function callLegacyMethod(legacy: LegacyClass, methodName: string, context: RestContext, query: RestQuery): RestOutcome {
  try {
    const { value, nav } = legacy.run(context, methodName, positionalArguments(query, context.method))
    const result = parseReturnValue(legacy.manifest, methodName, value)
    return nav ? withNavigation(result, nav) : { result }
  }
  catch (error) {
    throw toRestError(error)
  }
}
