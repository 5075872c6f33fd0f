import type { Plugin } from 'vite'
import { fileURLToPath, URL } from 'node:url'
import bitrix24UIPluginVite from '@bitrix24/b24ui-nuxt/vite'
import VueI18nPlugin from '@intlify/unplugin-vue-i18n/vite'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

/**
 * Bitrix24 opens an app's handler with POST (docs/rest-quirks.md#handler-post); Vite's dev and preview
 * servers only serve GET, so a POST to an HTML page is answered as if it were a GET.
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

/**
 * vue-i18n 11 reads `'currentInstance' in Vue` on its namespace import of `vue`; that `in` probe
 * makes the bundler keep every export of Vue (Transition, KeepAlive, Suspense, hydration …),
 * about 13 kB gzip of the first paint (docs/development.md#first-paint-budget; upstream
 * intlify/vue-i18n#2573). Vue 3.5 does not export `currentInstance`, so the probe always falls through to
 * `getCurrentInstance()`: this calls it directly. Warns, and changes nothing, when the code is no longer
 * there (fixed upstream).
 */
function vueI18nTreeShaking(): Plugin {
  const probe = /const key = 'currentInstance';\s*if \(key in Vue\) \{\s*return Vue\[key\];\s*\}\s*else \{\s*return Vue\.getCurrentInstance\(\);\s*\}/
  return {
    name: 'task-lens:vue-i18n-tree-shaking',
    transform: {
      filter: { id: /vue-i18n\/dist\/vue-i18n\.runtime\.mjs$/ },
      handler(code) {
        if (!probe.test(code)) {
          this.warn('vue-i18n no longer probes the vue namespace; remove this plugin')
          return null
        }
        return { code: code.replace(probe, 'return Vue.getCurrentInstance();'), map: null }
      },
    },
  }
}

/**
 * axios, which the SDK sends every REST call through, picks the first adapter the environment
 * supports from `['xhr', 'http', 'fetch']` (axios `lib/defaults/index.js`, `lib/adapters/adapters.js`)
 * and the SDK never asks for another: in a browser that is always XHR. The fetch adapter (with its
 * stream and signal helpers, ≈ 2.5 kB gzip) still ships, because `adapters.js` imports it
 * statically. In the production bundle it is replaced by a stub that reports "not supported", the
 * state axios already handles; dev, tests and Node keep the real one.
 */
function axiosWithoutFetchAdapter(): Plugin {
  const fetchAdapter = /[\\/]node_modules[\\/]axios[\\/]lib[\\/]adapters[\\/]fetch\.js$/
  return {
    name: 'task-lens:axios-without-fetch-adapter',
    apply: 'build',
    load: {
      filter: { id: fetchAdapter },
      handler() {
        return 'export const getFetch = () => false\nexport default false\n'
      },
    },
  }
}

/**
 * The SDK imports luxon (≈ 21 kB gzip, the largest library of the first paint) in two modules
 * only, and calls it only from methods this app never reaches:
 *  - `tools/text.mjs`: `Text.toDateTime`, `Text.toB24Format`, `Text.getDateForLog` (the frame uses
 *    `Text` for ids and ints only; the date helpers serve the SDK's helper and pull client, which
 *    are not bundled);
 *  - `logger/formatter/abstract-formatter.mjs`: the console logger's date stamp (a frame logs through
 *    `NullLogger` unless `setLogger()` is called, which `src/api/portal.ts` never does).
 * In the production bundle `luxon` resolves to a stand-in whose `DateTime` throws a named error, so a
 * path that does reach it fails loudly instead of formatting a wrong date. Any other importer of
 * `luxon` (a new SDK version) fails the build, to be looked at before it ships; dev, tests and Node
 * keep the real luxon (docs/development.md#first-paint-budget).
 */
