// The explain throttle: answers 429 problems with Retry-After when the binding refuses, and stays out of the way
// when it allows, when it is absent, or when it fails.
import { env } from 'cloudflare:workers'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { explainRateLimit, type RateLimiter } from '../../worker/middleware/rate-limit.ts'

/** Counts per key like the real binding's simple limiter, so the test observes keying as well as refusal. */
function fakeLimiter(limit: number): RateLimiter & { keys: string[] } {
  const counts = new Map<string, number>()
  const keys: string[] = []
  return {
    keys,
    async limit({ key }) {
      keys.push(key)
      const n = (counts.get(key) ?? 0) + 1
      counts.set(key, n)
      return { success: n <= limit }
    },
  }
}

function appWith(binding: unknown) {
  const app = new Hono<{ Bindings: Record<string, unknown> }>()
  app.post('/v1/explain', explainRateLimit(), (c) => c.json({ ok: true }))
  return (ip?: string) =>
    app.request(
      '/v1/explain',
      { method: 'POST', body: '550 5.1.1', headers: ip ? { 'CF-Connecting-IP': ip } : {} },
      binding === undefined ? {} : { EXPLAIN_LIMITER: binding },
    )
}

describe('explain rate limit', () => {
  it('refuses past the limit with a 429 problem and Retry-After, per client IP', async () => {
    const limiter = fakeLimiter(2)
    const post = appWith(limiter)
    const first = await post('203.0.113.7')
    expect(first.status).toBe(200)
    // A counted answer states the policy; how much is left the binding does not say, so no RateLimit field.
    expect(first.headers.get('RateLimit-Policy')).toBe('"explain";q=60;w=60')
    expect(first.headers.get('RateLimit')).toBeNull()
    expect((await post('203.0.113.7')).status).toBe(200)
    const refused = await post('203.0.113.7')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Content-Type')).toMatch(/^application\/problem\+json/)
    expect(refused.headers.get('Retry-After')).toBe('60')
    expect(refused.headers.get('RateLimit-Policy')).toBe('"explain";q=60;w=60')
    expect(refused.headers.get('RateLimit')).toBe('"explain";r=0;t=60')
    expect(refused.headers.get('Cache-Control')).toBe('no-store')
    expect(await refused.json()).toMatchObject({
      type: '/problems/rate-limited',
      title: 'Too many requests',
      status: 429,
      detail: expect.stringContaining('60 seconds'),
    })
    // Another client still gets through: the budget is per address, not global.
    expect((await post('198.51.100.9')).status).toBe(200)
    expect(limiter.keys).toEqual(['explain:203.0.113.7', 'explain:203.0.113.7', 'explain:203.0.113.7', 'explain:198.51.100.9'])
  })

  it('is inert without the binding', async () => {
    const post = appWith(undefined)
    for (let i = 0; i < 5; i++) expect((await post('203.0.113.7')).status).toBe(200)
  })

  it('fails open when the binding throws', async () => {
    const post = appWith({
      limit: async () => {
        throw new Error('limiter down')
      },
    })
    expect((await post('203.0.113.7')).status).toBe(200)
  })

  it('works against the configured EXPLAIN_LIMITER binding (60 per 60 s)', async () => {
    expect(typeof env.EXPLAIN_LIMITER?.limit).toBe('function')
    const post = appWith(env.EXPLAIN_LIMITER)
    const ip = `192.0.2.${Math.floor(Math.random() * 250) + 1}`
    const statuses: number[] = []
    for (let i = 0; i < 61; i++) statuses.push((await post(ip)).status)
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true)
    expect(statuses[60]).toBe(429)
  })
})

describe('one throttle for all pasted text', () => {
  it('POST and long GET /v1/explain, the explain page and the search box share one budget per client', async () => {
    const { send } = await import('../support/fetch.ts')
    const ip = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`
    const long = encodeURIComponent(`550 5.1.1 ${'x'.repeat(600)}`)
    const form = (path: string, field: string) => ({
      path,
      init: { method: 'POST', body: new URLSearchParams({ [field]: '550 5.1.1 User unknown' }), redirect: 'manual' as const },
    })
    const routes = [
      { path: '/v1/explain', init: { method: 'POST', body: '550 5.1.1 User unknown', headers: { 'Content-Type': 'text/plain' } } },
      { path: `/v1/explain?reply=${long}`, init: {} },
      form('/explain', 'reply'),
      form('/vi/search', 'q'),
      form('/de/explain', 'reply'),
      { path: `/explain?reply=${long}`, init: {} },
    ]
    const statuses: number[] = []
    for (let i = 0; i < 60; i++) {
      const r = routes[i % routes.length]!
      statuses.push(
        (await send(r.path, { ...r.init, headers: { ...(r.init as { headers?: Record<string, string> }).headers, 'CF-Connecting-IP': ip } })).status,
      )
    }
    expect(statuses.every((s) => s === 200)).toBe(true)
    for (const r of routes) {
      const refused = await send(r.path, {
        ...r.init,
        headers: { ...(r.init as { headers?: Record<string, string> }).headers, 'CF-Connecting-IP': ip },
      })
      expect(refused.status, r.path).toBe(429)
      expect(refused.headers.get('Retry-After')).toBe('60')
      expect(refused.headers.get('RateLimit')).toBe('"explain";r=0;t=60')
      expect(refused.headers.get('Cache-Control')).toBe('no-store')
      // A person who sent a form gets a page in the form's language; a program gets the API's problem.
      if (r.path.startsWith('/v1/')) expect(refused.headers.get('Content-Type'), r.path).toMatch(/^application\/problem\+json/)
      else {
        expect(refused.headers.get('Content-Type'), r.path).toMatch(/^text\/html/)
        const html = await refused.text()
        const lang = /^\/(vi|de)\//.exec(r.path)?.[1] ?? 'en'
        const page = {
          en: ['Too many requests', 'wait 60 seconds'],
          vi: ['Quá nhiều yêu cầu', 'đợi 60 giây'],
          de: ['Zu viele Anfragen', 'warten Sie 60 Sekunden'],
        }[lang]!
        expect(html, r.path).toContain(`<h1>${page[0]}</h1>`)
        expect(html, r.path).toContain(page[1])
        expect(refused.headers.get('Content-Language')).toBe(lang)
        expect(html, 'the form to send again').toMatch(/<form[^>]+method="post"/)
        // A script posting the form that asks for JSON gets the API's problem, with the same headers.
        const scripted = await send(r.path, {
          ...r.init,
          headers: { ...(r.init as { headers?: Record<string, string> }).headers, 'CF-Connecting-IP': ip, Accept: 'application/json' },
        })
        expect(scripted.status, r.path).toBe(429)
        expect(scripted.headers.get('Content-Type'), r.path).toMatch(/^application\/problem\+json/)
        expect(scripted.headers.get('Retry-After')).toBe('60')
        expect(((await scripted.json()) as { type: string }).type).toBe('/problems/rate-limited')
      }
    }
    // A short GET of one reply line is a lookup: cacheable, and not counted.
    const short = await send('/v1/explain?reply=550%205.1.1%20User%20unknown', { headers: { 'CF-Connecting-IP': ip } })
    expect(short.status).toBe(200)
    expect(short.headers.get('Cache-Control')).toMatch(/s-maxage=/)
  })
})
