/**
 * Demo task templates as `b_tasks_template` rows (every column a string or null, member and
 * recurrence columns PHP-serialized byte-exactly: `s:N:` counts UTF-8 bytes).
 *
 * 139 is the docs' example verbatim (seeds/003). The others cover every PERIOD × TYPE × REPEAT_TILL,
 * WORKDAY_ONLY, DAILY_MONTH_INTERVAL, both value styles (old writers store `i:1`, the V2 mapper
 * `s:1:"1"`), an old template without REPEAT_TILL, corrupted fields, a private template, a
 * "for new users" template and a sub-template. emulator/README.md lists them.
 */
import type { PhpValue } from '../../src/lib/php-serialize'
import type { DemoUser } from './users'
import { serialize } from '../../src/lib/php-serialize'
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

/** The docs' template 139 (seeds/003): these strings are copied, not generated. */
const TEMPLATE_139_COLUMNS: TemplateColumns = {
  ID: '139',
  TITLE: 'Preparation of Weekly Project Status',
  DESCRIPTION: 'Task template for preparing and agreeing on the weekly project status with the team and manager',
  DESCRIPTION_IN_BBCODE: 'Y',
  PRIORITY: '2',
  STATUS: '1',
  STAGE_ID: '0',
  RESPONSIBLE_ID: '102',
  DEADLINE_AFTER: null,
  START_DATE_PLAN_AFTER: '32400',
  END_DATE_PLAN_AFTER: '97200',
  REPLICATE: 'Y',
  CREATED_BY: '101',
  XML_ID: null,
  ALLOW_CHANGE_DEADLINE: 'Y',
  ALLOW_TIME_TRACKING: 'Y',
  TASK_CONTROL: 'N',
  ADD_IN_REPORT: 'N',
  GROUP_ID: '0',
  PARENT_ID: '8131',
  MULTITASK: 'N',
  SITE_ID: 's1',
  ACCOMPLICES: 'a:0:{}',
  AUDITORS: 'a:0:{}',
  RESPONSIBLES: 'a:1:{i:0;s:3:"102";}',
  FILES: null,
  TAGS: null,
  DEPENDS_ON: null,
  MATCH_WORK_TIME: 'Y',
  TASK_ID: null,
  TPARAM_TYPE: '0',
  TPARAM_REPLICATION_COUNT: '0',
  REPLICATE_PARAMS: 'a:19:{s:6:"PERIOD";s:6:"weekly";s:12:"WORKDAY_ONLY";s:1:"N";s:9:"WEEK_DAYS";a:1:{i:0;i:2;}s:4:"TIME";s:5:"11:00";s:15:"TIMEZONE_OFFSET";i:0;s:11:"REPEAT_TILL";s:7:"endless";s:10:"START_DATE";s:19:"16.03.2026 00:00:00";s:9:"EVERY_DAY";i:1;s:10:"EVERY_WEEK";i:1;s:15:"MONTHLY_DAY_NUM";i:1;s:19:"MONTHLY_MONTH_NUM_1";i:1;s:19:"MONTHLY_MONTH_NUM_2";i:1;s:14:"YEARLY_DAY_NUM";i:1;s:8:"END_DATE";N;s:12:"MONTHLY_TYPE";i:1;s:11:"YEARLY_TYPE";i:1;s:14:"DEADLINE_AFTER";i:0;s:15:"DEADLINE_OFFSET";i:0;s:19:"NEXT_EXECUTION_TIME";s:19:"17.03.2026 11:00:00";}',
  BASE_TEMPLATE_ID: '0',
  TEMPLATE_CHILDREN_COUNT: '0',
  CREATED_BY_NAME: 'John',
  CREATED_BY_LAST_NAME: 'Doe',
  CREATED_BY_SECOND_NAME: 'Smith',
  CREATED_BY_LOGIN: 'john.doe@example.com',
  CREATED_BY_WORK_POSITION: 'Employee',
  CREATED_BY_PHOTO: '10001',
  RESPONSIBLE_NAME: 'Peter',
  RESPONSIBLE_LAST_NAME: 'Peters',
  RESPONSIBLE_SECOND_NAME: 'Petrovich',
  RESPONSIBLE_LOGIN: 'peter.peters@example.com',
  RESPONSIBLE_WORK_POSITION: 'Employee',
  RESPONSIBLE_PHOTO: '10002',
  SCENARIO: 'default',
}

