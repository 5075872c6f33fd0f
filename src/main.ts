import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { API_KEY, createApi, PORTAL_KEY } from '@/api'
import { createOpeningPrefetch, OPENING_PREFETCH_KEY } from '@/api/opening-prefetch'
import { createPortalConnector } from '@/api/portal'
import { createTimeEntriesApi } from '@/api/time-entries'
import { createAppI18n, initialLocale } from '@/i18n'
import { resolvePlacement } from '@/lib/placement'
import { createSlicer } from '@/lib/yield-to-main'
import { createAppRouter } from '@/router'
import { useFrameStore } from '@/stores/frame'
import { createUiKit } from '@/ui-kit'
import App from './App.vue'
import './assets/main.css'

const i18n = createAppI18n(initialLocale(navigator.languages, location.search))
// The opening batch leaves the moment the portal answers the handshake, while the router resolves
// and the view mounts; the time-entries store adopts it. Only when the frame opens on the list
// (the start page redirects there, router.ts `homeLocation`), so another route costs no request.
const prefetch = createOpeningPrefetch()
const initialHash = location.hash.replace(/^#\/?/, '')
const portal = createPortalConnector({
  onConnected(context, rest) {
    const { taskId } = resolvePlacement(context.placement, context.placementOptions)
    if (taskId !== null && (initialHash === '' || initialHash === `tasks/${taskId}/entries`))
      prefetch.start(taskId, createTimeEntriesApi(rest))
  },
})

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
// Batches of 2,500 rows are mapped in slices that yield, so loading never blocks input for long.
app.provide(API_KEY, createApi(portal.rest, { timeEntries: { slicer: createSlicer } }))
app.provide(OPENING_PREFETCH_KEY, prefetch)

const frame = useFrameStore(pinia)
void frame.boot()
app.use(createAppRouter({ whenSettled: frame.whenSettled, placementTarget: () => frame.target }))
app.mount('#app')
