import process from 'node:process'
import { defineConfig } from 'vitest/config'

process.env.TZ = 'UTC'
// The emulator's clock at the demo's Monday 16.03.2026 12:00 server time: demo dates as generated
// (emulator/README.md#clock).
process.env.EMULATOR_NOW = '2026-03-16T09:00:00Z'

/**
 * End-to-end tests: the production build and the portal emulator on loopback, driven in Debian's
 * Chromium through playwright-core. One file at a time: two cores, one browser.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
