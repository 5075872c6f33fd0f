/**
 * Portal users. 101 and 102 are the creator and the responsible of the docs' template 139, so their
 * names, logins, positions and photo file ids match that page. User 1 is the only administrator.
 * 108 was deleted (old entries still name the id, `user.get` no longer returns it); 109 was
 * dismissed (`user.get` returns it with ACTIVE false, as Bitrix24 keeps fired employees).
 * 110–145 are the timesheet dataset's delivery and analytics departments (timesheet-people.ts).
 */
import { fromServerWallClock } from './clock'
import { TIMESHEET_USERS } from './timesheet-people'

export interface DemoUser {
  id: number
  name: string
  lastName: string
  secondName: string
  login: string
  email: string
  workPosition: string
  gender: 'M' | 'F' | ''
  /** The user's own zone; '' means the portal's. */
  timeZone: string
  isAdmin: boolean
  active: boolean
  /** Gone from the portal: `user.get` does not return it. */
  deleted: boolean
  departments: number[]
  /** `b_file` id of the photo (what template rows carry), or null without a photo. */
  photoFileId: number | null
  registeredAt: number
  lastLoginAt: number
  /** Avatar background (the emulator draws initials). */
  color: string
}

function user(fields: Omit<DemoUser, 'deleted' | 'active' | 'isAdmin' | 'secondName' | 'timeZone'> & Partial<DemoUser>): DemoUser {
  return { deleted: false, active: true, isAdmin: false, secondName: '', timeZone: '', ...fields }
}

export const USERS: readonly DemoUser[] = [
  user({ id: 1, name: 'Alex', lastName: 'Morgan', login: 'admin@example.com', email: 'admin@example.com', workPosition: 'Portal administrator', gender: 'M', isAdmin: true, departments: [1], photoFileId: 10000, registeredAt: fromServerWallClock(2019, 2, 4), lastLoginAt: fromServerWallClock(2026, 3, 16, 8, 41), color: '#2fc6f6' }),
  user({ id: 101, name: 'John', lastName: 'Doe', secondName: 'Smith', login: 'john.doe@example.com', email: 'john.doe@example.com', workPosition: 'Employee', gender: 'M', departments: [1], photoFileId: 10001, registeredAt: fromServerWallClock(2021, 6, 1), lastLoginAt: fromServerWallClock(2026, 3, 16, 9, 5), color: '#9dcf00' }),
  user({ id: 102, name: 'Peter', lastName: 'Peters', secondName: 'Petrovich', login: 'peter.peters@example.com', email: 'peter.peters@example.com', workPosition: 'Employee', gender: 'M', departments: [3], photoFileId: 10002, registeredAt: fromServerWallClock(2022, 1, 10), lastLoginAt: fromServerWallClock(2026, 3, 16, 10, 12), color: '#ff5752' }),
  user({ id: 103, name: 'Мария', lastName: 'Иванова', secondName: 'Сергеевна', login: 'm.ivanova@example.com', email: 'm.ivanova@example.com', workPosition: 'Бухгалтер', gender: 'F', departments: [2], photoFileId: 10003, registeredAt: fromServerWallClock(2020, 9, 14), lastLoginAt: fromServerWallClock(2026, 3, 13, 17, 30), color: '#a77bde' }),
  user({ id: 104, name: 'Дмитрий', lastName: 'Кузнецов', login: 'd.kuznetsov@example.com', email: 'd.kuznetsov@example.com', workPosition: 'Разработчик', gender: 'M', departments: [3], photoFileId: 10004, registeredAt: fromServerWallClock(2023, 4, 3), lastLoginAt: fromServerWallClock(2026, 3, 16, 11, 2), color: '#ffa900' }),
  user({ id: 105, name: 'Li', lastName: 'Wei', login: 'li.wei@example.com', email: 'li.wei@example.com', workPosition: 'Designer', gender: 'F', timeZone: 'Asia/Shanghai', departments: [3], photoFileId: 10005, registeredAt: fromServerWallClock(2024, 2, 19), lastLoginAt: fromServerWallClock(2026, 3, 16, 4, 48), color: '#55d0e0' }),
  user({ id: 106, name: 'Ольга', lastName: 'Соколова', login: 'o.sokolova@example.com', email: 'o.sokolova@example.com', workPosition: 'Тестировщик', gender: 'F', departments: [3], photoFileId: 10006, registeredAt: fromServerWallClock(2024, 8, 26), lastLoginAt: fromServerWallClock(2026, 3, 15, 19, 20), color: '#e89b06' }),
  user({ id: 107, name: 'Sam', lastName: 'O\'Neil', login: 'sam.oneil@example.com', email: 'sam.oneil@example.com', workPosition: 'Support engineer', gender: 'M', timeZone: 'America/New_York', departments: [4], photoFileId: null, registeredAt: fromServerWallClock(2025, 1, 8), lastLoginAt: fromServerWallClock(2026, 3, 16, 6, 15), color: '#3bc8f5' }),
  user({ id: 108, name: 'Former', lastName: 'Employee', login: 'former@example.com', email: 'former@example.com', workPosition: '', gender: '', active: false, deleted: true, departments: [], photoFileId: null, registeredAt: fromServerWallClock(2018, 5, 2), lastLoginAt: fromServerWallClock(2023, 11, 30, 18, 0), color: '#888888' }),
  user({ id: 109, name: 'Игорь', lastName: 'Белов', login: 'i.belov@example.com', email: 'i.belov@example.com', workPosition: 'Верстальщик', gender: 'M', active: false, departments: [3], photoFileId: 10009, registeredAt: fromServerWallClock(2021, 3, 22), lastLoginAt: fromServerWallClock(2025, 12, 26, 16, 40), color: '#7b8691' }),
  ...TIMESHEET_USERS,
]

const USERS_BY_ID = new Map(USERS.map(candidate => [candidate.id, candidate]))

export function findUser(id: number): DemoUser | undefined {
  return USERS_BY_ID.get(id)
}

/** `CUser::FormatName` with the default `#NAME# #LAST_NAME#` template. */
export function fullName(user: DemoUser): string {
  return [user.name, user.lastName].filter(part => part !== '').join(' ')
}

/** Users that still exist on the portal (what `user.get` and the pickers can return). */
export function existingUsers(): DemoUser[] {
  return USERS.filter(candidate => !candidate.deleted)
}
