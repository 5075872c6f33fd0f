import process from 'node:process'
import { defineConfig } from 'vitest/config'

process.env.TZ = 'UTC'
// The emulator's demo data moves with today; tests pin its clock (emulator/data/clock.ts).
process.env.EMULATOR_NOW ??= '2026-03-16T12:00:00+03:00'

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
