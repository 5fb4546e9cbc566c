// The README quotes the catalog's size, the limits, the throttle, the languages and the routes; this keeps the quotes
// true. (Sizes of the build: test/node/built-worker.test.ts; benchmark figures are quoted with their command and date.)
import { describe, expect, it } from 'vitest'
import readme from '../../README.md?raw'
import wranglerToml from '../../wrangler.toml?raw'
import widgetStyles from '../../widget/styles.ts?raw'
import widgetClient from '../../widget/api-client.ts?raw'
import cliReport from '../../cli/report.ts?raw'
import loadTest from '../../scripts/load-test.mjs?raw'
import { FIXED_SEED } from '../fuzz/seed.ts'
import { MAX_DIAGNOSE_TEXT } from '../../worker/core/diagnose.ts'
import { LOCALES, FULL_CONTENT_LOCALES } from '../../data/i18n/locales.ts'
import { MAX_REPEAT } from '../../data/diagnosis/pattern.ts'
import { BATCH_MAX, EXPLAIN_MAX_BYTES, EXPLAIN_RATE, MATRIX_MAX, MATRIX_MIN, PASTE_MAX_BYTES, SHORT_REPLY_MAX } from '../../worker/api/limits.ts'
import { API_ROUTES } from '../../worker/api/routes.ts'
import { MAX_MESSAGE_LINES, MAX_MIME_PARTS, MIME_LIMITS } from '../../worker/core/bounce-parser.ts'
import { MAX_LISTED_RECIPIENTS } from '../../worker/core/explain-paste.ts'
import { API_CACHE, CLIENT_ERROR_CACHE, PAGE_CACHE } from '../../worker/http/cache-policy.ts'
import { pages } from '../../worker/routes/pages/index.ts'
import { catalogCounts } from '../../data/validate.ts'
import { EN_DIAGNOSIS } from '../../data/diagnosis/i18n/en.ts'
import { REASONS } from '../../data/diagnosis/reasons.ts'
import { diagnosisCounts } from '../../data/diagnosis/validate.ts'

it('quotes the catalog counts the data has', () => {
  const c = catalogCounts()
  expect(readme).toContain(`${c.basicCodes} basic reply codes`)
  expect(readme).toContain(`${c.enhancedCodes} enhanced status codes`)
  expect(readme).toContain(`${c.confusablePairs} curated pairs`)
  expect(readme).toContain(`lists exactly these ${c.basicCodes + c.enhancedCodes} entries`)
  expect(readme).toContain(`${c.basicCodesWithContexts} codes, ${c.basicContexts} contexts`)
})

it('quotes the diagnosis counts the data has, and a real example for every reason', () => {
  const c = diagnosisCounts()
  expect(readme).toContain(
    `${c.rules} diagnosis rules (${c.genericRules} generic, ${c.providerRules} provider rules), ${c.providers} providers and blocklists, ${c.unregisteredCodes} codes in no RFC`,
  )
  for (const r of REASONS)
    expect(readme, r.id).toContain(`| \`${r.id}\` | ${EN_DIAGNOSIS.reasons[r.id].summary} | ${r.actor} | \`${r.example.replace(/\|/g, '\\|')}\` |`)
})

