// Size budgets, run after `wrangler deploy --dry-run --outdir dist`: the Worker bundle and the widget script
// must stay small enough to load fast on a cold isolate and on a reader's page. Exits 1 over budget.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const KB = 1024
const BUDGETS = { worker: 150 * KB, widget: 12 * KB }
const dist = process.argv[2] ?? 'dist'

const gz = (buf) => gzipSync(buf, { level: 9 }).length
const kb = (n) => `${(n / KB).toFixed(1)} KB`

function workerBundle() {
  if (!existsSync(dist)) throw new Error(`${dist}/ not found; run \`wrangler deploy --dry-run --outdir ${dist}\` first`)
  // Wrangler names the entry after main (index.js); count every emitted module, since all of them ship.
  const files = readdirSync(dist, { recursive: true }).filter((f) => /\.(m?js|wasm)$/.test(String(f)) && !String(f).endsWith('.map'))
  if (files.length === 0) throw new Error(`no JavaScript modules in ${dist}/`)
  return Buffer.concat(files.map((f) => readFileSync(join(dist, String(f)))))
}

// The widget is served from a string embedded in the Worker; reading it from the generated module measures exactly
// the bytes /widget.js sends.
function widgetBundle() {
  const source = readFileSync('worker/generated/widget-bundle.ts', 'utf8')
  const match = /^export const WIDGET_CODE = (".*")$/m.exec(source)
  if (!match) throw new Error('WIDGET_CODE not found in worker/generated/widget-bundle.ts; run npm run build:widget')
  return Buffer.from(JSON.parse(match[1]), 'utf8')
}

const rows = [
  ['Worker bundle', workerBundle(), BUDGETS.worker],
  ['/widget.js', widgetBundle(), BUDGETS.widget],
]
let failed = false
console.log('asset            raw        gzip       budget(gzip)  result')
for (const [name, buf, budget] of rows) {
  const size = gz(buf)
  const ok = size <= budget
  failed ||= !ok
  console.log(`${name.padEnd(16)} ${kb(buf.length).padEnd(10)} ${kb(size).padEnd(10)} ${kb(budget).padEnd(13)} ${ok ? 'PASS' : 'FAIL'}`)
}
process.exit(failed ? 1 : 0)
