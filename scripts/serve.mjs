#!/usr/bin/env node
/**
 * Serves the production build the way Bitrix24 needs it served:
 * - the portal opens an app's handler with POST (docs/rest-quirks.md#handler-post), so POST to a page answers
 *   the page (a plain static host answers 405 and the app never loads);
 * - no X-Frame-Options / frame-ancestors: the app lives in the portal's iframe;
 * - hashed assets are cached for a year, HTML never.
 *
 * Usage: `node scripts/serve.mjs [--port 4173] [--root dist]`, or import `startStaticServer`.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

/** Pages a portal may open by POST: the app itself and the installer. */
const PAGES = new Set(['/', '/index.html', '/install.html'])

/**
 * Resolves a request path inside `root`, or null when it would escape it.
 * @param {string} root
 * @param {string} urlPath
 */
export function resolveInside(root, urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath)
  }
  catch {
    return null
  }
  const candidate = normalize(join(root, decoded))
  return candidate === root || candidate.startsWith(root + sep) ? candidate : null
}

/**
 * @param {{ root: string, port: number, host?: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} the base URL, and a function that stops the server
 */
export async function startStaticServer({ root, port, host = 'localhost' }) {
  const absoluteRoot = resolve(root)
  const server = createServer(async (req, res) => {
    const method = req.method ?? 'GET'
    const path = new URL(req.url ?? '/', 'http://local').pathname
    if (method === 'OPTIONS') {
      res.writeHead(204, { Allow: 'GET, HEAD, POST, OPTIONS' }).end()
      return
    }
    if (method === 'POST' && !PAGES.has(path)) {
      res.writeHead(405, { 'Allow': 'GET, HEAD', 'Content-Type': 'text/plain' }).end('Method Not Allowed')
      return
    }
    if (!['GET', 'HEAD', 'POST'].includes(method)) {
      res.writeHead(405, { 'Allow': 'GET, HEAD, POST', 'Content-Type': 'text/plain' }).end('Method Not Allowed')
      return
    }
    // The portal's POST body (AUTH_ID, PLACEMENT_OPTIONS …) is not needed: the SDK gets it over postMessage.
    req.resume()
    const file = resolveInside(absoluteRoot, path === '/' ? '/index.html' : path)
    const info = file ? await stat(file).catch(() => null) : null
    if (!file || !info?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    const hashedAsset = path.startsWith('/assets/')
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': hashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    })
    if (method === 'HEAD')
      res.end()
    else
      createReadStream(file).pipe(res)
  })
  await new Promise((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolveListen(undefined))
  })
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  return {
    url: `http://${host}:${actualPort}/`,
    close: () => new Promise(resolveClose => server.close(() => resolveClose())),
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const option = (name, fallback) => {
    const index = args.indexOf(`--${name}`)
    return index >= 0 && args[index + 1] ? args[index + 1] : fallback
  }
  const { url } = await startStaticServer({ root: option('root', 'dist'), port: Number(option('port', process.env.PORT ?? '4173')), host: option('host', 'localhost') })
  console.log(`Task Lens (production build) at ${url}`)
}
