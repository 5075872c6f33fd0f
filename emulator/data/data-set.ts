/**
 * A session's own view of the time entries: the shared, frozen demo rows plus this session's
 * changes (copy-on-write), so e2e tests never see each other's edits and 55,000 rows are not copied
 * on every page load. The indexes are built once per process in one pass (linear start-up).
 */
import type { DemoEntry } from './entries'
import { BASE_ENTRIES } from './entries'

const BASE_BY_ID = new Map<number, Readonly<DemoEntry>>()
const BASE_BY_TASK = new Map<number, Readonly<DemoEntry>[]>()
let highestBaseId = 0
for (const entry of BASE_ENTRIES) {
  BASE_BY_ID.set(entry.id, entry)
  const taskEntries = BASE_BY_TASK.get(entry.taskId)
  if (taskEntries)
    taskEntries.push(entry)
  else
    BASE_BY_TASK.set(entry.taskId, [entry])
  highestBaseId = Math.max(highestBaseId, entry.id)
}

const FIRST_NEW_ID = highestBaseId + 1

export class EntryStore {
  /** Changed or deleted (null) base rows, and rows this session added. */
  private readonly changes = new Map<number, DemoEntry | null>()
  private readonly added: DemoEntry[] = []
  private readonly addedById = new Map<number, DemoEntry>()
  private nextId = FIRST_NEW_ID
  private changeCount = 0

  /** Grows with every add, update and delete: what a cache of query results is keyed by. */
  get version(): number {
    return this.changeCount
  }

  /** By id only, whatever the task (that is how the portal reads an item). */
  get(id: number): Readonly<DemoEntry> | undefined {
    if (this.changes.has(id))
      return this.changes.get(id) ?? undefined
    return BASE_BY_ID.get(id) ?? this.addedById.get(id)
  }

  /** Every entry of a task, or of all tasks, in id order. */
  list(taskId?: number): Readonly<DemoEntry>[] {
    const base = taskId === undefined ? BASE_ENTRIES : BASE_BY_TASK.get(taskId) ?? []
    let rows: Readonly<DemoEntry>[]
    if (this.changes.size === 0) {
      rows = base.slice()
    }
    else {
      rows = []
      for (const entry of base) {
        const current = this.changes.has(entry.id) ? this.changes.get(entry.id) : entry
        if (current)
          rows.push(current)
      }
    }
    for (const entry of this.added) {
      if (this.changes.get(entry.id) !== null && (taskId === undefined || entry.taskId === taskId))
        rows.push(this.changes.get(entry.id) ?? entry)
    }
    return rows
  }

  add(fields: Omit<DemoEntry, 'id'>): DemoEntry {
    const entry: DemoEntry = { ...fields, id: this.nextId++ }
    this.changeCount++
    this.added.push(entry)
    this.addedById.set(entry.id, entry)
    return entry
  }

  update(id: number, patch: Partial<Omit<DemoEntry, 'id'>>): void {
    const current = this.get(id)
    if (current) {
      this.changes.set(id, { ...current, ...patch })
      this.changeCount++
    }
  }

  delete(id: number): void {
    this.changes.set(id, null)
    this.changeCount++
  }
}
