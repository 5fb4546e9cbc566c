// The Worker under plain workerd, no wrangler proxy: the dry-run bundle (`wrangler deploy --dry-run`) served by
// `workerd serve` from a config this script writes, beside a constant Worker that answers each benchmarked URL
// with the very same status, headers and bytes, recorded from the Worker. Two numbers per route:
// - throughput: rounds of wrk against the Worker and the constant Worker in turn (the order alternating), the
//   ratio of each round's req/s, and the median of those ratios; with each process's CPU µs per request (/proc);
// - cold start: process start to the first answer, for the Worker and the constant Worker started in turn, the
//   difference of the medians (wall time, and CPU time of all of workerd's threads), with two steps in between
//   that split the difference into compiling the upload, evaluating the entry module and answering. The listening
//   socket is made before workerd starts (--socket-fd), so the request waits in the kernel's queue and the time is
//   not rounded to a polling interval.
// Env: BENCH_SECONDS per run (default 2), BENCH_ROUNDS (5; 0 skips throughput), BENCH_STARTS (11), BENCH_CONNECTIONS
// (50), BENCH_COLD_PATH (/v1/codes/535), BENCH_ONLY (route names, comma-separated).
// Exits 1 when lookup or compare is under its ratio target, the cold start is over its budget, or a run errs.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import { join, relative } from 'node:path'
import { cpuMicros, wrk } from './lib.mjs'

const seconds = Number(process.env.BENCH_SECONDS ?? 2)
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const starts = Number(process.env.BENCH_STARTS ?? 11)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const COLD_START_BUDGET_MS = 10

const reply = encodeURIComponent('550-5.1.1 The email account that you tried to reach does not exist. 550 5.1.1 Please check the address.')
const ROUTES = [
  { name: 'lookup', path: '/v1/codes/535', target: 0.8 },
  { name: 'compare', path: '/v1/compare/252/535', target: 0.8 },
  { name: 'compare matrix', path: '/v1/compare?codes=252,535,550' },
  { name: 'explain (GET)', path: `/v1/explain?reply=${reply}` },
  { name: 'comparison page', path: '/compare/252-vs-535' },
  { name: 'code page (vi)', path: '/vi/codes/550' },
]
const COLD_PATH = process.env.BENCH_COLD_PATH ?? '/v1/codes/535'
// BENCH_ONLY=lookup,compare runs only the routes named.
const only = process.env.BENCH_ONLY?.split(',')
if (only) ROUTES.splice(0, ROUTES.length, ...ROUTES.filter((r) => only.includes(r.name)))

const root = new URL('..', import.meta.url).pathname
const dir = join(root, '.bench/workerd')
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** The workerd that wrangler itself runs (it may be newer than the top-level one). */
function workerdBinary() {
  for (const p of [
    'node_modules/wrangler/node_modules/@cloudflare/workerd-linux-64/bin/workerd',
    'node_modules/@cloudflare/workerd-linux-64/bin/workerd',
  ])
    if (existsSync(join(root, p))) return join(root, p)
  throw new Error('workerd binary not found under node_modules')
}

// 1. The bundle exactly as it would be uploaded, and the compatibility settings from wrangler.toml.
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
execFileSync(join(root, 'node_modules/.bin/wrangler'), ['deploy', '--dry-run', '--outdir', join(dir, 'bundle')], {
  cwd: root,
  env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
})
const toml = readFileSync(join(root, 'wrangler.toml'), 'utf8')
const compatibilityDate = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)[1]
const compatibilityFlags = JSON.parse(/^compatibility_flags\s*=\s*(\[[^\]]*\])/m.exec(toml)?.[1] ?? '[]')
// JavaScript, Text and Data modules (wrangler.toml's rules: the language packs and the rule set are gzip'd JSON).
const modules = readdirSync(join(dir, 'bundle'), { recursive: true })
  .map(String)
  .filter((f) => /\.(m?js|txt|bin)$/.test(f))
  .sort((a, b) => (a === 'index.js' ? -1 : b === 'index.js' ? 1 : a.localeCompare(b)))

const capnp = (name, moduleList) => `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "${name}", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "${name}")],
);
const worker :Workerd.Worker = (
  modules = [${moduleList.map(([n, file]) => `(name = ${JSON.stringify(n)}, ${n.endsWith('.txt') ? 'text' : n.endsWith('.bin') ? 'data' : 'esModule'} = embed ${JSON.stringify(file)})`).join(', ')}],
  compatibilityDate = ${JSON.stringify(compatibilityDate)},
  compatibilityFlags = ${JSON.stringify(compatibilityFlags)},
);
`
writeFileSync(
  join(dir, 'app.capnp'),
  capnp(
    'app',
    modules.map((m) => [m, relative(dir, join(dir, 'bundle', m))]),
  ),
)

const workerd = workerdBinary()

