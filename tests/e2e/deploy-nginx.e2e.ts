/**
 * deploy/nginx.conf in a real nginx serving the e2e build: POST to the handler and the installer
 * answers the page (200, HTML, no-cache), hashed assets are immutable for a year, nothing blocks
 * framing, and the app boots through it inside the emulator's task card. Skipped, saying so, when no
 * nginx binary is installed (`.ci/run` installs Debian's `nginx`).
 */
import type { Browser } from 'playwright-core'
import type { RunningEmulator } from '../../emulator/server'
import { Buffer } from 'node:buffer'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator } from '../../emulator/server'
import { launchBrowser, screenshot } from './support/browser'

const SNIPPET = resolve(import.meta.dirname, '../../deploy/nginx.conf')
const DIST = resolve(process.env.E2E_DIST ?? 'dist')

/** The nginx binary: $NGINX_BIN, then PATH, then Debian's /usr/sbin (not on a normal user's PATH). */
function findNginx(): string | null {
  const candidates = [process.env.NGINX_BIN, ...(process.env.PATH ?? '').split(':').map(dir => join(dir, 'nginx')), '/usr/sbin/nginx']
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!)) ?? null
}

const NGINX = findNginx()
// CI installs nginx (.ci/run sets E2E_REQUIRE_NGINX): there a missing binary is a failure, not a skip,
// so a broken install step cannot hide behind a green run.
if (!NGINX && process.env.E2E_REQUIRE_NGINX === '1')
  throw new Error('[deploy] nginx is required (E2E_REQUIRE_NGINX=1) but was not found: apt-get install nginx, or set NGINX_BIN')
