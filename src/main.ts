import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { API_KEY, createApi, PORTAL_KEY } from '@/api'
import { createOpeningPrefetch, OPENING_PREFETCH_KEY } from '@/api/opening-prefetch'
import { createPortalConnector } from '@/api/portal'
import { createTimeEntriesApi } from '@/api/time-entries'
import { PACING_KEY } from '@/composables/usePacing'
import { appLocaleFromBitrix, createAppI18n, initialLocale } from '@/i18n'
import { resolvePlacement } from '@/lib/placement'
import { displayFormatWarmUp } from '@/lib/time/warm-formats'
import { createSlicer, yieldToMain } from '@/lib/yield-to-main'
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
    if (taskId !== null && (initialHash === '' || initialHash === `tasks/${taskId}/entries`)) {
      prefetch.start(taskId, createTimeEntriesApi(rest))
      // The main thread waits for the answer now: ICU's first formatter (its zone, calendar and the
      // locale's data: tens of ms at 4× CPU), the row's date pattern, the zone's name and the
      // number symbols load in tasks of their own, not inside the list's first render.
      for (const step of displayFormatWarmUp(appLocaleFromBitrix(context.lang)))
        setTimeout(step, 0)
    }
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
// Batches of up to 1,000 rows (time entries) or 2,500 (timesheet) are mapped in slices that yield, so loading never blocks input for long;
// the first slice starts in a task of its own, after the one in which the SDK parsed the answer.
app.provide(API_KEY, createApi(portal.rest, { timeEntries: { slicer: () => createSlicer(8, { spent: true }) } }))
app.provide(PACING_KEY, yieldToMain)
app.provide(OPENING_PREFETCH_KEY, prefetch)

const frame = useFrameStore(pinia)
void frame.boot()
app.use(createAppRouter({ whenSettled: frame.whenSettled, placementTarget: () => frame.target }))
app.mount('#app')
