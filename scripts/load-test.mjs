// Bounded loopback load test: a mix of routes at 50 connections against wrangler dev for DURATION seconds
// (default 60; CI: DURATION=15). Fails (exit 1) on any socket error, any status a route should not answer, or
// workerd RSS growth beyond the bound below. LOAD_PORT picks the port (default: a free one).
import { fileURLToPath } from 'node:url'
import { freePort, rssKb, startWorker, workerdPid, wrk } from '../bench/lib.mjs'

const duration = Number(process.env.DURATION ?? 60)
const port = process.env.LOAD_PORT ? Number(process.env.LOAD_PORT) : await freePort()
// RSS: wrangler dev's own workerd grows by itself under load (measured: a one-line Worker returning "ok" went from
// 90 to 524 MiB over 56 s of wrk, about 3 KB per request once warm) so an absolute bound would only measure the
// tooling. Instead the mix is interleaved with control slices on /healthz (constant response, same server) and
// the app fails if it grows more per request than the control by more than LEAK_KB_PER_REQUEST. The Worker's
// workerd under wrangler dev also keeps about one response's bytes per request (measured: /healthz ~1-4 KB per
// request once warm, /codes/550 with a 6.7 KB body ~10 KB, /widget.js with 28 KB ~23 KB), so the difference in
// bytes read per request between the mix and the control is allowed on top.
const LEAK_KB_PER_REQUEST = 2

const reply = encodeURIComponent('451 4.7.1 Greylisted, please try again later')
// One wrk thread per route; each lists every status it may legitimately answer.
const MIX = [
  { method: 'GET', path: '/v1/codes/535', expect: [200] },
  { method: 'GET', path: '/v1/codes/599', expect: [404] },
  { method: 'GET', path: '/v1/codes/abc', expect: [400] },
  { method: 'GET', path: '/v1/compare/252/535', expect: [200] },
  { method: 'GET', path: '/v1/compare?codes=252,535,550', expect: [200] },
  { method: 'GET', path: `/v1/explain?reply=${reply}`, expect: [200] },
  // 429 is the documented answer once the EXPLAIN_LIMITER binding is mounted and this one client exceeds it.
  { method: 'POST', path: '/v1/explain', body: '550 5.1.1 <x@example.com>: Recipient address rejected', expect: [200, 429] },
  { method: 'GET', path: '/compare/252-vs-535', expect: [200] },
  { method: 'GET', path: '/compare/535-vs-252', expect: [301] },
  { method: 'GET', path: '/codes/550', expect: [200] },
  { method: 'GET', path: '/widget.js', expect: [200] },
  { method: 'GET', path: '/openapi.json', expect: [200] },
]

