/**
 * `task.elapseditem.*` (and its class-name alias `task.ctaskelapseditem.*`): every method is routed
 * through the legacy `CTaskRestService` layer, which reads parameters by position.
 */
import type { RestMethod } from './context'
import { ELAPSED_ITEM, ELAPSED_ITEM_METHODS } from './elapseditem/methods'
import { callLegacyMethod } from './legacy/task-rest-service'

export const elapsedItemMethods: ReadonlyArray<readonly [string, RestMethod]> = ELAPSED_ITEM_METHODS.flatMap((name) => {
  const method: RestMethod = (context, query) => callLegacyMethod(ELAPSED_ITEM, name, context, query)
  return [[`task.elapseditem.${name}`, method], [`task.ctaskelapseditem.${name}`, method]] as const
})
