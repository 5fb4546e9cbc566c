// Diagnosis accuracy on the loopback corpus (test/corpus/loopback/manifest.json): each failed or delayed
// recipient's Diagnostic-Code is explained alone, as a pasted reply would be, and its reason and hard/soft call
// compared with the case table's truth. Prints the misses and the two percentages. Run: node bench/diagnosis-corpus.mjs
import { importBundled } from './lib.mjs'
import { readFileSync } from 'node:fs'
const core = await importBundled(
  "export { explainReply } from './worker/core/explain.ts'; export { HARD_REASONS } from './data/diagnosis/types.ts'; import { useStandaloneCore } from './worker/core/standalone.ts'; useStandaloneCore()",
)
const m = JSON.parse(readFileSync('test/corpus/loopback/manifest.json', 'utf8'))
let n = 0,
  ok = 0,
  hs = 0
const seen = new Set()
for (const f of m.files)
  for (const t of f.truth) {
    if (!t.reason || !t.diagnosticCode) continue
    const input = `Diagnostic-Code: ${t.diagnosticCode}${t.status ? `\nStatus: ${t.status}` : ''}`
    const key = input + t.reason
    if (seen.has(key)) continue
    seen.add(key)
    let out = core.explainReply(`Diagnostic-Code: ${t.diagnosticCode}`)
    if (!out.ok && t.status) out = core.explainReply(`Status: ${t.status} ${t.diagnosticCode}`)
    n++
    const d = out.ok ? out.explanation.diagnosis : { reason: 'no-code', bounce: '?' }
    const hard = core.HARD_REASONS.includes(t.reason) && t.action === 'failed' ? 'hard' : t.action === 'delivered' ? 'none' : 'soft'
    if (d.reason === t.reason) ok++
    else console.log(`✗ ${t.reason} got ${d.reason} (${d.rule ?? d.basis}) :: ${t.status} ${t.diagnosticCode.slice(0, 200)}`)
    if (d.bounce === hard) hs++
    else console.log(`  bounce ${hard} got ${d.bounce}: ${t.diagnosticCode.slice(0, 120)}`)
  }
console.log(`reasons ${ok}/${n} = ${((100 * ok) / n).toFixed(1)}%, hard/soft ${hs}/${n} = ${((100 * hs) / n).toFixed(1)}%`)
