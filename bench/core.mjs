// µs per call of the core functions the API and pages share, outside workerd (bundled with esbuild, run in Node),
// so HTTP and runtime overhead are out of the picture. BENCH_CORE_MS sets time per case (default 1000).
import { build } from 'esbuild'

const { outputFiles } = await build({
  stdin: {
    contents: "export { compareCodes, compareMatrix } from './worker/core/compare.ts'; export { explainReply } from './worker/core/explain.ts'; export { lookupCode } from './worker/core/codes.ts'",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'error',
})
const core = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`)

const budgetMs = Number(process.env.BENCH_CORE_MS ?? 1000)
const bounce = [
  'Reporting-MTA: dns; mx.example.net',
  '550-5.1.1 The email account that you tried to reach does not exist. Please try',
  '550-5.1.1 double-checking the recipient\'s email address for typos or',
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
  ['explainReply 64 KiB of noise', ((big) => () => core.explainReply(big))('x'.repeat(64 * 1024 - 20) + ' 421 4.7.0 try later')],
]

console.log(`core functions, Node ${process.version}, ${budgetMs} ms per case`)
console.log('| call | µs/call | calls |')
console.log('|---|---:|---:|')
for (const [name, fn] of CASES) {
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
}
