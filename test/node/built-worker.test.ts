// The Worker as it would be uploaded: `wrangler deploy --dry-run` into a temporary directory, measured by the size
// script the build runs, and served by plain workerd (no wrangler proxy). Keeps README's size figures true (gzip
// within 1 KB, raw within 1 KB or 0.5 %, since every branch moves them a little: whoever moves one further updates
// the README) and pins what workerd itself does with methods the Worker never sees.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../..')
// Whitespace collapsed: README wraps its lines wherever it likes.
const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(/\s+/g, ' ')
const KB = 1024
const TOLERANCE_KB = 1

let dir: string
let sizeReport: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scc-built-'))
  const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1', CLOUDFLARE_CF_FETCH_ENABLED: 'false' }
  execFileSync(process.execPath, [join(root, 'node_modules/wrangler/bin/wrangler.js'), 'deploy', '--dry-run', '--outdir', join(dir, 'bundle')], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  // The size script exits 1 over budget; its report is what this test reads either way.
  try {
    sizeReport = execFileSync(process.execPath, [join(root, 'scripts/check-size.mjs'), join(dir, 'bundle')], { cwd: root, encoding: 'utf8' })
  } catch (err) {
    sizeReport = String((err as { stdout?: string }).stdout ?? '')
  }
}, 120_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** One row of check-size's table: raw, gzip and budget in KB. */
function row(name: RegExp): { raw: number; gzip: number; budget: number } {
  const line = sizeReport.split('\n').find((l) => name.test(l))
  if (!line) throw new Error(`no ${name} row in:\n${sizeReport}`)
  const [raw, gzip, budget] = [...line.matchAll(/([\d.]+) KB/g)].map((m) => Number(m[1]))
  return { raw: raw!, gzip: gzip!, budget: budget! }
}

/** The number README quotes where `pattern`'s group 1 is. */
function quoted(pattern: RegExp): number {
  const m = pattern.exec(readme)
  if (!m) throw new Error(`README no longer says ${pattern}; keep a size figure there (this test reads it)`)
  return Number(m[1])
}

const near = (readmeKb: number, measuredKb: number, what: string) =>
  expect(Math.abs(readmeKb - measuredKb), `${what}: README says ${readmeKb} KB, the build measures ${measuredKb.toFixed(1)} KB`).toBeLessThanOrEqual(
    what.endsWith('raw') ? Math.max(TOLERANCE_KB, measuredKb * 0.005) : TOLERANCE_KB,
  )

