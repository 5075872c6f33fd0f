/**
 * The host page: a Bitrix24-like portal page with the app embedded where the placement puts it.
 * The classic task card (`card=classic`, before tasks 25.700):
 * - sidebar (TASK_VIEW_SIDEBAR): the app in the right column's "Applications" block;
 * - tab (TASK_VIEW_TAB): the card with the app as the active tab, full width of the main column;
 * - top (TASK_VIEW_TOP_PANEL): a button in the card's top panel that opens the app in a slider
 *   with `{TASK_ID}` (bitrix24-core-corp
 *   modules/tasks/install/components/bitrix/tasks.interface.filter.buttons/templates/.default/template.php,
 *   `BX.rest.AppLayout.openApplication`);
 * The new task card (`card=new`, tasks 25.700+, b24restdocs api-reference/tasks/tasks-new.md and
 * api-reference/widgets/task/view-sidebar.md "Where to Find It in the Interface"): one column, no
 * sidebar and no app tabs; every binding of TASK_VIEW_TOP_PANEL, TASK_VIEW_SIDEBAR and TASK_VIEW_TAB
 * is an identical row in the "Applications" block below the task fields (in that order:
 * bitrix24-core-corp modules/tasks/lib/V2/Internal/Integration/Rest/Service/PlacementService.php),
 * and a click on a row opens the app in a slider with `{taskId, URI}`;
 * Task lists:
 * - context (TASK_LIST_CONTEXT_MENU), user-toolbar (TASK_USER_LIST_TOOLBAR), group-toolbar
 *   (TASK_GROUP_LIST_TOOLBAR): the task list with the app in a side slider (b24restdocs
 *   api-reference/widgets/task/list-context-menu.md, list-toolbar.md);
 * - default (DEFAULT, opened from the app menu) and install mode: the app's own page, full width.
 * Every slider is `BX.rest.AppLayout.openApplication` (bitrix24-core-corp
 * modules/rest/install/js/rest/applayout.js): a popup (`POPUP: 1`), where the portal denies
 * `resizeWindow` and the frame fills the slider (bitrix-core-business
 * modules/rest/install/components/bitrix/app.layout/templates/.default/template.php).
 * A task-card placement shows the app only where it is bound (`placement.bind`) and only once its
 * installation is finished (`installFinish`), opening the binding's handler, as a portal does;
 * otherwise the slot holds a short emulator notice. The app's own page opens the installer for an
 * admin while the app is not installed, and tells everyone else it is not fully installed.
 * Everything the browser script needs travels in one JSON block; the toolbar is a GET form, so
 * every scenario is a URL (that is how the e2e tests drive it).
 */
import type { DemoTask } from '../data/tasks'
import type { DemoUser } from '../data/users'
import type { PortalState } from '../portal-state'
import type { HostLabels } from './labels'
import { toServerIso } from '../data/clock'
import { findGroup, findTask, GROUPS, TASKS } from '../data/tasks'
import { existingUsers, findUser, fullName } from '../data/users'
import { FAULT_KINDS, LIST_FAULTS } from '../faults'
import { canReadTask, isAdmin } from '../rest/access'
import { hostLabels } from './labels'

export const PLACEMENTS = {
  'sidebar': 'TASK_VIEW_SIDEBAR',
  'tab': 'TASK_VIEW_TAB',
  'top': 'TASK_VIEW_TOP_PANEL',
  'context': 'TASK_LIST_CONTEXT_MENU',
  'user-toolbar': 'TASK_USER_LIST_TOOLBAR',
  'group-toolbar': 'TASK_GROUP_LIST_TOOLBAR',
  'default': 'DEFAULT',
} as const

/** The task card's placements, in the order the new card lists their rows (PlacementService.php). */
export const TASK_CARD_PLACEMENTS = ['TASK_VIEW_TOP_PANEL', 'TASK_VIEW_SIDEBAR', 'TASK_VIEW_TAB'] as const

/** Which task card the portal renders: the classic one, or the new one of tasks 25.700+. */
export const CARDS = ['classic', 'new'] as const
export type CardKind = typeof CARDS[number]

