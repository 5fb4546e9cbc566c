// Per-MTA accuracy of core's bounce and log reading on the loopback corpus (test/corpus/loopback), where the truth per
// recipient is known because each bounce was provoked. DSNs: each truth recipient found, with the status its DSN
// gives, or the quoted reply's where the DSN gives only the class (Exim's 5.0.0; the truth's reportedStatus then
// holds the DSN's), rows whose DSN carries none (marked dsnIncomplete) not scored for status, and the reason (a delivery's
// reason is right when no failure is reported). Logs written by the sending MTA: each failed or delayed truth
// recipient listed with its action, and its reason. Then the formats corpus (test/corpus/formats), scored the same
// way, and the failure-mode logs (test/corpus/loopback-failures). `--core DIR` reads core from another checkout (to compare a
// branch with main on the same corpus); `--misses` lists every wrong answer.
//   node scripts/bounce-accuracy.mjs [--core ../main] [--misses]
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { importBundled } from '../bench/lib.mjs'

const args = process.argv.slice(2)
const coreDir = resolve(args.includes('--core') ? args[args.indexOf('--core') + 1] : '.')
const showMisses = args.includes('--misses')
const corpus = resolve(import.meta.dirname, '../test/corpus/loopback')

// Since the rule set and postal-mime load behind loaders, core runs as the npm package does (standalone.ts);
// an older checkout without it is read as it was.
const { explainPaste } = await importBundled(
  existsSync(join(coreDir, 'worker/core/standalone.ts'))
    ? "export { explainPaste } from './worker/core/explain-paste.ts'; import { useStandaloneCore } from './worker/core/standalone.ts'; useStandaloneCore()"
    : "export { explainPaste } from './worker/core/explain-paste.ts'",
  { resolveDir: coreDir, mainFields: ['module', 'main'] },
)
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8'))
// The breadth corpus (test/corpus/loopback-breadth, scripts/corpus/breadth.sh): bounces of OpenSMTPD, dma, nullmailer
// and a second Postfix instance to smtp-server answering with real servers' replies; scored the same way, in rows of
// its own (so the loopback rows stay comparable with earlier runs).
const breadthDir = resolve(import.meta.dirname, '../test/corpus/loopback-breadth')
const breadth = existsSync(join(breadthDir, 'manifest.json')) ? JSON.parse(readFileSync(join(breadthDir, 'manifest.json'), 'utf8')) : { files: [] }

const DELIVERED = new Set(['delivered', 'relayed', 'expanded'])
const same = (a) => (a === 'relayed' ? 'delivered' : a)
const rows = new Map()
const misses = []
const tally = (key) => {
  if (!rows.has(key)) rows.set(key, { recipients: 0, found: 0, statusScored: 0, status: 0, reason: 0 })
  return rows.get(key)
}

for (const [dir, file, tag] of [...manifest.files.map((f) => [corpus, f, '']), ...breadth.files.map((f) => [breadthDir, f, 'breadth '])]) {
  const isDsn = file.kind === 'dsn'
  if (!isDsn && file.role !== 'sender') continue
  const o = await explainPaste(readFileSync(join(dir, file.path), 'utf8'), 'en', { kind: isDsn ? 'message' : 'log' })
  const got = o.ok && o.kind !== 'reply' ? o.report.recipients : []
  for (const t of file.truth) {
    if (!isDsn && !(t.action === 'failed' || t.action === 'delayed')) continue
    const r = got.find((x) => x.recipient.toLowerCase() === t.recipient.toLowerCase() && (isDsn || same(x.action) === same(t.action)))
    const ourReason = r?.explanation?.diagnosis.reason
    const reasonRight = t.reason === null ? r !== undefined && DELIVERED.has(r.action) : ourReason === t.reason
    const statusScored = isDsn && t.status !== null
    const statusRight = statusScored && r?.status === t.status
    for (const key of [`${tag}${file.kind} ${file.software}`, `${tag}${file.kind} all`]) {
      const s = tally(key)
      s.recipients++
      if (r) s.found++
      if (statusScored) s.statusScored++
      if (statusRight) s.status++
      if (reasonRight) s.reason++
    }
    if (!r || !reasonRight || (statusScored && !statusRight))
      misses.push(
        `${tag ? 'loopback-breadth/' : ''}${file.path} ${t.recipient}: ours ${r ? `${r.action} ${r.status ?? '-'} ${ourReason ?? '-'}` : 'not found'}; truth ${t.action} ${t.status ?? '-'} ${t.reason ?? '-'}`,
      )
  }
}