/** REPLICATE_PARAMS as the template form writes it: keys of inactive PERIODs keep their defaults. */
function replicateParams(overrides: ReadonlyArray<readonly [string, PhpValue]>): string {
  const params = new Map<string, PhpValue>([
    ['PERIOD', 'daily'],
    ['EVERY_DAY', 1],
    ['WORKDAY_ONLY', 'N'],
    ['DAILY_MONTH_INTERVAL', 0],
    ['EVERY_WEEK', 1],
    ['WEEK_DAYS', []],
    ['MONTHLY_TYPE', 1],
    ['MONTHLY_DAY_NUM', 1],
    ['MONTHLY_MONTH_NUM_1', 1],
    ['MONTHLY_WEEK_DAY_NUM', 0],
    ['MONTHLY_WEEK_DAY', 0],
    ['MONTHLY_MONTH_NUM_2', 1],
    ['YEARLY_TYPE', 1],
    ['YEARLY_DAY_NUM', 1],
    ['YEARLY_MONTH_1', 0],
    ['YEARLY_WEEK_DAY_NUM', 0],
    ['YEARLY_WEEK_DAY', 0],
    ['YEARLY_MONTH_2', 0],
    ['TIME', '05:00'],
    ['TIMEZONE_OFFSET', 0],
    ['START_DATE', '16.03.2026 00:00:00'],
    ['REPEAT_TILL', 'endless'],
    ['END_DATE', null],
    ['TIMES', 0],
    ['DEADLINE_OFFSET', 0],
  ])
  for (const [key, value] of overrides)
    params.set(key, value)
  return serialize(params)
}

/** Member columns: `serialize(array_of_ids)`; the template form writes ids as strings. */
const members = (...ids: PhpValue[]) => serialize(ids)

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

interface TemplateSpec {
  id: number
  title: string
  createdBy: number
  responsibleId: number
  responsibles: string
  accomplices?: string
  auditors?: string
  replicate: boolean
  params?: string
  sharedWith: readonly number[]
  columns?: TemplateColumns
  userFields?: Partial<DemoTemplate['userFields']>
}

function fromSpec(spec: TemplateSpec): DemoTemplate {
  const columns: TemplateColumns = {
    ...TEMPLATE_139_COLUMNS,
    ID: String(spec.id),
    TITLE: spec.title,
    DESCRIPTION: `[b]${spec.title}[/b]\nCreated by the demo data of the Task Lens emulator.`,
    PRIORITY: '1',
    RESPONSIBLE_ID: String(spec.responsibleId),
    START_DATE_PLAN_AFTER: null,
    END_DATE_PLAN_AFTER: null,
    REPLICATE: spec.replicate ? 'Y' : 'N',
    CREATED_BY: String(spec.createdBy),
    PARENT_ID: '0',
    ACCOMPLICES: spec.accomplices ?? 'a:0:{}',
    AUDITORS: spec.auditors ?? 'a:0:{}',
    RESPONSIBLES: spec.responsibles,
    REPLICATE_PARAMS: spec.params ?? replicateParams([]),
    ...joinedUser('CREATED_BY', findUser(spec.createdBy)),
    ...joinedUser('RESPONSIBLE', findUser(spec.responsibleId)),
    ...spec.columns,
  }
  return {
    columns,
    userFields: { UF_CRM_TASK: [], UF_TASK_WEBDAV_FILES: [], ...spec.userFields },
    sharedWith: spec.sharedWith,
  }
}

