import process from 'node:process'
import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

// Dates in tests are asserted as text: pin the zone so a developer in Moscow and CI in UTC agree.
process.env.TZ = 'UTC'
// The emulator's clock at the demo's Monday 16.03.2026 12:00 server time: demo dates as generated
// (emulator/README.md#clock).
process.env.EMULATOR_NOW = '2026-03-16T09:00:00Z'

export default mergeConfig(viteConfig, defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
}))