describe('the figures README quotes from code and configuration', () => {
  it('the throttle: wrangler.toml, the code and README agree', () => {
    // Every environment declares its own binding (bindings are not inherited), each with the code's figures.
    const limiters = [
      ...wranglerToml.matchAll(/\[\[(?:env\.(\w+)\.)?ratelimits\]\]\s*name = "EXPLAIN_LIMITER"[^[]*?simple = \{ limit = (\d+), period = (\d+) \}/g),
    ]
    expect(limiters.map((m) => m[1] ?? 'top level')).toEqual(['top level', 'staging', 'production'])
    for (const m of limiters) expect({ limit: Number(m[2]), period: Number(m[3]) }, m[1]).toEqual(EXPLAIN_RATE)
    const { limit, period } = EXPLAIN_RATE
    expect(readme).toContain(`${limit} requests per ${period} seconds`)
    expect(readme).toContain(`\`Retry-After: ${period}\``)
    expect(readme).toContain(`\`RateLimit-Policy: "explain";q=${limit};w=${period}\``)
    expect(readme).toContain(`\`RateLimit: "explain";r=0;t=${period}\``)
    expect(readme).toContain(`\`GET /v1/explain\` with a reply over ${SHORT_REPLY_MAX} characters`)
  })

  it('the body and parsing limits', () => {
    const kib = (n: number) => `${n / 1024} KiB`
    expect(readme).toContain(`413 body over ${kib(PASTE_MAX_BYTES)} (or one reply over ${kib(EXPLAIN_MAX_BYTES)})`)
    expect(readme).toContain(`Body: \`text/plain\` or \`{"reply": "…"}\`, at most ${kib(EXPLAIN_MAX_BYTES)}`)
    expect(readme).toContain(
      `At most ${kib(PASTE_MAX_BYTES)} (one reply keeps its ${kib(EXPLAIN_MAX_BYTES)}), at most ${MAX_LISTED_RECIPIENTS} recipients listed`,
    )
    expect(readme).toContain(
      `nesting past ${MIME_LIMITS.maxNestingDepth} levels, header fields over ${kib(MIME_LIMITS.maxHeadersSize)}, more than ${MAX_MIME_PARTS} parts or ${MAX_MESSAGE_LINES} lines`,
    )
    expect(readme).toContain(`up to ${BATCH_MAX} lookups/comparisons`)
    expect(readme).toContain(`${MATRIX_MIN}-${MATRIX_MAX} codes: every pair`)
    expect(readme).toContain(`bounded repeats up to \`{0,${MAX_REPEAT}}\``)
  })

  it('the cache policies', () => {
    expect(readme).toContain(`\`Cache-Control: ${API_CACHE.replace('s-maxage=86400, ', 's-maxage=86400,\n')}\``)
    expect(readme).toContain(`(\`${CLIENT_ERROR_CACHE}\`)`)
    expect(readme).toContain(`Pages carry \`${PAGE_CACHE}\``)
  })

  it('the languages', () => {
    const list = `${LOCALES.slice(0, -1).join(', ')} and ${LOCALES.at(-1)}`
    expect(readme.replace(/\s+/g, ' ')).toContain(`UI labels exist in ${list} (\`data/i18n/\`)`)
    const names = { en: 'English', vi: 'Vietnamese' } as Record<string, string>
    expect(FULL_CONTENT_LOCALES.every((l) => names[l])).toBe(true)
    expect(readme).toContain(`catalog prose in ${FULL_CONTENT_LOCALES.map((l) => names[l]).join(' and ')}, other languages fall back`)
  })

  it('the small figures of the widget, the CLI, the diagnosis, the fuzz and the load test', () => {
    const flat = readme.replace(/\s+/g, ' ')
    expect(flat).toContain(`one \`/v1/batch\` request of up to ${/const BATCH_MAX = (\d+)/.exec(widgetClient)![1]} items`)
    expect(Number(/const BATCH_MAX = (\d+)/.exec(widgetClient)![1])).toBe(BATCH_MAX)
    expect(flat).toContain(`progress line goes to stderr for inputs over ${Number(/const PROGRESS_MIN_BYTES = (\d+) << 20/.exec(cliReport)![1])} MB`)
    expect(flat).toContain(`reads at most the first ${MAX_DIAGNOSE_TEXT / 1024} KiB of the words`)
    expect(flat).toContain(`fixed seed ${FIXED_SEED} plus one random seed`)
    const mix = /const MIX = \[([\s\S]*?)\n\]/.exec(loadTest)![1]!.match(/\{ method: /g)!.length
    expect(flat).toContain(`${mix} routes mixed at 50 connections`)
  })

  it("the widget's derived colours", () => {
    const mixes = [...widgetStyles.matchAll(/var\(--(scc-muted|scc-border), color-mix\(in srgb, var\(--_fg\) (\d+)%/g)]
    expect(mixes.length).toBe(2)
    for (const [, prop, pct] of mixes) expect(readme, prop).toMatch(new RegExp(`\\| \`--${prop}\` \\|[^\\n]*\\| ${pct} % of \`--scc-fg\``))
  })
})

/** README's table that follows `heading`, as its first column's cells. */
function tableAfter(heading: string): string[] {
  const at = readme.indexOf(heading)
  expect(at, heading).toBeGreaterThan(-1)
  const rows = readme
    .slice(at)
    .split('\n\n')
    .find((block) => block.startsWith('| '))!
    .split('\n')
    .slice(2)
  return rows.map((r) => r.split(' | ')[0]!.slice(2))
}
/** A route path as README writes it: `:code` becomes `{…}` (README names the parameter as it likes). */
const asReadme = (path: string, method = '') =>
  new RegExp(`\`${method}${path.replace(/[.?]/g, '\\$&').replace(/:\w+/g, '\\{[^`]+\\}')}(\\?[^\`]*)?\``)

describe('the route tables', () => {
  it('the API table lists every declared route and nothing else', () => {
    const cells = tableAfter('| endpoint | answers |').join('\n')
    for (const r of API_ROUTES) expect(cells, `${r.method} ${r.path}`).toMatch(asReadme(r.path, `${r.method.toUpperCase()} `))
    const listed = [...cells.matchAll(/(GET|POST) (\/[^`?]*)/g)].map((m) => `${m[1]} ${m[2]!.replace(/\{\w+\}/g, ':p')}`)
    const declared = new Set([...API_ROUTES.map((r) => `${r.method.toUpperCase()} ${r.path.replace(/:\w+/g, ':p')}`), 'GET /openapi.json'])
    for (const l of listed) expect(declared, l).toContain(l)
  })

  it('the pages table lists every page route', () => {
    const cells = tableAfter('| path | page |').join('\n')
    const paths = new Set(
      pages.routes
        .filter((r) => r.method === 'GET' && !r.path.includes(':lang') && !r.path.includes(':file'))
        .map((r) => (r.path.length > 1 ? r.path.replace(/\/$/, '') : r.path)),
    )
    expect(paths.size).toBeGreaterThan(8)
    for (const p of paths) expect(cells, p).toMatch(asReadme(p))
  })
})
