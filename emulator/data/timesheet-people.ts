/**
 * The delivery department of the timesheet dataset (emulator/README.md, "Timesheet dataset"):
 * 42 people, ids 110–151, added after the original demo users (whose ids tests rely on).
 * Department 5 "Delivery" is headed by 110 (Елена Смирнова) and holds 111–142 and 148–151, so its
 * head's team report covers 36 people; department 6 "Analytics" is headed by 143 and holds 144–147.
 * Fields are those `user.get` returns (WORK_POSITION, UF_DEPARTMENT, TIME_ZONE …); the heads are the
 * departments' `UF_HEAD` (b24restdocs api-reference/departments/department-get.md), read by the
 * access rules (emulator/rest/access.ts).
 */
import type { DemoUser } from './users'
import { fromServerWallClock } from './clock'

/** Department id → head, for the timesheet departments. */
export const TIMESHEET_DEPARTMENT_HEADS: ReadonlyArray<readonly [number, number]> = [[5, 110], [6, 143]]

/** The head of the delivery department, whose team report sees 32 people's entries. */
export const DELIVERY_HEAD = 110

type Row = readonly [id: number, name: string, lastName: string, position: string, gender: 'M' | 'F', timeZone: string, login: string]

/** Positions and zones of a mixed team: most on the server's zone (''), some in Berlin, Yekaterinburg, London. */
const ROWS: readonly Row[] = [
  [110, 'Елена', 'Смирнова', 'Руководитель отдела разработки', 'F', '', 'e.smirnova'],
  [111, 'Anna', 'Schmidt', 'Team lead, web', 'F', 'Europe/Berlin', 'a.schmidt'],
  [112, 'Алексей', 'Волков', 'Ведущий разработчик', 'M', '', 'a.volkov'],
  [113, 'Tom', 'Baker', 'Frontend developer', 'M', 'Europe/London', 't.baker'],
  [114, 'Наталья', 'Морозова', 'Frontend-разработчик', 'F', '', 'n.morozova'],
  [115, 'Jonas', 'Weber', 'Backend developer', 'M', 'Europe/Berlin', 'j.weber'],
  [116, 'Сергей', 'Попов', 'Backend-разработчик', 'M', 'Asia/Yekaterinburg', 's.popov'],
  [117, 'Emily', 'Clark', 'QA engineer', 'F', 'Europe/London', 'e.clark'],
  [118, 'Ирина', 'Лебедева', 'Тестировщик', 'F', '', 'i.lebedeva'],
  [119, 'Михаил', 'Козлов', 'DevOps-инженер', 'M', '', 'm.kozlov'],
  [120, 'Laura', 'Fischer', 'UX designer', 'F', 'Europe/Berlin', 'l.fischer'],
  [121, 'Андрей', 'Новиков', 'Мобильный разработчик', 'M', '', 'a.novikov'],
  [122, 'Kevin', 'Hughes', 'iOS developer', 'M', 'Europe/London', 'k.hughes'],
  [123, 'Татьяна', 'Павлова', 'Android-разработчик', 'F', 'Asia/Yekaterinburg', 't.pavlova'],
  [124, 'Felix', 'Wagner', 'Data engineer', 'M', 'Europe/Berlin', 'f.wagner'],
  [125, 'Юлия', 'Федорова', 'Аналитик', 'F', '', 'y.fedorova'],
  [126, 'Daniel', 'Moore', 'Project manager', 'M', 'Europe/London', 'd.moore'],
  [127, 'Артём', 'Михайлов', 'Разработчик 1С', 'M', '', 'a.mikhailov'],
  [128, 'Sophie', 'Becker', 'Technical writer', 'F', 'Europe/Berlin', 's.becker'],
  [129, 'Владимир', 'Соловьёв', 'Системный архитектор', 'M', '', 'v.solovyov'],
  [130, 'Chloe', 'Turner', 'Frontend developer', 'F', 'Europe/London', 'c.turner'],
  [131, 'Екатерина', 'Васильева', 'Менеджер проекта', 'F', '', 'e.vasilyeva'],
  [132, 'Lukas', 'Hoffmann', 'Backend developer', 'M', 'Europe/Berlin', 'l.hoffmann'],
  [133, 'Павел', 'Зайцев', 'Backend-разработчик', 'M', 'Asia/Yekaterinburg', 'p.zaitsev'],
  [134, 'Grace', 'Evans', 'QA engineer', 'F', 'Europe/London', 'g.evans'],
  [135, 'Анастасия', 'Богданова', 'Дизайнер интерфейсов', 'F', '', 'a.bogdanova'],
  [136, 'Max', 'Schulz', 'DevOps engineer', 'M', 'Europe/Berlin', 'm.schulz'],
  [137, 'Роман', 'Орлов', 'Frontend-разработчик', 'M', '', 'r.orlov'],
  [138, 'Olivia', 'Wright', 'Product owner', 'F', 'Europe/London', 'o.wright'],
  [139, 'Денис', 'Андреев', 'Тестировщик', 'M', '', 'd.andreev'],
  [140, 'Mia', 'Koch', 'Support engineer', 'F', 'Europe/Berlin', 'm.koch'],
  [141, 'Виктория', 'Макарова', 'Специалист поддержки', 'F', '', 'v.makarova'],
  [142, 'Илья', 'Никитин', 'Стажёр-разработчик', 'M', '', 'i.nikitin'],
  [143, 'Oliver', 'Hall', 'Head of analytics', 'M', 'Europe/London', 'o.hall'],
  [144, 'Ксения', 'Егорова', 'BI-аналитик', 'F', '', 'k.egorova'],
  [145, 'Noah', 'Richter', 'Data analyst', 'M', 'Europe/Berlin', 'n.richter'],
  [146, 'Дарья', 'Киселёва', 'Аналитик данных', 'F', 'Asia/Yekaterinburg', 'd.kiseleva'],
  [147, 'Ethan', 'Price', 'Data engineer', 'M', 'Europe/London', 'e.price'],
  [148, 'Маргарита', 'Белова', 'Специалист поддержки', 'F', '', 'm.belova'],
  [149, 'Paul', 'Neumann', 'Support engineer', 'M', 'Europe/Berlin', 'p.neumann'],
  [150, 'Степан', 'Громов', 'Системный администратор', 'M', '', 's.gromov'],
  [151, 'Hannah', 'Lee', 'Support engineer', 'F', 'Europe/London', 'h.lee'],
]

const COLORS = ['#2fc6f6', '#9dcf00', '#ff5752', '#a77bde', '#ffa900', '#55d0e0', '#e89b06', '#3bc8f5', '#7b8691', '#f7a700']

function department(id: number): number {
  return id >= 143 && id <= 147 ? 6 : 5
}

/** The dataset's people as demo users: all active employees with photos. */
export const TIMESHEET_USERS: readonly DemoUser[] = ROWS.map(([id, name, lastName, workPosition, gender, timeZone, login], index) => ({
  id,
  name,
  lastName,
  secondName: '',
  login: `${login}@example.com`,
  email: `${login}@example.com`,
  workPosition,
  gender,
  timeZone,
  isAdmin: false,
  active: true,
  deleted: false,
  departments: [department(id)],
  photoFileId: 10_100 + id,
  registeredAt: fromServerWallClock(2022 + (index % 4), 1 + (index % 12), 1 + (index % 27)),
  lastLoginAt: fromServerWallClock(2026, 3, 16, 8, index % 60),
  color: COLORS[index % COLORS.length]!,
}))
