/**
 * `npm run package`: the production build as one ZIP for Bitrix24 cloud's "static local application"
 * upload (Developer resources → Other → Local application → upload archive). `index.html` (the
 * handler) and `install.html` (the installer) sit at the archive root, the hashed assets beside them.
 *
 * Usage: `tsx scripts/package.ts [--no-build] [--dist dist] [--out dist-zip/task-lens.zip]`
 * Without `--no-build` it runs `vite build` into `--dist` first; with it, the existing build is zipped.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { createZip } from './zip'

/** The pages Bitrix24 opens from the archive root. */
export const REQUIRED_PAGES = ['index.html', 'install.html'] as const

/** Thrown when the build cannot be packaged; the message says what to do. */
export class PackageError extends Error {
  override name = 'PackageError'
}

/**
 * Every file under `root`, as sorted `/`-separated paths relative to it.
 * @example
 * await listFiles('dist') // ['assets/index-abc.js', 'favicon.svg', 'index.html', 'install.html']
 */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries
    .filter(entry => entry.isFile())
    .map(entry => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

/**
 * Checks that a build can be uploaded as a static app: both pages at the root, and no page loading
 * anything from the server root (`/assets/…`), which would miss on the portal's path.
 * @throws PackageError naming the first problem
 */
export async function checkBuild(root: string, files: readonly string[]): Promise<void> {
  const missing = REQUIRED_PAGES.filter(page => !files.includes(page))
  if (missing.length > 0) {
    throw new PackageError(`${missing.map(page => join(root, page)).join(' and ')} missing: Bitrix24 opens index.html `
      + `(the handler) and install.html (the installer) from the archive root. Is install.html an input of `
      + `build.rolldownOptions.input in vite.config.ts? Rebuild, or drop --no-build.`)
  }
  for (const page of files.filter(file => file.endsWith('.html'))) {
    const html = await readFile(join(root, page), 'utf8')
    const absolute = /\s(?:src|href)="\/(?!\/)([^"]*)"/.exec(html)
    if (absolute)
      throw new PackageError(`${join(root, page)} loads "/${absolute[1]}" from the server root; a static app is served from a sub-path. Build with base './' (vite.config.ts).`)
  }
}

export interface PackageOptions {
  dist: string
  out: string
  /** Run `vite build` into `dist` first. */
  build: boolean
}

export interface PackageResult {
  out: string
  files: string[]
  bytes: number
  zipBytes: number
}

/**
 * Builds (optionally) and zips the app.
 * @throws PackageError when the build is missing or unfit for upload
 */
export async function packageApp({ dist, out, build }: PackageOptions): Promise<PackageResult> {
  if (build) {
    const vite = await import('vite')
    await vite.build({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } })
  }
  else if (!(await stat(dist).catch(() => null))?.isDirectory()) {
    throw new PackageError(`${dist} does not exist: run \`npm run build\` first, or drop --no-build.`)
  }
  const files = await listFiles(dist)
  await checkBuild(dist, files)
  const entries = await Promise.all(files.map(async name => ({ name, data: await readFile(join(dist, name)) })))
  const zip = createZip(entries)
  await mkdir(dirname(out), { recursive: true })
  await writeFile(out, zip)
  return { out, files, bytes: entries.reduce((sum, entry) => sum + entry.data.length, 0), zipBytes: zip.length }
}

function option(args: readonly string[], name: string, fallback: string): string {
  const at = args.indexOf(name)
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback
}

async function main(args: readonly string[]): Promise<void> {
  const result = await packageApp({
    dist: option(args, '--dist', 'dist'),
    out: option(args, '--out', join('dist-zip', 'task-lens.zip')),
    build: !args.includes('--no-build'),
  })
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
  console.log(`${result.out}: ${result.files.length} files, ${kb(result.bytes)} → ${kb(result.zipBytes)}`)
  console.log(`Upload it in Bitrix24: Developer resources → Other → Local application → "Upload archive"; scopes task, user, placement.`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof PackageError ? `package: ${error.message}` : error)
    process.exitCode = 1
  })
}