/** The host-page query keys that configure faults (see `parseFaults`). */
const FAULT_QUERY_KEYS = ['fault', 'faultCount', 'latency', 'ratelimit', 'listFault'] as const

export type PlacementKey = keyof typeof PLACEMENTS

export const DEFAULT_TASK_ID = 101
export const DEFAULT_USER_ID = 102
export const APP_NAME = 'Task Lens'

export interface HostPageInput {
  query: URLSearchParams
  appUrl: string
  installUrl: string
  /** Which placements the app is bound to, and whether its installation is finished. */
  portal: Pick<PortalState, 'installed' | 'bindingFor'>
}

/** One application row of the new card's "Applications" block: a binding, opened on click. */
export interface AppRow {
  placement: string
  handler: string
  title: string
}

/**
 * What the page's app slot holds: the app (at a handler, under a title), the new card's rows, or
 * nothing, and why.
 */
export type Embedding
  = | { kind: 'app', handler: string, title: string }
    | { kind: 'rows', rows: AppRow[] }
    | { kind: 'none', reason: 'not-bound' | 'not-installed' | 'not-installed-user' }

/** The scenario a host-page URL asks for, with defaults and unknown values mapped to them. */
export interface Scenario {
  placementKey: PlacementKey
  placement: string
  /** Only the task-card placements (sidebar, tab, top) differ between the two cards. */
  card: CardKind
  taskId: number
  /** The project whose task list TASK_GROUP_LIST_TOOLBAR is opened above. */
  groupId: number
  user: DemoUser
  /** Whose task list TASK_USER_LIST_TOOLBAR is opened above (`owner`; default: the user's own). */
  listOwner: DemoUser
  lang: string
  install: boolean
  /** `firstRun=1|0` forces FIRST_RUN; null lets the portal decide (until the app calls setInstall). */
  firstRun: boolean | null
}

/**
 * What the scenario's slot shows. The app's own page (app menu, install mode) opens the app's
 * start page, or the installer while the app is being installed; task placements open their binding.
 */
export function resolveEmbedding(input: HostPageInput, scenario: Scenario): Embedding {
  if (scenario.install || scenario.placementKey === 'default') {
    if (!scenario.install)
      return { kind: 'app', handler: input.appUrl, title: APP_NAME }
    return isAdmin(scenario.user.id) ? { kind: 'app', handler: input.installUrl, title: APP_NAME } : { kind: 'none', reason: 'not-installed-user' }
  }
  const title = (binding: { title: string, langAll: Record<string, { TITLE?: string } | undefined> }) => binding.langAll[scenario.lang]?.TITLE || binding.title || APP_NAME
  if (isNewCard(scenario)) {
    const rows = TASK_CARD_PLACEMENTS.flatMap((placement) => {
      const binding = input.portal.bindingFor(placement, scenario.user.id)
      return binding ? [{ placement, handler: binding.handler, title: title(binding) }] : []
    })
    if (rows.length === 0)
      return { kind: 'none', reason: 'not-bound' }
    return input.portal.installed ? { kind: 'rows', rows } : { kind: 'none', reason: 'not-installed' }
  }
  const binding = input.portal.bindingFor(scenario.placement, scenario.user.id)
  if (!binding)
    return { kind: 'none', reason: 'not-bound' }
  if (!input.portal.installed)
    return { kind: 'none', reason: 'not-installed' }
  return { kind: 'app', handler: binding.handler, title: title(binding) }
}

/** The new card replaces the classic card's three task-card placements (and only those). */
export function isNewCard(scenario: Scenario): boolean {
  return scenario.card === 'new' && (TASK_CARD_PLACEMENTS as readonly string[]).includes(scenario.placement) && !scenario.install
}

/** Placements whose app the portal opens in a slider (`openApplication`, a popup). */
export function opensInSlider(scenario: Scenario): boolean {
  if (scenario.install)
    return false
  return isNewCard(scenario) || ['top', 'context', 'user-toolbar', 'group-toolbar'].includes(scenario.placementKey)
}

/** Users one can log in as: existing and active. */
export function loginUsers(): DemoUser[] {
  return existingUsers().filter(user => user.active)
}

