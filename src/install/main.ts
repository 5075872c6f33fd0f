/**
 * The installer page (`install.html`): Bitrix24 opens it for the administrator on the app's first
 * run (docs/rest-quirks.md#install-finish). A second Vite entry, so the sidebar never loads installer code
 * and the installer never loads the sidebar's views.
 */
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { createInstaller, INSTALLER_KEY } from '@/api/install'
import { createPlacementsApi } from '@/api/placements'
import { createPortalConnector } from '@/api/portal'
import { addInstallMessages } from '@/features/install/messages'
import { buildInstallPlan, placementTextsByLanguage, TOOLBAR_TEXT_KEYS } from '@/features/install/plan'
import { createAppI18n, initialLocale, registerLocaleMessages } from '@/i18n'
import * as deMessages from '@/i18n/messages-de'
import * as esMessages from '@/i18n/messages-es'
import * as plMessages from '@/i18n/messages-pl'
import * as ptBrMessages from '@/i18n/messages-pt-br'
import * as ruMessages from '@/i18n/messages-ru'
import * as ukMessages from '@/i18n/messages-uk'
import { createUiKit } from '@/ui-kit'
import InstallApp from './InstallApp.vue'
import '@/assets/main.css'

// The installer titles its placements in every language at once: it needs them all now.
registerLocaleMessages('ru', ruMessages)
registerLocaleMessages('de', deMessages)
registerLocaleMessages('es', esMessages)
registerLocaleMessages('pt-BR', ptBrMessages)
registerLocaleMessages('pl', plMessages)
registerLocaleMessages('uk', ukMessages)
const i18n = addInstallMessages(createAppI18n(initialLocale(navigator.languages, location.search)))

// Titles for every language at once (`LANG_ALL`): the portal shows each user their own.
const langAll = placementTextsByLanguage((key, locale) => i18n.global.t(key, {}, { locale }))

// The timesheet's entry above the task lists, titled from the installer's messages in every language.
const toolbarLangAll = placementTextsByLanguage((key, locale) => i18n.global.t(key, {}, { locale }), TOOLBAR_TEXT_KEYS)

const portal = createPortalConnector()
const installer = createInstaller(portal, createPlacementsApi(portal.rest), buildInstallPlan(location.href, langAll, toolbarLangAll))

const app = createApp(InstallApp)
app.use(createPinia())
app.use(i18n)
// The kit's context without its plugin and its `App` wrapper (unhead, motion, prose), as in the sidebar.
app.use(createUiKit({
  locale: i18n.global.locale,
  root: document.documentElement,
  userAgent: navigator.userAgent,
  darkScheme: matchMedia('(prefers-color-scheme: dark)'),
}))
app.provide(INSTALLER_KEY, installer)
app.mount('#app')
