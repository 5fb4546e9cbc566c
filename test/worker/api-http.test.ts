import { describe, expect, it } from 'vitest'
import { expectProblem, get, send } from '../support/fetch.ts'

describe('edge caching', () => {
  it('gives every successful GET a shared-cache policy and a strong ETag', async () => {
    for (const path of [
      '/v1/codes',
      '/v1/codes?kind=basic',
      '/v1/codes/535',
      '/v1/compare/252/535',
      '/v1/compare?codes=252,535',
      '/v1/batch?compare=252:535&code=550',
    ]) {
      const res = await get(path)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('Cache-Control'), path).toBe('public, max-age=300, s-maxage=86400, stale-while-revalidate=604800')
      expect(res.headers.get('ETag'), path).toMatch(/^"[0-9a-f]+"$/)
    }
  })

  it('answers 304 to a matching If-None-Match and 200 to a stale one', async () => {
    const first = await get('/v1/codes/535')
    const tag = first.headers.get('ETag')!
    const again = await get('/v1/codes/535', { 'If-None-Match': tag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('ETag')).toBe(tag)
    expect((await get('/v1/codes/535', { 'If-None-Match': '"stale"' })).status).toBe(200)
  })

  it('gives different content different ETags', async () => {
    const a = (await get('/v1/codes/535')).headers.get('ETag')
    const b = (await get('/v1/codes/550')).headers.get('ETag')
    const text = (await get('/v1/codes/535', { Accept: 'text/plain' })).headers.get('ETag')
    expect(new Set([a, b, text]).size).toBe(3)
  })

  it('marks negotiated responses with Vary', async () => {
    expect((await get('/v1/codes/535')).headers.get('Vary')).toMatch(/Accept\b.*Accept-Language/)
  })

  it('caches deterministic client errors briefly and never caches body-dependent ones', async () => {
    expect((await get('/v1/codes/599')).headers.get('Cache-Control')).toBe('public, max-age=60, s-maxage=300')
    const post = await send('/v1/explain', { method: 'POST', body: 'nothing', headers: { 'Content-Type': 'text/plain' } })
    expect(post.headers.get('Cache-Control')).toBe('no-store')
  })

  it('answers HEAD like GET without a body', async () => {
    const res = await send('/v1/codes/535', { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
  })
})

describe('content negotiation', () => {
  it('defaults to JSON, also for odd Accept headers', async () => {
    for (const accept of ['', 'application/json', 'image/png', 'garbage;;;', 'text/html', '*/*']) {
      const res = await get('/v1/codes/535', accept ? { Accept: accept } : {})
      expect(res.headers.get('Content-Type'), accept).toMatch(/^application\/json/)
    }
  })

  it('gives text when text/plain is preferred, or to curl with no preference', async () => {
    expect((await get('/v1/codes/535', { Accept: 'text/plain' })).headers.get('Content-Type')).toMatch(/^text\/plain/)
    expect((await get('/v1/codes/535', { Accept: 'application/json;q=0.5, text/plain' })).headers.get('Content-Type')).toMatch(/^text\/plain/)
    expect((await get('/v1/codes/535', { Accept: 'text/plain;q=0.1, application/json' })).headers.get('Content-Type')).toMatch(/^application\/json/)
    expect((await get('/v1/codes/535', { 'User-Agent': 'curl/8.5.0', Accept: '*/*' })).headers.get('Content-Type')).toMatch(/^text\/plain/)
    expect((await get('/v1/codes/535?format=json', { 'User-Agent': 'curl/8.5.0' })).headers.get('Content-Type')).toMatch(/^application\/json/)
  })
})

describe('CORS and methods', () => {
  it('allows any origin to GET', async () => {
    const res = await get('/v1/codes/535', { Origin: 'https://docs.example.org' })
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('answers the preflight for POST /v1/explain', async () => {
    const res = await send('/v1/explain', {
      method: 'OPTIONS',
      headers: { Origin: 'https://docs.example.org', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Allow-Methods')).toMatch(/POST/)
    expect(res.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toMatch(/content-type/)
  })

  it('answers a write to a page with 405 and Allow: GET, HEAD, and an unknown path with 404', async () => {
    for (const path of ['/', '/vi', '/codes', '/vi/codes/535', '/compare/252-vs-535', '/sitemap.xml']) {
      const res = await send(path, { method: 'POST', body: 'x' })
      await expectProblem(res, 405)
      expect(res.headers.get('Allow'), path).toBe('GET, HEAD')
    }
    // The explain page and the search box take pasted text by POST, and nothing else.
    for (const path of ['/explain', '/vi/search']) {
      const res = await send(path, { method: 'PUT', body: 'x' })
      await expectProblem(res, 405)
      expect(res.headers.get('Allow'), path).toBe('GET, HEAD, POST')
    }
    // A method some path serves, on a path none does: the path is what is wrong.
    expect((await send('/no/such/page', { method: 'POST', body: 'x' })).status).toBe(404)
    expect((await send('/codes/535/extra', { method: 'GET' })).status).toBe(404)
    // A method no path serves: 501 (RFC 9110 §15.6.2), whatever the path.
    await expectProblem(await send('/no/such/page', { method: 'DELETE' }), 501)
    await expectProblem(await send('/codes/535/extra', { method: 'PUT', body: 'x' }), 501)
  })

  // workerd's HTTP parser hands these to the Worker; Cloudflare's edge may too. (CONNECT never reaches fetch, and
  // a token workerd's parser does not know is answered 501 text/plain by workerd itself: test/node/built-worker.test.ts.)
  it.each(['TRACE', 'PROPFIND', 'PATCH', 'PURGE', 'MKCOL', 'QUERY'])(
    'answers %s with 405 and Allow on a served path, 501 elsewhere',
    async (method) => {
      for (const [path, allow] of [
        ['/v1/codes/535', 'GET, HEAD, OPTIONS'],
        ['/v1/explain', 'GET, HEAD, POST, OPTIONS'],
        ['/compare/252-vs-535', 'GET, HEAD'],
        ['/vi/explain', 'GET, HEAD, POST'],
      ] as const) {
        const res = await send(path, { method })
        const p = await expectProblem(res, 405)
        expect(res.headers.get('Allow'), `${method} ${path}`).toBe(allow)
        expect(p.detail).toContain(method)
      }
      for (const path of ['/nowhere', '/v1/nowhere']) {
        const res = await send(path, { method })
        const p = await expectProblem(res, 501)
        expect(p.type).toBe('/problems/method-not-implemented')
        expect(res.headers.get('Cache-Control')).toBe('no-store')
      }
    },
  )

  it('answers a wrong method with 405 and Allow', async () => {
    const del = await expectProblem(await send('/v1/codes/535', { method: 'DELETE' }), 405)
    expect(del.detail).toMatch(/DELETE/)
    const res = await send('/v1/compare/252/535', { method: 'POST' })
    expect(res.status).toBe(405)
    expect(res.headers.get('Allow')).toBe('GET, HEAD, OPTIONS')
    expect((await send('/v1/explain', { method: 'PUT' })).headers.get('Allow')).toMatch(/POST/)
  })

  it('answers unknown API paths with a problem', async () => {
    const p = await expectProblem(await get('/v1/nothing-here'), 404)
    expect(p.detail).toMatch(/openapi\.json/)
  })

  it('never echoes request text into headers', async () => {
    const res = await get('/v1/codes/535%0D%0ASet-Cookie:%20x=1')
    expect(res.status).toBe(400)
    expect(res.headers.get('Set-Cookie')).toBeNull()
    for (const [, v] of res.headers) expect(v).not.toMatch(/x=1/)
  })
})
