/**
 * Positional parameters of `CTaskRestService` (research/rest.md §1.1): the names sent by the client are
 * thrown away; only the order of the values counts, and each value is type-checked by its index.
 */
import { taskException } from './task-errors'

export type ParamType = 'integer' | 'array'

export interface ParamSpec {
  name: string
  type: ParamType
}

/** The values of a request, in order, without the keys the server strips (`start`, auth). */
export function positionalValues(params: Record<string, unknown>): unknown[] {
  return Object.entries(params).filter(([key]) => key !== 'start' && key !== 'auth').map(([, value]) => value)
}

/** PHP's lax integer check: ints and numeric strings such as "691". */
export function isLaxInteger(value: unknown): boolean {
  if (typeof value === 'number')
    return Number.isInteger(value)
  return typeof value === 'string' && /^-?\d+$/.test(value.trim())
}

const isArrayLike = (value: unknown) => typeof value === 'object' && value !== null

/**
 * Checks `values` against a method's manifest: missing mandatory params and wrong types fail with
 * #256 WRONG_ARGUMENTS, exactly like `_parseRestParams`.
 */
export function checkParams(className: string, method: string, specs: readonly ParamSpec[], mandatory: number, values: readonly unknown[]): unknown[] {
  const checked: unknown[] = []
  for (const [index, spec] of specs.entries()) {
    const value = values[index]
    if (value === undefined) {
      if (index < mandatory)
        throw taskException('WRONG_ARGUMENTS', `Param #${index} (${spec.name}) expected by method ${className}::${method}(), but not given.`)
      continue
    }
    const ok = spec.type === 'integer' ? isLaxInteger(value) : isArrayLike(value)
    if (!ok)
      throw taskException('WRONG_ARGUMENTS', `Param #${index} (${spec.name}) for method ${className}::${method}() expected to be of type "${spec.type}", but given something else.`)
    checked.push(spec.type === 'integer' ? Number(value) : value)
  }
  return checked
}
