// Revalidation works the same on every cacheable URL the Worker answers: the API and the pages. Static assets
// (the widget, /demo, /openapi.json) revalidate in the asset server; test/e2e/embed.test.ts checks them.
import { describe, expect, it } from 'vitest'
import { get, send } from '../support/fetch.ts'

const CACHEABLE = ['/v1/codes', '/v1/codes/535', '/v1/batch?compare=252:535&code=550', '/v1/compare/252/535', '/codes/535', '/vi/compare/252-vs-535']

async function tagOf(path: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await get(path, headers)
  expect(res.status, path).toBe(200)
  const tag = res.headers.get('ETag')
  expect(tag, path).toMatch(/^(W\/)?"[^"]+"$/)
  return tag!
}

describe('conditional GET', () => {
  it('answers 304 with an empty body when If-None-Match names the current ETag', async () => {
    for (const path of CACHEABLE) {
      const tag = await tagOf(path)
      const res = await get(path, { 'If-None-Match': tag })
      expect(res.status, path).toBe(304)
      expect(await res.text(), path).toBe('')
      expect(res.headers.get('ETag'), path).toBe(tag)
    }
  })

  it('matches one tag in a list, weak or strong, and *', async () => {
    for (const path of CACHEABLE) {
      const tag = await tagOf(path)
      const bare = tag.replace(/^W\//, '')
      expect((await get(path, { 'If-None-Match': `"old-1", ${tag}, "old-2"` })).status, path).toBe(304)
      expect((await get(path, { 'If-None-Match': `W/${bare}` })).status, path).toBe(304)
      expect((await get(path, { 'If-None-Match': bare })).status, path).toBe(304)
      expect((await get(path, { 'If-None-Match': '*' })).status, path).toBe(304)
    }
  })

  it('sends the full response when no listed tag matches', async () => {
    for (const path of CACHEABLE) {
      const res = await get(path, { 'If-None-Match': '"stale", W/"older"' })
      expect(res.status, path).toBe(200)
      expect((await res.text()).length, path).toBeGreaterThan(100)
    }
  })

  it('keeps on a 304 the headers a cache needs to refresh its copy', async () => {
    const page = await get('/codes/535', { 'Accept-Language': 'de' })
    const notModified = await get('/codes/535', { 'Accept-Language': 'de', 'If-None-Match': page.headers.get('ETag')! })
    expect(notModified.status).toBe(304)
    for (const name of ['Cache-Control', 'Vary', 'Content-Language', 'Content-Security-Policy'])
      expect(notModified.headers.get(name), name).toBe(page.headers.get(name))

    const api = await get('/v1/codes/535', { Origin: 'https://docs.example' })
    const apiNotModified = await get('/v1/codes/535', { Origin: 'https://docs.example', 'If-None-Match': api.headers.get('ETag')! })
    expect(apiNotModified.status).toBe(304)
    for (const name of ['Cache-Control', 'Vary', 'Access-Control-Allow-Origin'])
      expect(apiNotModified.headers.get(name), name).toBe(api.headers.get(name))
    expect(apiNotModified.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('does not apply to other languages, errors or POST', async () => {
    // A tag is specific to the representation: the German page does not validate the English one.
    const de = await tagOf('/de/codes/535')
    expect((await get('/codes/535', { 'Accept-Language': 'en', 'If-None-Match': de })).status).toBe(200)
    expect((await get('/v1/codes/599', { 'If-None-Match': '*' })).status).toBe(404)
    const post = await send('/v1/explain', {
      method: 'POST',
      body: '550 5.1.1 no such user',
      headers: { 'Content-Type': 'text/plain', 'If-None-Match': '*' },
    })
    expect(post.status).toBe(200)
  })
})
