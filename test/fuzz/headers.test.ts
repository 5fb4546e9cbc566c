// Cache and header safety: what varies by language or Accept says so in Vary, user text never reaches a response
// header, and different content never shares an ETag (a shared cache would otherwise serve the wrong answer).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { get } from '../support/fetch.ts'
import { check } from './seed.ts'

const INJECTIONS = ['%0d%0aX-Injected:%20yes', '%0aSet-Cookie:%20a=b', '%E5%98%8A%E5%98%8DX-Injected:%20yes', '%0d%0a%0d%0a<script>x</script>']
const TARGETS = (s: string) => [
  `/v1/codes/${s}`,
  `/v1/compare/252/${s}`,
  `/v1/compare?codes=252,${s}`,
  `/v1/explain?reply=${s}`,
  `/codes/${s}`,
  `/compare/252-vs-${s}`,
  `/${s}`,
  `/search?q=${s}`,
  `/explain?reply=${s}`,
]

function expectCleanHeaders(res: Response, where: string) {
  for (const [name, value] of res.headers) {
    expect(name, where).not.toMatch(/x-injected|set-cookie/i)
    expect(value, where).not.toMatch(/X-Injected|Set-Cookie|<script|[\r\n]/i)
  }
}

describe('headers', () => {
  it('never echo CRLF or other user text from path or query', async () => {
    for (const injection of INJECTIONS)
      for (const path of TARGETS(injection)) {
        const res = await get(path, { Accept: 'text/plain' })
        expect(res.status, path).toBeLessThan(500)
        expectCleanHeaders(res, path)
        const redirect = res.headers.get('Location')
        if (redirect) expect(redirect, path).not.toMatch(/[\r\n]|X-Injected/)
      }
  })

  it('random path and query text never lands in a header', async () => {
    await check(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom(...TARGETS('MARK')), async (text, template) => {
        const marker = `zq${text.replace(/[^A-Za-z0-9]/g, '')}qz`
        const res = await get(template.replace('MARK', encodeURIComponent(marker)))
        expect(res.status).toBeLessThan(500)
        for (const [name, value] of res.headers) {
          // Location may legitimately carry the (percent-encoded) path back for canonical redirects.
          if (name === 'location') continue
          expect(value, `${template} ${name}`).not.toContain(marker)
        }
      }),
      40,
    )
  })
})

describe('caching by language and format', () => {
  const negotiated = ['/v1/codes/535', '/v1/compare/252/535', '/v1/compare?codes=252,535,550', '/v1/explain?reply=550%205.1.1']
  it('marks language- and Accept-dependent API answers with Vary', async () => {
    for (const path of negotiated) {
      const vary = (await get(path)).headers.get('Vary') ?? ''
      expect(vary, path).toMatch(/\bAccept\b/)
      expect(vary, path).toMatch(/\bAccept-Language\b/)
    }
  })

  it('gives different ETags to different codes, languages and formats', async () => {
    for (const path of negotiated.slice(0, 3)) {
      const en = await get(path, { 'Accept-Language': 'en' })
      const de = await get(path, { 'Accept-Language': 'de' })
      const text = await get(path, { Accept: 'text/plain' })
      const tags = [en, de, text].map((r) => r.headers.get('ETag'))
      const bodies = await Promise.all([en, de, text].map((r) => r.text()))
      expect(new Set(bodies).size, path).toBe(3)
      expect(tags.every(Boolean), path).toBe(true)
      expect(new Set(tags).size, path).toBe(3)
    }
    const tags = await Promise.all(
      ['/v1/codes/535', '/v1/codes/550', '/v1/codes/5.7.8', '/v1/codes/4.7.8'].map(async (p) => (await get(p)).headers.get('ETag')),
    )
    expect(new Set(tags).size).toBe(4)
  })

  it('an unprefixed page that follows Accept-Language says so in Vary', async () => {
    const res = await get('/codes/535', { 'Accept-Language': 'de' })
    expect(res.status).toBe(200)
    const en = await (await get('/codes/535', { 'Accept-Language': 'en' })).text()
    expect(await res.text()).not.toBe(en)
    expect(res.headers.get('Vary') ?? '').toMatch(/Accept-Language/)
  })
})
