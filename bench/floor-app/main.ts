/**
 * The performance floor (`npm run perf`): the least an app on this stack can do to show a task's
 * first time entries in the portal frame. Vue + Pinia + the SDK, no router, no UI kit, no i18n: it
 * boots the frame, asks for the first page of the task's entries (the same `getlist` the app's
 * opening batch holds) and renders those rows. Task Lens's times are reported as ratios to this.
 */
import { initializeB24Frame } from '@bitrix24/b24jssdk'
import { createPinia, defineStore } from 'pinia'
import { createApp, defineComponent, h, shallowRef } from 'vue'

interface Row {
  ID: string
  USER_ID: string
  SECONDS: string
  CREATED_DATE: string
  COMMENT_TEXT: string
}

const useRows = defineStore('floor-rows', () => {
  const rows = shallowRef<readonly Row[]>([])
  return { rows }
})

const FloorApp = defineComponent(() => {
  const store = useRows()
  return () => h('ul', { 'data-test': 'entry-list' }, store.rows.map(row => h('li', { 'key': row.ID, 'data-test': 'list-row' }, `${row.CREATED_DATE} · #${row.USER_ID} · ${row.SECONDS} s · ${row.COMMENT_TEXT}`)))
})

const pinia = createPinia()
createApp(FloorApp).use(pinia).mount('#app')

/** Boots the frame and renders the first page; a floor has no error handling to measure. */
async function boot(): Promise<void> {
  const b24 = await initializeB24Frame()
  const options = b24.placement.options as { taskId?: string }
  // Legacy `task.*` methods take their arguments positionally, in documented order
  // (b24restdocs api-reference/tasks/elapsed-item/task-elapsed-item-get-list.md).
  const positional = [Number(options.taskId), { ID: 'desc' }, { '>ID': 0 }, ['ID', 'TASK_ID', 'USER_ID', 'COMMENT_TEXT', 'SECONDS', 'SOURCE', 'CREATED_DATE', 'DATE_START', 'DATE_STOP'], { NAV_PARAMS: { nPageSize: 50, iNumPage: 1 } }]
  const reply = await b24.actions.v2.call.make({ method: 'task.elapseditem.getlist', params: positional as unknown as Record<string, unknown> })
  useRows(pinia).rows = (reply.getData()?.result ?? []) as Row[]
}

void boot()
