// Which diagnosis rules decide the replies of our corpora, and which replies only their codes decide: a tool for
// finding common wordings the rules miss. For each corpus (the written replies, the provider replies, the loopback
// DSNs' Diagnostic-Codes) it prints how many replies each rule decided, then every reply the codes decided (the
// fallback), with its expected reason, so that a wrong or lucky fallback shows. Nothing is written.
// Run: node scripts/diagnosis-coverage.mjs [--rules] [--wrong]   (--rules: the per-rule counts too; --wrong: misses only)
import { readFileSync } from 'node:fs'
import { importBundled } from '../bench/lib.mjs'

const core = await importBundled(
  "export { explainReply } from './worker/core/explain.ts'; export { RULES } from './data/diagnosis/rules/index.ts'; import { useStandaloneCore } from './worker/core/standalone.ts'; useStandaloneCore()",
)
const showRules = process.argv.includes('--rules')
const wrongOnly = process.argv.includes('--wrong')
const json = (path) => JSON.parse(readFileSync(path, 'utf8'))

const loopback = []
// As bench/diagnosis-corpus.mjs reads them: the Diagnostic-Code alone, or with the Status when it has no code.
for (const f of json('test/corpus/loopback/manifest.json').files)
  for (const t of f.truth)
    if (t.reason && t.diagnosticCode)
      loopback.push({
        id: f.path,
        text: `Diagnostic-Code: ${t.diagnosticCode}`,
        status: t.status ? `Status: ${t.status} ${t.diagnosticCode}` : undefined,
        reason: t.reason,
      })
const corpora = {
  written: json('test/corpus/written-replies.json').entries,
  provider: json('test/corpus/provider-replies.json').entries,
  loopback: [...new Map(loopback.map((e) => [e.text + e.reason, e])).values()],
}

const fired = new Map(core.RULES.map((r) => [r.id, 0]))
for (const [name, entries] of Object.entries(corpora)) {
  let byText = 0
  let right = 0
  const fallback = []
  const wrong = []
  for (const e of entries) {
    let out = core.explainReply(e.text)
    if (!out.ok && e.status) out = core.explainReply(e.status)
    const d = out.ok ? out.explanation.diagnosis : undefined
    if (d?.reason === e.reason) right++
    else wrong.push(`  ✗ ${e.id}: ${e.reason} expected, ${d?.reason ?? 'no code'} (${d?.rule ?? d?.basis}) :: ${e.text.slice(0, 160)}`)
    if (d?.rule) {
      byText++
      fired.set(d.rule, fired.get(d.rule) + 1)
    } else if (d)
      fallback.push(`  ${d.reason === e.reason ? '✓' : '✗'} ${e.id} ${d.basis} → ${d.reason} (${e.reason} expected) :: ${e.text.slice(0, 160)}`)
  }
  const pct = (n) => `${((100 * n) / entries.length).toFixed(1)} %`
  console.log(`\n${name}: ${entries.length} replies, right reason ${pct(right)}, decided by words ${pct(byText)}, by codes alone ${fallback.length}`)
  if (wrongOnly) console.log(wrong.join('\n'))
  else if (fallback.length) console.log(fallback.join('\n'))
}
if (showRules) {
  console.log('\nrules by replies decided (all corpora):')
  for (const [id, n] of [...fired].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${id}`)
}
