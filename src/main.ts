import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { API_KEY, createApi, PORTAL_KEY } from '@/api'
import { createOpeningPrefetch, OPENING_PREFETCH_KEY } from '@/api/opening-prefetch'
import { createPortalConnector } from '@/api/portal'
import { createAppI18n, initialLocale } from '@/i18n'
import { resolvePlacement } from '@/lib/placement'
import { createAppRouter } from '@/router'
import { useFrameStore } from '@/stores/frame'
import { createUiKit } from '@/ui-kit'
import App from './App.vue'
import './assets/main.css'

const i18n = createAppI18n(initialLocale(navigator.languages, location.search))
const portal = createPortalConnector()

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(i18n)
app.use(createUiKit({
  locale: i18n.global.locale,
  root: document.documentElement,
  userAgent: navigator.userAgent,
  darkScheme: matchMedia('(prefers-color-scheme: dark)'),
}))
app.provide(PORTAL_KEY, portal)
const api = createApi(portal.rest)
app.provide(API_KEY, api)
const prefetch = createOpeningPrefetch(api.timeEntries)
app.provide(OPENING_PREFETCH_KEY, prefetch)

// The opening batch leaves as soon as the portal answers the handshake, while the router resolves
// and the view mounts; the time-entries store adopts it. Only when the frame opens on the list
// (the start page redirects there, router.ts `homeLocation`), so another route costs no request.
const initialHash = location.hash.replace(/^#\/?/, '')
portal.connect().then(({ context }) => {
  const { taskId } = resolvePlacement(context.placement, context.placementOptions)
  if (taskId !== null && (initialHash === '' || initialHash === `tasks/${taskId}/entries`))
    prefetch.start(taskId)
}, () => {})

const frame = useFrameStore(pinia)
void frame.boot()
app.use(createAppRouter({ whenSettled: frame.whenSettled, placementTarget: () => frame.target }))
app.mount('#app')
