// Shared by the benchmark and the load test: run the Worker under wrangler dev on loopback, run wrk, read RSS.
import { spawn, execFileSync } from 'node:child_process'
import { build } from 'esbuild'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** A port on 127.0.0.1 that nothing listens on now (the OS picks it), for a server started next. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
}

/** Whether something already accepts connections on 127.0.0.1:port. */
function portTaken(port) {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(true))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(false)))
  })
}

/**
 * Starts `wrangler dev` offline on 127.0.0.1:port and resolves once /healthz answers; stop() kills only its group.
 * A port that is already taken is refused up front: otherwise another process's server (a benchmark, a second
 * checkout) answers /healthz and the caller measures the wrong Worker.
 */
export async function startWorker(port, { timeoutMs = 60_000 } = {}) {
  if (await portTaken(port)) throw new Error(`port ${port} on 127.0.0.1 is already in use; pick another one`)
  const started = performance.now()
  const child = spawn('npx', ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'warn'], {
    env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so stop() reaches workerd too without touching anything else
  })
  let log = ''
  child.stdout.on('data', (d) => (log += d))
  child.stderr.on('data', (d) => (log += d))
  const url = `http://127.0.0.1:${port}`
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {}
  }
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited (${child.exitCode}):\n${log}`)
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.ok) return { url, pid: child.pid, stop, readyMs: performance.now() - started, log: () => log }
    } catch {}
    await sleep(200)
  }
  stop()
  throw new Error(`wrangler dev not ready after ${timeoutMs} ms:\n${log}`)
}

/** All descendants of pid (via /proc), to find the workerd process wrangler spawned. */
function descendants(pid) {
  const out = []
  const stack = [pid]
  while (stack.length) {
    const p = stack.pop()
    const file = `/proc/${p}/task/${p}/children`
    if (!existsSync(file)) continue
    for (const c of readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)) {
      out.push(c)
      stack.push(c)
    }
  }
  return out
}

/** The workerd process that runs the Worker itself: wrangler dev also starts a second workerd for its proxy, the one
 * listening on the public port; the Worker's own is the one whose entry socket got an ephemeral port (`:0`). */
export function workerdPid(rootPid) {
  const workerds = descendants(rootPid).filter((p) => {
    try {
      return readFileSync(`/proc/${p}/comm`, 'utf8').trim() === 'workerd'
    } catch {
      return false
    }
  })
  const cmdline = (p) => {
    try {
      return readFileSync(`/proc/${p}/cmdline`, 'utf8')
    } catch {
      return ''
    }
  }
  return workerds.find((p) => /--socket-addr=entry=[^\0]*:0(?:\0|$)/.test(cmdline(p))) ?? workerds[0]
}

/** CPU time (user + system) a process has used so far, in µs; Linux clock ticks are 10 ms. */
export function cpuMicros(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10_000
}

export function rssKb(pid) {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return m ? Number(m[1]) : NaN
}

const UNIT = { us: 1e-3, ms: 1, s: 1000 }
const toMs = (v) => {
  const m = /^([\d.]+)(us|ms|s)$/.exec(v)
  return m ? Number(m[1]) * UNIT[m[2]] : NaN
}

/** Runs wrk --latency and returns req/s, p50/p99 in ms, socket errors and non-2xx/3xx count. */
export function wrk(url, { seconds = 8, connections = 50, threads = 2, script } = {}) {
  const args = ['-t', String(threads), '-c', String(connections), '-d', `${seconds}s`, '--latency', '--timeout', '5s']
  if (script) args.push('-s', script)
  const out = execFileSync('wrk', [...args, url], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  const num = (re) => Number(re.exec(out)?.[1] ?? 0)
  const sock = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)
  return {
    rps: num(/Requests\/sec:\s+([\d.]+)/),
    p50: toMs(/^\s+50%\s+(\S+)/m.exec(out)?.[1] ?? ''),
    p99: toMs(/^\s+99%\s+(\S+)/m.exec(out)?.[1] ?? ''),
    socketErrors: sock ? sock.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
    non2xx3xx: num(/Non-2xx or 3xx responses:\s+(\d+)/),
    requests: num(/(\d+) requests in/),
    readKb: (() => {
      const m = /([\d.]+)(B|KB|MB|GB) read/.exec(out)
      return m ? Number(m[1]) * { B: 1 / 1024, KB: 1, MB: 1024, GB: 1024 * 1024 }[m[2]] : 0
    })(),
    raw: out,
  }
}

/**
 * Imports TypeScript source (typically re-exports of worker/core) in this Node process: esbuild bundles `contents`
 * as resolved from `resolveDir`, and the bundle is imported from a data URL, so benches and scripts run core as
 * the package does without a build step on disk.
 */
export async function importBundled(contents, { resolveDir = process.cwd(), mainFields } = {}) {
  const { outputFiles } = await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    ...(mainFields ? { mainFields } : {}),
    write: false,
    logLevel: 'error',
  })
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`)
}
