// `smtp-code-compare report` (the packaged CLI, built first) against Debian's pflogsumm on the same generated Postfix log, side by side in one run:
// MB/s and peak RSS of each (GNU time), rounds interleaved (P O P O …) after one warm-up read of the file, the
// median per tool. Checks that both count the same bounced deliveries and deferrals (pflogsumm's "bounced" and
// "(N deferrals)"), and the goal: at least 3× pflogsumm's throughput under 100 MB RSS. LOG_MB (default 200),
// LOG_ROUNDS (default 3), PFLOGSUMM (default /usr/sbin/pflogsumm). Exit 1 when a count differs or the goal is missed.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writePostfixLog } from './postfix-log.mjs'

const MB = 1 << 20
const sizeMb = Number(process.env.LOG_MB ?? 200)
const rounds = Number(process.env.LOG_ROUNDS ?? 3)
const pflogsumm = process.env.PFLOGSUMM ?? '/usr/sbin/pflogsumm'
const root = new URL('..', import.meta.url).pathname
const seed = 20261201
// The name changes with the generator's output (v2: a transaction id per Gmail reply), so no stale file is reused.
const file = join(tmpdir(), `scc-bench-postfix-v2-${sizeMb}mb-${seed}.log`)
const expectFile = `${file}.expected.json`

for (const tool of [pflogsumm, '/usr/bin/time']) {
  if (!existsSync(tool)) {
    console.error(`log-report bench: ${tool} is missing (apt-get install pflogsumm time)`)
    process.exit(1)
  }
}

let expected
if (existsSync(file) && existsSync(expectFile)) expected = JSON.parse(readFileSync(expectFile, 'utf8'))
else {
  const t = Date.now()
  expected = await writePostfixLog(file, sizeMb * MB, seed)
  const { writeFileSync } = await import('node:fs')
  writeFileSync(expectFile, JSON.stringify(expected))
  console.log(`generated ${file}: ${(expected.bytes / MB).toFixed(0)} MB in ${((Date.now() - t) / 1000).toFixed(1)} s`)
}
const bytes = statSync(file).size
const lines = Number(spawnSync('wc', ['-l', file], { encoding: 'utf8' }).stdout.trim().split(/\s+/)[0])
console.log(
  `log: ${(bytes / MB).toFixed(0)} MB, ${lines.toLocaleString('en')} lines, ${expected.bounced.toLocaleString('en')} bounced and ${expected.deferred.toLocaleString('en')} deferred deliveries written`,
)

/** Runs a command under GNU time; returns seconds, peak RSS in KB and stdout. */
function timed(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * MB,
    env: { ...process.env, NO_COLOR: '1' },
  })
  const last = r.stderr.trim().split('\n').pop() ?? ''
  const [seconds, rssKb] = last.split(' ').map(Number)
  if (r.status !== 0 && !(cmd === process.execPath && r.status === 1)) throw new Error(`${cmd} exited ${r.status}: ${r.stderr.slice(0, 500)}`)
  return { seconds, rssKb, stdout: r.stdout }
}

const tools = {
  pflogsumm: {
    run: () => timed(pflogsumm, [file]),
    counts: (out) => ({
      bounced: Number(/^\s*(\d+)\s+bounced$/m.exec(out)?.[1]),
      deferred: Number(/\((\d+)\s*deferrals\)/.exec(out)?.[1] ?? (/^\s*(\d+)\s+deferred/m.test(out) ? 0 : NaN)),
    }),
  },
  'smtp-code-compare report': {
    run: () => timed(process.execPath, [join(root, 'dist-npm/cli/main.js'), 'report', '--no-progress', file]),
    counts: (out) => {
      const m = /deliveries: [\d,]+ delivered, ([\d,]+) deferred, ([\d,]+) bounced/.exec(out)
      const num = (s) => Number(s?.replace(/,/g, ''))
      return { bounced: num(m?.[2]), deferred: num(m?.[1]) }
    },
  },
}

// The CLI as the package ships it (compiled by the package build), on the project's Node.
const built = spawnSync(process.execPath, [join(root, 'scripts/build-package.ts')], { cwd: root, encoding: 'utf8' })
if (built.status !== 0) throw new Error(`package build failed: ${built.stderr}`)
console.log(`CLI: dist-npm/cli/main.js on Node ${process.version}; pflogsumm: ${pflogsumm}`)
spawnSync('cat', [file], { stdio: ['ignore', 'ignore', 'ignore'] }) // warm the page cache for both
const results = Object.fromEntries(Object.keys(tools).map((k) => [k, []]))
const counts = {}
for (let i = 0; i < rounds; i++) {
  for (const [name, tool] of Object.entries(tools)) {
    const r = tool.run()
    results[name].push(r)
    counts[name] = tool.counts(r.stdout)
    console.log(`  round ${i + 1} ${name}: ${r.seconds.toFixed(2)} s, ${(r.rssKb / 1024).toFixed(0)} MB RSS`)
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const row = (name) => {
  const s = median(results[name].map((r) => r.seconds))
  const rss = Math.max(...results[name].map((r) => r.rssKb)) / 1024
  return { name, seconds: s, mbps: bytes / MB / s, rss, ...counts[name] }
}
const p = row('pflogsumm')
const o = row('smtp-code-compare report')
const ratio = o.mbps / p.mbps

console.log('\n| tool | median s | MB/s | peak RSS MB | bounced | deferrals |')
console.log('|---|---:|---:|---:|---:|---:|')
for (const r of [p, o])
  console.log(
    `| ${r.name} | ${r.seconds.toFixed(2)} | ${r.mbps.toFixed(1)} | ${r.rss.toFixed(0)} | ${r.bounced.toLocaleString('en')} | ${r.deferred.toLocaleString('en')} |`,
  )
console.log(
  `\nthroughput ratio ${ratio.toFixed(2)}× pflogsumm (goal ≥ 3×), peak RSS ${o.rss.toFixed(0)} MB (goal < 100 MB); ${rounds} rounds on ${(bytes / MB).toFixed(0)} MB`,
)

const failures = []
for (const r of [p, o]) {
  if (r.bounced !== expected.bounced) failures.push(`${r.name} counted ${r.bounced} bounced, the log has ${expected.bounced}`)
  if (r.deferred !== expected.deferred) failures.push(`${r.name} counted ${r.deferred} deferrals, the log has ${expected.deferred}`)
}
if (ratio < 3) failures.push(`throughput ${ratio.toFixed(2)}× pflogsumm, below 3×`)
if (o.rss >= 100) failures.push(`peak RSS ${o.rss.toFixed(0)} MB, not under 100 MB`)
if (failures.length) {
  console.error(`log-report bench: ${failures.join('; ')}`)
  process.exit(1)
}
console.log('log-report bench: counts agree, goal met')
