/**
 * The probe the harness installs in every frame before any of its scripts run (`addInitScript`).
 * It acts only inside the app's iframe and records, on the frame's own clock (`performance.now()`,
 * zero = the frame's navigation start):
 * - the first message from the portal page (the answer to the SDK's `getInitData` handshake),
 * - every REST request leaving the frame (XHR, which the SDK's axios uses in browsers, and fetch),
 * - the moment the first list row exists (a MutationObserver: before it is painted),
 * - long tasks (PerformanceObserver `longtask`, buffered from the frame's start).
 * It is a string, not a function, so the bundler's helpers never leak into the page.
 */
export interface FrameProbe {
  firstMessage: number | null
  firstRest: number | null
  firstRow: number | null
  restRequests: number
  longTasks: Array<[start: number, duration: number]>
}

/** The probe's source: `rowSelector` is the element whose first appearance counts as "first row". */
export function frameProbeSource(rowSelector: string): string {
  return `(() => {
  if (window.top === window) return
  const probe = { firstMessage: null, firstRest: null, firstRow: null, restRequests: 0, longTasks: [] }
  Object.defineProperty(window, '__perfProbe', { value: probe })
  addEventListener('message', (event) => {
    if (probe.firstMessage === null && event.source === window.parent) probe.firstMessage = performance.now()
  }, true)
  const sent = (url) => {
    if (!/\\/rest\\//.test(String(url))) return
    probe.restRequests++
    if (probe.firstRest === null) probe.firstRest = performance.now()
  }
  const open = XMLHttpRequest.prototype.open
  XMLHttpRequest.prototype.open = function (method, url, ...rest) { this.__perfUrl = url; return open.call(this, method, url, ...rest) }
  const send = XMLHttpRequest.prototype.send
  XMLHttpRequest.prototype.send = function (...args) { sent(this.__perfUrl); return send.apply(this, args) }
  const nativeFetch = window.fetch
  window.fetch = function (input, init) { sent(typeof input === 'string' || input instanceof URL ? input : input.url); return nativeFetch.call(this, input, init) }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push([entry.startTime, entry.duration])
    }).observe({ type: 'longtask', buffered: true })
  } catch {}
  const rows = new MutationObserver(() => {
    if (probe.firstRow === null && document.querySelector(${JSON.stringify(rowSelector)})) {
      probe.firstRow = performance.now()
      rows.disconnect()
    }
  })
  rows.observe(document, { childList: true, subtree: true })
})()`
}
