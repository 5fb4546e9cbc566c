// HTTP throughput of the Worker under wrangler dev (workerd on loopback): each route against the constant /healthz
// floor measured just before and just after it, so machine drift hits both. Env: BENCH_SECONDS (default 8), BENCH_PORT (default 8792),
// BENCH_CONNECTIONS (default 50). Exits 1 if a route misses its target or answers errors.
import { startWorker, wrk } from './lib.mjs'

const seconds = Number(process.env.BENCH_SECONDS ?? 8)
const port = Number(process.env.BENCH_PORT ?? 8792)
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

const server = await startWorker(port)
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
    // Floor, route, floor: the route is compared with the mean of the floor runs on either side of it, so drift
    // in the machine's speed during the three runs cancels out instead of landing on one side.
    const before = wrk(`${server.url}/healthz`, { seconds, connections })
    const route = wrk(server.url + r.path, { seconds, connections })
    const after = wrk(`${server.url}/healthz`, { seconds, connections })
    const floor = { rps: (before.rps + after.rps) / 2 }
    const ratio = route.rps / floor.rps
    const ok = ratio >= r.target && route.socketErrors === 0 && route.non2xx3xx === 0
    failed ||= !ok
    rows.push({ ...r, floor, route, ratio, ok })
    console.error(`  ${r.name}: ${route.rps.toFixed(0)} req/s vs floor ${floor.rps.toFixed(0)}`)
  }
} finally {
  server.stop()
}

const f = (n, d = 0) => n.toFixed(d)
console.log(`\nWorker under wrangler dev, wrk ${connections} connections, ${seconds} s per run; ready in ${f(server.readyMs)} ms`)
console.log('| route | req/s | p50 ms | p99 ms | floor req/s | ratio | target | result |')
console.log('|---|---:|---:|---:|---:|---:|---:|---|')
for (const r of rows)
  console.log(`| ${r.name} \`${r.path.length > 40 ? r.path.slice(0, 37) + '...' : r.path}\` | ${f(r.route.rps)} | ${f(r.route.p50, 2)} | ${f(r.route.p99, 2)} | ${f(r.floor.rps)} | ${f(r.ratio, 2)}x | ${r.target}x | ${r.ok ? 'PASS' : 'FAIL'}${r.route.non2xx3xx || r.route.socketErrors ? ` (${r.route.non2xx3xx} errors, ${r.route.socketErrors} socket errors)` : ''} |`)
process.exit(failed ? 1 : 0)
