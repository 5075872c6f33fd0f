/**
 * The timesheet dataset (emulator/README.md, "Timesheet dataset"): five projects (sonet groups
 * 8–12), 65 tasks (201–265) and three months of time entries ending today (ids from 200,001),
 * booked by the delivery department (timesheet-people.ts) and by the default user 102.
 *
 * Every person works weekdays in their own zone (TIME_ZONE, '' = the server's): a stand-up in the
 * morning, then six to eleven pieces of work on the tasks they are responsible for or an accomplice
 * on, a lunch break, 5–8.5 hours a day, a week of holiday for some, a sick day now and then. The day
 * of "now" holds only what ended before it. Entries are booked as on a portal
 * (docs/rest-quirks.md#entry-fields): manual ones (SOURCE 2) with a comment, CREATED_DATE the work's
 * start and DATE_START = DATE_STOP the moment they were saved; timer ones (SOURCE 3) without a
 * comment, DATE_START = CREATED_DATE and DATE_STOP = start + seconds.
 *
 * Planned time (TIME_ESTIMATE) is set from what was booked, times a factor between 0.65 and 1.5,
 * so about a third of the tasks run over; the meeting tasks and a few others have none.
 *
 * Deterministic (one seeded PRNG per person, one for the tasks) and linear: each entry is built once,
 * in day order; zone offsets are computed once per zone and day.
 */
import type { DemoEntry, EntrySource } from './entries'
import type { DemoGroup, DemoTask } from './tasks'
import type { DemoUser } from './users'
import { DAY_MS, DEMO_NOW, MINUTE_MS, SERVER_UTC_OFFSET_MINUTES } from './clock'
import { seededRandom } from './random'
import { DELIVERY_HEAD, TIMESHEET_USERS } from './timesheet-people'

/** The default login user (emulator/host-page/render.ts DEFAULT_USER_ID), busy on three projects. */
const DEFAULT_USER = 102

/** How many calendar days back from today the entries reach (about three months). */
export const TIMESHEET_SPAN_DAYS = 91

/** The first entry id of the dataset (above every id of entries.ts). */
export const TIMESHEET_FIRST_ENTRY_ID = 200_001

interface ProjectSpec {
  group: DemoGroup
  owner: number
  titles: readonly string[]
}

const PROJECTS: readonly ProjectSpec[] = [
  {
    group: { id: 8, name: 'Mobile app 3.0', opened: true, members: [112, 121, 122, 123, 117, 135, 126, DEFAULT_USER] },
    owner: 126,
    titles: ['Offline mode for the task list', 'Push notifications: new provider', 'Login with passkeys', 'Dark theme', 'Crash on Android 15 when rotating', 'Release 3.0.1 to the stores', 'Image upload: resume after network loss', 'Accessibility review of the settings screen', 'iPad layout for the calendar', 'Analytics events for onboarding', 'Мобильная оплата: СБП', 'Performance: cold start under 1.5 s'],
  },
  {
    group: { id: 9, name: 'CRM integration', opened: false, members: [115, 116, 127, 132, 133, 118, 131, DEFAULT_USER] },
    owner: 131,
    titles: ['Sync deals with the ERP', 'Обмен с 1С: контрагенты', 'Обмен с 1С: счета и оплаты', 'Webhook retries and dead-letter queue', 'Duplicate contact detection', 'Migration of 2019–2023 leads', 'OAuth token refresh on the connector', 'Отчёт по воронке для отдела продаж', 'Rate-limit aware batch export', 'Field mapping editor', 'Load test: 100,000 deals'],
  },
  {
    group: { id: 10, name: 'Data warehouse', opened: true, members: [124, 125, 129, 143, 144, 145, 146, 147, 119] },
    owner: 143,
    titles: ['Nightly ETL from the shop database', 'Витрина продаж по регионам', 'Dashboard: time to resolve support tickets', 'Move the warehouse to ClickHouse', 'Data quality checks for orders', 'GDPR: delete personal data on request', 'Прогноз спроса на весну', 'Backfill of 2024 events', 'Cost report per project', 'Schema documentation'],
  },
  {
    group: { id: 11, name: 'Интернет-магазин', opened: true, members: [111, 113, 114, 130, 137, 120, 134, 139, DEFAULT_USER] },
    owner: 111,
    titles: ['Новый каталог: фильтры и сортировка', 'Checkout in three steps', 'Корзина: промокоды', 'Product page redesign', 'Поиск по артикулу и штрихкоду', 'Delivery slots from the logistics API', 'Личный кабинет: история заказов', 'Core Web Vitals: LCP under 2.5 s', 'A/B test of the new header', 'Отзывы покупателей с фото', 'Payment provider switch', 'Black Friday landing page'],
  },
  {
    group: { id: 12, name: 'Support & operations', opened: false, members: [119, 136, 140, 141, 142, 128, 138, 148, 149, 150, 151, DELIVERY_HEAD] },
    owner: DELIVERY_HEAD,
    titles: ['On-call rotation Q1', 'Обновление серверов до Debian 13', 'Backups: restore drill', 'Knowledge base: top 50 questions', 'Monitoring: alert fatigue clean-up', 'SSL certificates: automatic renewal', 'Разбор обращений второй линии', 'Onboarding guide for new developers', 'Incident review: payment outage', 'Log retention policy', 'Staging environment per branch', 'Переезд в новый дата-центр', 'Customer SLA report', 'Security audit follow-up', 'Help desk macros', 'VPN for contractors'],
  },
]

