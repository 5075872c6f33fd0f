import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

// Benchmarks only: no Vue plugins, so the numbers measure the parsers and not the transform pipeline.
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    environment: 'node',
    benchmark: {
      include: ['bench/**/*.bench.ts'],
    },
  },
})