if (!NGINX)
  console.warn('[deploy] nginx is not installed: skipping the deploy/nginx.conf test (apt-get install nginx, or set NGINX_BIN)')

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => done(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Temp-file directives for the modules this nginx was built with (a non-root user cannot write Debian's /var/lib/nginx). */
function tempPaths(nginx: string, dir: string): string {
  // `nginx -V` prints the build options to stderr.
  const build = spawnSync(nginx, ['-V'], { encoding: 'utf8' }).stderr
  const modules = ['proxy', 'fastcgi', 'uwsgi', 'scgi'].filter(name => !build.includes(`--without-http_${name}_module`))
  return [`client_body_temp_path ${dir}/body;`, ...modules.map(name => `${name}_temp_path ${dir}/${name};`)].join('\n  ')
}

interface RunningNginx {
  url: string
  stop: () => Promise<void>
}

/** One nginx process in the foreground (no daemon, no workers) serving `root` with the snippet. */
async function startNginx(nginx: string, root: string): Promise<RunningNginx> {
  const dir = await mkdtemp(join(tmpdir(), 'task-lens-nginx-'))
  await mkdir(join(dir, 'logs'))
  const port = await freePort()
  const mimeTypes = existsSync('/etc/nginx/mime.types')
    ? 'include /etc/nginx/mime.types;'
    : 'types { text/html html; text/css css; application/javascript js; image/svg+xml svg; application/json json; }'
  const config = `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 64; }
http {
  ${mimeTypes}
  default_type application/octet-stream;
  access_log off;
  ${tempPaths(nginx, dir)}
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${root};
    include ${SNIPPET};
  }
}
`
  await writeFile(join(dir, 'nginx.conf'), config)
  const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'logs/error.log')], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>(done => child.once('exit', code => done(code)))
  // 127.0.0.1, another site than the emulator's `localhost`: cross-site, like an app host and a portal.
  const url = `http://127.0.0.1:${port}/`
  const deadline = Date.now() + 10_000
  while (true) {
    if (child.exitCode !== null) {
      const log = await readFile(join(dir, 'logs/error.log'), 'utf8').catch(() => '')
      throw new Error(`nginx exited with ${child.exitCode}: ${stderr}${log}\nconfig:\n${config}`)
    }
    if (await fetch(url, { method: 'HEAD' }).then(() => true, () => false))
      break
    if (Date.now() > deadline)
      throw new Error(`nginx did not answer on ${url}: ${stderr}`)
    await new Promise(done => setTimeout(done, 100))
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGQUIT')
      await exited
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** Headers a portal's iframe cannot live with. */
function frameBlockers(headers: Headers): string[] {
  const blockers: string[] = []
  if (headers.has('x-frame-options'))
    blockers.push(`X-Frame-Options: ${headers.get('x-frame-options')}`)
  if (/frame-ancestors/i.test(headers.get('content-security-policy') ?? ''))
    blockers.push(`Content-Security-Policy: ${headers.get('content-security-policy')}`)
  return blockers
}

/** A body like the one Bitrix24 posts to a handler. */
const PORTAL_FORM = new URLSearchParams({ AUTH_ID: 'token', AUTH_EXPIRES: '3600', REFRESH_ID: 'refresh', member_id: 'm', PLACEMENT: 'TASK_VIEW_SIDEBAR', PLACEMENT_OPTIONS: '{"taskId":"101"}' })
const HANDLER_QUERY = '?DOMAIN=portal.example&PROTOCOL=1&LANG=en&APP_SID=abc'

describe.skipIf(!NGINX)('deploy/nginx.conf in nginx', () => {
  let server: RunningNginx
  let assetJs: string

  beforeAll(async () => {
    server = await startNginx(NGINX!, DIST)
    const js = (await readdir(join(DIST, 'assets'))).find(name => /-[\w-]{8}\.js$/.test(name))
    if (!js)
      throw new Error(`no hashed .js in ${DIST}/assets`)
    assetJs = js
  })

  afterAll(async () => {
    await server?.stop()
  })

  it.each([
    { path: '/', file: 'index.html' },
    { path: `/${HANDLER_QUERY}`, file: 'index.html' },
    { path: `/index.html${HANDLER_QUERY}`, file: 'index.html' },
    { path: '/install.html', file: 'install.html' },
    { path: `/install.html${HANDLER_QUERY}`, file: 'install.html' },
  ])('answers POST $path with $file (200, HTML, no-cache, frameable)', async ({ path, file }) => {
    const response = await fetch(new URL(path, server.url), { method: 'POST', body: PORTAL_FORM })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    expect(response.headers.get('cache-control')).toBe('no-cache')
    expect(frameBlockers(response.headers)).toEqual([])
    expect(await response.text()).toBe(await readFile(join(DIST, file), 'utf8'))
  })

  it('answers GET / with the app, not cached', async () => {
    const response = await fetch(server.url)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-cache')
    expect(await response.text()).toContain('<div id="app"')
  })

  it('serves hashed assets as immutable for a year', async () => {
    const response = await fetch(new URL(`assets/${assetJs}`, server.url))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/javascript/)
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(frameBlockers(response.headers)).toEqual([])
    expect(Buffer.from(await response.arrayBuffer()).equals(await readFile(join(DIST, 'assets', assetJs)))).toBe(true)
  })

  it('keeps POST to the handler pages only, and has no SPA fallback for missing files', async () => {
    expect((await fetch(new URL(`assets/${assetJs}`, server.url), { method: 'POST', body: PORTAL_FORM })).status).toBe(405)
    expect((await fetch(new URL('assets/missing-00000000.js', server.url))).status).toBe(404)
    expect((await fetch(new URL('nowhere', server.url))).status).toBe(404)
  })

  describe('in the emulator\'s task card', () => {
    let browser: Browser
    let emulator: RunningEmulator

    beforeAll(async () => {
      emulator = await startEmulator({ port: 0, appUrl: server.url })
      browser = await launchBrowser()
    })

    afterAll(async () => {
      await browser?.close()
      await emulator?.close()
    })

    it('boots the app from nginx: the portal POSTs the handler, the sidebar shows the task', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
      await page.goto(`${emulator.url}?placement=sidebar&task=101&lang=en`)
      const app = await (await page.waitForSelector('iframe[name*="|"]')).contentFrame()
      await app!.waitForSelector('[data-test="task-title"]', { timeout: 30_000 })
      await screenshot(page, 'deploy-nginx-sidebar')
      await page.close()
    })
  })
})
