/**
 * Builds the app once, serves the build like production (POST-capable static server) and starts the
 * portal emulator on its own origin, so CORS, origin checks and `window.name` work as on a real portal.
 */
import type { TestProject } from 'vitest/node'
import process from 'node:process'
import { build } from 'vite'
import { startEmulator } from '../../../emulator/server'
import { startStaticServer } from '../../../scripts/serve.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    portalUrl: string
    appUrl: string
  }
}

export default async function setup(project: TestProject) {
  // Separate output and ports let several developers' runs share one machine.
  const outDir = process.env.E2E_DIST ?? 'dist'
  if (!process.env.E2E_SKIP_BUILD) {
    // Vitest sets NODE_ENV=test, and Vite then builds a development bundle (Vue dev mode, devtools
    // kit reading localStorage at start-up, which throws in a cross-site frame): build the real one.
    const nodeEnv = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    try {
      await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } })
    }
    finally {
      if (nodeEnv === undefined)
        delete process.env.NODE_ENV
      else
        process.env.NODE_ENV = nodeEnv
    }
  }
  const app = await startStaticServer({ root: outDir, port: Number(process.env.E2E_APP_PORT ?? 14173) })
  const portal = await startEmulator({ port: Number(process.env.E2E_PORTAL_PORT ?? 18099), appUrl: app.url })
  project.provide('appUrl', app.url)
  project.provide('portalUrl', portal.url)
  return async () => {
    await portal.close()
    await app.close()
  }
}
