/**
 * Demo task templates as `b_tasks_template` rows (every column a string or null). The rows, and with
 * them every PHP-serialized column (RESPONSIBLES, ACCOMPLICES, AUDITORS, REPLICATE_PARAMS, TAGS), are
 * written by real PHP (`php scripts/php-fixtures/generate.php templates`, defined in
 * scripts/php-fixtures/templates.php) into templates.json, so the emulator's truth never comes from
 * the app's own serializer. Template 139 is the REST docs' example of `tasks.template.get` verbatim.
 *
 * This module only adds what `TemplateProvider` joins from b_user (CREATED_BY_* and RESPONSIBLE_*),
 * from the demo users, and moves the dates by whole weeks with the emulator's clock
 * (template-dates.ts; none when EMULATOR_NOW pins the demo clock). emulator/README.md lists what
 * each template covers.
 */
import type { DemoUser } from './users'
import { DEMO_NOW } from './clock'
import { demoShiftDays, shiftTemplateColumns } from './template-dates'
import rows from './templates.json' with { type: 'json' }
import { findUser } from './users'

export type TemplateColumns = Record<string, string | null>

export interface DemoTemplate {
  /** Columns in the order `TemplateProvider` selects them (the joined CREATED_BY_* … SCENARIO included). */
  columns: TemplateColumns
  /** User fields, returned for `UF_*` selects. */
  userFields: { UF_CRM_TASK: string[], UF_TASK_WEBDAV_FILES: number[] }
  /** Users holding a VIEW permission on the template (the creator holds FULL anyway). */
  sharedWith: readonly number[]
}

interface GeneratedRow {
  columns: TemplateColumns
  userFields: DemoTemplate['userFields']
  sharedWith: number[]
}

/** The LEFT JOINs of `TemplateProvider` on b_user (null when the user is gone or the id is 0). */
function joinedUser(prefix: 'CREATED_BY' | 'RESPONSIBLE', user: DemoUser | undefined): TemplateColumns {
  const live = user && !user.deleted ? user : undefined
  return {
    [`${prefix}_NAME`]: live?.name ?? null,
    [`${prefix}_LAST_NAME`]: live?.lastName ?? null,
    [`${prefix}_SECOND_NAME`]: live?.secondName ?? null,
    [`${prefix}_LOGIN`]: live?.login ?? null,
    [`${prefix}_WORK_POSITION`]: live?.workPosition ?? null,
    [`${prefix}_PHOTO`]: live?.photoFileId === null || live?.photoFileId === undefined ? null : String(live.photoFileId),
  }
}

/** The generated columns with the joined user columns where the provider selects them: before SCENARIO. */
function withJoinedUsers(columns: TemplateColumns): TemplateColumns {
  const { SCENARIO, ...own } = columns
  return {
    ...own,
    ...joinedUser('CREATED_BY', findUser(Number(columns.CREATED_BY))),
    ...joinedUser('RESPONSIBLE', findUser(Number(columns.RESPONSIBLE_ID))),
    SCENARIO: SCENARIO ?? null,
  }
}

/** Days the demo dates are moved by: whole weeks towards the emulator's "now" (0 at the demo clock). */
export const TEMPLATE_SHIFT_DAYS = demoShiftDays(DEMO_NOW)

/** Template rows by id (columns are plain strings; each session copies what it changes). */
export const TEMPLATES: ReadonlyMap<number, DemoTemplate> = new Map(
  (rows.templates as GeneratedRow[]).map(row => [Number(row.columns.ID), { ...row, columns: withJoinedUsers(shiftTemplateColumns(row.columns, TEMPLATE_SHIFT_DAYS)) }] as const),
)
