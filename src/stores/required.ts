/**
 * Stores get their dependencies from the app (`app.provide`), never by importing them: this
 * returns the provided value, typed, or fails loudly when the app forgot to provide it.
 */
import type { InjectionKey } from 'vue'
import { inject } from 'vue'

/**
 * @example
 * const api = injectRequired(API_KEY, 'useTaskStore')
 */
export function injectRequired<T>(key: InjectionKey<T>, store: string): T {
  const value = inject(key)
  if (value === undefined)
    throw new Error(`${store} needs ${(key as symbol).description ?? 'a dependency'} provided by the app`)
  return value
}
