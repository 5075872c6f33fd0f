/**
 * Demo tasks (ids are listed in emulator/README.md):
 * 101 three entries, from template 139 · 102 no entries, Cyrillic title · 103 sixty entries, in
 * project 7, from template 144 · 104 five thousand entries · 105 private (only its members and the
 * admin see it) · 106 time tracking switched off.
 */
import { DAY_MS, DEMO_NOW, fromServerWallClock, HOUR_MS } from './clock'

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
    createdDate: fromServerWallClock(2026, 2, 27, 10, 15),
    responsibleId: 102,
    accomplices: [103],
    auditors: [101],
    deadline: fromServerWallClock(2026, 3, 20, 19, 0),
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
    createdDate: fromServerWallClock(2026, 3, 12, 14, 0),
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
    createdDate: fromServerWallClock(2025, 12, 1, 9, 30),
    responsibleId: 104,
    accomplices: [102, 105, 106],
    auditors: [101],
    deadline: fromServerWallClock(2026, 4, 30, 19, 0),
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
    createdDate: fromServerWallClock(2025, 1, 9, 8, 0),
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
    createdDate: fromServerWallClock(2026, 3, 2, 12, 0),
    responsibleId: 101,
    accomplices: [],
    auditors: [],
    deadline: fromServerWallClock(2026, 3, 31, 19, 0),
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
]

export function findTask(id: number): DemoTask | undefined {
  return TASKS.find(candidate => candidate.id === id)
}

export function findGroup(id: number): DemoGroup | undefined {
  return GROUPS.find(candidate => candidate.id === id)
}

/** Creator, responsible, accomplices and auditors. */
export function taskMembers(task: DemoTask): number[] {
  return [task.createdBy, task.responsibleId, ...task.accomplices, ...task.auditors]
}
