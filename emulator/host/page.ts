/**
 * The host page: a Bitrix24-like task card with the app embedded where the chosen placement puts it.
 * Everything the browser script needs travels in one JSON block; the toolbar is a plain GET form,
 * so every scenario is a URL (that is how the e2e tests drive it).
 */
import type { DemoUser } from '../data/users'
import type { Binding } from '../rest/placements'
import { TASKS } from '../data/tasks'

export interface HostPageInput {
  query: URLSearchParams
  appUrl: string
  installUrl: string
  users: readonly DemoUser[]
  installed: boolean
  bindings: readonly Binding[]
}

export const PLACEMENTS = {
  sidebar: 'TASK_VIEW_SIDEBAR',
  tab: 'TASK_VIEW_TAB',
  top: 'TASK_VIEW_TOP_PANEL',
  context: 'TASK_LIST_CONTEXT_MENU',
  default: 'DEFAULT',
} as const

type PlacementKey = keyof typeof PLACEMENTS

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

function option(value: string | number, label: string, selected: string): string {
  return `<option value="${escapeHtml(String(value))}"${String(value) === selected ? ' selected' : ''}>${escapeHtml(label)}</option>`
}

function select(name: string, label: string, options: string): string {
  return `<label>${escapeHtml(label)} <select name="${name}">${options}</select></label>`
}

