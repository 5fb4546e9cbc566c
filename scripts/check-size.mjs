// Size budgets, run after `wrangler deploy --dry-run --outdir dist`: the Worker's entry module (parsed by every
// cold isolate), the whole upload (the entry plus the language packs loaded on first use) and the widget script
// (a static asset loaded by every page that embeds it). Prints each and exits 1 over budget.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const KB = 1024
const BUDGETS = { entry: 150 * KB, upload: 1024 * KB, widget: 12 * KB }
const dist = process.argv[2] ?? 'dist'

const gz = (buf) => gzipSync(buf, { level: 9 }).length
const kb = (n) => `${(n / KB).toFixed(1)} KB`

function workerModules() {
  if (!existsSync(dist)) throw new Error(`${dist}/ not found; run \`wrangler deploy --dry-run --outdir ${dist}\` first`)
  // Wrangler names the entry after main (index.js) and writes the additional modules beside it.
  const files = readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => /\.(m?js|wasm|txt|bin)$/.test(f))
  if (!files.includes('index.js')) throw new Error(`no index.js in ${dist}/`)
  return files.map((f) => ({ name: f, buf: readFileSync(join(dist, f)) }))
}

// The widget and the other static files are served from assets/ (Workers Static Assets), outside the Worker.
const asset = (f) => readFileSync(join('assets', f))
const assetFiles = readdirSync('assets').filter((f) => !f.startsWith('_'))

const modules = workerModules()
const entry = modules.find((m) => m.name === 'index.js')
const rows = [
  ['Worker entry module', entry.buf.length, gz(entry.buf), BUDGETS.entry],
  // Each module is compressed on its own, as it is stored and loaded.
  [
    `Worker upload (${modules.length} modules)`,
    modules.reduce((n, m) => n + m.buf.length, 0),
    modules.reduce((n, m) => n + gz(m.buf), 0),
    BUDGETS.upload,
  ],
  ['/widget.js (static asset)', asset('widget.js').length, gz(asset('widget.js')), BUDGETS.widget],
]
let failed = false
console.log(`${'asset'.padEnd(30)} ${'raw'.padEnd(10)} ${'gzip'.padEnd(10)} ${'budget(gzip)'.padEnd(13)} result`)
for (const [name, raw, size, budget] of rows) {
  const ok = size <= budget
  failed ||= !ok
  console.log(`${name.padEnd(30)} ${kb(raw).padEnd(10)} ${kb(size).padEnd(10)} ${kb(budget).padEnd(13)} ${ok ? 'PASS' : 'FAIL'}`)
}
for (const m of modules.filter((m) => m !== entry)) console.log(`  ${m.name}: ${kb(m.buf.length)} raw, ${kb(gz(m.buf))} gzip, loaded on first use`)
const assetsRaw = assetFiles.reduce((n, f) => n + asset(f).length, 0)
console.log(`static assets: ${assetFiles.length} files, ${kb(assetsRaw)} raw (served without the Worker)`)
process.exit(failed ? 1 : 0)
