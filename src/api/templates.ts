/**
 * `tasks.template.get`: a raw DB row with strings for numbers, `Y`/`N` flags and PHP-serialized
 * columns (`b24restdocs api-reference/tasks/template/tasks-template-get.md`, `fields.md`). Mapped here to a typed `TaskTemplate`; the serialized columns
 * are decoded with `lib/bitrix`, and a column that fails to decode is kept with its error instead of
 * failing the whole template. Every raw field is kept too, for the inspector's raw view.
 *
 * `false` means "not found, or no access" (also for forbidden ids): `createApi` turns it into
 * `ApiError('NOT_FOUND')`. A missing `templateId` is error `"100"` → `MISSING_PARAMETER` (`errors.ts`).
 */
import type { RawRecord } from './parse'
import type { FieldDecodeResult } from '@/lib/bitrix/errors'
import type { ReplicateParams } from '@/lib/bitrix/replicate-params'
import { tryDecodeMemberIds } from '@/lib/bitrix/members'
import { tryDecodeReplicateParams } from '@/lib/bitrix/replicate-params'
import { tryUnserialize } from '@/lib/php-serialize'
import { asFlag, asInt, asOptionalInt, asOptionalString, asRecord, asString, PayloadError } from './parse'

export type TemplatePriority = 'low' | 'average' | 'high'

/** `UF_CRM_TASK` entries: `L_1179` lead, `D_` deal, `C_` contact, `CO_` company. */
export interface CrmLink {
  raw: string
  kind: 'lead' | 'deal' | 'contact' | 'company' | 'other'
  id: number | null
}

export type MemberRole = 'responsibles' | 'accomplices' | 'auditors'

export interface TemplateFlags {
  allowTimeTracking: boolean
  allowChangeDeadline: boolean
  taskControl: boolean
  matchWorkTime: boolean
  multitask: boolean
  addInReport: boolean
}

export interface TemplateOffsets {
  /** Seconds after the task is created; null when not set. */
  startDatePlanAfter: number | null
  endDatePlanAfter: number | null
  deadlineAfter: number | null
}

/** A name the row itself carries (`CREATED_BY_NAME` …), used until `user.get` answers. */
export interface EmbeddedPerson {
  id: number
  name: string
}

export interface TaskTemplate {
  id: number
  title: string
  description: string
  descriptionIsBbcode: boolean
  /** PRIORITY 0/1/2; null for a value outside the documented set (the raw view still shows it). */
  priority: TemplatePriority | null
  /** STATUS, task status ids 1..7. */
  status: number | null
  groupId: number | null
  createdBy: EmbeddedPerson | null
  responsible: EmbeddedPerson | null
  flags: TemplateFlags
  offsets: TemplateOffsets
  replicate: boolean
  /** TPARAM_TYPE 1: a template "for new users". */
  forNewUsers: boolean
  /** TPARAM_REPLICATION_COUNT: tasks created so far. */
  replicationCount: number
  parentTaskId: number | null
  baseTemplateId: number | null
  crmLinks: CrmLink[]
  /** `UF_TASK_WEBDAV_FILES`: disk attachment ids. */
  fileIds: number[]
  tags: string[]
  /** TAGS was present but is not a readable serialized list (the raw view shows why). */
  tagsUnreadable: boolean
  /** Decoded member ids (0 = the new employee of a "for new users" template), or why they could not be. */
  members: Record<MemberRole, FieldDecodeResult<number[]> & { raw: string | null }>
  /** REPLICATE_PARAMS decoded to a rule with its issues, or the decoding error (with its position). */
  replication: FieldDecodeResult<ReplicateParams> & { raw: string | null }
  /** The server's UTC offset at request time (`+01:00`), from the envelope's `time.date_start`. */
  serverUtcOffset: string | null
  /** Every field exactly as received, in the server's order. */
  raw: RawRecord
}

const PRIORITIES: Readonly<Record<string, TemplatePriority>> = { 0: 'low', 1: 'average', 2: 'high' }

