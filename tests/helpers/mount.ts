/**
 * Mounting with what the app installs: i18n (English unless asked, with the lazily merged feature
 * messages already in), the UI kit's context (`ui-kit.ts`), and a router in memory. Views need a router.
 */
import type { Component } from 'vue'
import type { AppLocale } from '@/i18n'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { addTemplateMessages } from '@/features/task-template/messages'
import { createAppI18n } from '@/i18n'
import { createUiKit } from '@/ui-kit'

export function testRouter() {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'home', component: { render: () => null } },
      { path: '/pick', name: 'pick-task', component: { render: () => null } },
      { path: '/tasks/:taskId/entries', name: 'entries', component: { render: () => null } },
      { path: '/tasks/:taskId/entries/:itemId', name: 'entry', component: { render: () => null } },
      { path: '/tasks/:taskId/template', name: 'task-template', component: { render: () => null } },
      { path: '/templates/:templateId', name: 'template', component: { render: () => null } },
      { path: '/timesheet/week', name: 'timesheet-week', component: { render: () => null } },
      { path: '/timesheet/report', name: 'timesheet-report', component: { render: () => null } },
    ],
  })
}

export interface MountOptions {
  props?: Record<string, unknown>
  locale?: AppLocale
  plugins?: unknown[]
  router?: ReturnType<typeof testRouter>
  provide?: Record<string | symbol, unknown>
}

export function mountWithApp(component: Component, options: MountOptions = {}) {
  const router = options.router ?? testRouter()
  const i18n = addTemplateMessages(createAppI18n(options.locale ?? 'en'))
  return {
    router,
    i18n,
    wrapper: mount(component, {
      props: options.props,
      attachTo: document.body,
      global: {
        plugins: [i18n, createUiKit({ locale: i18n.global.locale }), router, ...(options.plugins ?? [])] as never[],
        provide: options.provide as never,
      },
    }),
  }
}