export function renderHostPage(input: HostPageInput): string {
  const q = input.query
  const placementKey = (Object.keys(PLACEMENTS).includes(q.get('placement') ?? '') ? q.get('placement') : 'sidebar') as PlacementKey
  const taskId = Number(q.get('task') ?? 101) || 101
  const userId = Number(q.get('user') ?? 102) || 102
  const lang = q.get('lang') === 'ru' ? 'ru' : (q.get('lang') ?? 'en')
  const install = q.get('install') === '1'
  const task = TASKS.find(candidate => candidate.id === taskId)
  const config = {
    appUrl: install ? input.installUrl : input.appUrl,
    appOrigin: new URL(input.appUrl).origin,
    placement: install ? 'DEFAULT' : PLACEMENTS[placementKey],
    placementOptions: placementKey === 'context'
      ? { ID: String(taskId) }
      : placementKey === 'default' || install
        ? {}
        : { taskId: String(taskId), URI: `/company/personal/user/${userId}/tasks/task/view/${taskId}/` },
    userId,
    lang,
    install,
    firstRun: install && q.get('firstRun') !== '0',
    session: Object.fromEntries(['fault', 'faultCount', 'latency', 'ratelimit'].filter(key => q.has(key)).map(key => [key, q.get(key)])),
    users: input.users.filter(user => !user.DELETED).map(user => ({ id: String(user.ID), name: `${user.NAME} ${user.LAST_NAME}`, position: user.WORK_POSITION })),
  }
  const layout = install || placementKey === 'default' ? 'full' : placementKey === 'tab' || placementKey === 'context' ? 'wide' : 'sidebar'
  const current = (name: string, fallback: string) => q.get(name) ?? fallback
  const toolbar = `
    <form class="emu-toolbar" method="get" action="/" aria-label="Emulator controls">
      <strong>Portal emulator</strong>
      ${select('placement', 'Placement', Object.entries(PLACEMENTS).map(([key, code]) => option(key, code, placementKey)).join(''))}
      ${select('task', 'Task', TASKS.map(candidate => option(candidate.id, `#${candidate.id} ${candidate.title}`, String(taskId))).join(''))}
      ${select('user', 'User', input.users.filter(user => !user.DELETED).map(user => option(user.ID, `${user.NAME} ${user.LAST_NAME}${user.IS_ADMIN ? ' (admin)' : ''}`, String(userId))).join(''))}
      ${select('lang', 'Language', option('en', 'English', lang) + option('ru', 'Русский', lang))}
      ${select('fault', 'Fault', [['', 'none'], ['query_limit', 'QUERY_LIMIT_EXCEEDED (503)'], ['operation_limit', 'OPERATION_TIME_LIMIT (429)'], ['expired_token', 'expired_token once (401)'], ['http500', 'HTTP 500 HTML page'], ['network', 'network failure']].map(([value, label]) => option(value!, label!, current('fault', ''))).join(''))}
      <label>Count <input name="faultCount" type="number" min="1" max="50" value="${escapeHtml(current('faultCount', '1'))}" size="3"></label>
      <label>Latency ms <input name="latency" type="number" min="0" step="100" value="${escapeHtml(current('latency', '0'))}" size="5"></label>
      <label><input name="ratelimit" type="checkbox" value="1"${q.get('ratelimit') === '1' ? ' checked' : ''}> Rate limit</label>
      <label><input name="install" type="checkbox" value="1"${install ? ' checked' : ''}> Install mode</label>
      <button type="submit">Apply</button>
    </form>`
  const fields = task
    ? `<dl class="emu-fields"><dt>Task</dt><dd>#${task.id}</dd><dt>Status</dt><dd>In progress</dd><dt>Planned time</dt><dd>${task.timeEstimate ? `${task.timeEstimate / 3600} h` : '—'}</dd><dt>Created from template</dt><dd>${task.forkedByTemplateId ?? '—'}</dd></dl>`
    : '<p>Unknown task</p>'
  const frameSlot = '<div id="app-slot" class="emu-app-slot"></div>'
  const body = layout === 'full'
    ? `<main class="emu-full"><h1 class="emu-title">${install ? 'Installing application' : 'Task Lens'}</h1>${frameSlot}</main>`
    : layout === 'wide'
      ? `<main class="emu-card"><h1 class="emu-title">${escapeHtml(task?.title ?? '')}</h1><nav class="emu-tabs"><span>Description</span><span>Comments</span><span class="active">Task Lens</span></nav>${frameSlot}</main>`
      : `<main class="emu-card emu-with-sidebar"><section><h1 class="emu-title">${escapeHtml(task?.title ?? '')}</h1><p class="emu-muted">Description, checklist and comments of the task live here.</p>${fields}</section><aside class="emu-sidebar"><h2>Applications</h2>${frameSlot}</aside></main>`
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<title>Bitrix24 task card (emulator)</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { margin: 0; font: 14px/1.4 system-ui, "Helvetica Neue", Arial, sans-serif; background: #eef2f4; color: #333; }
  .emu-toolbar { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: center; padding: 8px 16px; background: #2067b0; color: #fff; font-size: 12px; }
  .emu-toolbar select, .emu-toolbar input { font-size: 12px; }
  .emu-card, .emu-full { margin: 16px; background: #fff; border-radius: 12px; padding: 20px; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
  .emu-with-sidebar { display: grid; grid-template-columns: minmax(0, 1fr) 360px; gap: 20px; align-items: start; }
  .emu-sidebar { border-left: 1px solid #e6e9ec; padding-left: 16px; }
  .emu-sidebar h2 { font-size: 13px; text-transform: uppercase; color: #828b95; margin: 0 0 8px; }
  .emu-title { font-size: 22px; margin: 0 0 12px; font-weight: 600; }
  .emu-muted { color: #828b95; }
  .emu-fields { display: grid; grid-template-columns: 180px 1fr; gap: 6px; }
  .emu-fields dt { color: #828b95; } .emu-fields dd { margin: 0; }
  .emu-tabs { display: flex; gap: 16px; border-bottom: 1px solid #e6e9ec; margin-bottom: 12px; }
  .emu-tabs span { padding: 6px 0; } .emu-tabs .active { border-bottom: 2px solid #2fc6f6; font-weight: 600; }
  .emu-app-slot iframe { display: block; width: 100%; border: 0; height: 200px; }
  .emu-dialog { position: fixed; inset: 0; background: rgba(0,0,0,.35); display: grid; place-items: center; }
  .emu-dialog > div { background: #fff; border-radius: 10px; padding: 16px; min-width: 280px; }
</style>
</head>
<body>
${toolbar}
${body}
<script type="application/json" id="emulator-config">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
<script src="/__emulator/portal.js"></script>
</body>
</html>`
}