/** Tasks outside any project: team rituals everyone books on. */
const TEAM_TASKS: ReadonlyArray<{ title: string, responsibleId: number, meeting: boolean }> = [
  { title: 'Планёрки и синхронизации отдела', responsibleId: DELIVERY_HEAD, meeting: true },
  { title: 'Code review duty', responsibleId: 112, meeting: false },
  { title: 'Internal training and conferences', responsibleId: DELIVERY_HEAD, meeting: true },
  { title: 'Quarterly planning Q2', responsibleId: 126, meeting: true },
]

export const TIMESHEET_GROUPS: readonly DemoGroup[] = PROJECTS.map(project => project.group)

const ENGLISH_COMMENTS: readonly string[] = [
  'Implemented the happy path, edge cases tomorrow',
  'Code review and fixes after review',
  'Call with the customer about the scope',
  'Wrote tests for the new endpoint',
  'Investigated the bug, reproduced on staging',
  'Refactoring before the feature lands',
  'Pairing with Tom on the tricky part',
  'Deploy to staging and smoke test',
  'Updated the docs and the changelog',
  'Estimation and breakdown into subtasks',
  'Fixed flaky tests in CI',
  'Performance profiling, found two slow queries',
  'Demo prep for the sprint review',
  'Answered questions from support',
  'Design review with the team',
  'Migration script, dry run on a copy',
  'Follow-up on review comments: renamed fields, added a retry with backoff and a note in the README',
]

const RUSSIAN_COMMENTS: readonly string[] = [
  'Разработка основной логики',
  'Код-ревью и правки по замечаниям',
  'Созвон с заказчиком по требованиям',
  'Написал тесты на новый сценарий',
  'Разбор ошибки, воспроизвёл на стенде',
  'Рефакторинг перед доработкой',
  'Выкладка на тестовый стенд и проверка',
  'Обновил документацию',
  'Оценка и декомпозиция задачи',
  'Чинил нестабильные тесты в CI',
  'Согласование макетов с дизайнером',
  'Ответы на вопросы поддержки',
  'Миграция данных, пробный прогон',
  'Исправления после тестирования:\n— валидация полей\n— сообщения об ошибках',
  'Встреча с командой: статус и риски',
]

