// HTTP throughput of the Worker under wrangler dev (workerd on loopback), each route as a ratio to the constant
// /healthz floor. On 2 shared cores a single wrk run swings by ±20%, so each route is measured in rounds, every
// route run between two floor runs (F R F R … F), and the reported ratio is the median of the per-round ratios.
// Beside req/s it reports the CPU the Worker's own workerd process spends per request, which the noise of the
// machine barely moves: that is what our code costs, while req/s also carries wrangler's proxy and wrk.
// Env: BENCH_SECONDS per run (default 3), BENCH_ROUNDS (default 5), BENCH_PORT (8792), BENCH_CONNECTIONS (50).
// Exits 1 if a route's median ratio misses its target or any run answers errors.
import { cpuMicros, freePort, startWorker, workerdPid, wrk } from './lib.mjs'

const seconds = Number(process.env.BENCH_SECONDS ?? 3)
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort()
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)

const reply = encodeURIComponent('550-5.1.1 The email account that you tried to reach does not exist. 550 5.1.1 Please check the address.')
// Targets are throughput ratios to the floor: lookups are a map read plus JSON, pages and explain do real work.
const ROUTES = [
  { name: 'lookup', path: '/v1/codes/535', target: 0.9 },
  { name: 'compare', path: '/v1/compare/252/535', target: 0.9 },
  { name: 'compare matrix', path: '/v1/compare?codes=252,535,550', target: 0.9 },
  { name: 'explain (GET)', path: `/v1/explain?reply=${reply}`, target: 0.8 },
  { name: 'comparison page', path: '/compare/252-vs-535', target: 0.8 },
  { name: 'code page', path: '/codes/550', target: 0.8 },
  { name: '/widget.js', path: '/widget.js', target: 0.8 },
]

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

const server = await startWorker(port)
const worker = workerdPid(server.pid)
/** One wrk run, with the Worker process's CPU per request over the same interval. */
const run = (path) => {
  const cpu0 = cpuMicros(worker)
  const r = wrk(server.url + path, { seconds, connections })
  return { ...r, cpuPerRequest: (cpuMicros(worker) - cpu0) / Math.max(1, r.requests) }
}

const rows = []
let failed = false
try {
  // Warm-up: the first requests to each route pay for compilation and first-use caches; measure steady state.
  for (const path of ['/healthz', ...ROUTES.map((r) => r.path)]) wrk(server.url + path, { seconds: 2, connections })
  for (const r of ROUTES) {
    // A fresh connection: workerd may have dropped the pooled keep-alive one during the previous wrk run.
    const check = await fetch(server.url + r.path, { headers: { Connection: 'close' } }).catch(() => fetch(server.url + r.path))
    await check.arrayBuffer()
    if (check.status !== 200) throw new Error(`${r.path} answered ${check.status} before the run`)
    const floors = [run('/healthz')]
    const runs = []
    for (let i = 0; i < rounds; i++) {
      runs.push(run(r.path))
      floors.push(run('/healthz'))
    }
    const ratios = runs.map((x, i) => x.rps / ((floors[i].rps + floors[i + 1].rps) / 2))
    const ratio = median(ratios)
    const errors = runs.reduce((n, x) => n + x.non2xx3xx + x.socketErrors, 0) + floors.reduce((n, x) => n + x.socketErrors, 0)
    const ok = ratio >= r.target && errors === 0
    failed ||= !ok
    const row = {
      ...r,
      ok,
      errors,
      ratio,
      ratios,
      rps: median(runs.map((x) => x.rps)),
      p50: median(runs.map((x) => x.p50)),
      p99: median(runs.map((x) => x.p99)),
      floorRps: median(floors.map((x) => x.rps)),
      cpu: median(runs.map((x) => x.cpuPerRequest)),
      floorCpu: median(floors.map((x) => x.cpuPerRequest)),
    }
    rows.push(row)
    console.error(
      `  ${r.name}: ratios ${ratios.map((x) => x.toFixed(2)).join(' ')} → median ${ratio.toFixed(2)}; Worker CPU ${row.cpu.toFixed(0)} µs/req vs floor ${row.floorCpu.toFixed(0)}`,
    )
  }
} finally {
  server.stop()
}

const f = (n, d = 0) => n.toFixed(d)
console.log(
  `\nWorker under wrangler dev, wrk ${connections} connections, ${rounds} rounds of ${seconds} s per route, each between floor runs; ready in ${f(server.readyMs)} ms`,
)
console.log('| route | req/s | p50 ms | p99 ms | floor req/s | ratio (median) | ratio range | target | Worker CPU µs/req (floor) | result |')
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|')
for (const r of rows) {
  const path = r.path.length > 40 ? r.path.slice(0, 37) + '...' : r.path
  const range = `${f(Math.min(...r.ratios), 2)}–${f(Math.max(...r.ratios), 2)}`
  const result = `${r.ok ? 'PASS' : 'FAIL'}${r.errors ? ` (${r.errors} errors)` : ''}`
  console.log(
    `| ${r.name} \`${path}\` | ${f(r.rps)} | ${f(r.p50, 1)} | ${f(r.p99, 1)} | ${f(r.floorRps)} | ${f(r.ratio, 2)}× | ${range} | ${r.target}× | ${f(r.cpu)} (${f(r.floorCpu)}) | ${result} |`,
  )
}
process.exit(failed ? 1 : 0)