export function readScenario(query: URLSearchParams): Scenario {
  const key = query.get('placement') ?? 'sidebar'
  const placementKey: PlacementKey = Object.hasOwn(PLACEMENTS, key) ? key as PlacementKey : 'sidebar'
  const taskId = Number(query.get('task') ?? DEFAULT_TASK_ID)
  const user = loginUsers().find(candidate => candidate.id === Number(query.get('user'))) ?? findUser(DEFAULT_USER_ID)!
  const lang = /^[a-z]{2}$/.test(query.get('lang') ?? '') ? query.get('lang')! : 'en'
  const firstRun = query.get('firstRun')
  const card = CARDS.find(kind => kind === query.get('card')) ?? 'classic'
  const groupId = GROUPS.find(group => group.id === Number(query.get('group')))?.id ?? GROUPS[0]?.id ?? 0
  const listOwner = loginUsers().find(candidate => candidate.id === Number(query.get('owner'))) ?? user
  return {
    placementKey,
    placement: PLACEMENTS[placementKey],
    card,
    taskId: Number.isSafeInteger(taskId) && taskId > 0 ? taskId : DEFAULT_TASK_ID,
    groupId,
    user,
    listOwner,
    lang,
    install: query.get('install') === '1',
    firstRun: firstRun === '1' ? true : firstRun === '0' ? false : null,
  }
}

/**
 * PLACEMENT_OPTIONS as the portal passes them (b24restdocs api-reference/widgets/task/index.md,
 * "PLACEMENT_OPTIONS"): the placement's own key, strings only, plus the page's `URI`
 * (api-reference/widgets/_includes/widget_data.md): `taskId` in the task card (classic and new),
 * `ID` in the task list's context menu, `USER_ID` / `GROUP_ID` above a user's / a project's task
 * list (list-toolbar.md), and PHP's empty array (`[]`) on the app's own page. The classic card's
 * top-panel button passes `TASK_ID` instead (tasks.interface.filter.buttons template, see above).
 */