const SPECS: readonly TemplateSpec[] = [
  {
    id: 140,
    title: 'Daily stand-up notes',
    createdBy: 101,
    responsibleId: 102,
    // Non-sequential keys and int ids: Bitrix itself reads members with array_values().
    responsibles: serialize(new Map<number, PhpValue>([[3, 102], [7, 104]])),
    accomplices: members('103', '105'),
    replicate: true,
    params: replicateParams([['PERIOD', 'daily'], ['EVERY_DAY', 2], ['WORKDAY_ONLY', 'Y'], ['TIME', '09:30'], ['NEXT_EXECUTION_TIME', '18.03.2026 09:30:00']]),
    sharedWith: [102, 103, 104, 105],
  },
  {
    id: 141,
    title: 'Сверка остатков',
    createdBy: 103,
    responsibleId: 103,
    responsibles: members('103'),
    auditors: members('102', '101'),
    replicate: true,
    // V2 mapper style: numbers written as strings.
    params: replicateParams([['PERIOD', 'daily'], ['EVERY_DAY', '1'], ['DAILY_MONTH_INTERVAL', '2'], ['TIME', '18:00'], ['TIMEZONE_OFFSET', '0'], ['REPEAT_TILL', 'times'], ['TIMES', '10'], ['DEADLINE_OFFSET', '0'], ['NEXT_EXECUTION_TIME', '25.03.2026 18:00:00']]),
    sharedWith: [101, 102],
    columns: { TPARAM_REPLICATION_COUNT: '3', TAGS: serialize(['бухгалтерия', 'склад']), DEADLINE_AFTER: '86400' },
  },
  {
    id: 142,
    title: 'Fortnightly sprint review',
    createdBy: 101,
    responsibleId: 102,
    responsibles: members('102'),
    accomplices: members('104', '105', '106'),
    replicate: true,
    params: replicateParams([['PERIOD', 'weekly'], ['EVERY_WEEK', 2], ['WEEK_DAYS', [1, 3, 5]], ['TIME', '15:00'], ['START_DATE', '03/16/2026 00:00:00'], ['REPEAT_TILL', 'date'], ['END_DATE', '12/31/2026 00:00:00'], ['NEXT_EXECUTION_TIME', '03/18/2026 15:00:00']]),
    sharedWith: [102, 104, 105, 106],
    columns: { GROUP_ID: '7' },
  },
  {
    id: 143,
    title: 'Month-end closing',
    createdBy: 101,
    responsibleId: 103,
    responsibles: members('103'),
    auditors: members('102'),
    replicate: true,
    params: replicateParams([['PERIOD', 'monthly'], ['MONTHLY_TYPE', 1], ['MONTHLY_DAY_NUM', 31], ['MONTHLY_MONTH_NUM_1', 1], ['TIME', '10:00'], ['NEXT_EXECUTION_TIME', '31.03.2026 10:00:00']]),
    sharedWith: [102, 103],
    columns: { TEMPLATE_CHILDREN_COUNT: '1' },
  },
  {
    id: 144,
    title: 'Design review, last Friday',
    createdBy: 101,
    responsibleId: 105,
    responsibles: members('105'),
    accomplices: members('102', '104'),
    replicate: true,
    params: replicateParams([['PERIOD', 'monthly'], ['MONTHLY_TYPE', 2], ['MONTHLY_WEEK_DAY_NUM', 4], ['MONTHLY_WEEK_DAY', 4], ['MONTHLY_MONTH_NUM_2', 2], ['TIME', '16:30'], ['NEXT_EXECUTION_TIME', '27.03.2026 16:30:00']]),
    sharedWith: [102, 104, 105],
  },
  {
    id: 145,
    title: 'Annual licence renewal',
    createdBy: 1,
    responsibleId: 102,
    responsibles: members('102'),
    replicate: true,
    params: replicateParams([['PERIOD', 'yearly'], ['YEARLY_TYPE', 1], ['YEARLY_DAY_NUM', 15], ['YEARLY_MONTH_1', 2], ['TIME', '09:00'], ['REPEAT_TILL', 'date'], ['END_DATE', '31.12.2030 00:00:00'], ['NEXT_EXECUTION_TIME', '15.03.2027 09:00:00']]),
    sharedWith: [102],
    userFields: { UF_CRM_TASK: ['CO_12', 'C_305'] },
  },
  {
    id: 146,
    title: 'Годовой план: первый понедельник января',
    createdBy: 104,
    responsibleId: 104,
    responsibles: members('104', '102'),
    replicate: true,
    params: replicateParams([['PERIOD', 'yearly'], ['YEARLY_TYPE', 2], ['YEARLY_WEEK_DAY_NUM', 0], ['YEARLY_WEEK_DAY', 0], ['YEARLY_MONTH_2', 0], ['TIME', '08:00'], ['NEXT_EXECUTION_TIME', '04.01.2027 08:00:00']]),
    sharedWith: [102],
    columns: { TAGS: serialize(['план', '年度', '🎯']), MULTITASK: 'Y' },
  },
  {
    id: 147,
    title: 'Imported template with a broken field',
    createdBy: 101,
    responsibleId: 102,
    responsibles: 'a:1:{i:0;s:3:"102";}',
    // Written with UTF-16 lengths by a foreign tool: `s:6:"Привет"` is 12 bytes in UTF-8.
    auditors: 'a:2:{i:0;s:6:"Привет";i:1;s:3:"101";}',
    replicate: true,
    // Cut off in the middle, as a too-short column would store it.
    params: 'a:3:{s:6:"PERIOD";s:6:"weekly";s:9:"WEEK_DAYS";a:1:{i:0;i:2;}s:4:"TIME";s:5:"11:00"',
    sharedWith: [102],
  },
  {
    id: 148,
    title: 'Board meeting preparation (private)',
    createdBy: 1,
    responsibleId: 1,
    responsibles: members('1'),
    replicate: false,
    sharedWith: [],
  },
  {
    id: 149,
    title: 'Welcome aboard: first-day checklist',
    createdBy: 1,
    responsibleId: 0,
    // "For new users" templates store RESPONSIBLES as serialize([0]) (CTaskTemplates::CheckFields).
    responsibles: 'a:1:{i:0;i:0;}',
    auditors: members('101', '102'),
    replicate: false,
    sharedWith: [101, 102],
    columns: { TPARAM_TYPE: '1', DESCRIPTION: 'Created for every [i]new employee[/i] on their first day.' },
  },
  {
    id: 150,
    title: 'Шаблон с битым списком ответственных',
    createdBy: 101,
    responsibleId: 102,
    // One byte short: "102" is declared as 2 bytes.
    responsibles: 'a:2:{i:0;s:3:"104";i:1;s:2:"102";}',
    accomplices: members('Иван'),
    replicate: true,
    params: replicateParams([['PERIOD', 'weekly'], ['WEEK_DAYS', [4]], ['TIME', '12:00'], ['REPEAT_TILL', 'times'], ['TIMES', 5], ['NEXT_EXECUTION_TIME', '19.03.2026 12:00:00']]),
    sharedWith: [102, 104],
  },
  {
    id: 151,
    title: 'Legacy weekly report (old format)',
    createdBy: 102,
    responsibleId: 102,
    responsibles: serialize([102]),
    replicate: true,
    // An old writer: no REPEAT_TILL key (END_DATE set means "until a date"), the creator's own
    // offset in TIMEZONE_OFFSET, ints everywhere, and no keys of the inactive periods.
    params: serialize(new Map<string, PhpValue>([
      ['PERIOD', 'weekly'],
      ['EVERY_WEEK', 1],
      ['WEEK_DAYS', [1, 4]],
      ['TIME', '08:30'],
      ['TIMEZONE_OFFSET', 10800],
      ['START_DATE', '01.09.2025'],
      ['END_DATE', '30.06.2026'],
      ['NEXT_EXECUTION_TIME', '19.03.2026 08:30:00'],
    ])),
    sharedWith: [102],
  },
  {
    id: 152,
    title: 'Month-end closing: bank statements (sub-template)',
    createdBy: 101,
    responsibleId: 103,
    responsibles: members('103'),
    replicate: false,
    sharedWith: [102, 103],
    columns: { BASE_TEMPLATE_ID: '143', DEADLINE_AFTER: '172800' },
  },
]

/** Template rows by id (columns are plain strings; each session copies what it changes). */
export const TEMPLATES: ReadonlyMap<number, DemoTemplate> = new Map([
  [139, { columns: TEMPLATE_139_COLUMNS, userFields: { UF_CRM_TASK: ['L_1179', 'D_1833'], UF_TASK_WEBDAV_FILES: [1117] }, sharedWith: [102] }],
  ...SPECS.map(spec => [spec.id, fromSpec(spec)] as const),
])
