// µs per call of the core functions the API and pages share, outside workerd (bundled with esbuild, run in Node),
// so HTTP and runtime overhead are out of the picture. BENCH_CORE_MS sets time per case (default 1000).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { importBundled } from './lib.mjs'

const core = await importBundled(
  "export { compareCodes, compareMatrix } from './worker/core/compare.ts'; export { explainReply } from './worker/core/explain.ts'; export { lookupCode } from './worker/core/codes.ts'; export { diagnose } from './worker/core/diagnose.ts'; export { parseReply } from './worker/core/reply-parser.ts'; export { RULES } from './data/diagnosis/rules/index.ts'; export { analyzePattern } from './data/diagnosis/pattern.ts'; export { buildPatternIndex } from './data/diagnosis/pattern-index.ts'; export { RULE_SET } from './data/diagnosis/rule-set.ts'; import { useStandaloneCore } from './worker/core/standalone.ts'; useStandaloneCore()",
)

const budgetMs = Number(process.env.BENCH_CORE_MS ?? 1000)
const bounce = [
  'Reporting-MTA: dns; mx.example.net',
  '550-5.1.1 The email account that you tried to reach does not exist. Please try',
  "550-5.1.1 double-checking the recipient's email address for typos or",
  '550 5.1.1 unnecessary spaces. https://support.example.com/mail/?p=NoSuchUser',
].join('\r\n')
const CASES = [
  ['lookupCode 535', () => core.lookupCode('535')],
  ['compareCodes 252 vs 535 (curated)', () => core.compareCodes('252', '535')],
  ['compareCodes 451 vs 4.7.1', () => core.compareCodes('451', '4.7.1')],
  ['compareCodes 550 vs 535 in de', () => core.compareCodes('550', '535', 'de')],
  ['compareMatrix 252,535,550', () => core.compareMatrix(['252', '535', '550'])],
  ['explainReply one line', () => core.explainReply('535 5.7.8 Authentication credentials invalid')],
  ['explainReply multiline bounce', () => core.explainReply(bounce)],
  [
    'explainReply 64 KiB of noise',
    (
      (big) => () =>
        core.explainReply(big)
    )('x'.repeat(64 * 1024 - 20) + ' 421 4.7.0 try later'),
  ],
]

// The diagnosis is part of every explanation; these cases show its share. "diagnose" runs on the words the
// parser already extracted, so "explainReply" minus "diagnose" is what explain costs without it.
const typical = [
  ['Spamhaus 5.7.1', '550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus'],
  [
    'Gmail over quota',
    '452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp',
  ],
  [
    'Postfix user unknown',
    'status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 <jane@example.org>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command))',
  ],
  [
    'Yahoo TSS04',
    '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
  ],
]
// Hostile for the diagnosis: every word a rule is indexed by, over and over, so every rule is a candidate.
const anchors = [...new Set(core.RULES.flatMap((r) => core.analyzePattern(r.pattern).anchors))].join(' ')
const soup = `550 5.7.1 ${anchors.repeat(Math.ceil((64 * 1024) / anchors.length))}`.slice(0, 64 * 1024 - 1)
const input = (reply) => {
  const p = core.parseReply(reply)
  return { basic: p.basic, enhanced: p.enhanced, text: p.text, stage: p.stage, remoteHost: p.remoteHost }
}
for (const [name, reply] of typical) {
  const parsed = input(reply)
  CASES.push([`explainReply ${name}`, () => core.explainReply(reply)], [`  diagnose ${name}`, () => core.diagnose(parsed), 'typical'])
}
const soupInput = input(soup)
CASES.push(
  ['explainReply 64 KiB of rule words', () => core.explainReply(soup)],
  ['  diagnose 64 KiB of rule words', () => core.diagnose(soupInput), 'hostile'],
)

/** Targets (issue 13): the diagnosis adds at most 5 µs to a typical reply, and stays under 1 ms on hostile text. */
const TARGET_US = { typical: 5, hostile: 1000 }

console.log(`core functions, Node ${process.version}, ${budgetMs} ms per case`)
console.log('| call | µs/call | calls |')
console.log('|---|---:|---:|')
const missed = []
for (const [name, fn, target] of CASES) {
  const first = fn()
  if (first && first.ok === false) throw new Error(`${name} failed: ${JSON.stringify(first)}`)
  for (let i = 0; i < 200; i++) fn() // warm-up so the JIT has compiled the hot path
  let calls = 0
  const start = performance.now()
  while (performance.now() - start < budgetMs) {
    for (let i = 0; i < 50; i++) fn()
    calls += 50
  }
  const us = ((performance.now() - start) * 1000) / calls
  console.log(`| ${name} | ${us.toFixed(us < 10 ? 2 : 1)} | ${calls} |`)
  if (target && us > TARGET_US[target]) missed.push(`${name.trim()}: ${us.toFixed(2)} µs > ${TARGET_US[target]} µs`)
}
// The first diagnosis of an isolate compiles the rules. V8 keeps compiled code and regular expressions per
// isolate, so each measurement is a fresh Node process: it loads a bundle of the engine, parses the rule set from
// JSON as the Worker's lazy module does, and times that parse plus the first diagnose(), with the word index
// precomputed (what the Worker's module carries) and without it (the engine analyses every pattern itself),
// alternating. BENCH_FIRST_ROUNDS processes of each (default 9); the medians are printed.
const FIRST_ROUNDS = Number(process.env.BENCH_FIRST_ROUNDS ?? 9)
const firstDir = mkdtempSync(join(tmpdir(), 'scc-first-diagnosis-'))
const firstScript = async (withIndex) => {
  const set = JSON.stringify(withIndex ? { ...core.RULE_SET, patternIndex: core.buildPatternIndex(core.RULE_SET) } : core.RULE_SET)
  const { outputFiles } = await build({
    stdin: {
      contents: `import { useRuleSet } from './worker/core/rule-set.ts'; import { diagnose } from './worker/core/diagnose.ts'
        const start = performance.now()
        useRuleSet(JSON.parse(${JSON.stringify(set)}))
        const d = diagnose({ basic: '550', enhanced: '5.1.1', text: 'Recipient address rejected: User unknown in local recipient table' })
        if (d.reason !== 'user-unknown') throw new Error('first diagnosis: ' + d.reason)
        console.log(performance.now() - start)`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  })
  const file = join(firstDir, withIndex ? 'with-index.mjs' : 'without-index.mjs')
  writeFileSync(file, outputFiles[0].text)
  return file
}
const firstFiles = { with: await firstScript(true), without: await firstScript(false) }
const firsts = { with: [], without: [] }
for (let round = 0; round < FIRST_ROUNDS; round++)
  for (const kind of ['with', 'without']) firsts[kind].push(Number(execFileSync(process.execPath, [firstFiles[kind]], { encoding: 'utf8' })))
rmSync(firstDir, { recursive: true, force: true })
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
console.log(`\nfirst diagnosis in a fresh process (rule set JSON parse, compile, one reply), median of ${FIRST_ROUNDS}:`)
console.log('| rule set | ms |')
console.log('|---|---:|')
console.log(`| word index precomputed (the Worker's module) | ${median(firsts.with).toFixed(1)} |`)
console.log(`| word index computed on first use | ${median(firsts.without).toFixed(1)} |`)

if (missed.length) {
  console.error(`diagnosis targets missed:\n${missed.join('\n')}`)
  process.exitCode = 1
}
