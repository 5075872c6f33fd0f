import process from 'node:process'
import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

// Dates in tests are asserted as text: pin the zone so a developer in Moscow and CI in UTC agree.
process.env.TZ = 'UTC'
// The emulator's demo data moves with today; tests pin its clock (emulator/data/clock.ts).
process.env.EMULATOR_NOW ??= '2026-03-16T12:00:00+03:00'

export default mergeConfig(viteConfig, defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup/locales.ts'],
    // A limit for a hung test, not a speed check: component tests that open a lazy chunk (filters,
    // entry form) transform the UI kit on first use, which takes seconds on a busy 2-core machine.
    testTimeout: 20_000,
  },
}))
