import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { BASIC_CODES, CONFUSABLE_PAIRS } from '../../worker/core/catalog.ts'
import { comparisonPath } from '../../worker/core/compare.ts'
import postfixBounce from '../core/fixtures/bounces/postfix.eml?raw'
import postfixLog from '../core/fixtures/logs/postfix.txt?raw'

const get = (path: string, headers: Record<string, string> = {}) =>
  exports.default.fetch(new Request(`http://example.com${path}`, { headers, redirect: 'manual' }))
const send = (path: string, init: RequestInit) => exports.default.fetch(new Request(`http://example.com${path}`, { redirect: 'manual', ...init }))

describe('comparison page', () => {
  it('puts the answer first: summary, curated note and differences before the two full entries', async () => {
    const html = await (await get('/compare/252-vs-535')).text()
    const at = (needle: string) => {
      const i = html.indexOf(needle)
      expect(i, needle).toBeGreaterThan(0)
      return i
    }
    const firstCard = at('<article class="code"')
    expect(at('<h2>Summary</h2>')).toBeLessThan(firstCard)
    expect(at('<table>')).toBeLessThan(firstCard)
    const note = ((await (await get('/v1/compare/252/535', { Accept: 'application/json' })).json()) as { note: { text: string } }).note.text
    expect(at(note.slice(0, 40).replace(/'/g, '&#39;'))).toBeLessThan(firstCard)
  })

  it('renders both codes, the differences table and the timeline', async () => {
    const res = await get('/compare/252-vs-535')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
    const html = await res.text()
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('Key differences')
    expect(html).toContain('<th scope="col">252</th>')
    expect(html).toContain('<link rel="canonical" href="http://example.com/compare/252-vs-535"')
    expect(html).toContain('hreflang="x-default"')
    expect(html).toContain('hreflang="vi" href="http://example.com/vi/compare/252-vs-535"')
    expect(html).toContain('class="timeline"')
  })

  it('redirects reversed order and slugs to the canonical URL, keeping the language', async () => {
    const reversed = await get('/compare/535-vs-252')
    expect(reversed.status).toBe(301)
    expect(new URL(reversed.headers.get('Location')!, 'http://example.com').pathname).toBe('/compare/252-vs-535')
    const slug = await get('/vi/compare/252-cannot-verify-user-vs-535-authentication-credentials-invalid')
    expect(slug.status).toBe(301)
    expect(new URL(slug.headers.get('Location')!, 'http://example.com').pathname).toBe('/vi/compare/252-vs-535')
  })

  it('serves every curated pair at its canonical URL', async () => {
    for (const p of CONFUSABLE_PAIRS) {
      const res = await get(comparisonPath(p.a, p.b))
      expect(res.status, `${p.a} vs ${p.b}`).toBe(200)
      const text = (await res.text())
        .replace(/&#39;|&#x27;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
      expect(text, 'the curated note is on the page').toContain(p.note.slice(0, 60))
    }
  })

  it('answers a parseable FAQPage JSON-LD', async () => {
    const html = await (await get('/compare/252-vs-535')).text()
    const m = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)
    expect(JSON.parse(m![1]!)['@type']).toBe('FAQPage')
  })

  it('gives 404 with suggestions for an unassigned code and 400 for garbage', async () => {
    const unknown = await get('/compare/252-vs-599')
    expect(unknown.status).toBe(404)
    expect(await unknown.text()).toContain('/codes/5')
    expect((await get('/compare/banana')).status).toBe(400)
  })
})

describe('code pages', () => {
  it('renders basic, enhanced and combined codes with DefinedTerm JSON-LD', async () => {
    for (const path of ['/codes/535', '/codes/5.7.8', '/codes/535-5.7.8']) {
      const res = await get(path)
      expect(res.status, path).toBe(200)
      expect(await res.text()).toContain('"DefinedTerm"')
    }
  })
  it('says that a well-formed code nobody defined is not a defined code: what its first digit means, the nearest codes, the list', async () => {
    const res = await get('/codes/599')
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
    const html = await res.text()
    expect(html).toContain('<title>599 is not a defined SMTP reply code — SMTP code compare</title>')
    expect(html).toContain('<h1>599 is not a defined SMTP reply code</h1>')
    expect(html).not.toContain('Page not found')
    // The API's detail, word for word.
    const api = (await (await get('/v1/codes/599', { Accept: 'application/json' })).json()) as {
      detail: string
      classInfo: { name: string }
      nearest: string[]
    }
    expect(html).toContain(`<p lang="en">${api.detail}</p>`)
    // The first digit: every class, the one of 599 marked.
    expect(html).toContain('<h2>What the first digit means</h2>')
    expect(html).toContain(`<dt aria-current="true"><span class="c5">5xx</span> <strong>${api.classInfo.name}</strong></dt>`)
    for (const k of ['2xx', '3xx', '4xx']) expect(html).toContain(`<span class="c${k[0]}">${k}</span>`)
    // The nearest defined codes, the same the API names, each a link to its page; then the whole list.
    expect(api.nearest[0]).toBe('556')
    const nearest = html.slice(html.indexOf('<h2>The nearest defined codes</h2>'), html.indexOf('<h2>What the first digit means</h2>'))
    expect([...nearest.matchAll(/<a href="\/codes\/(\d+)">/g)].map((m) => m[1])).toEqual(api.nearest)
    expect(html).toContain('<a href="/codes#basic-5">All codes</a>')
    expect(await (await get('/codes')).text()).toContain('<section id="basic-5">')
  })

  it('lists the suggested codes with their titles in the page language, and marks a title still in English', async () => {
    const unescapeText = (t: string) =>
      t.replace(/&(quot|#39|lt|gt|amp);/g, (_, e: string) => ({ quot: '"', '#39': "'", lt: '<', gt: '>', amp: '&' })[e]!)
    const entryTitle = async (code: string, lang: string) =>
      ((await (await get(`/v1/codes/${code}?lang=${lang}`, { Accept: 'application/json' })).json()) as { entries: Array<{ title: string }> })
        .entries[0]!.title
    const items = (html: string, from: string, to: string) =>
      [...html.slice(html.indexOf(from), html.indexOf(to)).matchAll(/<li><a href="[^"]+">([^<]+)<\/a> — (<span[^>]*>)([^<]*)<\/span><\/li>/g)].map(
        (m) => ({ code: m[1]!, span: m[2]!, title: unescapeText(m[3]!) }),
      )
    // Vietnamese has the catalog's prose: the nearest codes' titles are Vietnamese, with no lang="en".
    const vi = items(await (await get('/vi/codes/599')).text(), '<h2>', '<h2>Ý nghĩa')
    expect(vi.length).toBeGreaterThan(3)
    for (const it of vi) {
      expect(it.title).toBe(await entryTitle(it.code, 'vi'))
      expect(it.title).not.toBe(await entryTitle(it.code, 'en'))
      expect(it.span).toBe('<span>')
    }
    // German has no catalog prose yet: English titles, each marked as English for screen readers and translators.
    const de = items(await (await get('/de/')).text(), '<ul>', '</ul>')
    expect(de.length).toBeGreaterThan(3)
    for (const it of de) {
      expect(it.title).toBe(await entryTitle(it.code, 'en'))
      expect(it.span).toBe('<span lang="en">')
    }
  })

  it('says the same of an enhanced code, in another language, and of an unknown side of a comparison', async () => {
    const vi = await get('/vi/codes/5.9.9')
    expect(vi.status).toBe(404)
    const html = await vi.text()
    expect(html).toContain('<h1>5.9.9 không phải là mã trạng thái mở rộng đã được định nghĩa</h1>')
    expect(html).toContain('<h2>Ý nghĩa của chữ số đầu tiên</h2>')
    expect(html).toContain('<a href="/vi/codes#enhanced-5">Tất cả mã</a>')
    // Enhanced classes are 2, 4 and 5 only; a subject the registry lacks offers the other subjects' X.n.0 codes.
    expect(html).not.toContain('3.x.x')
    expect(html).toContain('href="/vi/codes/5.7.0"')
    const cmp = await get('/de/compare/252-vs-599')
    expect(cmp.status).toBe(404)
    expect(await cmp.text()).toContain('<h1>599 ist kein definierter SMTP-Antwortcode</h1>')
  })

  it('escapes hostile paths and queries', async () => {
    const res = await get('/codes/%3Cscript%3Ealert(1)%3C%2Fscript%3E')
    expect(res.status).toBe(400)
    expect(await res.text()).not.toContain('<script>alert')
    const ex = await get('/explain?reply=' + encodeURIComponent('<img src=x onerror=alert(1)>'))
    expect(ex.status).toBe(400)
    const html = await ex.text()
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })
  it('never answers 500 to odd paths', async () => {
    for (const p of ['/codes/', '/codes/%00', '/compare/-vs-', '/compare/1-vs-2', '/vi/nope', '/codes/' + '9'.repeat(5000), '/compare/535-vs-535']) {
      const res = await get(p)
      expect(res.status, p).toBeLessThan(500)
    }
  })
})

describe('reason pages', () => {
  it('list real replies with their reason on a code page', async () => {
    const html = await (await get('/codes/550')).text()
    expect(html).toContain('class="common-replies"')
    expect(html).toMatch(/User unknown in local recipient table<\/code> → <a href="\/reasons\/user-unknown">/)
    expect(html).toContain('href="/reasons/blocklisted"')
  })

  it('serve one page per reason, localised, listed in the sitemap; an unknown reason is a 404', async () => {
    const en = await get('/reasons/blocklisted')
    expect(en.status).toBe(200)
    const html = await en.text()
    expect(html).toContain('<h1>The sending server is on a blocklist</h1>')
    expect(html).toContain('blocked using zen.spamhaus.org')
    const vi = await (await get('/vi/reasons/mailbox-full')).text()
    expect(vi).toContain('<h1>Hộp thư đã đầy</h1>')
    expect((await get('/reasons/no-such-reason')).status).toBe(404)
    const index = await (await get('/reasons')).text()
    expect(index).toContain('href="/reasons/user-unknown"')
    const sitemap = await (await get('/sitemap.xml')).text()
    expect(sitemap).toContain('/vi/reasons/greylisted</loc>')
  })
})

describe('explain and search', () => {
  it('leads with the diagnosis: reason, soft bounce, who acts, steps, and the deciding words marked', async () => {
    const reply = '550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus'
    const html = await (await send('/explain', { method: 'POST', body: new URLSearchParams({ reply }) })).text()
    expect(html).toContain('data-reason="blocklisted"')
    expect(html).toContain('Why it failed: <a href="/reasons/blocklisted">The sending server is on a blocklist</a>')
    expect(html).toContain('<h2><a href="/codes/550-5.7.1"><span class="c5">550 5.7.1</span></a>')
    expect(html).toContain('Soft bounce')
    expect(html).toMatch(/<mark>blocked using[^<]*<\/mark>/)
    expect(html).toContain('https://check.spamhaus.org/')
    expect(html.indexOf('data-reason=')).toBeLessThan(html.indexOf('class="codes"'))
    const vi = await (
      await send('/vi/explain', { method: 'POST', body: new URLSearchParams({ reply: '550 5.1.1 <bob@example.com> User unknown' }) })
    ).text()
    expect(vi).toContain('Vì sao thất bại: <a href="/vi/reasons/user-unknown">Địa chỉ không tồn tại</a>')
    expect(vi).toContain('Hard bounce')
  })

  it('explains each recipient of a pasted bounce message, as POST /v1/explain does', async () => {
    // The Postfix bounce names two recipients with two different failures; the page once showed only the first.
    const res = await send('/explain', { method: 'POST', body: new URLSearchParams({ reply: postfixBounce }) })
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    const html = await res.text()
    const rows = [...html.matchAll(/<tr data-reason="([a-z-]+)"><th scope="row" class="recipient">([^<]*)<\/th>/g)].map((m) => [m[2], m[1]])
    expect(rows).toEqual([
      ['bob@example.com', 'user-unknown'],
      ['gina@example.com', 'mailbox-full'],
    ])
    // In Vietnamese the diagnosis is in Vietnamese.
    const vi = await (await send('/vi/explain', { method: 'POST', body: new URLSearchParams({ reply: postfixBounce }) })).text()
    expect(vi).toContain('<summary>Địa chỉ không tồn tại</summary>')
  })

  it('explains each delivery line of a pasted log excerpt', async () => {
    const html = await (await send('/explain', { method: 'POST', body: new URLSearchParams({ reply: postfixLog }) })).text()
    const rows = [...html.matchAll(/<tr data-reason="([a-z-]+)"><th scope="row" class="recipient">([^<]*)<\/th>/g)].map((m) => [m[2], m[1]])
    for (const who of ['bob@example.com', 'carol@example.net', 'dave@example.info', 'frank@bad.example', 'gina@example.com'])
      expect(
        rows.map((r) => r[0]),
        who,
      ).toContain(who)
    // The same recipients and reasons, in the same order, as the API gives.
    const api = (await (
      await send('/v1/explain', { method: 'POST', body: postfixLog, headers: { 'Content-Type': 'text/plain', Accept: 'application/json' } })
    ).json()) as { recipients: Array<{ recipient: string; explanation?: { diagnosis: { reason: string } } }> }
    expect(api.recipients.length).toBeGreaterThan(3)
    expect(rows).toEqual(api.recipients.map((r) => [r.recipient, r.explanation?.diagnosis.reason ?? 'unknown']))
  })

  it('explains a pasted reply', async () => {
    const res = await get('/explain?reply=' + encodeURIComponent('550 5.1.1 User unknown'))
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('5.1.1')
  })
  it('takes pasted text by POST and keeps the answer out of every cache', async () => {
    const form = await (await get('/vi/explain')).text()
    expect(form).toContain('method="post" enctype="multipart/form-data" action="/vi/explain"')
    const res = await send('/vi/explain', { method: 'POST', body: new URLSearchParams({ reply: '550 5.1.1 <bob@example.com> User unknown' }) })
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(await res.text()).toContain('&lt;bob@example.com&gt; User unknown')
    // Old GET links still answer, but uncached; the empty form is an ordinary page.
    expect((await get('/explain?reply=550+5.1.1')).headers.get('Cache-Control')).toBe('no-store')
    expect((await get('/explain')).headers.get('Cache-Control')).toContain('s-maxage=')
  })
  it('routes the search box', async () => {
    expect((await get('/search?q=535')).headers.get('Location')).toBe('/codes/535')
    expect((await get('/search?q=535+vs+252')).headers.get('Location')).toBe('/compare/252-vs-535')
    expect((await get('/vi/search?q=550+5.1.1')).headers.get('Location')).toBe('/vi/codes/550-5.1.1')
    // Pasted text is explained where it was sent, not moved into another URL.
    const reply = await get('/vi/search?q=550+5.1.1+User+unknown')
    expect(reply.status).toBe(200)
    expect(reply.headers.get('Cache-Control')).toBe('no-store')
    expect(await reply.text()).toContain('User unknown')
    expect((await get('/search?q=mailbox+is+full')).status).toBe(400)
  })
})

describe('headers, languages, sitemap', () => {
  it('sends security and caching headers', async () => {
    const res = await get('/codes/535')
    const csp = res.headers.get('Content-Security-Policy')!
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(res.headers.get('Cache-Control')).toContain('s-maxage=')
    const etag = res.headers.get('ETag')!
    expect((await get('/codes/535', { 'If-None-Match': etag })).status).toBe(304)
  })
  it('picks the language from path, then ?lang=, then Accept-Language', async () => {
    const vi = await get('/vi/codes/535', { 'Accept-Language': 'de' })
    expect(await vi.text()).toContain('<html lang="vi">')
    expect(vi.headers.get('Vary')).toBeNull()
    expect(await (await get('/codes/535?lang=fr', { 'Accept-Language': 'de' })).text()).toContain('<html lang="fr">')
    const de = await get('/codes/535', { 'Accept-Language': 'xx, de;q=0.8, ja;q=0.9' })
    expect(await de.text()).toContain('<html lang="ja">')
    expect(de.headers.get('Vary')).toContain('Accept-Language')
    const lang = async (headers: Record<string, string>) => /<html lang="([a-z]+)">/.exec(await (await get('/codes/535', headers)).text())?.[1]
    expect(await lang({})).toBe('en')
    expect(await lang({ 'Accept-Language': 'pt-BR, en;q=0.5' })).toBe('pt')
    expect(await lang({ 'Accept-Language': 'ko;q=0, *' })).toBe('en')
    // The API resolves the same way, without a path prefix.
    expect(((await (await get('/v1/codes/535', { 'Accept-Language': 'pt-BR, en;q=0.5' })).json()) as { lang: string }).lang).toBe('pt')
    expect(((await (await get('/v1/codes/535?lang=vi', { 'Accept-Language': 'pt' })).json()) as { lang: string }).lang).toBe('vi')
  })
  it('shows a fallback notice with English text marked on untranslated languages', async () => {
    const html = await (await get('/ru/compare/252-vs-535')).text()
    expect(html).toContain('Часть этой страницы ещё не переведена')
    expect(html).toContain('lang="en"')
  })
  it('lists every code page and curated pair in valid sitemap XML, in every language', async () => {
    const res = await get('/sitemap.xml')
    expect(res.headers.get('Content-Type')).toMatch(/xml/)
    const xml = await res.text()
    expect(xml.startsWith('<?xml')).toBe(true)
    for (const e of BASIC_CODES) expect(xml).toContain(`<loc>http://example.com/codes/${e.code}</loc>`)
    for (const p of CONFUSABLE_PAIRS) expect(xml).toContain(`<loc>http://example.com/vi${comparisonPath(p.a, p.b)}</loc>`)
    expect(xml.split('<url>').length).toBe(xml.split('</url>').length)
    const robots = await (await get('/robots.txt')).text()
    expect(robots).toContain('Sitemap: http://example.com/sitemap.xml')
  })
  // The stylesheet itself is a static asset (test/e2e/embed.test.ts checks how it is served).
  it('sends a stylesheet name from an earlier deploy to the current one', async () => {
    const html = await (await get('/')).text()
    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(html)![1]!
    const old = await get('/styles.0123456789abcdef.css')
    expect(old.status).toBe(301)
    expect(old.headers.get('Location')).toBe(href)
  })
})
