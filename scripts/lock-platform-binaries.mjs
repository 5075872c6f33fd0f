#!/usr/bin/env node
/**
 * Run after any `npm install` that rewrites package-lock.json on this project's machines.
 *
 * The npm registry reachable here serves no tarballs for other platforms' optional native binaries
 * of Tailwind's `@tailwindcss/oxide`, so npm leaves them out of the lock, and `npm ci` (CI) then
 * rejects the lock as out of sync. This records them as optional, platform-bound entries, which
 * `npm ci` skips on Linux without fetching; on a machine with the full registry npm fills them in.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import process from 'node:process'

const PLATFORMS = {
  'android-arm64': { os: ['android'], cpu: ['arm64'] },
  'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  'freebsd-x64': { os: ['freebsd'], cpu: ['x64'] },
  'linux-arm-gnueabihf': { os: ['linux'], cpu: ['arm'] },
  'linux-arm64-gnu': { os: ['linux'], cpu: ['arm64'] },
  'linux-arm64-musl': { os: ['linux'], cpu: ['arm64'] },
  'linux-x64-gnu': { os: ['linux'], cpu: ['x64'] },
  'linux-x64-musl': { os: ['linux'], cpu: ['x64'] },
  'wasm32-wasi': { cpu: ['wasm32'] },
  'win32-arm64-msvc': { os: ['win32'], cpu: ['arm64'] },
  'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
}

const path = process.argv[2] ?? 'package-lock.json'
const lock = JSON.parse(readFileSync(path, 'utf8'))
let added = 0
for (const [key, entry] of Object.entries(lock.packages)) {
  if (!key.endsWith('node_modules/@tailwindcss/oxide'))
    continue
  const base = key.slice(0, -'@tailwindcss/oxide'.length)
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = base + name
    const platform = PLATFORMS[name.split('oxide-')[1]]
    if (lock.packages[target] || !platform)
      continue
    lock.packages[target] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...platform, engines: { node: '>= 20' } }
    added++
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)))
lock.packages = sorted
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`)
console.warn(`lock-platform-binaries: added ${added} entries to ${path}`)