const MEETING_COMMENTS: readonly string[] = ['Daily stand-up', 'Ежедневная планёрка', 'Sprint planning', 'Ретроспектива', 'Sprint review', 'Weekly sync with the product owner', '1:1', 'Meetup talk: Vue 3.6 and Vapor mode', 'Курс по безопасности, модуль 3']

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!
}

function between(random: () => number, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1))
}

/** The server's calendar day of an instant, as days since the epoch. */
function serverDayNumber(epochMs: number): number {
  return Math.floor((epochMs + SERVER_UTC_OFFSET_MINUTES * MINUTE_MS) / DAY_MS)
}

const TODAY = serverDayNumber(DEMO_NOW)

const offsetCache = new Map<string, number>()
const formatters = new Map<string, Intl.DateTimeFormat>()

/** The zone's UTC offset in minutes at noon UTC of a day (working hours never straddle a DST switch). */
function zoneOffsetMinutes(timeZone: string, day: number): number {
  if (timeZone === '')
    return SERVER_UTC_OFFSET_MINUTES
  const key = `${timeZone}|${day}`
  const cached = offsetCache.get(key)
  if (cached !== undefined)
    return cached
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
    formatters.set(timeZone, formatter)
  }
  const noon = day * DAY_MS + 12 * 60 * MINUTE_MS
  const parts = Object.fromEntries(formatter.formatToParts(new Date(noon)).map(part => [part.type, part.value]))
  const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute))
  const offset = Math.round((wall - noon) / MINUTE_MS)
  offsetCache.set(key, offset)
  return offset
}

interface TaskPlan {
  task: DemoTask
  /** Server days on which the task is worked on, inclusive. */
  firstDay: number
  lastDay: number
  meeting: boolean
  estimateFactor: number
}

function buildTaskPlans(): TaskPlan[] {
  const random = seededRandom(2_026_201)
  const plans: TaskPlan[] = []
  let nextId = 201
  const firstDay = TODAY - TIMESHEET_SPAN_DAYS
  for (const project of PROJECTS) {
    const members = project.group.members
    project.titles.forEach((title, index) => {
      // Early tasks are done, later ones still running, the last one not started yet.
      const starts = firstDay + Math.floor((index / project.titles.length) * (TIMESHEET_SPAN_DAYS - 10)) + between(random, 0, 6)
      const notStarted = index === project.titles.length - 1
      const length = between(random, 18, 55)
      const lastDay = notStarted ? starts - 1 : Math.min(TODAY, starts + length)
      const done = !notStarted && lastDay < TODAY - 3
      const responsibleId = members[(index + 1) % members.length]!
      const others = members.filter(member => member !== responsibleId)
      const accomplices = [...new Set(Array.from({ length: between(random, 1, 3) }, () => pick(others, random)))]
      const deadlineDay = notStarted ? TODAY + between(random, 20, 40) : lastDay + between(random, -8, 10)
      plans.push({
        task: {
          id: nextId++,
          title,
          description: `${title}. Project: [b]${project.group.name}[/b].`,
          status: notStarted ? 2 : done ? (random() < 0.15 ? 4 : 5) : (random() < 0.1 ? 6 : 3),
          priority: random() < 0.2 ? 2 : 1,
          groupId: project.group.id,
          createdBy: project.owner,
          createdDate: (starts - between(random, 1, 10)) * DAY_MS + 7 * 60 * MINUTE_MS,
          responsibleId,
          accomplices,
          auditors: random() < 0.3 ? [DELIVERY_HEAD] : [],
          deadline: random() < 0.15 ? null : deadlineDay * DAY_MS + 16 * 60 * MINUTE_MS,
          timeEstimate: 0,
          allowTimeTracking: true,
          forkedByTemplateId: null,
          commentsCount: between(random, 0, 40),
        },
        firstDay: starts,
        lastDay,
        meeting: false,
        estimateFactor: random() < 0.1 ? 0 : 0.65 + random() * 0.85,
      })
    })
  }
  const department = TIMESHEET_USERS.filter(user => user.departments.includes(5)).map(user => user.id)
  for (const team of TEAM_TASKS) {
    const accomplices = team.title === 'Code review duty'
      ? [111, 113, 115, 116, 121, 132, 137, DEFAULT_USER]
      : [...department.filter(id => id !== team.responsibleId), DEFAULT_USER, 143, 144, 145, 146, 147]
    plans.push({
      task: {
        id: nextId++,
        title: team.title,
        description: team.meeting ? 'Meetings of the delivery department.' : 'Reviews that do not belong to one task.',
        status: 3,
        priority: 1,
        groupId: 0,
        createdBy: DELIVERY_HEAD,
        createdDate: (firstDay - 20) * DAY_MS + 6 * 60 * MINUTE_MS,
        responsibleId: team.responsibleId,
        accomplices,
        auditors: [],
        deadline: null,
        timeEstimate: 0,
        allowTimeTracking: true,
        forkedByTemplateId: null,
        commentsCount: between(random, 0, 12),
      },
      firstDay: team.title === 'Quarterly planning Q2' ? TODAY - 12 : firstDay,
      lastDay: TODAY,
      meeting: team.meeting,
      estimateFactor: 0,
    })
  }
  return plans
}

