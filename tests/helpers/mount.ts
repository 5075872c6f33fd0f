/**
 * Mounting with what the app installs: i18n (English unless asked), the b24ui plugin, and a router
 * in memory. Components from the UI kit need its plugin; views need a router.
 */
import type { Component } from 'vue'
import type { AppLocale } from '@/i18n'
import b24UiPlugin from '@bitrix24/b24ui-nuxt/vue-plugin'
import { mount } from '@vue/test-utils'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '@/i18n'

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
  return {
    router,
    wrapper: mount(component, {
      props: options.props,
      attachTo: document.body,
      global: {
        plugins: [createAppI18n(options.locale ?? 'en'), b24UiPlugin, router, ...(options.plugins ?? [])] as never[],
        provide: options.provide as never,
      },
    }),
  }
}
