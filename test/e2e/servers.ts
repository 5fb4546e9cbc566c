// Starts the real Worker (wrangler dev, offline) and a host page server on another loopback origin, so the
// widget is exercised exactly as a third-party page would embed it.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { createServer as netServer } from 'node:net'

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = netServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

export interface Running {
  url: string
  stop(): Promise<void>
}

export async function startWorker(root: string): Promise<Running> {
  const port = await freePort()
  const child: ChildProcess = spawn(
    `${root}/node_modules/.bin/wrangler`,
    ['dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(await freePort())],
    {
      cwd: root,
      env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false', CI: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  )
  let log = ''
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      // wrangler runs workerd as a child: end the whole group this test started, nothing else.
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {}
      await new Promise((r) => child.once('exit', r))
    }
  }
  const deadline = Date.now() + 40_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited:\n${log}`)
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.ok) return { url, stop }
    } catch {}
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`wrangler dev did not start:\n${log}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** Serves one HTML page under a strict CSP that trusts only the widget's origin for scripts and fetches. */
export async function startHost(
  html: string,
  widgetOrigin: string,
  csp = `default-src 'none'; script-src ${widgetOrigin}; connect-src ${widgetOrigin}; style-src 'self'; img-src 'none'; base-uri 'none'`,
): Promise<Running> {
  const port = await freePort()
  const server: Server = createServer((req, res) => {
    if (req.url !== '/') return void res.writeHead(404).end()
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': csp,
    })
    res.end(html)
  })
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r))
  return { url: `http://127.0.0.1:${port}/`, stop: () => new Promise((r) => server.close(() => r())) }
}
