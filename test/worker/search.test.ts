// Search takes what people type and every address people guess ends on the one canonical page.
import { describe, expect, it } from 'vitest'
import { EXPLAIN_MAX_BYTES } from '../../worker/api/limits.ts'
import { expectProblem, get, json, send } from '../support/fetch.ts'

const location = async (path: string) => {
  const res = await send(path, { redirect: 'manual' })
  return `${res.status} ${new URL(res.headers.get('Location') ?? '/', 'https://smtp.example').pathname}`
}

describe('addresses people type', () => {
  it.each([
    ['/compare/252-VS-535', '301 /compare/252-vs-535'],
    ['/compare/252vs535', '301 /compare/252-vs-535'],
    ['/compare/252-and-535', '301 /compare/252-vs-535'],
    ['/vi/compare/252%20vs%20535', '301 /vi/compare/252-vs-535'],
    ['/codes/5.7.8-535', '301 /codes/535-5.7.8'],
    ['/codes/%EF%BC%95%EF%BC%95%EF%BC%90', '301 /codes/550'],
    ['/codes/error%20550', '301 /codes/550'],
    ['/codes/252-vs-535', '301 /compare/252-vs-535'],
    ['/codes/x.7.0', '301 /codes/X.7.0'],
    ['/codes/X.1.10', '301 /codes/5.1.10'],
    ['/compare/X.7.0-vs-5.7.8', '301 /compare/5.7.0-vs-5.7.8'],
    ['/compare/4.7.0-vs-X.7.1', '301 /compare/4.7.0-vs-4.7.1'],
  ])('%s → %s', async (path, expected) => {
    expect(await location(path)).toBe(expected)
  })

  it('a registry row used in several classes has one page with a card per class', async () => {
    const res = await get('/codes/X.7.0')
    expect(res.status).toBe(200)
    const html = await res.text()
    for (const code of ['2.7.0', '4.7.0', '5.7.0']) expect(html).toContain(`id="code-${code}"`)
  })
})

describe('the search box', () => {
  it.each([
    ['error 550', '/codes/550'],
    ['smtp 550', '/codes/550'],
    ['smtp error 535 5.7.8', '/codes/535-5.7.8'],
    ['252 and 535', '/compare/252-vs-535'],
    ['252-VS-535', '/compare/252-vs-535'],
    ['252vs535', '/compare/252-vs-535'],
    ['５５０', '/codes/550'],
    ['5.7.8-535', '/codes/535-5.7.8'],
  ])('%j → %s', async (q, path) => {
    const res = await send(`/search?q=${encodeURIComponent(q)}`, { redirect: 'manual' })
    expect(res.status).toBe(302)
    expect(res.headers.get('Location')).toBe(path)
  })

  it('posts, answers codes with 303 and explains pasted text in place, uncached', async () => {
    const form = (q: string) => send('/vi/search', { method: 'POST', body: new URLSearchParams({ q }), redirect: 'manual' })
    const code = await form('error 550')
    expect(code.status).toBe(303)
    expect(code.headers.get('Location')).toBe('/vi/codes/550')
    const pasted = await form('550 5.1.1 <bob@example.com>: Recipient address rejected')
    expect(pasted.status).toBe(200)
    expect(pasted.headers.get('Cache-Control')).toBe('no-store')
    expect(pasted.headers.get('ETag')).toBeNull()
    expect(await pasted.text()).toContain('550 5.1.1')
    const home = await (await get('/')).text()
    expect(home).toMatch(/<form method="post" action="\/search"/)
  })
})

describe('the search box over 64 KiB', () => {
  const big = () => new URLSearchParams({ q: `550 5.1.1 ${'x'.repeat(EXPLAIN_MAX_BYTES)}` })

  it('answers a page in the reader’s language that points to the explain form, never cached', async () => {
    const res = await send('/de/search', { method: 'POST', body: big() })
    expect(res.status).toBe(413)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(res.headers.get('Content-Language')).toBe('de')
    const html = await res.text()
    expect(html).toContain('<html lang="de">')
    expect(html).toContain('<h1>Zu viel Text</h1>')
    expect(html).toContain('Das Suchfeld nimmt höchstens 64 KiB auf.')
    expect(html).toContain('<a href="/de/explain">Antwort erklären</a>')
    expect(html).toMatch(/<form method="post" action="\/de\/search" role="search">/)
    // Nothing of the text is shown back.
    expect(html).not.toContain('xxxxxxxx')
  })

  it('answers problem+json to a client that asks for JSON', async () => {
    const p = await expectProblem(await send('/search', { method: 'POST', body: big(), headers: { Accept: 'application/json' } }), 413)
    expect(p.type).toBe('/problems/payload-too-large')
    expect(p.detail).toContain('64 KiB')
  })

  it('still explains a pasted reply within the limit', async () => {
    const res = await send('/search', { method: 'POST', body: new URLSearchParams({ q: '550 5.1.1 <jane@example.com>: User unknown' }) })
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('data-reason="user-unknown"')
  })
})

describe('the API reads the same forms', () => {
  it.each([
    ['X.1.1', 'X.1.1', ['4.1.1', '5.1.1']],
    ['X.1.10', '5.1.10', ['5.1.10']],
    ['error%20550', '550', ['550']],
    ['5.7.8-535', '535 5.7.8', ['535', '5.7.8']],
    ['%EF%BC%95%EF%BC%93%EF%BC%95', '535', ['535']],
  ])('/v1/codes/%s answers %s', async (path, query, codes) => {
    const res = await get(`/v1/codes/${path}`, { Accept: 'application/json' })
    expect(res.status).toBe(200)
    const body = await json<{ query: string; entries: Array<{ code: string }> }>(res)
    expect(body.query).toBe(query)
    expect(body.entries.map((e) => e.code)).toEqual(codes)
  })

  it("compares whole replies by their enhanced codes, and registry forms in the other side's class", async () => {
    const cmp = await json<{ a: { code: string }; b: { code: string }; page: string }>(
      await get('/v1/compare/535-5.7.8/550-5.1.1', { Accept: 'application/json' }),
    )
    expect([cmp.a.code, cmp.b.code]).toEqual(['5.7.8', '5.1.1'])
    const reg = await json<{ a: { code: string }; b: { code: string } }>(await get('/v1/compare/X.7.0/4.7.1', { Accept: 'application/json' }))
    expect([reg.a.code, reg.b.code]).toEqual(['4.7.0', '4.7.1'])
    expect((await get('/v1/compare/535-4.7.8/550')).status).toBe(400)
  })
})
