// Builds /widget.js: bundles widget/index.ts with Lit (production build), splits each non-English label set into
// its own chunk (/widget-<lang>-<hash>.js, fetched only by pages in that language), and writes them with a hashed
// twin of the entry (/widget.<hash>.js) and the /demo page's files into assets/, which Workers Static Assets serve
// without invoking the Worker. Refreshes custom-elements.json, and fails when the entry grows past its gzip budget.
import { build } from 'esbuild'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { execFileSync } from 'node:child_process'
import { BROWSER_MODULE_BUILD } from './browser-module-build.mjs'

const BUDGET = 12 * 1024
const root = new URL('..', import.meta.url).pathname

/** esbuild leaves the text of Lit's css`` templates alone; squeezing their whitespace is worth ~200 bytes gzipped. */
function minifyCss() {
  return {
    name: 'minify-css-templates',
    setup(b) {
      b.onLoad({ filter: /widget[\\/]styles\.ts$/ }, (args) => {
        const src = readFileSync(args.path, 'utf8')
        const contents = src.replace(
          /css`([^`]*)`/g,
          (_, body) =>
            `css\`${body
              .replace(/\s+/g, ' ')
              .replace(/\s*([{};,>])\s*/g, '$1')
              .replace(/:\s+/g, ':')
              .replace(/;}/g, '}')
              .trim()}\``,
        )
        return { contents, loader: 'ts' }
      })
    },
  }
}

const result = await build({
  ...BROWSER_MODULE_BUILD,
  entryPoints: [`${root}widget/index.ts`],
  // Chunks are imported relative to the entry, which is served from the site root as /widget.js and
  // /widget.<hash>.js; their names carry a content hash, so they can be cached forever.
  outdir: `${root}dist-widget`,
  entryNames: 'widget',
  chunkNames: 'widget-[name]-[hash]',
  // Lit's "development" export condition adds warnings and checks; the production build leaves them out.
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins: [minifyCss()],
})
const fileName = (f) => f.path.slice(f.path.lastIndexOf('/') + 1)
const entry = result.outputFiles.find((f) => fileName(f) === 'widget.js')
const chunks = result.outputFiles.filter((f) => f !== entry)
// Label modules are named after their language (widget labels, diagnosis labels, API phrases and the latter's
// shared helpers and types), the reply card after its module, plus esbuild's small runtime for the import by
// language ("chunk", 100 bytes, the one chunk the entry imports statically). Code the entry shared with the reply
// card (Lit, card-base) would leave /widget.js for a chunk of its own, outside the budget and one request later.
const CHUNK = /^widget-([a-z]{2}|chunk|reply-card|shared|types)-[A-Z0-9]+\.js$/
const unexpected = chunks.map(fileName).filter((n) => !CHUNK.test(n))
if (unexpected.length) throw new Error(`unexpected widget chunks: ${unexpected.join(', ')}`)
const code = entry.text
const staticImports = [...code.matchAll(/(?:^|[;}])import\s*(?:[\w{*][^;]*?from\s*)?["']([^"']+)["']/g)].map((m) => m[1])
const leaked = staticImports.filter((s) => !/^\.\/widget-chunk-[A-Z0-9]+\.js$/.test(s))
if (leaked.length) throw new Error(`widget.js imports code from chunks: ${leaked.join(', ')}`)
const hash = createHash('sha256').update(code).digest('hex').slice(0, 12)
const gz = gzipSync(code, { level: 9 }).length

// Files of an earlier build go: an old hash must answer 404, never a cached-forever stale file.
const assets = `${root}assets`
mkdirSync(assets, { recursive: true })
for (const f of readdirSync(assets)) if (/^(widget[.-].*\.js|demo\.(html|js|css))$/.test(f)) rmSync(`${assets}/${f}`)
writeFileSync(`${assets}/widget.js`, code)
writeFileSync(`${assets}/widget.${hash}.js`, code)
for (const f of chunks) writeFileSync(`${assets}/${fileName(f)}`, f.text)

if (!process.argv.includes('--no-manifest')) {
  execFileSync(`${root}node_modules/.bin/cem`, ['analyze', '--litelement', '--globs', 'widget/*.ts', '--outdir', '.'], { cwd: root, stdio: 'ignore' })
}

// The demo page loads the hashed entry, so a reader never mixes an old cached entry with new chunks.
const demo = (f) => readFileSync(`${root}widget/demo/${f}`, 'utf8')
writeFileSync(`${assets}/demo.html`, demo('demo.html').replace('%WIDGET_SRC%', `/widget.${hash}.js`))
writeFileSync(`${assets}/demo.js`, demo('demo.js'))
writeFileSync(`${assets}/demo.css`, demo('demo.css'))

const chunkGz = chunks.map((f) => gzipSync(f.text, { level: 9 }).length)
console.log(
  `widget.js: ${code.length} bytes, ${gz} bytes gzipped (budget ${BUDGET}), hash ${hash}; ${chunks.length} lazily loaded chunks, ${Math.min(...chunkGz)}-${Math.max(...chunkGz)} bytes gzipped each`,
)
if (gz > BUDGET) {
  console.error(`widget.js is over budget by ${gz - BUDGET} bytes gzipped`)
  process.exit(1)
}
