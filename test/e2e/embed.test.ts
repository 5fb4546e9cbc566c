import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { WIDGET_LABELS } from '../../data/i18n/widget-labels.all.ts'
import { LOCALES } from '../../data/i18n/locales.ts'
import { startHost } from './servers.ts'
import { root, workerAndBrowser } from './worker-and-browser.ts'

const started = workerAndBrowser()

/** Relative module specifiers in a script ("./widget-vi-ABC.js"). */
const importsIn = (code: string) => [...code.matchAll(/["'](\.\/widget-[^"']+\.js)["']/g)].map((m) => m[1]!.slice(1))
const at = (path: string, init?: RequestInit) => fetch(`${started.worker.url}${path}`, init)

// The widget, /demo, the stylesheet and /openapi.json are Workers Static Assets (assets/, headers from
// assets/_headers): only wrangler dev serves them as production does, so their HTTP behaviour is checked here.
describe('static assets', () => {
  it('serves /widget.js for cross-origin embedding with short cache, ETag and 304, and a hashed immutable twin', async () => {
    const res = await at('/widget.js')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('public, max-age=300')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    const tag = res.headers.get('etag')!
    expect(tag).toMatch(/^"[0-9a-f]+"$/)
    const body = await res.text()
    expect(body).toContain('smtp-code-compare')
    const again = await at('/widget.js', { headers: { 'If-None-Match': tag } })
    expect(again.status).toBe(304)
    expect(again.headers.get('access-control-allow-origin')).toBe('*')
    expect(again.headers.get('cache-control')).toBe('public, max-age=300')
    // The demo page loads the hashed twin: the same bytes, cached forever.
    const hashedPath = /src="(\/widget\.[0-9a-f]{12}\.js)"/.exec(await (await at('/demo')).text())![1]!
    const hashed = await at(hashedPath)
    expect(hashed.status).toBe(200)
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(await hashed.text()).toBe(body)
    expect((await at('/widget.000000000000.js')).status).toBe(404)
  })

  it('serves every label chunk /widget.js imports, each language only in its own chunk, cross-origin and immutable', async () => {
    const entryCode = await (await at('/widget.js')).text()
    const chunks = [...new Set(importsIn(entryCode))]
    // One chunk per language other than English, plus esbuild's runtime for the import by language.
    expect(chunks.filter((c) => /^\/widget-[a-z]{2}-/.test(c)).length).toBe(LOCALES.length - 1)
    expect(entryCode).toContain(WIDGET_LABELS.en.details)
    expect(entryCode).not.toContain(WIDGET_LABELS.vi.timeline)
    for (const path of chunks) {
      const res = await at(path)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('content-type'), path).toBe('text/javascript; charset=utf-8')
      expect(res.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable')
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*')
      const lang = /^\/widget-([a-z]{2})-/.exec(path)?.[1] as keyof typeof WIDGET_LABELS | undefined
      if (!lang) continue
      const code = await res.text()
      expect(code, lang).toContain(WIDGET_LABELS[lang].timeline)
      expect(code, lang).not.toContain(WIDGET_LABELS.en.timeline)
    }
    for (const path of ['/widget-vi-AAAAAAAA.js', '/widget-xx-ZZZZ1234.js', '/widget-chunk-NOPE0000.js', '/widget-constructor-A.js'])
      expect((await at(path)).status, path).toBe(404)
  })

  it('serves /openapi.json, /demo and the stylesheet with the headers the Worker would send', async () => {
    const doc = await at('/openapi.json', { headers: { Origin: 'https://docs.example' } })
    expect(doc.status).toBe(200)
    expect(doc.headers.get('content-type')).toMatch(/^application\/json/)
    expect(doc.headers.get('cache-control')).toBe('public, max-age=300, s-maxage=86400, stale-while-revalidate=604800')
    expect(doc.headers.get('access-control-allow-origin')).toBe('*')
    expect(((await doc.json()) as { openapi: string }).openapi).toBe('3.1.0')
    const demo = await at('/demo')
    expect(demo.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(demo.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(demo.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    const page = await (await at('/codes/535')).text()
    const css = /href="(\/styles\.[0-9a-f]+\.css)"/.exec(page)![1]!
    const style = await at(css)
    expect(style.status).toBe(200)
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect(style.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(await style.text()).toContain('prefers-color-scheme:dark')
    // A page cached from an earlier deploy names an older stylesheet: it is sent to the current one.
    const old = await at('/styles.0123456789abcdef.css', { redirect: 'manual' })
    expect(old.status).toBe(301)
    expect(old.headers.get('location')).toBe(css)
  })

  it('refuses writes to static files', async () => {
    for (const path of ['/widget.js', '/demo.css', '/openapi.json']) {
      const res = await at(path, { method: 'POST', body: 'x' })
      expect(res.status, path).toBe(405)
      expect(res.headers.get('allow'), path).toBe('GET, HEAD')
    }
  })
})

/** The host-page policy the README documents, for a widget served from `origin`, under default-src 'none'. */
function documentedPolicy(origin: string): string {
  const readme = readFileSync(`${root}/README.md`, 'utf8')
  const line = /^Content-Security-Policy: (.+)$/m.exec(readme)
  if (!line) throw new Error('README no longer documents the host page policy')
  return `default-src 'none'; ${line[1]!.replaceAll('https://YOUR-WORKER', origin)}`
}

it('renders real cards on a page from another origin under exactly the CSP the README documents', async () => {
  const host = await startHost(
    `<!doctype html><html lang="en"><body>
      <script type="module" src="${started.worker.url}/widget.js"></script>
      <smtp-code-compare a="252" b="535"><a href="${started.worker.url}/compare/252-vs-535">252 vs 535</a></smtp-code-compare>
      <smtp-code code="535 5.7.8" lang="vi"></smtp-code>
      <smtp-code id="ru" code="550" lang="ru"></smtp-code>
    </body></html>`,
    started.worker.url,
    documentedPolicy(started.worker.url),
  )
  try {
    const page = await started.browser.newPage()
    // Init scripts run outside the page's CSP, so this listener sees every violation the widget would cause.
    await page.addInitScript(() => {
      ;(window as unknown as { violations: string[] }).violations = []
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      )
    })
    const requests: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    await page.goto(host.url)
    const card = page.locator('smtp-code-compare [part~=card]')
    await card.waitFor({ timeout: 15_000 })
    const headings = await page.locator('smtp-code-compare [role=heading]').allTextContents()
    expect(headings.map((h) => h.replace(/\s+/g, ' ').trim().split(' ')[0])).toEqual(['252', '535'])
    expect(await page.locator('smtp-code-compare [part~=badge]').count()).toBe(2)
    expect(await page.locator('smtp-code-compare table tbody th[scope=row]').count()).toBeGreaterThan(2)
    expect((await page.locator('smtp-code-compare [part~=summary]').textContent())!.length).toBeGreaterThan(10)
    // The Lit styles applied despite style-src: adopted stylesheets, not inline <style>.
    expect(await card.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid')
    await page.locator('smtp-code[lang=vi] [part~=card]').waitFor({ timeout: 15_000 })
    expect(await page.locator('smtp-code[lang=vi] summary').textContent()).toBe('Chi tiết')
    // The badge names the class in the card's language, from the same table as the pages.
    await page.locator('smtp-code#ru [part~=badge]').waitFor({ timeout: 15_000 })
    expect(await page.locator('smtp-code#ru [part~=badge]').first().textContent()).toContain('Постоянное отрицательное завершение')
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([])
    // Both cards came from the API origin (batched or single), never the host.
    const api = requests.filter((u) => u.includes('/v1/'))
    expect(api.length).toBeGreaterThan(0)
    expect(api.every((u) => u.startsWith(started.worker.url))).toBe(true)
    await page.close()
  } finally {
    await host.stop()
  }
})

it("shows a reply's diagnosis from the real Worker: POSTed without its address, no-store, under the documented CSP", async () => {
  const reply = '550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus (to <jane.doe@example.com>)'
  const host = await startHost(
    `<!doctype html><html lang="en"><body>
      <script type="module" src="${started.worker.url}/widget.js"></script>
      <smtp-code reply="${reply.replaceAll('<', '&lt;')}"></smtp-code>
      <smtp-code id="vi" lang="vi" reply="452 4.2.2 The email account that you tried to reach is over quota."></smtp-code>
    </body></html>`,
    started.worker.url,
    documentedPolicy(started.worker.url),
  )
  try {
    const page = await started.browser.newPage()
    await page.addInitScript(() => {
      ;(window as unknown as { violations: string[] }).violations = []
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      )
    })
    const posts: Array<{ url: string; method: string; body: string | null; type: string | undefined }> = []
    const answers: Array<Record<string, string>> = []
    page.on(
      'request',
      (r) => r.url().includes('/v1/') && posts.push({ url: r.url(), method: r.method(), body: r.postData(), type: r.headers()['content-type'] }),
    )
    page.on('response', (r) => r.url().includes('/v1/explain') && answers.push(r.headers()))
    await page.goto(host.url)
    const card = page.locator('smtp-code:not(#vi) article[part~=reply]')
    await card.waitFor({ timeout: 15_000 })
    expect(await card.getAttribute('data-reason')).toBe('blocklisted')
    expect(await card.locator('[role=heading]').first().textContent()).toMatch(/^Why it failed: /)
    expect(await card.locator('mark').textContent()).toBe('blocked using Spamhaus')
    expect(await card.locator('blockquote').textContent()).toContain('(to <…@example.com>)')
    expect(await card.locator('[part~=facts] a').getAttribute('href')).toBe('https://www.spamhaus.org/')
    expect(await card.locator('ol[part~=steps] li').count()).toBeGreaterThan(1)
    // The card's own sheet applied (adopted, so the host's style-src is not involved).
    expect(await card.locator('mark').evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)')
    const vi = page.locator('smtp-code#vi article[part~=reply]')
    await vi.waitFor({ timeout: 15_000 })
    expect(await vi.locator('[role=heading]').first().textContent()).toMatch(/^Vì sao thất bại: /)
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([])
    // Two POSTs of text/plain to the API's origin; the replies are in the bodies (without the local part), not the URLs.
    expect(posts.map((p) => [p.method, new URL(p.url).pathname + new URL(p.url).search]).sort()).toEqual([
      ['POST', '/v1/explain?lang=en'],
      ['POST', '/v1/explain?lang=vi'],
    ])
    expect(posts.every((p) => p.url.startsWith(started.worker.url) && p.type?.startsWith('text/plain'))).toBe(true)
    expect(posts.find((p) => p.url.endsWith('lang=en'))!.body).toBe(reply.replace('jane.doe@', '…@'))
    for (const h of answers) {
      expect(h['cache-control']).toBe('no-store')
      expect(h['access-control-allow-origin']).toBe('*')
    }
    expect(answers).toHaveLength(2)
    await page.close()
  } finally {
    await host.stop()
  }
})

it('links /demo back to the site and its API documents, and every link and file it names resolves', async () => {
  const html = await (await at('/demo')).text()
  const nav = html.slice(html.indexOf('<nav'), html.indexOf('</nav>'))
  expect(nav).toContain('<a href="/">')
  expect(nav).toContain('<a href="/openapi.json">API reference (OpenAPI 3.1)</a>')
  const refs = [...html.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((m) => m[1]!)
  expect(refs.length).toBeGreaterThan(8)
  const broken: string[] = []
  for (const ref of new Set(refs)) {
    const url = new URL(ref, `${started.worker.url}/demo`)
    expect(url.origin, ref).toBe(started.worker.url)
    let res = await at(url.pathname + url.search, { redirect: 'manual' })
    if (res.status === 301) res = await at(new URL(res.headers.get('location')!, started.worker.url).pathname, { redirect: 'manual' })
    if (res.status !== 200) broken.push(`${ref} → ${res.status}`)
  }
  expect(broken).toEqual([])
})

it('serves /demo whose snippet builder works under the site CSP and copies the snippet', async () => {
  const context = await started.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.goto(`${started.worker.url}/demo`)
  await page.locator('#preview smtp-code-compare [part~=card], #preview smtp-code-compare [role=alert]').waitFor({ timeout: 15_000 })
  await page.fill('input[name=a]', '450')
  await page.fill('input[name=b]', '<b>x</b>')
  await page.click('button[type=submit]')
  const snippet = await page.locator('#snippet').textContent()
  expect(snippet).toContain(`<script type="module" src="${started.worker.url}/widget.js"></script>`)
  expect(snippet).toContain('<smtp-code-compare a="450" b="&lt;b>x&lt;/b>">')
  expect(await page.locator('#preview smtp-code-compare').getAttribute('b')).toBe('<b>x</b>')
  expect(await page.locator('#preview b').count()).toBe(0)
  expect(await page.locator('main > .grid smtp-code-compare').count()).toBe(3)
  expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([])
  await page.click('#copy')
  await page.locator('#copied', { hasText: 'Copied.' }).waitFor()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet)
  await context.close()
})