interface Worker {
  user: Pick<DemoUser, 'id' | 'timeZone'>
  russian: boolean
  minutesPerDay: readonly [number, number]
  holidayStart: number | null
  random: () => number
}

function workers(): Worker[] {
  const people: Array<Pick<DemoUser, 'id' | 'timeZone' | 'name'>> = [{ id: DEFAULT_USER, timeZone: '', name: 'Peter' }, ...TIMESHEET_USERS]
  return people.map((user) => {
    const random = seededRandom(7_000 + user.id)
    // A week of holiday for about a third of the people, never in the last three weeks (the busy
    // week of the default user stays whole).
    const holidayStart = user.id !== DEFAULT_USER && random() < 0.35 ? TODAY - TIMESHEET_SPAN_DAYS + between(random, 5, TIMESHEET_SPAN_DAYS - 30) : null
    const intern = user.id === 142
    return {
      user,
      russian: /\p{Script=Cyrillic}/u.test(user.name),
      minutesPerDay: intern ? [240, 300] : user.id === DEFAULT_USER ? [450, 510] : [330, 500],
      holidayStart,
      random,
    }
  })
}

/** Entries of one person on one working day, appended in time order. */
function bookDay(worker: Worker, day: number, tasks: readonly TaskPlan[], meetings: readonly TaskPlan[], nextId: () => number, out: Readonly<DemoEntry>[]): void {
  const { random } = worker
  const offset = zoneOffsetMinutes(worker.user.timeZone, day)
  const localMidnight = day * DAY_MS - offset * MINUTE_MS
  let minute = between(random, 8 * 60 + 30, 10 * 60)
  const target = between(random, worker.minutesPerDay[0], worker.minutesPerDay[1])
  let booked = 0
  let lunched = false
  const push = (plan: TaskPlan, minutes: number, comment: string) => {
    const start = localMidnight + minute * MINUTE_MS
    const seconds = minutes * 60 - (random() < 0.3 ? between(random, 0, 59) : 0)
    const end = start + seconds * 1000
    if (end > DEMO_NOW)
      return false
    const source: EntrySource = random() < 0.25 ? 3 : 2
    const saved = Math.min(DEMO_NOW, end + between(random, 0, 90) * MINUTE_MS)
    out.push(Object.freeze({
      id: nextId(),
      taskId: plan.task.id,
      userId: worker.user.id,
      comment: source === 3 ? '' : comment,
      seconds,
      source,
      createdDate: start,
      dateStart: source === 3 ? start : saved,
      dateStop: source === 3 ? end : saved,
    }))
    return true
  }
  const standUp = meetings.find(plan => plan.task.title.startsWith('Планёрки'))
  if (standUp && random() < 0.85) {
    const minutes = between(random, 15, 30)
    if (!push(standUp, minutes, pick(MEETING_COMMENTS.slice(0, 2), random)))
      return
    minute += minutes + between(random, 0, 10)
    booked += minutes
  }
  const pieces = between(random, 6, 11)
  const pieceMinutes = Math.max(15, Math.round((target - booked) / pieces))
  // Pieces of at least ten minutes, and nothing after 19:00 local time.
  while (target - booked >= 10 && minute < 19 * 60 - 10) {
    if (!lunched && minute >= 13 * 60) {
      minute += between(random, 35, 65)
      lunched = true
    }
    const meetingNow = meetings.length > 0 && random() < 0.08
    const plan = meetingNow ? pick(meetings, random) : tasks.length > 0 ? pick(tasks, random) : null
    if (!plan)
      break
    const minutes = Math.min(target - booked, 19 * 60 - minute, Math.max(10, Math.round(pieceMinutes * (0.5 + random()) / 5) * 5))
    const comment = meetingNow ? pick(MEETING_COMMENTS, random) : pick(worker.russian ? RUSSIAN_COMMENTS : ENGLISH_COMMENTS, random)
    if (!push(plan, minutes, comment))
      return
    minute += minutes + between(random, 0, 12)
    booked += minutes
  }
}

