// What a newcomer clicking around finds: every internal link on every page, in English and Vietnamese, leads
// somewhere (200, or a 301 to a 200), and every code the API lists or relates can be looked up and compared.
import { describe, expect, it } from 'vitest'
import { corpusText } from '../corpus/loopback.ts'
import { get, json, send } from '../support/fetch.ts'

const ORIGIN = 'https://smtp.example'
const CRAWLED = /^\/(?:vi\/|vi$)?/ // English pages have no prefix, Vietnamese ones /vi/
const OTHER_LANGUAGE = /^\/(?:ru|fr|pt|tr|es|de|ja|zh|ko|id)(?:\/|$)/
// Static assets (stylesheet, widget, demo, OpenAPI document) are served by Workers Static Assets without the Worker,
// so workerd here has none; test/e2e checks them against wrangler dev.
const STATIC_ASSET = /^\/(?:[\w.-]+\.(?:css|js)|demo|openapi\.json)$/

/** The path a link leads to once it has followed at most one 301. */
async function follow(path: string): Promise<{ status: string; html?: string }> {
  const res = await send(path, { redirect: 'manual' })
  if (res.status === 301) {
    const next = new URL(res.headers.get('Location')!, ORIGIN)
    const final = await send(next.pathname + next.search, { redirect: 'manual' })
    return { status: `301→${final.status}`, html: final.status === 200 ? await final.text() : undefined }
  }
  const type = res.headers.get('Content-Type') ?? ''
  return { status: String(res.status), html: res.status === 200 && type.startsWith('text/html') ? await res.text() : undefined }
}

function internalLinks(html: string): string[] {
  const out: string[] = []
  for (const m of html.matchAll(/\bhref="([^"]*)"/g)) {
    const href = m[1]!.replace(/&amp;/g, '&')
    const url = new URL(href, ORIGIN + '/')
    if (url.origin === ORIGIN && !STATIC_ASSET.test(url.pathname)) out.push(url.pathname + url.search)
  }
  return out
}

describe('internal links', () => {
  it('every link on every English and Vietnamese page answers 200 or 301 to 200', { timeout: 120_000 }, async () => {
    const sitemap = await (await get('/sitemap.xml')).text()
    const starts = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname).filter((p) => !OTHER_LANGUAGE.test(p))
    const queue = ['/', '/vi/', '/problems', '/vi/problems', ...starts]
    const seen = new Map<string, string>()
    const from = new Map<string, string>()
    const broken: string[] = []
    while (queue.length) {
      const path = queue.shift()!
      if (seen.has(path)) continue
      const { status, html } = await follow(path)
      seen.set(path, status)
      if (status !== '200' && status !== '301→200') broken.push(`${path} → ${status} (linked from ${from.get(path) ?? 'the sitemap'})`)
      // Other languages' pages are checked as link targets but not crawled.
      if (!html || OTHER_LANGUAGE.test(path) || !CRAWLED.test(path)) continue
      for (const link of internalLinks(html)) {
        if (!from.has(link)) from.set(link, path)
        if (!seen.has(link)) queue.push(link)
      }
    }
    expect(broken).toEqual([])
    // The crawl reached the whole site: every code page and every comparison linked from them, in both languages.
    expect([...seen.keys()].filter((p) => p.startsWith('/vi/compare/')).length).toBeGreaterThan(200)
    expect(seen.size).toBeGreaterThan(1000)
  })
})

describe('links on the pages about a paste', () => {
  it('every link of /explain’s answers (a reply, a bounce message, a log), in English and Vietnamese, answers 200 or 301 to 200', {
    timeout: 60_000,
  }, async () => {
    const pastes = [
      '550 5.7.1 <jane@example.com>: Client host [192.0.2.1] blocked using zen.spamhaus.org',
      corpusText('postfix/multi-recipient.eml'),
      corpusText('postfix/mail.log'),
    ]
    const links = new Set<string>()
    for (const prefix of ['', '/vi'])
      for (const reply of pastes) {
        const res = await send(`${prefix}/explain`, { method: 'POST', body: new URLSearchParams({ reply }) })
        expect(res.status).toBe(200)
        for (const link of internalLinks(await res.text())) links.add(link)
      }
    // The answers link the reasons, the codes and the comparisons they name, not just the frame's navigation.
    expect([...links].some((l) => l.startsWith('/vi/reasons/'))).toBe(true)
    expect([...links].some((l) => l.startsWith('/codes/5'))).toBe(true)
    const broken: string[] = []
    for (const link of links) {
      const { status } = await follow(link)
      if (status !== '200' && status !== '301→200') broken.push(`${link} → ${status}`)
    }
    expect(broken).toEqual([])
  })
})

describe('every code the API names', () => {
  it('every code listed by /v1/codes and every related code can be looked up and compared', { timeout: 60_000 }, async () => {
    const list = await json<{ codes: Array<{ code: string }> }>(await get('/v1/codes'))
    const listed = list.codes.map((c) => c.code)
    const related = new Set<string>()
    const failures: string[] = []
    for (const code of listed) {
      const res = await get(`/v1/codes/${encodeURIComponent(code)}`)
      if (res.status !== 200) {
        failures.push(`lookup ${code} → ${res.status}`)
        continue
      }
      for (const entry of (await json<{ entries: Array<{ related: string[]; pairings: string[] }> }>(res)).entries)
        for (const r of [...entry.related, ...entry.pairings]) related.add(r)
      const cmp = await get(`/v1/compare/${encodeURIComponent(code)}/550`)
      if (cmp.status !== 200 && code !== '550') failures.push(`compare ${code} 550 → ${cmp.status}`)
    }
    for (const code of related) {
      const lookup = await get(`/v1/codes/${encodeURIComponent(code)}`)
      if (lookup.status !== 200) failures.push(`lookup related ${code} → ${lookup.status}`)
      const cmp = await get(`/v1/compare/535/${encodeURIComponent(code)}`)
      if (cmp.status !== 200) failures.push(`compare 535 ${code} → ${cmp.status}`)
    }
    expect(failures).toEqual([])
    expect(listed).toContain('X.1.1')
    expect(related.size).toBeGreaterThan(50)
  })
})
