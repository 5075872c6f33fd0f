// The portal side of the frame protocol, as Bitrix24's BX.rest.AppLayout implements it
// (bitrix24-core-corp modules/rest/install/js/rest/applayout.js; bitrix-core-business
// modules/rest/install/components/bitrix/app.layout/templates/.default/template.php). Commands arrive as "command:params:callback:appSid" strings (or as objects for custom
// commands); replies go back as "callback:JSON" to the app's origin only. Messages from another
// origin or for another app are ignored, and so are commands the page does not offer or denies.
(async () => {
  const config = JSON.parse(document.getElementById('emulator-config').textContent)
  const emulator = { sessionId: '', messages: [], replies: [], ignored: 0, opened: 0, applications: 0, ready: false }
  window.__emulator = emulator

  for (const control of document.querySelectorAll('[data-autosubmit]'))
    control.addEventListener('change', () => control.form.submit())

  if (config.mode === 'none') {
    emulator.ready = true
    return
  }

  const postJson = async (path, body) => {
    const response = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    return response.json()
  }

  const session = await postJson('/__emulator/session', {
    userId: config.userId,
    lang: config.lang,
    install: config.install,
    firstRun: config.firstRun,
    scopes: config.scopes,
    ...config.faults,
  })
  emulator.sessionId = session.sessionId
  const sessionPath = `/__emulator/sessions/${session.sessionId}`
  const sessionLabel = document.querySelector('[data-emu-session]')
  if (sessionLabel) {
    const link = document.createElement('a')
    link.href = `${sessionPath}/requests`
    link.target = '_blank'
    link.textContent = `session ${session.sessionId.slice(0, 8)} · request log`
    sessionLabel.append(link)
  }

  const protocol = location.protocol === 'https:' ? 1 : 0
  let auth = { AUTH_ID: session.token, AUTH_EXPIRES: String(session.expiresIn), REFRESH_ID: session.refresh }
  let firstRun = session.firstRun
  const userOptions = session.userOptions
  // The frames that are open now, by APP_SID (one AppLayout each): the page's own, a new card's
  // slider per click, and the sliders `openApplication` opens over them. Each keeps its launch
  // data, layout div and the commands its placement denies. Messages for any other APP_SID are ignored.
  const frames = new Map()

  function initData(current) {
    const { launch } = current
    const data = {
      LANG: config.lang,
      DOMAIN: location.host,
      PROTOCOL: protocol,
      PATH: '/rest',
      ...auth,
      MEMBER_ID: session.memberId,
      FIRST_RUN: firstRun,
      IS_ADMIN: session.isAdmin,
      INSTALL: config.install,
      USER_OPTIONS: userOptions,
      APP_OPTIONS: session.appOptions,
      PLACEMENT: launch.placement,
      PLACEMENT_OPTIONS: launch.placementOptions,
    }
    firstRun = false
    return data
  }

  function chooseUsers(multiple, reply) {
    const dialog = document.createElement('div')
    dialog.className = 'emu-dialog'
    const form = document.createElement('form')
    form.setAttribute('role', 'dialog')
    form.setAttribute('aria-label', multiple ? config.labels.selectUsers : config.labels.selectUser)
    const heading = document.createElement('h2')
    heading.textContent = multiple ? config.labels.selectUsers : config.labels.selectUser
    form.append(heading)
    for (const user of config.users) {
      const label = document.createElement('label')
      const input = document.createElement('input')
      input.type = multiple ? 'checkbox' : 'radio'
      input.name = 'user'
      input.value = user.id
      const photo = document.createElement('img')
      photo.alt = ''
      photo.src = user.photo || 'data:,'
      label.append(input, photo, `${user.name}${user.position ? `, ${user.position}` : ''}`)
      form.append(label)
    }
    const buttons = document.createElement('div')
    buttons.className = 'emu-dialog-buttons'
    const ok = Object.assign(document.createElement('button'), { type: 'submit', textContent: config.labels.ok })
    // Closing the portal's selector never calls back, so the app's promise stays pending.
    const cancel = Object.assign(document.createElement('button'), { type: 'button', textContent: config.labels.cancel })
    cancel.addEventListener('click', () => dialog.remove())
    buttons.append(ok, cancel)
    form.append(buttons)
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      const picked = [...form.querySelectorAll('input:checked')].map(input => config.users.find(user => user.id === input.value))
      const selected = picked.map(user => ({ id: user.id, name: user.name, photo: user.photo, position: user.position, url: `/company/personal/user/${user.id}/`, sub: false, sup: false }))
      dialog.remove()
      if (multiple)
        reply(selected)
      else if (selected[0])
        reply(selected[0])
    })
    dialog.append(form)
    document.body.append(dialog)
  }

  const handlers = {
    getInitData: (_params, reply, current) => reply(initData(current)),
    getInterface: (_params, reply) => reply({ command: [], event: [] }),
    refreshAuth: async (_params, reply) => {
      const token = await postJson(`${sessionPath}/refresh`, {})
      if (!token.access_token)
        return
      auth = { AUTH_ID: token.access_token, AUTH_EXPIRES: token.expires_in, REFRESH_ID: token.refresh_token }
      reply(auth)
    },
    resizeWindow: (params, reply, current) => {
      const width = params.width === '100%' ? '100%' : `${Number.parseInt(params.width, 10) || 100}px`
      const height = Number.parseInt(params.height, 10)
      current.layout.style.width = width
      if (height)
        current.layout.style.height = `${height}px`
      const box = current.layout.getBoundingClientRect()
      reply({ width: box.width, height: box.height })
    },
    setTitle: (params, reply) => {
      document.title = params.title
      const title = document.querySelector('[data-page-title]')
      if (title)
        title.textContent = params.title
      reply(params)
    },
    setScroll: (params, reply) => {
      if (params.scroll >= 0)
        window.scrollTo(window.scrollX, Number.parseInt(params.scroll, 10))
      reply(params)
    },
    reloadWindow: () => location.reload(),
    setUserOption: async (params, reply) => {
      userOptions[params.name] = params.value
      await postJson(`${sessionPath}/user-option`, params)
      reply(params)
    },
    setAppOption: async (params, reply) => {
      if (!session.isAdmin)
        return
      reply(await postJson(`${sessionPath}/app-option`, params))
    },
    setInstall: async (params, reply) => {
      await postJson(`${sessionPath}/install`, { install: Boolean(params.install) })
      reply(params)
    },
    setInstallFinish: async (params) => {
      const value = params.value === false ? 'N' : 'Y'
      const answer = await postJson(`${sessionPath}/install-finish`, { value })
      const next = new URL(location.href)
      next.searchParams.delete('install')
      next.searchParams.set('install_finished', answer.result === 'true' ? 'Y' : 'N')
      location.assign(next)
    },
    selectUser: (params, reply) => chooseUsers(Number.parseInt(params.mult + 0, 10) > 0 || params.mult === true, reply),
    openApplication: (params, reply) => openApplication(params, reply),
  }

  function parseCommand(data) {
    if (typeof data === 'object')
      return { method: data.method, params: data.params || {}, callback: data.callback, appSid: data.appSid }
    const parts = data.split(':')
    const json = parts.slice(1, -2).join(':')
    return { method: parts[0], params: json ? JSON.parse(json) : {}, callback: parts.at(-2), appSid: parts.at(-1) }
  }

  window.addEventListener('message', (event) => {
    const isCommand = typeof event.data === 'string' || (typeof event.data === 'object' && event.data !== null)
    if (![...frames.values()].some(frame => frame.launch.appOrigin === event.origin) || !isCommand) {
      emulator.ignored++
      return
    }
    emulator.messages.push(typeof event.data === 'string' ? event.data : JSON.stringify(event.data))
    let command
    try {
      command = parseCommand(event.data)
    }
    catch {
      return
    }
    const current = frames.get(command.appSid)
    if (!current || current.launch.appOrigin !== event.origin || !Object.hasOwn(handlers, command.method) || current.denied.has(command.method))
      return
    const reply = (result) => {
      if (!command.callback)
        return
      const message = `${command.callback}:${result === undefined ? '' : JSON.stringify(result)}`
      emulator.replies.push(message)
      event.source.postMessage(message, current.launch.appOrigin)
    }
    handlers[command.method](command.params, reply, current)
  })

  /**
   * Opens one app frame into `slot`, as `app.layout` does: a fresh APP_SID, the layout div that
   * `resizeWindow` sizes, the named iframe, and a hidden form that POSTs the handler into it.
   * The listener above exists before the frame does: a lost getInitData would hang the SDK forever.
   */
  function openFrame(launch, slot) {
    const appSid = Array.from(crypto.getRandomValues(new Uint8Array(16)), byte => byte.toString(16).padStart(2, '0')).join('')
    // Placements may not retitle or scroll the portal page; a slider (popup) may not resize itself.
    const denied = new Set([
      ...(launch.placement === 'DEFAULT' ? [] : ['setTitle', 'setScroll', 'reloadWindow']),
      ...(launch.popup ? ['resizeWindow'] : []),
    ])
    const layout = document.createElement('div')
    layout.id = `appframe_layout_${appSid}`
    layout.className = 'app-frame-layout'
    const current = { launch, appSid, layout, denied }
    frames.set(appSid, current)
    const frame = document.createElement('iframe')
    frame.id = `appframe_${appSid}`
    frame.name = `${location.host}|${protocol}|${appSid}`
    frame.className = 'app-frame'
    frame.title = launch.appTitle
    frame.setAttribute('allow', 'geolocation *; microphone *; camera *; autoplay *;')
    layout.append(frame)
    slot.append(layout)

    // Bitrix24 opens a handler by POSTing a hidden form into the named frame, so the app's host
    // must answer POST; this keeps every dev and e2e run honest about it.
    const action = new URL(launch.appUrl)
    for (const [name, value] of Object.entries({ DOMAIN: location.host, PROTOCOL: String(protocol), LANG: config.lang, APP_SID: appSid }))
      action.searchParams.set(name, value)
    const form = document.createElement('form')
    form.method = 'POST'
    form.action = action.toString()
    form.target = frame.name
    form.hidden = true
    const fields = {
      AUTH_ID: auth.AUTH_ID,
      AUTH_EXPIRES: auth.AUTH_EXPIRES,
      REFRESH_ID: auth.REFRESH_ID,
      member_id: session.memberId,
      status: 'L',
      PLACEMENT: launch.placement,
    }
    if (!Array.isArray(launch.placementOptions))
      fields.PLACEMENT_OPTIONS = JSON.stringify(launch.placementOptions).replace(/\//g, '\\/')
    for (const [name, value] of Object.entries(fields))
      form.append(Object.assign(document.createElement('input'), { type: 'hidden', name, value }))
    document.body.append(form)
    form.submit()
    form.remove()
    emulator.opened++
    return current
  }

  /**
   * Closing a slider destroys its frames (`AppLayout.destroy`): later messages from them are
   * ignored. `onClose` is the slider's close event (`openApplication`'s callback).
   */
  function closeSlider(sliderElement, returnFocus, onClose) {
    for (const [appSid, frame] of frames) {
      if (sliderElement.contains(frame.layout))
        frames.delete(appSid)
    }
    sliderElement.remove()
    returnFocus?.focus()
    onClose?.()
  }

  function bindSlider(sliderElement, returnFocus, onClose) {
    sliderElement.querySelector('[data-slider-close]')?.addEventListener('click', () => closeSlider(sliderElement, returnFocus, onClose))
    sliderElement.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        // Only the top slider closes (BX.SidePanel closes the topmost one).
        event.stopPropagation()
        closeSlider(sliderElement, returnFocus, onClose)
      }
    })
  }

  /** A side slider over the page (BX.SidePanel), with the title bar and the slot a frame fills. */
  function createSlider(title, width) {
    const sliderElement = document.createElement('div')
    sliderElement.className = 'b24-slider'
    sliderElement.dataset.slider = ''
    sliderElement.setAttribute('role', 'dialog')
    sliderElement.setAttribute('aria-label', title)
    if (width !== null)
      sliderElement.style.width = `min(${width}px, calc(100vw - 12px))`
    const bar = document.createElement('div')
    bar.className = 'b24-slider-bar'
    const heading = Object.assign(document.createElement('span'), { className: 'b24-slider-title', textContent: title })
    const close = Object.assign(document.createElement('button'), { type: 'button', className: 'b24-slider-close', textContent: '×' })
    close.dataset.sliderClose = ''
    close.setAttribute('aria-label', config.labels.close)
    bar.append(heading, close)
    const slot = document.createElement('div')
    slot.className = 'emu-app-slot emu-app-slot-slider'
    slot.dataset.appSlot = ''
    sliderElement.append(bar, slot)
    document.body.append(sliderElement)
    return { sliderElement, slot, close }
  }

  /**
   * `BX.rest.AppLayout.openApplication` (bitrix-core-business modules/rest/install/js/rest/applayout.js):
   * the app's own handler in a new slider, as a popup (`POPUP: 1`, so `resizeWindow` is denied),
   * with PLACEMENT DEFAULT (the call passes no placement) and the caller's parameters as
   * PLACEMENT_OPTIONS once the `bx24_*` keys are taken out for the slider (`width`, `title` …;
   * `{options, params}` passes `params` alone). The callback runs when the slider closes, with no
   * value. Opened from any frame, placements included: `openApplication` is not among the
   * commands a placement denies (app.layout template.php).
   */
  function openApplication(params, reply) {
    const options = {}
    const sliderSettings = {}
    for (const [key, value] of Object.entries(typeof params === 'object' && params !== null ? params : {})) {
      if (key.startsWith('bx24_'))
        sliderSettings[key.slice(5)] = value
      else
        options[key] = value
    }
    const placementOptions = Object.hasOwn(options, 'options') && Object.hasOwn(options, 'params') ? options.params : options
    const title = typeof sliderSettings.title === 'string' ? sliderSettings.title : config.application.title
    const width = typeof sliderSettings.width === 'number' ? sliderSettings.width : null
    const opener = document.activeElement
    const { sliderElement, slot, close } = createSlider(title, width)
    bindSlider(sliderElement, opener instanceof HTMLElement ? opener : null, () => reply(undefined))
    openFrame({ appUrl: config.application.url, appOrigin: config.application.origin, appTitle: config.application.title, placement: 'DEFAULT', placementOptions, popup: true }, slot)
    emulator.applications++
    close.focus()
  }

  if (config.mode === 'frame') {
    const sliderElement = document.querySelector('[data-slider]')
    if (sliderElement)
      bindSlider(sliderElement, null)
    openFrame(config.frames[0], document.querySelector('[data-app-slot]'))
  }
  else {
    // The new task card: a click on an application row opens that binding in a slider
    // (`BX.rest.AppLayout.openApplication`), one at a time.
    for (const row of document.querySelectorAll('[data-app-launch]')) {
      row.addEventListener('click', () => {
        const open = document.querySelector('[data-slider]')
        if (open)
          closeSlider(open, null)
        const launch = config.frames[Number(row.dataset.appLaunch)]
        const { sliderElement, slot, close } = createSlider(launch.appTitle, null)
        bindSlider(sliderElement, row)
        openFrame(launch, slot)
        close.focus()
      })
    }
  }
  emulator.ready = true
})()
