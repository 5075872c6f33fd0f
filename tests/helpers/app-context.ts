/**
 * A real Pinia inside a real (unmounted) Vue app, so stores resolve `inject()` exactly as in the
 * app, with fakes provided under the same keys.
 */
import type { Api } from '@/api'
import type { OpeningPrefetch } from '@/api/opening-prefetch'
import type { PortalConnector } from '@/api/portal'
import type { Pace } from '@/composables/usePacing'
import { createPinia, setActivePinia } from 'pinia'
import { createApp } from 'vue'
import { API_KEY, PORTAL_KEY } from '@/api'
import { OPENING_PREFETCH_KEY } from '@/api/opening-prefetch'
import { PACING_KEY } from '@/composables/usePacing'

export function installStores(provides: { api?: Partial<Api>, portal?: PortalConnector, prefetch?: OpeningPrefetch, pace?: Pace }) {
  const app = createApp({ render: () => null })
  const pinia = createPinia()
  app.use(pinia)
  if (provides.api)
    app.provide(API_KEY, provides.api as Api)
  if (provides.portal)
    app.provide(PORTAL_KEY, provides.portal)
  if (provides.prefetch)
    app.provide(OPENING_PREFETCH_KEY, provides.prefetch)
  if (provides.pace)
    app.provide(PACING_KEY, provides.pace)
  setActivePinia(pinia)
  return { app, pinia }
}