/** CPU time of all of a process's threads so far, in ms (schedstat: nanoseconds, unlike /proc's 10 ms ticks). */
function threadsCpuMs(pid) {
  let ns = 0
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0])
    } catch {} // a thread that ended in between
  }
  return ns / 1e6
}

/** Starts workerd on a listening socket made here; resolves with the time to the first answer to `path`. */
async function start(config, path) {
  const server = createServer()
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address()
  const started = performance.now()
  const child = spawn(workerd, ['serve', config, '--socket-fd', 'http=3'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'pipe', server._handle.fd],
    detached: true,
  })
  server.close() // the child holds its own copy of the socket; the parent must not accept on it
  let log = ''
  child.stderr.on('data', (d) => (log += d))
  const first = await new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: bench.example\r\nConnection: close\r\n\r\n`))
    let head = ''
    socket.on('data', (d) => {
      if (!head)
        resolve({ ms: performance.now() - started, cpuMs: threadsCpuMs(child.pid), status: Number(/^HTTP\/1\.1 (\d+)/.exec(String(d))?.[1]) })
      head += d
    })
    socket.on('error', reject)
    child.once('exit', (code) => reject(new Error(`workerd exited (${code}):\n${log}`)))
  })
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {}
    if (child.exitCode === null) await new Promise((r) => child.once('exit', r))
  }
  return { ...first, url, pid: child.pid, stop }
}

// 2. Record what the Worker answers, and make a constant Worker that sends exactly that.
const app = await start(join(dir, 'app.capnp'), COLD_PATH)
const recorded = {}
for (const r of [...ROUTES, ...(ROUTES.some((r) => r.path === COLD_PATH) ? [] : [{ path: COLD_PATH }])]) {
  const res = await fetch(app.url + r.path)
  const body = Buffer.from(await res.arrayBuffer())
  if (res.status !== 200) throw new Error(`${r.path} answered ${res.status}`)
  const headers = [...res.headers].filter(([k]) => k !== 'content-length' && k !== 'transfer-encoding')
  recorded[`http://bench.example${r.path}`] = { status: res.status, headers, body: body.toString('base64') }
  r.bytes = body.length
}
// Each body is decoded on its first request, not at startup: the constant Worker's own start-up must cost next to
// nothing, or it hides part of the Worker's (decoding every recorded answer up front took about 9 ms of CPU).
writeFileSync(
  join(dir, 'constant.js'),
  `// Generated by bench/workerd.mjs: the Worker's recorded answers, sent as they are.
const RECORDED = ${JSON.stringify(recorded)}
const ANSWERS = new Map()
const MISSING = { status: 404, headers: [], body: new Uint8Array() }
function answer(url) {
  let a = ANSWERS.get(url)
  if (!a) {
    const r = RECORDED[url]
    if (!r) return MISSING
    const text = atob(r.body)
    const body = new Uint8Array(text.length)
    for (let i = 0; i < text.length; i++) body[i] = text.charCodeAt(i)
    ANSWERS.set(url, (a = { status: r.status, headers: r.headers, body }))
  }
  return a
}
export default {
  fetch(request) {
    const a = answer(request.url.replace(/^http:\\/\\/[^/]+/, 'http://bench.example'))
    return new Response(a.body, { status: a.status, headers: a.headers })
  },
}
`,
)
writeFileSync(join(dir, 'constant.capnp'), capnp('constant', [['constant.js', 'constant.js']]))
const constant = await start(join(dir, 'constant.capnp'), COLD_PATH)

// 3. Throughput, interleaved.
const run = (server, path) => {
  const cpu0 = cpuMicros(server.pid)
  const r = wrk(server.url + path, { seconds, connections })
  return { ...r, cpu: (cpuMicros(server.pid) - cpu0) / Math.max(1, r.requests) }
}
const rows = []
let failed = false
try {
  for (const r of rounds ? ROUTES : []) for (const s of [app, constant]) wrk(s.url + r.path, { seconds: 1, connections }) // warm-up
  for (const r of rounds ? ROUTES : []) {
    const ours = []
    const theirs = []
    for (let i = 0; i < rounds; i++) {
      if (i % 2 === 0) {
        ours.push(run(app, r.path))
        theirs.push(run(constant, r.path))
      } else {
        theirs.push(run(constant, r.path))
        ours.push(run(app, r.path))
      }
    }
    const ratios = ours.map((x, i) => x.rps / theirs[i].rps)
    const errors = [...ours, ...theirs].reduce((n, x) => n + x.non2xx3xx + x.socketErrors, 0)
    const ratio = median(ratios)
    const ok = errors === 0 && (r.target === undefined || ratio >= r.target)
    failed ||= !ok
    rows.push({
      ...r,
      ok,
      errors,
      ratio,
      ratios,
      rps: median(ours.map((x) => x.rps)),
      constRps: median(theirs.map((x) => x.rps)),
      cpu: median(ours.map((x) => x.cpu)),
      constCpu: median(theirs.map((x) => x.cpu)),
    })
    const row = rows.at(-1)
    console.error(
      `  ${r.name}: ratios ${ratios.map((x) => x.toFixed(2)).join(' ')} → ${ratio.toFixed(2)}; CPU ${row.cpu.toFixed(0)} vs ${row.constCpu.toFixed(0)} µs/req`,
    )
  }
} finally {
  await app.stop()
  await constant.stop()
}

