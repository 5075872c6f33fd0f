/**
 * The host page: a Bitrix24-like portal page with the app embedded where the placement puts it.
 * - sidebar (TASK_VIEW_SIDEBAR) and top (TASK_VIEW_TOP_PANEL): the task card, the app in its
 *   "Applications" block or above the description;
 * - tab (TASK_VIEW_TAB): the card with the app as the active tab, full width of the main column;
 * - context (TASK_LIST_CONTEXT_MENU): the task list with the app in a side slider (a popup, where
 *   the portal denies `resizeWindow`);
 * - default (DEFAULT, opened from the app menu) and install mode: the app's own page, full width.
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
import { findGroup, findTask, TASKS } from '../data/tasks'
import { existingUsers, findUser, fullName } from '../data/users'
import { FAULT_KINDS, LIST_FAULTS } from '../faults'
import { canReadTask, isAdmin } from '../rest/access'
import { hostLabels } from './labels'

export const PLACEMENTS = {
  sidebar: 'TASK_VIEW_SIDEBAR',
  tab: 'TASK_VIEW_TAB',
  top: 'TASK_VIEW_TOP_PANEL',
  context: 'TASK_LIST_CONTEXT_MENU',
  default: 'DEFAULT',
} as const

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

/** What the page's app slot holds: the app (at a handler, under a title) or nothing, and why. */
export type Embedding
  = | { kind: 'app', handler: string, title: string }
    | { kind: 'none', reason: 'not-bound' | 'not-installed' | 'not-installed-user' }

/** The scenario a host-page URL asks for, with defaults and unknown values mapped to them. */
export interface Scenario {
  placementKey: PlacementKey
  placement: string
  taskId: number
  user: DemoUser
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
  const binding = input.portal.bindingFor(scenario.placement, scenario.user.id)
  if (!binding)
    return { kind: 'none', reason: 'not-bound' }
  if (!input.portal.installed)
    return { kind: 'none', reason: 'not-installed' }
  return { kind: 'app', handler: binding.handler, title: binding.langAll[scenario.lang]?.TITLE || binding.title || APP_NAME }
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
  return {
    placementKey,
    placement: PLACEMENTS[placementKey],
    taskId: Number.isSafeInteger(taskId) && taskId > 0 ? taskId : DEFAULT_TASK_ID,
    user,
    lang,
    install: query.get('install') === '1',
    firstRun: firstRun === '1' ? true : firstRun === '0' ? false : null,
  }
}

/**
 * PLACEMENT_OPTIONS as the portal passes them: `taskId` (a string) and `URI` in the task card,
 * `ID` in the task list's context menu, and PHP's empty array (`[]`) on the app's own page.
 */
export function placementOptions(scenario: Scenario): Record<string, string> | [] {
  if (scenario.install || scenario.placementKey === 'default')
    return []
  if (scenario.placementKey === 'context')
    return { ID: String(scenario.taskId) }
  return { taskId: String(scenario.taskId), URI: `/company/personal/user/${scenario.user.id}/tasks/task/view/${scenario.taskId}/` }
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
  const why = embedding.reason === 'not-bound'
    ? `No application is bound to ${placement} (placement.bind), so a portal shows none here.`
    : `${APP_NAME} is bound to ${placement}, but its installation is not finished (installFinish): a portal shows no widget until then.`
  return `<p class="emu-notice" role="note" data-no-app="${embedding.reason}">${escapeHtml(why)}</p>`
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
  const hiddenNotice = canReadTask(task, scenario.user.id)
    ? ''
    : `<p class="emu-notice" role="note">A portal would not open this card for ${escapeHtml(fullName(scenario.user))}: the task is not accessible to them. The app is embedded anyway, for testing.</p>`
  const title = `<div class="b24-card-title"><h1 data-task-title>${escapeHtml(task.title)}</h1><span class="b24-muted">${escapeHtml(labels.task)} #${task.id}</span></div>`
  const description = `<section class="b24-description"><h2>${escapeHtml(labels.description)}</h2><p>${escapeHtml(task.description).replace(/\n/g, '<br>')}</p></section>`
  const tabs = (activeApp: boolean) => `<nav class="b24-tabs" aria-label="Card tabs"><span${activeApp ? '' : ' class="active"'}>${escapeHtml(labels.comments)}</span><span>${escapeHtml(labels.history)}</span><span>${escapeHtml(labels.timeTracking)}</span>${activeApp ? `<span class="active">${appTitle}</span>` : ''}</nav>`
  switch (scenario.placementKey) {
    case 'tab':
      return `<main class="b24-card">${hiddenNotice}${title}<div class="b24-card-grid"><div class="b24-card-main">${description}${tabs(shown)}${appSlot('tab', embedding, scenario.placement)}</div>${fieldsPanel(task, labels)}</div></main>`
    case 'top':
      return `<main class="b24-card">${hiddenNotice}${title}${appSlot('top', embedding, scenario.placement)}<div class="b24-card-grid"><div class="b24-card-main">${description}${tabs(false)}<p class="b24-muted">${escapeHtml(labels.commentsPlaceholder)}</p></div>${fieldsPanel(task, labels)}</div></main>`
    default:
      return `<main class="b24-card">${hiddenNotice}${title}<div class="b24-card-grid"><div class="b24-card-main">${description}${tabs(false)}<p class="b24-muted">${escapeHtml(labels.commentsPlaceholder)}</p></div><aside class="b24-card-side">${fieldsPanel(task, labels)}<section class="b24-apps" aria-label="${escapeHtml(labels.applications)}"><h2>${escapeHtml(labels.applications)}</h2>${shown ? `<div class="b24-app-row" data-app-row>${appTitle}</div>` : ''}${appSlot('sidebar', embedding, scenario.placement)}</section></aside></div></main>`
  }
}