const server = await startWorker(port)
const failures = []
try {
  const pid = workerdPid(server.pid)
  if (!pid) throw new Error('workerd process not found under wrangler dev')
  process.env.MIX = MIX.map((r) => `${r.method}\t${r.path}\t${r.body ?? ''}`).join('\n')
  const script = fileURLToPath(new URL('../bench/mix.lua', import.meta.url))
  const run = (seconds) => wrk(server.url, { seconds, connections: Math.max(50, MIX.length), threads: MIX.length, script })
  // Warm-up on the same mix, so the baseline is the steady state (every route compiled, caches filled), not the
  // cold isolate.
  run(Math.min(10, Math.max(3, Math.round(duration / 4))))
  const control = (seconds) => wrk(`${server.url}/healthz`, { seconds, connections: 50 })
  const samples = [rssKb(pid)]
  const slices = Math.max(1, Math.round(duration / 10))
  const slice = Math.max(1, Math.round(duration / slices))
  const totals = MIX.map(() => ({}))
  let requests = 0
  let socketErrors = 0
  const perRequest = (g) => (g.requests ? g.kb / g.requests : 0)
  const readPerRequest = (g) => (g.requests ? g.readKb / g.requests : 0)
  // One measurement: the mix and the control interleaved in slices. Returns how much more the mix grew per request
  // than the control, beyond the extra bytes it reads.
  const measure = () => {
    const growth = { mix: { kb: 0, requests: 0, readKb: 0 }, control: { kb: 0, requests: 0, readKb: 0 } }
    for (let i = 0; i < slices; i++) {
      let start = rssKb(pid)
      const floor = control(Math.max(1, Math.round(slice / 2)))
      growth.control.kb += rssKb(pid) - start
      growth.control.requests += floor.requests
      growth.control.readKb += floor.readKb
      socketErrors += floor.socketErrors
      start = rssKb(pid)
      const result = run(slice)
      growth.mix.kb += rssKb(pid) - start
      growth.mix.requests += result.requests
      growth.mix.readKb += result.readKb
      requests += result.requests
      socketErrors += result.socketErrors
      const line = /^MIXRESULT (.*)$/m.exec(result.raw)
      if (!line) throw new Error(`wrk script printed no result:\n${result.raw}`)
      for (const { route, statuses } of JSON.parse(line[1]))
        for (const [status, n] of Object.entries(statuses)) totals[route - 1][status] = (totals[route - 1][status] ?? 0) + n
      samples.push(rssKb(pid))
    }
    const bodyAllowance = Math.max(0, readPerRequest(growth.mix) - readPerRequest(growth.control))
    return { growth, excess: perRequest(growth.mix) - perRequest(growth.control) - bodyAllowance }
  }
  const mb = (kb) => `${(kb / 1024).toFixed(1)} MiB`
  const describe = ({ growth }) =>
    `RSS growth per request: mix ${perRequest(growth.mix).toFixed(2)} KB (${mb(growth.mix.kb)} over ${growth.mix.requests}), control /healthz ${perRequest(growth.control).toFixed(2)} KB (${mb(growth.control.kb)} over ${growth.control.requests}); bytes read per request: mix ${readPerRequest(growth.mix).toFixed(2)} KB, control ${readPerRequest(growth.control).toFixed(2)} KB; allowed excess ${LEAK_KB_PER_REQUEST} KB beyond that difference`
  // The control's own growth per request varies between runs (measured 24-48 KB under wrangler dev), so one
  // measurement over the bound is measured again: a leak exceeds the bound both times, noise seldom does twice.
  const measurements = [measure()]
  if (measurements[0].excess > LEAK_KB_PER_REQUEST) measurements.push(measure())
  const { excess } = measurements[measurements.length - 1]
  const seconds = duration * measurements.length

  console.log(`load test: ${seconds} s, ${requests} requests (${(requests / seconds).toFixed(0)} req/s), ${socketErrors} socket errors`)
  console.log('| route | statuses | result |')
  console.log('|---|---|---|')
  MIX.forEach((r, i) => {
    const got = totals[i]
    const unexpected = Object.keys(got).filter((s) => !r.expect.includes(Number(s)))
    const none = Object.keys(got).length === 0
    if (unexpected.length || none) failures.push(`${r.method} ${r.path}: ${none ? 'no responses' : `unexpected ${unexpected.join(', ')}`}`)
    console.log(`| ${r.method} ${r.path.slice(0, 50)} | ${JSON.stringify(got)} | ${unexpected.length || none ? 'FAIL' : 'ok'} |`)
  })
  console.log(`workerd RSS samples (MiB): ${samples.map((x) => (x / 1024).toFixed(0)).join(' ')}`)
  measurements.forEach((m, i) => console.log(`${measurements.length > 1 ? `measurement ${i + 1}: ` : ''}${describe(m)}`))
  if (socketErrors) failures.push(`${socketErrors} socket errors`)
  if (excess > LEAK_KB_PER_REQUEST)
    failures.push(
      `RSS grows ${excess.toFixed(2)} KB per request more than the control, beyond the bytes the mix reads more${measurements.length > 1 ? ', in both measurements' : ''}`,
    )
} finally {
  server.stop()
}
if (failures.length) {
  console.error(`FAIL:\n  ${failures.join('\n  ')}`)
  process.exit(1)
}
console.log('PASS')
