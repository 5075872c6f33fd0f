// The portal side of the frame protocol (what Bitrix24's BX.rest.AppLayout does, research/sdk.md §1–2):
// it answers the app's postMessage commands, string protocol "command:params:callback:appSid".
(async () => {
  const config = JSON.parse(document.getElementById('emulator-config').textContent)
  const appSid = Array.from(crypto.getRandomValues(new Uint8Array(16)), byte => byte.toString(16).padStart(2, '0')).join('')
  const emulator = { sessionId: '', messages: [], ready: false }
  window.__emulator = emulator

  const sessionResponse = await fetch('/__emulator/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId: config.userId, lang: config.lang, ...config.session }),
  })
  const session = await sessionResponse.json()
  emulator.sessionId = session.sessionId
  let auth = { AUTH_ID: session.accessToken, AUTH_EXPIRES: '3600', REFRESH_ID: session.refreshToken }
  const userOptions = { ...session.userOptions }
  let frame = null

  const postJson = (path, body) => fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then(response => response.json())

  function initData() {
    return {
      LANG: config.lang,
      DOMAIN: location.host,
      PROTOCOL: location.protocol === 'https:' ? 1 : 0,
      PATH: '/rest/',
      ...auth,
      MEMBER_ID: 'emulator-member-0001',
      IS_ADMIN: session.isAdmin,
      INSTALL: config.install,
      FIRST_RUN: config.firstRun,
      APP_OPTIONS: session.appOptions,
      USER_OPTIONS: userOptions,
      PLACEMENT: config.placement,
      PLACEMENT_OPTIONS: config.placementOptions,
    }
  }

  function chooseUsers(multiple) {
    return new Promise((resolve) => {
      const dialog = document.createElement('div')
      dialog.className = 'emu-dialog'
      dialog.setAttribute('role', 'dialog')
      const options = config.users.map(user => `<label><input type="${multiple ? 'checkbox' : 'radio'}" name="pick" value="${user.id}"> ${user.name}</label><br>`).join('')
      dialog.innerHTML = `<div><strong>Select ${multiple ? 'users' : 'a user'}</strong><form>${options}<button type="submit">OK</button> <button type="button" data-cancel>Cancel</button></form></div>`
      document.body.append(dialog)
      const close = (picked) => {
        dialog.remove()
        const users = picked.map(id => config.users.find(user => user.id === id)).map(user => ({ id: user.id, name: user.name, photo: '', position: user.position, url: `/company/personal/user/${user.id}/`, sub: false, sup: false }))
        resolve(multiple ? users : (users[0] ?? null))
      }
      dialog.querySelector('[data-cancel]').addEventListener('click', () => close([]))
      dialog.querySelector('form').addEventListener('submit', (event) => {
        event.preventDefault()
        close([...dialog.querySelectorAll('input:checked')].map(input => input.value))
      })
    })
  }

  const isPlacement = config.placement !== 'DEFAULT'
  const handlers = {
    getInitData: () => initData(),
    refreshAuth: async () => {
      const token = await postJson(`/__emulator/sessions/${session.sessionId}/refresh`, {})
      auth = { AUTH_ID: token.access_token, AUTH_EXPIRES: String(token.expires_in), REFRESH_ID: token.refresh_token }
      return auth
    },
    resizeWindow: (params) => {
      const height = Number.parseInt(params.height, 10)
      if (height > 0)
        frame.style.height = `${height}px`
      const rect = frame.getBoundingClientRect()
      return { width: rect.width, height: rect.height }
    },
    // Denied in placements, as on a portal: the SDK's 900 ms "isSafely" timer settles them.
    setTitle: params => (isPlacement ? undefined : ((document.title = params.title), params)),
    setScroll: params => (isPlacement ? undefined : params),
    setUserOption: async (params) => {
      userOptions[params.name] = params.value
      await postJson(`/__emulator/sessions/${session.sessionId}/user-option`, params)
      return params
    },
    setAppOption: async params => (session.isAdmin ? postJson(`/__emulator/sessions/${session.sessionId}/app-option`, params) : undefined),
    getInterface: () => ({ command: ['resizeWindow'], event: [] }),
    selectUser: params => chooseUsers(Boolean(params.mult)),
    setInstall: params => params,
    setInstallFinish: async () => {
      await postJson('/__emulator/install-finish', {})
      const url = new URL(location.href)
      url.searchParams.delete('install')
      location.assign(url)
    },
  }

  addEventListener('message', async (event) => {
    if (event.origin !== config.appOrigin || typeof event.data !== 'string')
      return
    emulator.messages.push(event.data)
    const parts = event.data.split(':')
    if (parts.length < 3)
      return
    const command = parts[0]
    const callback = parts[parts.length - 2]
    const sid = parts[parts.length - 1]
    const json = parts.slice(1, parts.length - 2).join(':')
    if (sid !== appSid || !Object.hasOwn(handlers, command))
      return
    let params = {}
    try {
      params = json ? JSON.parse(json) : {}
    }
    catch {
      return
    }
    const result = await handlers[command](params)
    if (result === undefined)
      return
    event.source.postMessage(`${callback}:${JSON.stringify(result)}`, config.appOrigin)
  })

  // The listener is in place before the frame exists: a lost getInitData would hang the SDK forever.
  frame = document.createElement('iframe')
  frame.id = 'app-frame'
  frame.name = `${location.host}|${location.protocol === 'https:' ? 1 : 0}|${appSid}`
  frame.title = 'Task Lens'
  document.getElementById('app-slot').append(frame)

  // Bitrix24 opens a handler by POSTing a hidden form into the named frame (research/sdk.md §1.5),
  // so the app's host must answer POST: this keeps every dev and e2e run honest about it.
  const handler = new URL(config.appUrl)
  for (const [key, value] of Object.entries({ DOMAIN: location.host, PROTOCOL: '0', LANG: config.lang, APP_SID: appSid }))
    handler.searchParams.set(key, value)
  const form = document.createElement('form')
  form.method = 'POST'
  form.action = handler.toString()
  form.target = frame.name
  form.hidden = true
  const fields = { AUTH_ID: auth.AUTH_ID, AUTH_EXPIRES: auth.AUTH_EXPIRES, REFRESH_ID: auth.REFRESH_ID, member_id: 'emulator-member-0001', status: 'L', PLACEMENT: config.placement, PLACEMENT_OPTIONS: JSON.stringify(config.placementOptions) }
  for (const [name, value] of Object.entries(fields)) {
    const input = document.createElement('input')
    input.type = 'hidden'
    input.name = name
    input.value = value
    form.append(input)
  }
  document.body.append(form)
  form.submit()
  emulator.ready = true
})()