// 4. Cold starts, alternating. Beside the Worker and the constant Worker, two steps in between say where the
// difference goes: the constant Worker with the Worker's modules in its upload, none imported (what workerd spends
// compiling and copying them), and with the entry module imported, so evaluated, but never called.
const constantSource = readFileSync(join(dir, 'constant.js'), 'utf8')
writeFileSync(join(dir, 'evaluated.js'), `import worker from './bundle/index.js'\nglobalThis.unusedWorker = worker\n${constantSource}`)
const uploadModules = modules.map((m) => [m, relative(dir, join(dir, 'bundle', m))])
writeFileSync(join(dir, 'compiled.capnp'), capnp('compiled', [['constant.js', 'constant.js'], ...uploadModules.map(([n, f]) => [`bundle/${n}`, f])]))
writeFileSync(
  join(dir, 'evaluated.capnp'),
  capnp('evaluated', [['evaluated.js', 'evaluated.js'], ...uploadModules.map(([n, f]) => [`bundle/${n}`, f])]),
)
const STEPS = ['constant', 'compiled', 'evaluated', 'app']
const cold = Object.fromEntries(STEPS.map((n) => [n, { ms: [], cpuMs: [] }]))
for (let i = 0; i < starts; i++) {
  // Each round starts the four in a rotated order, so no step always follows the same one.
  for (const name of STEPS.map((_, k) => STEPS[(k + i) % STEPS.length])) {
    const s = await start(join(dir, `${name}.capnp`), COLD_PATH)
    if (s.status !== 200) throw new Error(`${name} cold start answered ${s.status}`)
    cold[name].ms.push(s.ms)
    cold[name].cpuMs.push(s.cpuMs)
    await s.stop()
    await sleep(50)
  }
}
const coldDiff = median(cold.app.ms) - median(cold.constant.ms)
const coldOk = coldDiff <= COLD_START_BUDGET_MS
failed ||= !coldOk

const f = (n, d = 0) => n.toFixed(d)
console.log(
  `\nWorker under plain workerd (${workerd.split('node_modules/')[1]}), no proxy; wrk ${connections} connections, ${rounds} rounds of ${seconds} s, against a constant Worker sending the same bytes and headers`,
)
console.log('| route | body bytes | req/s | constant req/s | ratio (median) | ratio range | target | CPU µs/req | constant CPU µs/req | result |')
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|')
for (const r of rows) {
  const path = r.path.length > 40 ? r.path.slice(0, 37) + '...' : r.path
  console.log(
    `| ${r.name} \`${path}\` | ${r.bytes} | ${f(r.rps)} | ${f(r.constRps)} | ${f(r.ratio, 2)}× | ${f(Math.min(...r.ratios), 2)}–${f(Math.max(...r.ratios), 2)} | ${r.target ? `${r.target}×` : '–'} | ${f(r.cpu)} | ${f(r.constCpu)} | ${r.ok ? 'PASS' : 'FAIL'}${r.errors ? ` (${r.errors} errors)` : ''} |`,
  )
}
const over = (name, key) => median(cold[name][key]) - median(cold.constant[key])
console.log(
  `\nCold start (process start to the first answer to ${COLD_PATH}, ${starts} starts each, in rotated order): Worker median ${f(median(cold.app.ms), 1)} ms, constant Worker ${f(median(cold.constant.ms), 1)} ms, difference ${f(coldDiff, 1)} ms (budget ${COLD_START_BUDGET_MS} ms): ${coldOk ? 'PASS' : 'FAIL'}`,
)
console.log('| step | wall ms (median) | over the constant Worker | CPU ms, all threads (median) | over the constant Worker |')
console.log('|---|---:|---:|---:|---:|')
const STEP_NAMES = {
  constant: 'constant Worker',
  compiled: "+ the Worker's modules in the upload, none imported",
  evaluated: '+ the entry module imported (evaluated, never called)',
  app: 'the Worker, answering',
}
for (const name of STEPS)
  console.log(
    `| ${STEP_NAMES[name]} | ${f(median(cold[name].ms), 1)} | ${f(over(name, 'ms'), 1)} | ${f(median(cold[name].cpuMs), 1)} | ${f(over(name, 'cpuMs'), 1)} |`,
  )
process.exit(failed ? 1 : 0)