const CRM_PREFIXES: ReadonlyArray<[prefix: string, kind: CrmLink['kind']]> = [
  ['CO_', 'company'],
  ['L_', 'lead'],
  ['D_', 'deal'],
  ['C_', 'contact'],
]

/**
 * @example
 * parseCrmLink('L_1179') // { raw: 'L_1179', kind: 'lead', id: 1179 }
 */
export function parseCrmLink(raw: string): CrmLink {
  for (const [prefix, kind] of CRM_PREFIXES) {
    if (raw.startsWith(prefix) && /^\d+$/.test(raw.slice(prefix.length)))
      return { raw, kind, id: Number(raw.slice(prefix.length)) }
  }
  return { raw, kind: 'other', id: null }
}

/** `+01:00` out of PHP `date('c')` (`2026-03-11T11:53:04+01:00`); null when absent or unreadable. */
export function utcOffsetOf(dateStart: unknown): string | null {
  if (typeof dateStart !== 'string')
    return null
  const match = /(?:([+-]\d{2}):?(\d{2})|Z)$/.exec(dateStart.trim())
  if (!match)
    return null
  return match[1] === undefined ? '+00:00' : `${match[1]}:${match[2]}`
}

function listOfStrings(value: unknown): string[] {
  if (value === null || value === undefined || value === '' || value === false)
    return []
  if (Array.isArray(value))
    return value.filter(item => typeof item === 'string' || typeof item === 'number').map(String)
  if (typeof value === 'string')
    return [value]
  return []
}

function positiveOrNull(value: number | null): number | null {
  return value !== null && value > 0 ? value : null
}

/** A serialized column: PHP text, or null/'' when empty. */
function serializedColumn(row: RawRecord, key: string): string | null {
  const value = row[key]
  if (value === null || value === undefined || value === false)
    return null
  return asString(value, key)
}

function person(row: RawRecord, idKey: string, prefix: string): EmbeddedPerson | null {
  const id = positiveOrNull(asOptionalInt(row[idKey], idKey))
  if (id === null)
    return null
  const name = [asOptionalString(row[`${prefix}_NAME`], `${prefix}_NAME`), asOptionalString(row[`${prefix}_LAST_NAME`], `${prefix}_LAST_NAME`)]
    .filter((part): part is string => part !== null && part.trim() !== '')
    .join(' ')
  return { id, name }
}

/**
 * TAGS: Bitrix stores a PHP-serialized list (or null); newer controllers may send an array.
 * Only string entries are tags; anything else is visible in the raw view.
 */
function tagsOf(value: unknown): { tags: string[], unreadable: boolean } {
  if (typeof value === 'string' && value !== '') {
    const decoded = tryUnserialize(value)
    const list = decoded.ok ? decoded.value : null
    const entries = Array.isArray(list) ? list : list instanceof Map ? [...list.values()] : null
    if (entries === null)
      return { tags: [], unreadable: true }
    return { tags: entries.filter((tag): tag is string => typeof tag === 'string'), unreadable: false }
  }
  return { tags: listOfStrings(value), unreadable: false }
}