function sdkWithoutLuxon(): Plugin {
  const standIn = '\0task-lens:luxon-stand-in'
  const knownImporter = /[\\/]node_modules[\\/]@bitrix24[\\/]b24jssdk[\\/]dist[\\/]esm[\\/](?:tools[\\/]text|logger[\\/]formatter[\\/]abstract-formatter)\.mjs$/
  return {
    name: 'task-lens:sdk-without-luxon',
    apply: 'build',
    // Before Vite's own resolver, which would find node_modules/luxon.
    enforce: 'pre',
    resolveId: {
      filter: { id: /^luxon$/ },
      handler(_source, importer) {
        if (!importer || !knownImporter.test(importer))
          this.error(`luxon is imported by ${importer ?? 'an entry'}, which sdkWithoutLuxon (vite.config.ts) has not checked`)
        return standIn
      },
    },
    load: {
      filter: { id: new RegExp(`^${standIn}$`) },
      handler() {
        return [
          'function unavailable(name) {',
          '  return () => { throw new Error(\'luxon DateTime.\' + name + \' is not in the Task Lens bundle (vite.config.ts sdkWithoutLuxon)\') }',
          '}',
          'export const DateTime = { fromFormat: unavailable(\'fromFormat\'), fromISO: unavailable(\'fromISO\'), fromJSDate: unavailable(\'fromJSDate\'), now: unavailable(\'now\') }',
          '',
        ].join('\n')
      },
    },
  }
}

export default defineConfig({
  // Relative asset URLs: a ZIP-uploaded static app (npm run package) is served from a path the
  // portal chooses, and a self-hosted copy may live under a sub-path; the hash router never changes
  // the page URL, so `./assets/…` always resolves.
  base: './',
  plugins: [
    // No Options API anywhere (app, kit, router, i18n in composition mode): dropping its support
    // trims Vue in the first paint (docs/development.md#first-paint-budget).
    vue({ features: { optionsAPI: false } }),
    bitrix24UIPluginVite({
      // Explicit imports only: each component is imported where it is used, so the bundle holds just those.
      autoImport: false,
      components: false,
      prose: false,
      colorModeStorageKey: null,
      // Styles only for the kit components in use (and what they render), for the CSS budget
      // (docs/development.md#first-paint-budget). It finds them by `B24Name` identifiers in the repo's
      // source, comments included (naming an unused component in a comment ships its styles), once per start:
      // restart the dev server after using a kit component for the first time.
      experimental: { componentDetection: true },
    }),
    VueI18nPlugin({
      include: [fileURLToPath(new URL('./src/**/locales/**', import.meta.url))],
      runtimeOnly: true,
      compositionOnly: true,
      fullInstall: false,
      strictMessage: false,
      // Messages are precompiled at build time: drop the JIT compiler so none ships
      // (docs/development.md#first-paint-budget).
      dropMessageCompiler: true,
    }),
    vueI18nTreeShaking(),
    axiosWithoutFetchAdapter(),
    sdkWithoutLuxon(),
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
    // Every browser Bitrix24 supports has `<link rel="modulepreload">`; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The installer (Bitrix24's `install.html` convention) is its own entry: the sidebar never loads it.
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        install: fileURLToPath(new URL('./install.html', import.meta.url)),
      },
      output: {
        // The libraries the sidebar starts with, in one file: one request and one gzip stream for its
        // first paint instead of three (docs/development.md#first-paint-budget), and one cache entry across
        // releases. The installer loads it too (vue-router included, which it does not use; it opens once, at
        // install).
        codeSplitting: {
          groups: [
            { name: 'vendor', test: /node_modules[\\/](?:vue|@vue|pinia|vue-router|vue-i18n|@intlify|@bitrix24[\\/]b24jssdk|axios|qs-esm)[\\/]/ },
            // First-paint modules that lazy chunks import too: left alone, each would be a chunk of its own
            // (six files of 0.6–8 kB: a request, a module record and a gzip stream each, ~0.9 kB of gzip
            // in all). One chunk holds them (with what they import that the first paint has anyway).
            // Only modules of the first paint belong here: anything else would load before it is needed.
            { name: 'shared', test: /[\\/]src[\\/](?:lib[\\/]time[\\/](?:zone|range|duration)|lib[\\/]placement|api[\\/](?:index|tasks|time-entry-query|users)|stores[\\/]frame)\.ts$/ },
          ],
        },
      },
    },
  },
})
