/**
 * Demo tasks (ids are listed in emulator/README.md):
 * 101 three entries, from template 139 · 102 no entries, Cyrillic title · 103 sixty entries, in
 * project 7, from template 144 · 104 five thousand entries · 105 private (only its members and the
 * admin see it) · 106 time tracking switched off · 107 fifty thousand entries (performance) ·
 * 201–265 the timesheet dataset in projects 8–12 (timesheet-work.ts).
 * Dates are relative to the demo clock's "now" (clock.ts), so a task due "in four days" stays so.
 */
import { DAY_MS, DEMO_NOW, fromServerWallClock, HOUR_MS, MINUTE_MS, SERVER_UTC_OFFSET_MINUTES } from './clock'
import { TIMESHEET_GROUPS, TIMESHEET_TASKS } from './timesheet-work'

/** Server wall-clock `hours:minutes` on the day `days` after the demo clock's day (negative: before). */
function demoDay(days: number, hours: number, minutes = 0): number {
  const today = new Date(DEMO_NOW + SERVER_UTC_OFFSET_MINUTES * MINUTE_MS)
  return fromServerWallClock(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate() + days, hours, minutes)
}

export interface DemoGroup {
  id: number
  name: string
  opened: boolean
  members: number[]
}

export interface DemoTask {
  id: number
  title: string
  /** BBCode, as the task form stores it. */
  description: string
  /** Real status: 2 pending, 3 in progress, 4 supposedly completed, 5 completed, 6 deferred. */
  status: number
  /** 0 low, 1 average, 2 high. */
  priority: number
  groupId: number
  createdBy: number
  createdDate: number
  responsibleId: number
  accomplices: number[]
  auditors: number[]
  deadline: number | null
  /** Planned time in seconds (TIME_ESTIMATE). */
  timeEstimate: number
  allowTimeTracking: boolean
  forkedByTemplateId: number | null
  commentsCount: number
}

export const GROUPS: readonly DemoGroup[] = [
  { id: 7, name: 'Website relaunch', opened: true, members: [101, 102, 104, 105, 106, 109] },
  ...TIMESHEET_GROUPS,
]

export const TASKS: readonly DemoTask[] = [
  {
    id: 101,
    title: 'Prepare the quarterly status report',
    description: 'Collect the [b]Q1 figures[/b] from finance and sales, then agree the status with the team.\n[list][*]finance[*]sales[/list]',
    status: 3,
    priority: 2,
    groupId: 0,
    createdBy: 101,
    createdDate: demoDay(-17, 10, 15),
    responsibleId: 102,
    accomplices: [103],
    auditors: [101],
    deadline: demoDay(4, 19),
    timeEstimate: 4 * 3600,
    allowTimeTracking: true,
    forkedByTemplateId: 139,
    commentsCount: 4,
  },
  {
    id: 102,
    title: 'Согласовать договор с подрядчиком',
    description: 'Проверить условия [i]оплаты[/i] и сроки.',
    status: 2,
    priority: 1,
    groupId: 0,
    createdBy: 101,
    createdDate: demoDay(-4, 14),
    responsibleId: 102,
    accomplices: [],
    auditors: [],
    deadline: null,
    timeEstimate: 0,
    allowTimeTracking: true,
    forkedByTemplateId: null,
    commentsCount: 0,
  },
  {
    id: 103,
    title: 'Website redesign: landing pages',
    description: 'Landing pages for the spring campaign. Mock-ups: [url=https://example.com/figma]Figma[/url]',
    status: 3,
    priority: 1,
    groupId: 7,
    createdBy: 101,
    createdDate: demoDay(-105, 9, 30),
    responsibleId: 104,
    accomplices: [102, 105, 106],
    auditors: [101],
    deadline: demoDay(45, 19),
    timeEstimate: 80 * 3600,
    allowTimeTracking: true,
    forkedByTemplateId: 144,
    commentsCount: 37,
  },
  {
    id: 104,
    title: 'Support backlog 2026',
    description: 'Everything the support line could not close on the first call.',
    status: 3,
    priority: 1,
    groupId: 0,
    createdBy: 1,
    createdDate: demoDay(-431, 8),
    responsibleId: 107,
    accomplices: [102, 103, 104, 105, 106],
    auditors: [],
    deadline: null,
    timeEstimate: 0,
    allowTimeTracking: true,
    forkedByTemplateId: null,
    commentsCount: 912,
  },
  {
    id: 105,
    title: 'Salary review (confidential)',
    description: 'Only the responsible person and the administrator see this task.',
    status: 2,
    priority: 2,
    groupId: 0,
    createdBy: 1,
    createdDate: demoDay(-14, 12),
    responsibleId: 101,
    accomplices: [],
    auditors: [],
    deadline: demoDay(15, 19),
    timeEstimate: 2 * 3600,
    allowTimeTracking: true,
    forkedByTemplateId: null,
    commentsCount: 1,
  },
  {
    id: 106,
    title: 'Read the new security policy',
    description: 'Time tracking is switched off for this task.',
    status: 2,
    priority: 0,
    groupId: 0,
    createdBy: 1,
    createdDate: DEMO_NOW - 3 * DAY_MS - 2 * HOUR_MS,
    responsibleId: 102,
    accomplices: [103, 104, 105, 106, 107],
    auditors: [],
    deadline: DEMO_NOW + 4 * DAY_MS,
    timeEstimate: 1800,
    allowTimeTracking: false,
    forkedByTemplateId: null,
    commentsCount: 0,
  },
  {
    id: 107,
    title: 'Operations log 2023–2026',
    description: 'Three years of operations work: fifty thousand time entries.',
    status: 3,
    priority: 1,
    groupId: 0,
    createdBy: 1,
    createdDate: demoDay(-1101, 9),
    responsibleId: 102,
    accomplices: [101, 103, 104, 105, 106, 107],
    auditors: [],
    deadline: null,
    timeEstimate: 0,
    allowTimeTracking: true,
    forkedByTemplateId: null,
    commentsCount: 2841,
  },
  ...TIMESHEET_TASKS,
]

const TASKS_BY_ID = new Map(TASKS.map(candidate => [candidate.id, candidate]))
const GROUPS_BY_ID = new Map(GROUPS.map(candidate => [candidate.id, candidate]))

export function findTask(id: number): DemoTask | undefined {
  return TASKS_BY_ID.get(id)
}

export function findGroup(id: number): DemoGroup | undefined {
  return GROUPS_BY_ID.get(id)
}

/** Creator, responsible, accomplices and auditors. */
export function taskMembers(task: DemoTask): number[] {
  return [task.createdBy, task.responsibleId, ...task.accomplices, ...task.auditors]
}