// The failures corpus (test/corpus/loopback-failures): sending MTAs' logs of failure modes the loopback cases lack. Each
// failed or delayed truth row is found when a listed entry has its recipient and action; its status (where the truth
// gives one) and reason are scored on the entries with that recipient and action (a deferral is logged on every retry).
const failuresDir = resolve(import.meta.dirname, '../test/corpus/loopback-failures')
const failures = JSON.parse(readFileSync(join(failuresDir, 'manifest.json'), 'utf8'))
for (const file of failures.files) {
  const o = await explainPaste(readFileSync(join(failuresDir, file.path), 'utf8'), 'en', { kind: 'log' })
  const got = o.ok && o.kind !== 'reply' ? o.report.recipients : []
  for (const t of file.truth) {
    if (!(t.action === 'failed' || t.action === 'delayed')) continue
    const mine = got.filter((x) => x.recipient.toLowerCase() === t.recipient.toLowerCase() && same(x.action) === same(t.action))
    const reasons = mine.map((x) => x.explanation?.diagnosis.reason)
    const statusRight = t.status !== null && mine.some((x) => x.status === t.status)
    const reasonRight = reasons.includes(t.reason)
    for (const key of [`failures ${file.software}`, 'failures all']) {
      const s = tally(key)
      s.recipients++
      if (mine.length) s.found++
      if (t.status !== null) s.statusScored++
      if (statusRight) s.status++
      if (reasonRight) s.reason++
    }
    if (!mine.length || !reasonRight || (t.status !== null && !statusRight))
      misses.push(
        `loopback-failures/${file.path} ${t.case} ${t.recipient} ${t.action}: ours ${mine.length ? `${[...new Set(mine.map((x) => x.status))].join('/')} ${[...new Set(reasons)].join('/')}` : 'not found'}; truth ${t.status ?? '-'} ${t.reason}`,
      )
  }
}

// The formats corpus (test/corpus/formats): layouts of other mail systems written after their sources. A recipient whose
// layout quotes no reply code (noCode) gets no explanation, so its reason is unknown; a message that is no bounce is
// right when it names no recipient.
const formatsDir = resolve(import.meta.dirname, '../test/corpus/formats')
const formats = JSON.parse(readFileSync(join(formatsDir, 'manifest.json'), 'utf8'))
const formatRow = { files: 0, recipients: 0, found: 0, statusScored: 0, status: 0, reason: 0, notBounces: 0, notBouncesRight: 0 }
for (const file of formats.files) {
  if (!file.notBounce) formatRow.files++
  const o = await explainPaste(readFileSync(join(formatsDir, file.path), 'utf8'), 'en', file.paste === 'message' ? { kind: 'message' } : {})
  const got = o.ok && o.kind === 'message' ? o.report.recipients : []
  if (file.notBounce) {
    formatRow.notBounces++
    if (got.length === 0 && !(o.ok && o.kind === 'reply')) formatRow.notBouncesRight++
    else misses.push(`formats/${file.path}: reported as a bounce`)
    continue
  }
  for (const t of file.truth) {
    const r = got.find((x) => x.recipient.toLowerCase() === t.recipient.toLowerCase())
    // As the summary counts it: a recipient without an explanation has the reason unknown.
    const ourReason = r ? (r.explanation?.diagnosis.reason ?? 'unknown') : undefined
    formatRow.recipients++
    if (r) formatRow.found++
    if (t.status !== null) formatRow.statusScored++
    if (t.status !== null && r?.status === t.status) formatRow.status++
    if (ourReason === t.reason) formatRow.reason++
    if (!r || ourReason !== t.reason || (t.status !== null && r.status !== t.status))
      misses.push(
        `formats/${file.path} ${t.recipient}: ours ${r ? `${r.action} ${r.status ?? '-'} ${ourReason ?? '-'}` : 'not found'}; truth ${t.action} ${t.status ?? '-'} ${t.reason}`,
      )
  }
}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)} %` : '–')
console.log(`core from ${coreDir}`)
console.log('| files | recipients | found | right status | right reason |')
console.log('|---|---:|---:|---:|---:|')
const order = ['postfix', 'exim', 'sendmail', 'haraka', 'all']
for (const kind of ['dsn', 'log'])
  for (const sw of order) {
    const s = rows.get(`${kind} ${sw}`)
    if (!s) continue
    const label = `${kind === 'dsn' ? 'DSNs' : 'sender logs'} by ${sw === 'all' ? 'all MTAs' : sw}`
    console.log(
      `| ${label} | ${s.recipients} | ${pct(s.found, s.recipients)} | ${kind === 'dsn' ? pct(s.status, s.statusScored) : '–'} | ${pct(s.reason, s.recipients)} |`,
    )
  }
for (const sw of order) {
  const s = rows.get(`failures ${sw}`)
  if (s)
    console.log(
      `| failure-mode logs by ${sw === 'all' ? 'all MTAs' : sw} | ${s.recipients} | ${pct(s.found, s.recipients)} | ${pct(s.status, s.statusScored)} | ${pct(s.reason, s.recipients)} |`,
    )
}
for (const sw of ['postfix', 'exim', 'sendmail', 'opensmtpd', 'dma', 'nullmailer', 'all']) {
  const s = rows.get(`breadth dsn ${sw}`)
  if (!s) continue
  console.log(
    `| breadth: bounces by ${sw === 'all' ? 'all MTAs' : sw} | ${s.recipients} | ${pct(s.found, s.recipients)} | ${pct(s.status, s.statusScored)} | ${pct(s.reason, s.recipients)} |`,
  )
}
const f = formatRow
console.log(
  `| format examples (${f.files} bounces of other MTAs) | ${f.recipients} | ${pct(f.found, f.recipients)} | ${pct(f.status, f.statusScored)} | ${pct(f.reason, f.recipients)} |`,
)
console.log(`\nmessages that are no bounce (auto-reply, feedback report, read receipt), named no recipient: ${f.notBouncesRight} of ${f.notBounces}`)
if (showMisses) {
  console.log(`\n${misses.length} wrong answers:`)
  for (const m of misses) console.log(`- ${m}`)
}