function buildDataset(): { tasks: readonly DemoTask[], entries: readonly Readonly<DemoEntry>[] } {
  const plans = buildTaskPlans()
  const people = workers()
  const tasksOf = new Map<number, TaskPlan[]>()
  const meetingsOf = new Map<number, TaskPlan[]>()
  for (const plan of plans) {
    for (const member of [plan.task.responsibleId, ...plan.task.accomplices]) {
      const target = plan.meeting ? meetingsOf : tasksOf
      const list = target.get(member)
      if (list)
        list.push(plan)
      else
        target.set(member, [plan])
    }
  }
  const entries: Readonly<DemoEntry>[] = []
  let id = TIMESHEET_FIRST_ENTRY_ID
  const nextId = () => id++
  for (let day = TODAY - TIMESHEET_SPAN_DAYS; day <= TODAY; day++) {
    // 1970-01-01 was a Thursday: day 0 → 4.
    const weekday = (day + 4) % 7
    if (weekday === 0 || weekday === 6)
      continue
    for (const worker of people) {
      const onHoliday = worker.holidayStart !== null && day >= worker.holidayStart && day < worker.holidayStart + 7
      const sick = worker.random() < 0.03 && worker.user.id !== DEFAULT_USER
      if (onHoliday || sick)
        continue
      const active = (plan: TaskPlan) => plan.firstDay <= day && day <= plan.lastDay
      const tasks = (tasksOf.get(worker.user.id) ?? []).filter(active)
      const meetings = (meetingsOf.get(worker.user.id) ?? []).filter(active)
      bookDay(worker, day, tasks, meetings, nextId, entries)
    }
  }
  const spent = new Map<number, number>()
  for (const entry of entries)
    spent.set(entry.taskId, (spent.get(entry.taskId) ?? 0) + entry.seconds)
  const tasks = plans.map((plan) => {
    const seconds = spent.get(plan.task.id) ?? 0
    // Planned in half hours; a task not started yet has a plan of its own.
    const planned = plan.task.status === 2 ? 8 * 3600 : Math.round(seconds * plan.estimateFactor / 1800) * 1800
    return Object.freeze({ ...plan.task, timeEstimate: planned })
  })
  return { tasks, entries }
}

const DATASET = buildDataset()

/** The dataset's tasks, ids 201–265, in id order. */
export const TIMESHEET_TASKS: readonly DemoTask[] = DATASET.tasks

/** The dataset's entries, ids ascending from 200,001, in day order. */
export const TIMESHEET_ENTRIES: readonly Readonly<DemoEntry>[] = DATASET.entries