/** Maps the `tasks.template.get` row. */
export function mapTemplate(raw: unknown, serverUtcOffset: string | null): TaskTemplate {
  const row = asRecord(raw, 'tasks.template.get')
  const id = asInt(row.ID, 'ID')
  const title = asOptionalString(row.TITLE, 'TITLE')
  if (title === null)
    throw new PayloadError('TITLE: missing')
  const member = (key: string) => {
    const column = serializedColumn(row, key)
    return { ...tryDecodeMemberIds(column), raw: column }
  }
  const replicateParams = serializedColumn(row, 'REPLICATE_PARAMS')
  const tags = tagsOf(row.TAGS)
  const priority = row.PRIORITY === null || row.PRIORITY === undefined ? undefined : PRIORITIES[String(row.PRIORITY).trim()]
  return {
    id,
    title,
    description: asOptionalString(row.DESCRIPTION, 'DESCRIPTION') ?? '',
    descriptionIsBbcode: row.DESCRIPTION_IN_BBCODE === undefined ? true : asFlag(row.DESCRIPTION_IN_BBCODE, 'DESCRIPTION_IN_BBCODE'),
    priority: priority ?? null,
    status: asOptionalInt(row.STATUS, 'STATUS'),
    groupId: positiveOrNull(asOptionalInt(row.GROUP_ID, 'GROUP_ID')),
    createdBy: person(row, 'CREATED_BY', 'CREATED_BY'),
    responsible: person(row, 'RESPONSIBLE_ID', 'RESPONSIBLE'),
    flags: {
      allowTimeTracking: asFlag(row.ALLOW_TIME_TRACKING, 'ALLOW_TIME_TRACKING'),
      allowChangeDeadline: asFlag(row.ALLOW_CHANGE_DEADLINE, 'ALLOW_CHANGE_DEADLINE'),
      taskControl: asFlag(row.TASK_CONTROL, 'TASK_CONTROL'),
      matchWorkTime: asFlag(row.MATCH_WORK_TIME, 'MATCH_WORK_TIME'),
      multitask: asFlag(row.MULTITASK, 'MULTITASK'),
      addInReport: asFlag(row.ADD_IN_REPORT, 'ADD_IN_REPORT'),
    },
    offsets: {
      startDatePlanAfter: asOptionalInt(row.START_DATE_PLAN_AFTER, 'START_DATE_PLAN_AFTER'),
      endDatePlanAfter: asOptionalInt(row.END_DATE_PLAN_AFTER, 'END_DATE_PLAN_AFTER'),
      deadlineAfter: asOptionalInt(row.DEADLINE_AFTER, 'DEADLINE_AFTER'),
    },
    replicate: asFlag(row.REPLICATE, 'REPLICATE'),
    forNewUsers: String(row.TPARAM_TYPE ?? '0').trim() === '1',
    replicationCount: asOptionalInt(row.TPARAM_REPLICATION_COUNT, 'TPARAM_REPLICATION_COUNT') ?? 0,
    parentTaskId: positiveOrNull(asOptionalInt(row.PARENT_ID, 'PARENT_ID')),
    baseTemplateId: positiveOrNull(asOptionalInt(row.BASE_TEMPLATE_ID, 'BASE_TEMPLATE_ID')),
    crmLinks: listOfStrings(row.UF_CRM_TASK).map(parseCrmLink),
    fileIds: listOfStrings(row.UF_TASK_WEBDAV_FILES).filter(value => /^\d+$/.test(value)).map(Number),
    tags: tags.tags,
    tagsUnreadable: tags.unreadable,
    members: {
      responsibles: member('RESPONSIBLES'),
      accomplices: member('ACCOMPLICES'),
      auditors: member('AUDITORS'),
    },
    replication: { ...tryDecodeReplicateParams(replicateParams), raw: replicateParams },
    serverUtcOffset,
    raw: row,
  }
}

/**
 * Every user a template names, once: creator, responsible and the three member lists.
 *
 * @example
 * templateUserIds(template139) // [101, 102]
 */
export function templateUserIds(template: TaskTemplate): number[] {
  const ids = new Set<number>()
  if (template.createdBy)
    ids.add(template.createdBy.id)
  if (template.responsible)
    ids.add(template.responsible.id)
  for (const list of Object.values(template.members)) {
    for (const id of list.ok ? list.value : [])
      ids.add(id)
  }
  ids.delete(0)
  return [...ids]
}

/**
 * The server's UTC offset from a REST response envelope (`time.date_start`, PHP `date('c')` in the
 * portal's zone); null when the envelope has none.
 */
export function envelopeUtcOffset(response: unknown): string | null {
  const time = (response as { time?: { date_start?: unknown } } | null)?.time
  return utcOffsetOf(time?.date_start)
}
