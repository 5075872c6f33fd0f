/**
 * Hash routes: the app lives in an iframe whose URL the portal owns, so only the fragment is ours.
 * Ids in the path are validated before any view (and any REST call) sees them.
 */
import type { RouteLocationRaw, Router, RouteRecordRaw, RouterHistory } from 'vue-router'
import type { PlacementTarget } from '@/lib/placement'
import { createRouter, createWebHashHistory } from 'vue-router'
import TimeEntriesView from '@/features/time-entries/TimeEntriesView.vue'
import { lazyMessagesReady } from '@/i18n'
import { parsePositiveId } from '@/lib/placement'

export interface RouterDependencies {
  /** Resolves once the frame has connected (or failed to). */
  whenSettled: () => Promise<void>
  /** The task the placement points at, once known. */
  placementTarget: () => PlacementTarget | null
  history?: RouterHistory
}

/**
 * Where `#/` leads (docs/timesheet.md#where-it-opens): a task placement opens its task; the app's
 * own page (DEFAULT, the applications menu) opens My week; the menu above a user's task list
 * (TASK_USER_LIST_TOOLBAR, `USER_ID`) that person's week; the one above a project's task list
 * (TASK_GROUP_LIST_TOOLBAR, `GROUP_ID`) the project's report for this month (b24restdocs
 * api-reference/widgets/task/list-toolbar.md). A placement whose id does not read, or one the app
 * does not know, opens the task picker.
 */
export function homeLocation(target: PlacementTarget | null): RouteLocationRaw {
  if (target?.taskId)
    return { name: 'entries', params: { taskId: String(target.taskId) } }
  if (target?.kind === 'app-menu')
    return { name: 'timesheet-week' }
  if (target?.kind === 'user-task-list' && target.userId)
    return { name: 'timesheet-week', query: { user: String(target.userId) } }
  if (target?.kind === 'group-task-list' && target.groupId)
    return { name: 'timesheet-report', query: { period: 'this-month', project: String(target.groupId) } }
  return { name: 'pick-task' }
}

const ID_PARAMS = ['taskId', 'itemId', 'templateId'] as const

export function createAppRouter(deps: RouterDependencies): Router {
  const routes: RouteRecordRaw[] = [
    // Not a `redirect`: redirects resolve before global guards, i.e. before the placement is known.
    { path: '/', name: 'home', component: { render: () => null }, beforeEnter: () => homeLocation(deps.placementTarget()) },
    { path: '/pick', name: 'pick-task', component: () => import('@/features/shell/TaskPickerView.vue'), props: () => ({ opener: deps.placementTarget()?.kind ?? 'app-menu' }) },
    { path: '/tasks/:taskId/entries', name: 'entries', component: TimeEntriesView },
    { path: '/tasks/:taskId/entries/:itemId', name: 'entry', component: () => import('@/features/time-entries/EntryDetailView.vue') },
    { path: '/tasks/:taskId/template', name: 'task-template', component: () => import('@/features/task-template/TaskTemplateView.vue') },
    { path: '/templates/:templateId', name: 'template', component: () => import('@/features/task-template/TemplateInspectorView.vue') },
    { path: '/timesheet/week', name: 'timesheet-week', component: () => import('@/features/timesheet/TimesheetWeekView.vue') },
    { path: '/timesheet/report', name: 'timesheet-report', component: () => import('@/features/timesheet/TimesheetReportView.vue') },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/features/shell/NotFoundView.vue') },
  ]
  const router = createRouter({ history: deps.history ?? createWebHashHistory(), routes })

  router.beforeEach(async (to) => {
    // The first navigation happens at install time; `#/` can only be resolved once the placement is known.
    await deps.whenSettled()
    for (const name of ID_PARAMS) {
      const value = to.params[name]
      if (value !== undefined && parsePositiveId(value) === null)
        return { name: 'not-found', params: { pathMatch: to.path.slice(1).split('/') }, query: { invalid: name } }
    }
    return true
  })
  // After a lazy route's chunk has loaded, before it shows: its messages in the app's language.
  router.beforeResolve(() => lazyMessagesReady() ?? undefined)
  return router
}
