// Widget in Chromium: time from connecting <smtp-code-compare> elements to rendered cards, for 1 and for 50 cards,
// with the API answering instantly from a stub (answers recorded from the real Worker first), and how many API
// requests the 50 cards issue. Env: WIDGET_PORT (default 8795), WIDGET_RUNS (default 5; the median is reported).
import { chromium } from 'playwright-core'
import { CHROMIUM_LAUNCH } from '../test/support/chromium.mjs'
import { freePort, startWorker } from './lib.mjs'

const port = process.env.WIDGET_PORT ? Number(process.env.WIDGET_PORT) : await freePort()
const runs = Number(process.env.WIDGET_RUNS ?? 5)
const PAIRS = [
  ['252', '535'],
  ['550', '553'],
  ['421', '450'],
  ['451', '4.7.1'],
  ['535', '5.7.8'],
  ['550', '5.1.1'],
  ['554', '5.7.1'],
  ['452', '552'],
  ['530', '535'],
  ['250', '251'],
]

const server = await startWorker(port)
const browser = await chromium.launch(CHROMIUM_LAUNCH)
const results = []
try {
  const recorded = new Map()
  const page = await browser.newPage()
  let apiRequests = 0
  // The stub: the first time a URL is asked for, fetch it from the Worker; afterwards answer from memory, so the
  // timings measure the widget (parse, batch, render), not the dev server.
  await page.route(`${server.url}/v1/**`, async (route) => {
    apiRequests++
    const url = route.request().url()
    if (!recorded.has(url)) {
      const res = await fetch(url, { headers: { Accept: 'application/json' } })
      recorded.set(url, {
        status: res.status,
        headers: { 'content-type': res.headers.get('content-type') ?? 'application/json', 'access-control-allow-origin': '*' },
        body: await res.text(),
      })
    }
    await route.fulfill(recorded.get(url))
  })
  await page.route(`${server.url}/bench.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><meta charset="utf-8"><script type="module" src="/widget.js"></script><main id="m"></main>`,
    }),
  )
  await page.goto(`${server.url}/bench.html`)
  await page.waitForFunction(() => customElements.get('smtp-code-compare') !== undefined)

  const mount = (count, runTag) =>
    page.evaluate(
      async ({ count, pairs, runTag }) => {
        const main = document.getElementById('m')
        main.replaceChildren()
        const els = []
        const start = performance.now()
        for (let i = 0; i < count; i++) {
          const el = document.createElement('smtp-code-compare')
          const [a, b] = pairs[i % pairs.length]
          el.setAttribute('a', a)
          el.setAttribute('b', b)
          // A per-run language keeps the widget's page-lifetime cache from answering later runs.
          el.setAttribute('lang', runTag)
          // Off-screen cards wait for the viewport by default; eager makes "all 50 rendered" a finite measurement.
          el.setAttribute('eager', '')
          main.append(el)
          els.push(el)
        }
        const rendered = () => els.every((el) => el.shadowRoot?.querySelector('[part~="card"]'))
        while (!rendered()) await new Promise((r) => requestAnimationFrame(r))
        const errors = els.filter((el) => el.shadowRoot.querySelector('[part~="error"]')).length
        return { ms: performance.now() - start, errors }
      },
      { count, pairs: PAIRS, runTag },
    )

  const langs = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'ja', 'zh', 'pl', 'ru', 'sv']
  for (const count of [1, 50]) {
    // First pass per language records the stub's answers; the timed pass reuses the language after a reload so the
    // widget's in-page cache is empty but the stub answers from memory.
    const times = []
    let requests = 0
    let errors = 0
    for (let i = 0; i < runs; i++) {
      const lang = langs[i % langs.length]
      await mount(count, lang) // records answers
      await page.reload()
      await page.waitForFunction(() => customElements.get('smtp-code-compare') !== undefined)
      apiRequests = 0
      const r = await mount(count, lang)
      times.push(r.ms)
      requests = apiRequests
      errors += r.errors
    }
    times.sort((x, y) => x - y)
    results.push({ count, median: times[Math.floor(times.length / 2)], min: times[0], max: times.at(-1), requests, errors })
  }
} finally {
  await browser.close()
  server.stop()
}

console.log(`widget in Chromium (headless), API stubbed from recorded answers, median of ${runs} runs`)
console.log('| cards | connect → all rendered (median ms) | min–max ms | API requests | cards in error |')
console.log('|---:|---:|---:|---:|---:|')
for (const r of results)
  console.log(`| ${r.count} | ${r.median.toFixed(1)} | ${r.min.toFixed(1)}–${r.max.toFixed(1)} | ${r.requests} | ${r.errors} |`)
process.exit(results.some((r) => r.errors) ? 1 : 0)
