/**
 * `tasks.template.get` (tasks/lib/rest/controllers/template.php `getAction`, DOCS + seeds/003):
 * - `templateId` bound by exact name; absent → HTTP 400 error "100" "Could not find value for
 *   parameter {templateId}"; `params` must be an array;
 * - `false` (a success!) for an empty or unknown id and for a template the user may not read;
 * - otherwise the raw row (`CTaskTemplates::GetByID` → `TemplateProvider`): member and recurrence
 *   columns stay PHP-serialized strings. `params.select` picks columns: none → every column plus
 *   UF fields (`['*', 'UF_*']`); with `*` → every column plus what else is listed; otherwise just
 *   those; the joined CREATED_BY_* / RESPONSIBLE_* / SCENARIO columns and ID always come along.
 */
import type { DemoTemplate } from '../data/templates'
import type { RestMethod } from './context'
import { TEMPLATES } from '../data/templates'
import { isArrayLike } from '../php/array'
import { phpIntval } from '../php/values'
import { canReadTemplate } from './access'
import { invalidParameter, missingParameter } from './errors'

/** Columns `TemplateProvider` always selects (its `ALWAYS` rules). */
const ALWAYS_SELECTED = ['CREATED_BY_NAME', 'CREATED_BY_LAST_NAME', 'CREATED_BY_SECOND_NAME', 'CREATED_BY_LOGIN', 'CREATED_BY_WORK_POSITION', 'CREATED_BY_PHOTO', 'RESPONSIBLE_NAME', 'RESPONSIBLE_LAST_NAME', 'RESPONSIBLE_SECOND_NAME', 'RESPONSIBLE_LOGIN', 'RESPONSIBLE_WORK_POSITION', 'RESPONSIBLE_PHOTO', 'SCENARIO']

/** The row for a `select` list, in the order the provider builds its SELECT. */
export function selectTemplateRow(template: DemoTemplate, select: readonly string[]): Record<string, unknown> {
  const all = Object.keys(template.columns)
  let chosen: string[] = select.length === 0 ? all : select.includes('*') ? [...all, ...select.filter(item => item !== '*')] : [...select]
  chosen = [...chosen, ...ALWAYS_SELECTED]
  if (!chosen.includes('ID'))
    chosen.push('ID')
  const row: Record<string, unknown> = {}
  for (const column of chosen) {
    if (Object.hasOwn(template.columns, column) && !Object.hasOwn(row, column))
      row[column] = template.columns[column]
  }
  const allUserFields = select.includes('UF_*')
  for (const [field, value] of Object.entries(template.userFields)) {
    if (allUserFields || select.includes(field))
      row[field] = value
  }
  return row
}

const templateGet: RestMethod = (context, query) => {
  if (!query.has('templateId'))
    throw missingParameter('templateId')
  const params = query.get('params') ?? []
  if (!isArrayLike(params))
    throw invalidParameter('params', params, 'array')
  const id = phpIntval(query.get('templateId'))
  const template = id > 0 ? TEMPLATES.get(id) : undefined
  if (!template || !canReadTemplate(template, context.session.userId))
    return { result: false }
  const rawSelect = Array.isArray(params) ? undefined : (params as Record<string, unknown>).select
  const select = rawSelect === undefined ? ['*', 'UF_*'] : isArrayLike(rawSelect) ? Object.values(rawSelect).map(String) : []
  return { result: selectTemplateRow(template, select) }
}

export const templateMethods: ReadonlyArray<readonly [string, RestMethod]> = [
  ['tasks.template.get', templateGet],
]
