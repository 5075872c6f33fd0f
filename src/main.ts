import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { API_KEY, createApi, PORTAL_KEY } from '@/api'
import { createPortalConnector } from '@/api/portal'
import { createAppI18n, initialLocale } from '@/i18n'
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
app.provide(API_KEY, createApi(portal.rest))

const frame = useFrameStore(pinia)
void frame.boot()
app.use(createAppRouter({ whenSettled: frame.whenSettled, placementTarget: () => frame.target }))
app.mount('#app')
