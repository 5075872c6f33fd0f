import type { Plugin } from 'vite'
import { fileURLToPath, URL } from 'node:url'
import bitrix24UIPluginVite from '@bitrix24/b24ui-nuxt/vite'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

/**
 * Bitrix24 opens an app's handler with POST (research/rest.md §3.2); Vite's dev and preview servers
 * only serve GET, so a POST to an HTML page is answered as if it were a GET.
 */
function acceptPortalPost(): Plugin {
  const rewrite = (req: { method?: string, headers: Record<string, unknown> }, _res: unknown, next: () => void) => {
    if (req.method === 'POST' && String(req.headers.accept ?? '').includes('text/html'))
      req.method = 'GET'
    next()
  }
  return {
    name: 'task-lens:accept-portal-post',
    configureServer(server) {
      server.middlewares.use(rewrite)
    },
    configurePreviewServer(server) {
      server.middlewares.use(rewrite)
    },
  }
}

export default defineConfig({
  plugins: [
    vue(),
    bitrix24UIPluginVite({
      // Explicit imports only: each component is imported where it is used, so the bundle holds just those.
      autoImport: false,
      components: false,
      prose: false,
      colorModeStorageKey: null,
    }),
    VueI18nPlugin({
      include: [fileURLToPath(new URL('./src/**/locales/**', import.meta.url))],
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: false,
      strictMessage: false,
    }),
    acceptPortalPost(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    strictPort: true,
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  build: {
    target: 'es2022',
  },
})