function taskList(scenario: Scenario, labels: HostLabels, embedding: Embedding): string {
  const rows = TASKS.filter(task => canReadTask(task, scenario.user.id) || task.id === scenario.taskId)
    .map(task => `<tr${task.id === scenario.taskId ? ' class="selected"' : ''}><td>${task.id}</td><td>${escapeHtml(task.title)}</td><td>${escapeHtml(labels.statuses[task.status] ?? '')}</td><td>${userLink(task.responsibleId)}</td></tr>`)
    .join('')
  const list = `<main class="b24-card b24-list"><h1>${escapeHtml(labels.taskList)}</h1>${embedding.kind === 'app' ? '' : appSlot('list', embedding, scenario.placement)}<table><thead><tr><th>ID</th><th>${escapeHtml(labels.name)}</th><th>${escapeHtml(labels.status)}</th><th>${escapeHtml(labels.responsible)}</th></tr></thead><tbody>${rows}</tbody></table></main>`
  if (embedding.kind !== 'app')
    return list
  const appTitle = escapeHtml(embedding.title)
  return `${list}
<div class="b24-slider" role="dialog" aria-label="${appTitle}"><div class="b24-slider-title">${appTitle}</div>${frameSlot('slider')}</div>`
}

function appPage(scenario: Scenario, labels: HostLabels, embedding: Embedding): string {
  if (embedding.kind === 'none')
    return `<main class="b24-card"><p class="emu-notice" role="alert" data-not-installed>${escapeHtml(labels.notInstalled)}</p></main>`
  return `<main class="b24-card b24-app-page"><h1 data-page-title>${escapeHtml(scenario.install ? labels.installing : APP_NAME)}</h1>${frameSlot('page')}</main>`
}

/** The data the browser script runs on. */
function browserConfig(input: HostPageInput, scenario: Scenario, embedding: Embedding): Record<string, unknown> {
  const handler = embedding.kind === 'app' ? embedding.handler : input.appUrl
  return {
    embedsApp: embedding.kind === 'app',
    appUrl: handler,
    appOrigin: new URL(handler).origin,
    appTitle: embedding.kind === 'app' ? embedding.title : APP_NAME,
    placement: scenario.install ? 'DEFAULT' : scenario.placement,
    placementOptions: placementOptions(scenario),
    popup: !scenario.install && scenario.placementKey === 'context',
    userId: scenario.user.id,
    lang: scenario.lang,
    install: scenario.install,
    firstRun: scenario.firstRun,
    // Raw query values: the session endpoint parses them with the same `parseFaults`.
    faults: Object.fromEntries(FAULT_QUERY_KEYS.flatMap(key => input.query.has(key) ? [[key, input.query.get(key)]] : [])),
    users: loginUsers().map(user => ({ id: String(user.id), name: fullName(user), position: user.workPosition, photo: user.photoFileId === null ? '' : `/__emulator/avatar/${user.id}.svg` })),
    labels: { selectUser: hostLabels(scenario.lang).selectUser, selectUsers: hostLabels(scenario.lang).selectUsers, ok: hostLabels(scenario.lang).ok, cancel: hostLabels(scenario.lang).cancel },
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
  const content = appPageShown ? appPage(scenario, labels, embedding) : scenario.placementKey === 'context' ? taskList(scenario, labels, embedding) : taskCard(task, scenario, labels, embedding)
  const pageTitle = appPageShown ? APP_NAME : task?.title ?? labels.noTask
  return `<!doctype html>
<html lang="${escapeHtml(scenario.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(pageTitle)} — Bitrix24 (emulator)</title>
<link rel="stylesheet" href="/__emulator/portal.css">
</head>
<body class="emu-placement-${scenario.placementKey}${appPageShown ? ' emu-app-page' : ''}">
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