export function placementOptions(scenario: Scenario): Record<string, string> | [] {
  const userTasks = `/company/personal/user/${scenario.user.id}/tasks/`
  if (scenario.install || scenario.placementKey === 'default')
    return []
  switch (scenario.placementKey) {
    case 'context':
      return { ID: String(scenario.taskId), URI: userTasks }
    case 'user-toolbar':
      return { USER_ID: String(scenario.listOwner.id), URI: `/company/personal/user/${scenario.listOwner.id}/tasks/` }
    case 'group-toolbar':
      return { GROUP_ID: String(scenario.groupId), URI: `/workgroups/group/${scenario.groupId}/tasks/` }
    case 'top':
      if (!isNewCard(scenario))
        return { TASK_ID: String(scenario.taskId), URI: `${userTasks}task/view/${scenario.taskId}/` }
  }
  return { taskId: String(scenario.taskId), URI: `${userTasks}task/view/${scenario.taskId}/` }
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function option(value: string, label: string, selected: string): string {
  return `<option value="${escapeHtml(value)}"${value === selected ? ' selected' : ''}>${escapeHtml(label)}</option>`
}

function selectControl(name: string, label: string, options: string): string {
  return `<label class="emu-control">${escapeHtml(label)} <select name="${name}" data-autosubmit>${options}</select></label>`
}

function toolbar(query: URLSearchParams, scenario: Scenario): string {
  const current = (name: string, fallback = '') => query.get(name) ?? fallback
  const faults = [['', 'none'], ...FAULT_KINDS.map(kind => [kind, {
    query_limit: 'QUERY_LIMIT_EXCEEDED (503)',
    operation_limit: 'OPERATION_TIME_LIMIT (429)',
    expired_token: 'expired_token (401, refresh works)',
    http500: 'HTTP 500 HTML page',
    network: 'network failure',
    commit_then_drop: 'add stored, answer lost',
  }[kind]])] as const
  const listFaults = [['', 'none'], ...LIST_FAULTS.map(kind => [kind, {
    page2_empty: 'page 2 empty',
    duplicate_row: 'a row twice',
    bogus_total: 'total = 2e9',
    malformed_row: 'an unreadable row',
  }[kind]])] as const
  return `<form class="emu-toolbar" method="get" action="/" aria-label="Emulator controls">
  <strong class="emu-toolbar-title">Portal emulator</strong>
  ${selectControl('placement', 'Placement', Object.entries(PLACEMENTS).map(([key, code]) => option(key, code, scenario.placementKey)).join(''))}
  ${selectControl('card', 'Task card', option('classic', 'classic', scenario.card) + option('new', 'new (tasks 25.700+)', scenario.card))}
  ${selectControl('group', 'Project', GROUPS.map(group => option(String(group.id), `#${group.id} ${group.name}`, String(scenario.groupId))).join(''))}
  ${selectControl('owner', 'Task list of', loginUsers().map(user => option(String(user.id), `${fullName(user)} (#${user.id})`, String(scenario.listOwner.id))).join(''))}
  ${selectControl('task', 'Task', TASKS.map(task => option(String(task.id), `#${task.id} ${task.title}`, String(scenario.taskId))).join(''))}
  ${selectControl('user', 'User', loginUsers().map(user => option(String(user.id), `${fullName(user)} (#${user.id})${user.isAdmin ? ', admin' : ''}`, String(scenario.user.id))).join(''))}
  ${selectControl('lang', 'Language', option('en', 'English', scenario.lang) + option('ru', 'Русский', scenario.lang))}
  ${selectControl('fault', 'Fault', faults.map(([value, label]) => option(value, label, current('fault'))).join(''))}
  ${selectControl('listFault', 'List answers', listFaults.map(([value, label]) => option(value, label, current('listFault'))).join(''))}
  <label class="emu-control">for next <input name="faultCount" type="number" min="1" max="100" value="${escapeHtml(current('faultCount', '1'))}"> requests</label>
  <label class="emu-control">Latency, ms <input name="latency" type="number" min="0" step="100" value="${escapeHtml(current('latency', '0'))}"></label>
  <label class="emu-control"><input name="ratelimit" type="checkbox" value="1" data-autosubmit${current('ratelimit') === '1' ? ' checked' : ''}> Rate limit</label>
  <label class="emu-control"><input name="install" type="checkbox" value="1" data-autosubmit${scenario.install ? ' checked' : ''}> Install mode</label>
  <button type="submit">Apply</button>
  <span class="emu-session" data-emu-session></span>
</form>`
}

function header(labels: HostLabels, user: DemoUser): string {
  const initials = `${[...user.name][0] ?? ''}${[...user.lastName][0] ?? ''}`
  return `<header class="b24-header">
  <div class="b24-logo">Bitrix<span>24</span></div>
  <div class="b24-search">${escapeHtml(labels.search)}</div>
  <div class="b24-user"><span class="b24-avatar" style="background:${user.color}">${escapeHtml(initials)}</span>${escapeHtml(fullName(user))}</div>
</header>`
}

function leftMenu(labels: HostLabels, active: 'tasks' | 'apps'): string {
  const item = (label: string, isActive: boolean) => `<li${isActive ? ' class="active"' : ''}>${escapeHtml(label)}</li>`
  return `<nav class="b24-menu" aria-label="Portal menu"><ul>
  ${item(labels.menuFeed, false)}${item(labels.menuTasks, active === 'tasks')}${item(labels.menuCalendar, false)}${item(labels.menuDrive, false)}${item(labels.menuApps, active === 'apps')}
</ul></nav>`
}

/** The app's frame layout, as `app.layout` renders it (the iframe itself is created by the script). */
function frameSlot(kind: string): string {
  return `<div class="emu-app-slot emu-app-slot-${kind}" data-app-slot></div>`
}

/** The frame slot, or (emulator-only) the reason a portal would show no app here. */
function appSlot(kind: string, embedding: Embedding, placement: string): string {
  if (embedding.kind === 'app')
    return frameSlot(kind)
  if (embedding.kind === 'rows')
    return ''
  const why = embedding.reason === 'not-bound'
    ? `No application is bound to ${placement} (placement.bind), so a portal shows none here.`
    : `${APP_NAME} is bound to ${placement}, but its installation is not finished (installFinish): a portal shows no widget until then.`
  return `<p class="emu-notice" role="note" data-no-app="${embedding.reason}">${escapeHtml(why)}</p>`
}

/**
 * The side slider `BX.rest.AppLayout.openApplication` opens: the app's title, a close button, and
 * the frame filling the rest. Rendered open: the emulator starts where the user has just clicked.
 */
function slider(title: string, labels: HostLabels): string {
  const label = escapeHtml(title)
  return `<div class="b24-slider" role="dialog" aria-label="${label}" data-slider><div class="b24-slider-bar"><span class="b24-slider-title">${label}</span><button type="button" class="b24-slider-close" aria-label="${escapeHtml(labels.close)}" data-slider-close>×</button></div>${frameSlot('slider')}</div>`
}

function userLink(id: number): string {
  const user = findUser(id)
  return user && !user.deleted ? `<a href="#" class="b24-user-link">${escapeHtml(fullName(user))}</a>` : `#${id}`
}

function formatPlanned(seconds: number, labels: HostLabels): string {
  if (seconds <= 0)
    return labels.none
  return `${Math.floor(seconds / 3600)}:${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}`
}

function fieldsPanel(task: DemoTask, labels: HostLabels): string {
  const row = (label: string, value: string) => `<div class="b24-field"><div class="b24-field-label">${escapeHtml(label)}</div><div class="b24-field-value">${value}</div></div>`
  const people = (ids: number[]) => (ids.length === 0 ? labels.none : ids.map(userLink).join(', '))
  const group = findGroup(task.groupId)
  return `<section class="b24-fields" aria-label="Task fields">
  ${row(labels.status, `<span class="b24-status b24-status-${task.status}">${escapeHtml(labels.statuses[task.status] ?? String(task.status))}</span>`)}
  ${row(labels.deadline, task.deadline === null ? labels.noDeadline : escapeHtml(toServerIso(task.deadline).slice(0, 16).replace('T', ' ')))}
  ${row(labels.createdBy, userLink(task.createdBy))}
  ${row(labels.responsible, userLink(task.responsibleId))}
  ${row(labels.participants, people(task.accomplices))}
  ${row(labels.observers, people(task.auditors))}
  ${row(labels.planned, formatPlanned(task.timeEstimate, labels))}
  ${group ? row(labels.project, escapeHtml(group.name)) : ''}
  ${task.forkedByTemplateId === null ? '' : row(labels.template, `#${task.forkedByTemplateId}`)}
</section>`
}

function taskCard(task: DemoTask | undefined, scenario: Scenario, labels: HostLabels, embedding: Embedding): string {
  const shown = embedding.kind === 'app'
  const appTitle = escapeHtml(embedding.kind === 'app' ? embedding.title : APP_NAME)
  if (!task)
    return `<main class="b24-card"><p class="b24-muted">${escapeHtml(labels.noTask)}</p>${appSlot('wide', embedding, scenario.placement)}</main>`
  const title = `<div class="b24-card-title"><h1 data-task-title>${escapeHtml(task.title)}</h1><span class="b24-muted">${escapeHtml(labels.task)} #${task.id}</span></div>`
  const description = `<section class="b24-description"><h2>${escapeHtml(labels.description)}</h2><p>${escapeHtml(task.description).replace(/\n/g, '<br>')}</p></section>`
  const tabs = (activeApp: boolean) => `<nav class="b24-tabs" aria-label="Card tabs"><span${activeApp ? '' : ' class="active"'}>${escapeHtml(labels.comments)}</span><span>${escapeHtml(labels.history)}</span><span>${escapeHtml(labels.timeTracking)}</span>${activeApp ? `<span class="active">${appTitle}</span>` : ''}</nav>`
  const comments = `<p class="b24-muted">${escapeHtml(labels.commentsPlaceholder)}</p>`
  switch (scenario.placementKey) {
    case 'tab':
      return `<main class="b24-card">${hiddenNotice(task, scenario)}${title}<div class="b24-card-grid"><div class="b24-card-main">${description}${tabs(shown)}${appSlot('tab', embedding, scenario.placement)}</div>${fieldsPanel(task, labels)}</div></main>`
    case 'top': {
      // A button in the card's top panel; the slider it opens is rendered by `renderHostPage`.
      const button = shown ? `<div class="b24-top-panel" role="toolbar" aria-label="${escapeHtml(labels.applications)}"><button type="button" class="b24-top-button" aria-pressed="true">${appTitle}</button></div>` : appSlot('top', embedding, scenario.placement)
      return `<main class="b24-card">${hiddenNotice(task, scenario)}${title}${button}<div class="b24-card-grid"><div class="b24-card-main">${description}${tabs(false)}${comments}</div>${fieldsPanel(task, labels)}</div></main>`
    }
    default:
      return `<main class="b24-card">${hiddenNotice(task, scenario)}${title}<div class="b24-card-grid"><div class="b24-card-main">${description}${tabs(false)}${comments}</div><aside class="b24-card-side">${fieldsPanel(task, labels)}<section class="b24-apps" aria-label="${escapeHtml(labels.applications)}"><h2>${escapeHtml(labels.applications)}</h2>${shown ? `<div class="b24-app-row" data-app-row>${appTitle}</div>` : ''}${appSlot('sidebar', embedding, scenario.placement)}</section></aside></div></main>`
  }
}

function hiddenNotice(task: DemoTask, scenario: Scenario): string {
  return canReadTask(task, scenario.user.id)
    ? ''
    : `<p class="emu-notice" role="note">A portal would not open this card for ${escapeHtml(fullName(scenario.user))}: the task is not accessible to them. The app is embedded anyway, for testing.</p>`
}

/** The cube the new card draws before every application row (decorative). */
const APP_ICON = '<svg class="b24n-app-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M10 2.5 16.5 6v8L10 17.5 3.5 14V6L10 2.5Zm0 0v7.2m0 0 6.5-3.7M10 9.7 3.5 6M10 9.7v7.8" fill="none" stroke="currentColor" stroke-width="1.4" stroke-linejoin="round"/></svg>'

/**
 * The new task card (tasks 25.700+): description and fields as blocks in one column, then one row
 * per application binding, then the chips of the card's other blocks with "Applications" among
 * them (the docs' screenshots: b24restdocs api-reference/widgets/task/_images/TASK_VIEW_SIDEBAR.png,
 * api-reference/tasks/_images/widget.png). Comments live in the task's chat (tasks-new.md), drawn
 * beside the card on wide windows.
 */
function newTaskCard(task: DemoTask | undefined, scenario: Scenario, labels: HostLabels, embedding: Embedding): string {
  if (!task)
    return `<main class="b24n-card" data-card="new"><p class="b24n-block b24-muted">${escapeHtml(labels.noTask)}</p></main>`
  const field = (label: string, value: string) => `<div class="b24n-field"><span class="b24n-field-label">${escapeHtml(label)}</span><span>${value}</span></div>`
  const rows = embedding.kind === 'rows'
    ? `<ul class="b24n-apps" aria-label="${escapeHtml(labels.applications)}" data-app-rows>${embedding.rows.map((row, index) => `<li><button type="button" class="b24n-app-row" data-app-launch="${index}" data-placement="${escapeHtml(row.placement)}">${APP_ICON}<span>${escapeHtml(row.title)}</span></button></li>`).join('')}</ul>`
    : appSlot('rows', embedding, TASK_CARD_PLACEMENTS.join(', '))
  const chips = [labels.files, labels.checklist, labels.project, labels.participants, labels.observers, labels.applications, labels.timeTracking, labels.customFields]
    .map(chip => `<li${chip === labels.applications ? ' class="active"' : ''}>${escapeHtml(chip)}</li>`)
    .join('')
  const group = findGroup(task.groupId)
  return `<main class="b24n-card" data-card="new">
<div class="b24n-main">
${hiddenNotice(task, scenario)}
<h1 class="b24n-title" data-task-title>${escapeHtml(task.title)}</h1>
<section class="b24n-block" aria-label="${escapeHtml(labels.description)}"><p>${escapeHtml(task.description).replace(/\n/g, '<br>')}</p></section>
<section class="b24n-block b24n-fields" aria-label="Task fields">
${field(labels.responsible, userLink(task.responsibleId))}
${field(labels.deadline, task.deadline === null ? labels.noDeadline : escapeHtml(toServerIso(task.deadline).slice(0, 16).replace('T', ' ')))}
${field(labels.status, escapeHtml(labels.statuses[task.status] ?? String(task.status)))}
${field(labels.createdBy, `${userLink(task.createdBy)} · ID: ${task.id}`)}
${group ? field(labels.project, escapeHtml(group.name)) : ''}
</section>
${rows}
<ul class="b24n-chips" aria-label="${escapeHtml(labels.cardBlocks)}">${chips}</ul>
</div>
<aside class="b24n-chat" aria-label="${escapeHtml(labels.chat)}"><h2>${escapeHtml(labels.chat)}</h2><p class="b24-muted">${escapeHtml(labels.chatPlaceholder)}</p></aside>
</main>`
}

/** The task list a list placement is opened over: the user's, or a project's. */
function listHeading(scenario: Scenario, labels: HostLabels): string {
  if (scenario.placementKey === 'group-toolbar')
    return `${findGroup(scenario.groupId)?.name ?? `#${scenario.groupId}`}: ${labels.projectTasks}`
  if (scenario.placementKey === 'user-toolbar' && scenario.listOwner.id !== scenario.user.id)
    return `${fullName(scenario.listOwner)}: ${labels.taskList}`
  return labels.taskList
}

function taskList(scenario: Scenario, labels: HostLabels, embedding: Embedding): string {
  const inGroup = scenario.placementKey === 'group-toolbar'
  const rows = TASKS.filter(task => inGroup ? task.groupId === scenario.groupId : canReadTask(task, scenario.user.id) || task.id === scenario.taskId)
    .map(task => `<tr${!inGroup && task.id === scenario.taskId ? ' class="selected"' : ''}><td>${task.id}</td><td>${escapeHtml(task.title)}</td><td>${escapeHtml(labels.statuses[task.status] ?? '')}</td><td>${userLink(task.responsibleId)}</td></tr>`)
    .join('')
  // The list toolbars' item sits in the menu of the button right of the panel (list-toolbar.md).
  const toolbar = scenario.placementKey === 'user-toolbar' || inGroup
    ? `<div class="b24-list-toolbar"><button type="button" class="b24-top-button" aria-haspopup="menu" aria-expanded="false">${escapeHtml(embedding.kind === 'app' ? embedding.title : '•••')}</button></div>`
    : ''
  return `<main class="b24-card b24-list"><div class="b24-list-head"><h1>${escapeHtml(listHeading(scenario, labels))}</h1>${toolbar}</div>${embedding.kind === 'app' ? '' : appSlot('list', embedding, scenario.placement)}<table><thead><tr><th>ID</th><th>${escapeHtml(labels.name)}</th><th>${escapeHtml(labels.status)}</th><th>${escapeHtml(labels.responsible)}</th></tr></thead><tbody>${rows}</tbody></table></main>`
}

function appPage(scenario: Scenario, labels: HostLabels, embedding: Embedding): string {
  if (embedding.kind === 'none')
    return `<main class="b24-card"><p class="emu-notice" role="alert" data-not-installed>${escapeHtml(labels.notInstalled)}</p></main>`
  return `<main class="b24-card b24-app-page"><h1 data-page-title>${escapeHtml(scenario.install ? labels.installing : APP_NAME)}</h1>${frameSlot('page')}</main>`
}

/** One app frame the page can open: where it loads, under which placement, and how. */
interface FrameLaunch {
  appUrl: string
  appOrigin: string
  appTitle: string
  placement: string
  placementOptions: Record<string, string> | []
  /** Opened by `openApplication`: a slider, where `resizeWindow` is denied. */
  popup: boolean
}

/** The data the browser script runs on. */
function browserConfig(input: HostPageInput, scenario: Scenario, embedding: Embedding): Record<string, unknown> {
  const launch = (handler: string, title: string, placement: string): FrameLaunch => ({
    appUrl: handler,
    appOrigin: new URL(handler).origin,
    appTitle: title,
    placement,
    placementOptions: placementOptions(scenario),
    popup: opensInSlider(scenario),
  })
  const labels = hostLabels(scenario.lang)
  const frames = embedding.kind === 'app'
    ? [launch(embedding.handler, embedding.title, scenario.install ? 'DEFAULT' : scenario.placement)]
    : embedding.kind === 'rows' ? embedding.rows.map(row => launch(row.handler, row.title, row.placement)) : []
  return {
    // `frame`: the app opens with the page; `rows`: each row opens its own frame when clicked.
    mode: embedding.kind === 'app' ? 'frame' : embedding.kind === 'rows' ? 'rows' : 'none',
    embedsApp: frames.length > 0,
    // The first (or only) frame's facts, flat, for tests that read one placement.
    ...(frames[0] ?? launch(input.appUrl, APP_NAME, scenario.placement)),
    frames,
    // What `openApplication` opens: the app's own handler (its "Path to your handler"), b24restdocs
    // api-reference/widgets/open-application.md.
    application: { url: input.appUrl, origin: new URL(input.appUrl).origin, title: APP_NAME },
    userId: scenario.user.id,
    lang: scenario.lang,
    install: scenario.install,
    firstRun: scenario.firstRun,
    // Raw query values: the session endpoint parses them with the same `parseFaults`.
    // The app's scopes, comma-separated (`scopes=task,user,placement`): the session's token carries them.
    scopes: input.query.get('scopes') ?? '',
    faults: Object.fromEntries(FAULT_QUERY_KEYS.flatMap(key => input.query.has(key) ? [[key, input.query.get(key)]] : [])),
    users: loginUsers().map(user => ({ id: String(user.id), name: fullName(user), position: user.workPosition, photo: user.photoFileId === null ? '' : `/__emulator/avatar/${user.id}.svg` })),
    labels: { selectUser: labels.selectUser, selectUsers: labels.selectUsers, ok: labels.ok, cancel: labels.cancel, close: labels.close },
  }
}

/**
 * The scenario the page plays: the query's, except that opening the app's own page while the app is
 * not installed starts the installation (a portal loads the installer for the first admin who opens it).
 */
export function effectiveScenario(input: HostPageInput): Scenario {
  const scenario = readScenario(input.query)
  return scenario.placementKey === 'default' && !input.portal.installed ? { ...scenario, install: true } : scenario
}

export function renderHostPage(input: HostPageInput): string {
  const scenario = effectiveScenario(input)
  const embedding = resolveEmbedding(input, scenario)
  const labels = hostLabels(scenario.lang)
  const task = findTask(scenario.taskId)
  const appPageShown = scenario.install || scenario.placementKey === 'default'
  const listShown = ['context', 'user-toolbar', 'group-toolbar'].includes(scenario.placementKey)
  const page = appPageShown
    ? appPage(scenario, labels, embedding)
    : listShown ? taskList(scenario, labels, embedding) : isNewCard(scenario) ? newTaskCard(task, scenario, labels, embedding) : taskCard(task, scenario, labels, embedding)
  // The new card's rows open their slider on click (portal.js); the others start open.
  const content = embedding.kind === 'app' && opensInSlider(scenario) ? `${page}\n${slider(embedding.title, labels)}` : page
  const pageTitle = appPageShown ? APP_NAME : listShown ? listHeading(scenario, labels) : task?.title ?? labels.noTask
  return `<!doctype html>
<html lang="${escapeHtml(scenario.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(pageTitle)} — Bitrix24 (emulator)</title>
<link rel="stylesheet" href="/__emulator/portal.css">
</head>
<body class="emu-placement-${scenario.placementKey}${appPageShown ? ' emu-app-page' : ''}${isNewCard(scenario) ? ' emu-card-new' : ''}">
${toolbar(input.query, scenario)}
${header(labels, scenario.user)}
<div class="b24-layout">
${leftMenu(labels, appPageShown ? 'apps' : 'tasks')}
<div class="b24-workarea">
${content}
</div>
</div>
<script type="application/json" id="emulator-config">${JSON.stringify(browserConfig(input, scenario, embedding)).replace(/</g, '\\u003c')}</script>
<script src="/__emulator/portal.js"></script>
</body>
</html>`
}