describe('README sizes against a real build', () => {
  it("the Worker's entry module and whole upload, and whether the entry is within its budget", () => {
    const entry = row(/^Worker entry module/)
    const upload = row(/^Worker upload/)
    near(quoted(/entry\s+module\s+is\s+([\d.]+) KB raw/), entry.raw, 'entry raw')
    near(quoted(/entry module is [\d.]+ KB raw,\s+\**([\d.]+) KB gzip/), entry.gzip, 'entry gzip')
    near(quoted(/whole\s+upload\s+is\s+([\d.]+) KB gzip/), upload.gzip, 'upload gzip')
    expect(readme).toContain(`its ${entry.budget} KB budget`)
    expect(readme).toContain(`(budget ${upload.budget / KB} MB)`)
    // The README says plainly whether `npm run build` passes.
    expect(readme.includes(`over its ${entry.budget} KB budget`), 'README says the entry is over budget exactly when it is').toBe(
      entry.gzip > entry.budget,
    )
  })

  it('the modules loaded on first use: the diagnosis rule set and postal-mime', () => {
    const lazy = (file: string) => {
      const m = new RegExp(`lazy/${file}: ([\\d.]+) KB raw, ([\\d.]+) KB gzip`).exec(sizeReport)
      expect(m, sizeReport).not.toBeNull()
      return { raw: Number(m![1]), gzip: Number(m![2]) }
    }
    const rules = lazy('rule-set\\.bin')
    near(quoted(/the diagnosis rule set \([^;)]*; ([\d.]+) KB raw/), rules.raw, 'rule set raw')
    near(quoted(/the diagnosis rule set \([^;)]*; [\d.]+ KB raw, ([\d.]+) KB gzip/), rules.gzip, 'rule set gzip')
    const mime = lazy('postal-mime\\.mjs')
    near(quoted(/postal-mime \(([\d.]+) KB raw/), mime.raw, 'postal-mime raw')
    near(quoted(/postal-mime \([\d.]+ KB raw, ([\d.]+) KB gzip/), mime.gzip, 'postal-mime gzip')
  })

  it('the Vietnamese pack, loaded on first use', () => {
    const vi = /language-packs\/vi\.bin: ([\d.]+) KB raw, ([\d.]+) KB gzip/.exec(sizeReport)
    expect(vi, sizeReport).not.toBeNull()
    near(quoted(/\(Vietnamese:\s+([\d.]+) KB raw/), Number(vi![1]), 'vi pack raw')
    near(quoted(/\(Vietnamese:\s+[\d.]+ KB raw,\s+([\d.]+) KB gzip\)/), Number(vi![2]), 'vi pack gzip')
  })

  it('the widget, its label chunks and the static assets', () => {
    const widget = row(/^\/widget\.js/)
    near(quoted(/`\/widget\.js` ([\d.]+) KB raw/), widget.raw, 'widget raw')
    near(quoted(/`\/widget\.js` [\d.]+ KB raw,\s+\**([\d.]+) KB gzip/), widget.gzip, 'widget gzip')
    expect(readme).toContain(`(budget ${widget.budget} KB)`)
    expect(readme).toContain(`fails when \`/widget.js\` is over ${widget.budget} KB gzipped`)
    const assetsRaw = Number(/static assets: \d+ files, ([\d.]+) KB raw/.exec(sizeReport)![1])
    near(quoted(/\(([\d.]+) KB raw in all\)/), assetsRaw, 'static assets raw')
    // Each language's labels, the chunks /widget.js imports by language (a reply card's words are chunks the reply
    // card imports): README quotes the range of their gzip sizes, to 0.1 KB.
    const entry = readFileSync(join(root, 'assets/widget.js'), 'utf8')
    const chunks = [...entry.matchAll(/import\("\.\/(widget-[a-z]{2}-[A-Z0-9]+\.js)"\)/g)].map((m) => m[1]!)
    expect(chunks.length).toBe(readdirSync(join(root, 'data/i18n/widget-labels')).length)
    expect(chunks.length).toBeGreaterThan(0)
    const gz = chunks.map((f) => gzipSync(readFileSync(join(root, 'assets', f)), { level: 9 }).length / KB)
    const [lo, hi] = [Math.min(...gz), Math.max(...gz)]
    for (const m of readme.matchAll(/([\d.]+)-([\d.]+) KB(?: label chunk| gzipped)/g)) {
      expect(Number(m[1]), `label chunks are ${lo.toFixed(2)}-${hi.toFixed(2)} KB gzip`).toBeLessThanOrEqual(Math.floor(lo * 10) / 10 + 0.05)
      expect(Number(m[2]), `label chunks are ${lo.toFixed(2)}-${hi.toFixed(2)} KB gzip`).toBeGreaterThanOrEqual(Math.ceil(hi * 10) / 10 - 0.05)
    }
  })
})

/** The workerd binary wrangler itself runs (it may be newer than the top-level one). */
function workerdBinary(): string {
  for (const p of [
    'node_modules/wrangler/node_modules/@cloudflare/workerd-linux-64/bin/workerd',
    'node_modules/@cloudflare/workerd-linux-64/bin/workerd',
  ])
    if (existsSync(join(root, p))) return join(root, p)
  throw new Error('workerd binary not found under node_modules')
}

/** One raw HTTP/1.1 request (methods fetch() cannot send); resolves with the status line and headers. */
function raw(port: number, requestLine: string): Promise<{ status: number; head: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${requestLine}\r\nHost: smtp.example\r\nConnection: close\r\n\r\n`))
    let data = ''
    socket.setEncoding('utf8')
    socket.on('data', (d) => (data += d))
    socket.on('end', () => {
      const [head = '', body = ''] = data.split('\r\n\r\n', 2)
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head, body })
    })
    socket.on('error', reject)
    socket.setTimeout(5000, () => socket.destroy(new Error(`no answer to ${requestLine}`)))
  })
}

describe('under plain workerd', () => {
  let child: ChildProcess
  let port: number

  beforeAll(async () => {
    const toml = readFileSync(join(root, 'wrangler.toml'), 'utf8')
    const date = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)![1]
    const modules = readdirSync(join(dir, 'bundle'), { recursive: true })
      .map(String)
      .filter((f) => /\.m?js$/.test(f))
      .sort((a, b) => (a === 'index.js' ? -1 : b === 'index.js' ? 1 : a.localeCompare(b)))
    writeFileSync(
      join(dir, 'app.capnp'),
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "app", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "app")],
);
const worker :Workerd.Worker = (
  modules = [${modules.map((m) => `(name = ${JSON.stringify(m)}, esModule = embed ${JSON.stringify(relative(dir, join(dir, 'bundle', m)))})`).join(', ')}],
  compatibilityDate = ${JSON.stringify(date)},
);
`,
    )
    // The listening socket is made here and handed over, so the port is known before workerd starts.
    const server = createServer()
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    port = (server.address() as { port: number }).port
    const handle = (server as unknown as { _handle: { fd: number } })._handle
    child = spawn(workerdBinary(), ['serve', join(dir, 'app.capnp'), '--socket-fd', 'http=3'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'ignore', handle.fd],
      detached: true,
    })
    server.close()
    for (let i = 0; i < 100; i++) {
      try {
        if ((await raw(port, 'GET /healthz HTTP/1.1')).status === 200) return
      } catch {}
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error('workerd did not answer /healthz')
  }, 30_000)

  afterAll(() => {
    // Only the workerd this file started.
    if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
  })

  it('answers methods it serves nowhere with 501 problem+json, and wrong methods with 405 and Allow', async () => {
    const trace = await raw(port, 'TRACE /v1/codes/535 HTTP/1.1')
    expect(trace.status).toBe(405)
    expect(trace.head).toMatch(/^allow: GET, HEAD, OPTIONS$/im)
    expect(trace.head).toMatch(/^content-type: application\/problem\+json/im)
    const propfind = await raw(port, 'PROPFIND /nowhere HTTP/1.1')
    expect(propfind.status).toBe(501)
    expect(JSON.parse(propfind.body)).toMatchObject({ type: '/problems/method-not-implemented', status: 501 })
  })

  it('pins what workerd does before the Worker runs: unknown tokens get its own 501, CONNECT its own 200', async () => {
    // A token workerd's HTTP parser does not know never reaches fetch(): workerd answers in text/plain.
    for (const line of ['FOO /v1/codes/535 HTTP/1.1', 'get / HTTP/1.1']) {
      const res = await raw(port, line)
      expect(res.status, line).toBe(501)
      expect(res.head).toMatch(/^content-type: text\/plain/im)
    }
    // CONNECT goes to the connect() handler, after workerd has already sent 200: the Worker cannot pick the
    // status, so it closes the tunnel at once and nothing is relayed. (Without the handler workerd answers 500.)
    const tunnel = await raw(port, 'CONNECT smtp.example:443 HTTP/1.1')
    expect(tunnel.status).toBe(200)
    expect(tunnel.body).toBe('')
  })
})
