/** Portal users. Ids 101 and 102 are the creator and responsible of the docs' template 139. */
export interface DemoUser {
  ID: number
  NAME: string
  LAST_NAME: string
  WORK_POSITION: string
  ACTIVE: boolean
  IS_ADMIN: boolean
  /** Deleted users still author old entries but `user.get` no longer returns them. */
  DELETED?: boolean
  COLOR: string
}

export const USERS: readonly DemoUser[] = [
  { ID: 1, NAME: 'Alex', LAST_NAME: 'Morgan', WORK_POSITION: 'Portal administrator', ACTIVE: true, IS_ADMIN: true, COLOR: '#2fc6f6' },
  { ID: 101, NAME: 'John', LAST_NAME: 'Doe', WORK_POSITION: 'Project manager', ACTIVE: true, IS_ADMIN: false, COLOR: '#9dcf00' },
  { ID: 102, NAME: 'Peter', LAST_NAME: 'Peters', WORK_POSITION: 'Analyst', ACTIVE: true, IS_ADMIN: false, COLOR: '#ff5752' },
  { ID: 103, NAME: 'Мария', LAST_NAME: 'Иванова', WORK_POSITION: 'Бухгалтер', ACTIVE: true, IS_ADMIN: false, COLOR: '#a77bde' },
  { ID: 104, NAME: 'Дмитрий', LAST_NAME: 'Кузнецов', WORK_POSITION: 'Разработчик', ACTIVE: true, IS_ADMIN: false, COLOR: '#ffa900' },
  { ID: 105, NAME: 'Li', LAST_NAME: 'Wei', WORK_POSITION: 'Designer', ACTIVE: true, IS_ADMIN: false, COLOR: '#55d0e0' },
  { ID: 106, NAME: 'Ольга', LAST_NAME: 'Соколова', WORK_POSITION: 'Тестировщик', ACTIVE: true, IS_ADMIN: false, COLOR: '#e89b06' },
  { ID: 107, NAME: 'Sam', LAST_NAME: 'O\'Neil', WORK_POSITION: 'Support engineer', ACTIVE: true, IS_ADMIN: false, COLOR: '#3bc8f5' },
  { ID: 108, NAME: 'Former', LAST_NAME: 'Employee', WORK_POSITION: '', ACTIVE: false, IS_ADMIN: false, DELETED: true, COLOR: '#888888' },
]

export function findUser(id: number): DemoUser | undefined {
  return USERS.find(user => user.ID === id)
}
