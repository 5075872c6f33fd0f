/**
 * `npm start`: the app's dev server and the local portal emulator, side by side on two origins,
 * like a real portal and an app host. Prints the URL of the task card to open.
 */
import process from 'node:process'
import { createServer } from 'vite'
import { startEmulator } from '../emulator/server'

const appPort = Number(process.env.APP_PORT ?? 5173)
const portalPort = Number(process.env.PORTAL_PORT ?? 8099)

const vite = await createServer({ configFile: 'vite.config.ts', server: { port: appPort, strictPort: true, host: 'localhost' } })
await vite.listen()
const appUrl = `http://localhost:${appPort}/`
const portal = await startEmulator({ port: portalPort, appUrl })

console.log(`
  Task Lens dev server   ${appUrl}
  Portal emulator        ${portal.url}

  Open ${portal.url} : a Bitrix24-like task card with Task Lens in its sidebar
  (real @bitrix24/b24jssdk, demo data, no account, no network).
`)

async function shutdown(): Promise<void> {
  await portal.close()
  await vite.close()
  process.exit(0)
}
process.on('SIGINT', () => void shutdown())
process.on('SIGTERM', () => void shutdown())
