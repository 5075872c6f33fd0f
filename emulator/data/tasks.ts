/**
 * Demo tasks and their time entries. Ids are stable (emulator/README.md lists them):
 * 101 three entries, 102 none, 103 sixty, 104 five thousand, 105 visible only to its members.
 */
import { DEMO_NOW, toServerIso } from './clock'
import { seededRandom } from './random'

export interface DemoTask {
  id: number
  title: string
  createdBy: number
  responsibleId: number
  accomplices: number[]
  auditors: number[]
  timeEstimate: number
  allowTimeTracking: boolean
  forkedByTemplateId: number | null
  groupId: number
  status: number
}

/** A stored time entry: the row of `b_tasks_elapsed_time`, values as the REST layer will print them. */
export interface DemoEntry {
  id: number
  taskId: number
  userId: number
  comment: string
  seconds: number
  source: 1 | 2 | 3
  createdDate: number
  dateStart: number | null
  dateStop: number | null
}

export const TASKS: readonly DemoTask[] = [
  { id: 101, title: 'Prepare the quarterly status report', createdBy: 101, responsibleId: 102, accomplices: [103], auditors: [101], timeEstimate: 4 * 3600, allowTimeTracking: true, forkedByTemplateId: 139, groupId: 0, status: 3 },
  { id: 102, title: 'Согласовать договор с подрядчиком', createdBy: 101, responsibleId: 102, accomplices: [], auditors: [], timeEstimate: 0, allowTimeTracking: true, forkedByTemplateId: null, groupId: 0, status: 2 },
  { id: 103, title: 'Website redesign: landing pages', createdBy: 101, responsibleId: 104, accomplices: [102, 105, 106], auditors: [101], timeEstimate: 80 * 3600, allowTimeTracking: true, forkedByTemplateId: 144, groupId: 7, status: 3 },
  { id: 104, title: 'Support backlog 2026', createdBy: 1, responsibleId: 107, accomplices: [102, 103, 104, 105, 106], auditors: [], timeEstimate: 0, allowTimeTracking: true, forkedByTemplateId: null, groupId: 0, status: 3 },
  { id: 105, title: 'Salary review (confidential)', createdBy: 1, responsibleId: 101, accomplices: [], auditors: [], timeEstimate: 2 * 3600, allowTimeTracking: false, forkedByTemplateId: null, groupId: 0, status: 2 },
]

const COMMENTS = [
  'Reviewed the <b>figures</b> with finance',
  'Созвон с клиентом по макетам',
  '[b]Deploy[/b] to staging, see [url=https://example.com/ci]CI run[/url]',
  'Fixed the import <script>alert(1)</script> edge case',
  'Line one\nLine two\nLine three',
  'Код-ревью 🚀 и правки',
  '',
  'Research: "quotes", apostrophes \' & ampersands',
]

function generateEntries(taskId: number, count: number, userIds: number[], firstId: number, seed: number): DemoEntry[] {
  const random = seededRandom(seed)
  const entries: DemoEntry[] = []
  for (let index = 0; index < count; index++) {
    const roll = random()
    const source: 1 | 2 | 3 = roll < 0.05 ? 1 : roll < 0.6 ? 2 : 3
    const seconds = Math.round((5 + random() * 235)) * 60 + (source === 3 ? Math.floor(random() * 60) : 0)
    const daysAgo = Math.floor(random() * Math.min(400, 40 + count / 10))
    const start = DEMO_NOW - daysAgo * 86_400_000 - Math.floor(random() * 9) * 3_600_000
    entries.push({
      id: firstId + index,
      taskId,
      userId: userIds[Math.floor(random() * userIds.length)]!,
      comment: source === 3 ? '' : COMMENTS[Math.floor(random() * COMMENTS.length)]!,
      seconds,
      source,
      createdDate: start,
      dateStart: source === 3 ? start : start + 120_000,
      dateStop: source === 3 ? start + seconds * 1000 : start + 120_000,
    })
  }
  return entries
}

/** Every entry, ids ascending; a fresh copy per call so sessions can edit their own. */
export function createEntries(): DemoEntry[] {
  const day = 86_400_000
  const threeEntries: DemoEntry[] = [
    { id: 1, taskId: 101, userId: 102, comment: 'Collected figures from <b>finance</b> & sales', seconds: 5400, source: 2, createdDate: DEMO_NOW - 2 * day, dateStart: DEMO_NOW - 2 * day + 60_000, dateStop: DEMO_NOW - 2 * day + 60_000 },
    { id: 2, taskId: 101, userId: 103, comment: '', seconds: 2723, source: 3, createdDate: DEMO_NOW - day, dateStart: DEMO_NOW - day, dateStop: DEMO_NOW - day + 2_723_000 },
    { id: 3, taskId: 101, userId: 108, comment: '[b]Legacy[/b] import from the old tracker\nsecond line 🚀', seconds: 900, source: 1, createdDate: DEMO_NOW - 30 * day, dateStart: null, dateStop: null },
  ]
  return [
    ...threeEntries,
    ...generateEntries(103, 60, [101, 102, 104, 105, 106, 108], 1001, 103),
    ...generateEntries(104, 5000, [102, 103, 104, 105, 106, 107], 10001, 104),
    ...generateEntries(105, 4, [101], 20001, 105),
  ]
}

export function serverDate(epochMs: number | null): string {
  return epochMs === null ? '' : toServerIso(epochMs)
}
