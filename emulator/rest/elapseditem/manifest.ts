/**
 * `CTaskElapsedItem::getManifest()` (tasks/classes/general/elapseditem.php), built from the same
 * READ/WRITE/SORT/FILTER/DATE/AGGREGATE field map. It drives the parameter checks and is what
 * `task.elapseditem.getmanifest` returns (the docs' example agrees key for key).
 */
import type { ClassManifest, MethodMeta } from '../legacy/rest-params'

type FieldFlags = readonly [read: 0 | 1, write: 0 | 1, sort: 0 | 1, filter: 0 | 1, date: 0 | 1, aggregate: 0 | 1]

const PUBLIC_FIELD_MAP: ReadonlyArray<readonly [string, FieldFlags]> = [
  ['ID', [1, 0, 1, 1, 0, 1]],
  ['TASK_ID', [1, 0, 1, 1, 0, 0]],
  ['USER_ID', [1, 1, 1, 1, 0, 1]],
  ['COMMENT_TEXT', [1, 1, 0, 0, 0, 0]],
  ['SECONDS', [1, 1, 1, 0, 0, 1]],
  ['MINUTES', [1, 0, 1, 0, 0, 1]],
  ['SOURCE', [1, 1, 0, 0, 0, 0]],
  ['CREATED_DATE', [1, 1, 1, 1, 1, 0]],
  ['DATE_START', [1, 1, 1, 0, 1, 0]],
  ['DATE_STOP', [1, 1, 1, 0, 1, 0]],
]

const keysWith = (flag: number) => PUBLIC_FIELD_MAP.filter(([, flags]) => flags[flag] === 1).map(([name]) => name)

export const READABLE_FIELDS = keysWith(0)
export const WRITABLE_FIELDS = keysWith(1)
export const SORTABLE_FIELDS = keysWith(2)
export const FILTERABLE_FIELDS = keysWith(3)
export const DATE_FIELDS = keysWith(4)
export const AGGREGATABLE_FIELDS = keysWith(5)
export const AGGREGATIONS = ['MAX', 'MIN', 'COUNT', 'SUM', 'AVG'] as const

/** `CTaskElapsedItem::update()` itself accepts only these (after the manifest let USER_ID etc. pass). */
export const UPDATABLE_FIELDS = ['MINUTES', 'SECONDS', 'COMMENT_TEXT', 'CREATED_DATE'] as const

export const ACTION_ELAPSED_TIME_ADD = 1
export const ACTION_ELAPSED_TIME_MODIFY = 2
export const ACTION_ELAPSED_TIME_REMOVE = 3

export const SOURCE_UNDEFINED = 1
export const SOURCE_MANUAL = 2
export const SOURCE_SYSTEM = 3

const taskId = { description: 'taskId', type: 'integer' } as const
const itemId = { description: 'itemId', type: 'integer' } as const

const METHODS: Record<string, MethodMeta> = {
  getmanifest: { staticMethod: true, params: [] },
  getlist: {
    staticMethod: true,
    params: [
      taskId,
      { description: 'order', type: 'array', allowedKeys: SORTABLE_FIELDS },
      { description: 'filter', type: 'array', allowedKeys: FILTERABLE_FIELDS, allowedKeyPrefixes: ['!', '<=', '<', '>=', '>'] },
      { description: 'select', type: 'array', allowedValues: ['', '*', ...READABLE_FIELDS], allowedAggregations: AGGREGATIONS, allowedValuesInAggregation: AGGREGATABLE_FIELDS },
      { description: 'params', type: 'array', allowedKeys: ['NAV_PARAMS'] },
    ],
    allowedKeysInReturnValue: READABLE_FIELDS,
    allowedAggregations: AGGREGATIONS,
    collectionInReturnValue: true,
  },
  get: { mandatoryParamsCount: 2, params: [taskId, itemId], allowedKeysInReturnValue: READABLE_FIELDS },
  add: { staticMethod: true, mandatoryParamsCount: 2, params: [taskId, { description: 'fields', type: 'array', allowedKeys: WRITABLE_FIELDS }] },
  update: { staticMethod: false, mandatoryParamsCount: 3, params: [taskId, itemId, { description: 'fields', type: 'array', allowedKeys: WRITABLE_FIELDS }] },
  delete: { staticMethod: false, mandatoryParamsCount: 2, params: [taskId, itemId] },
  isactionallowed: { staticMethod: false, mandatoryParamsCount: 3, params: [taskId, itemId, { description: 'actionId', type: 'integer' }] },
}

export const ELAPSED_ITEM_MANIFEST: ClassManifest = {
  className: 'ctaskelapseditem',
  dateFields: DATE_FIELDS,
  methods: METHODS,
}

/** The manifest as `getmanifest` prints it (PHP's key order; empty param lists are `[]`). */
export function publicManifest(): Record<string, unknown> {
  return {
    'Manifest version': '1.2',
    'Manifest change date': '22 Feb 2018',
    'Warning': 'Don\'t rely on format of this manifest, it can be changed without any notifications!',
    'REST: shortname alias to class': 'elapseditem',
    'REST: writable elapseditem data fields': WRITABLE_FIELDS,
    'REST: readable elapseditem data fields': READABLE_FIELDS,
    'REST: sortable elapseditem data fields': SORTABLE_FIELDS,
    'REST: filterable elapseditem data fields': FILTERABLE_FIELDS,
    'REST: date fields': DATE_FIELDS,
    'REST: available methods': METHODS,
  }
}
