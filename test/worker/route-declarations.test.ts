// Routes are declared once (worker/api/routes.ts): the Worker validates parameters from the declaration, answers
// wrong methods from its routing table, and documents exactly what it serves.
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { EXPLAIN_MAX_BYTES } from '../../worker/api/limits.ts'
import { API_ROUTES } from '../../worker/api/routes.ts'
import { openApiPath } from '../../worker/api/openapi.ts'
import { allowedMethodsOf } from '../../worker/http/allow.ts'
import { expectProblem, get, send } from '../support/fetch.ts'
// /openapi.json as served: a static asset (assets/, written by scripts/build-openapi.ts).
import served from '../../assets/openapi.json'

/** A request path for a declared path: every :param filled with a real code. */
const concrete = (path: string) => path.replace(':code', '535').replace(':a', '252').replace(':b', '535')

describe('parameter validation from the declarations', () => {
  it('names every parameter that breaks its rule in one problem', async () => {
    const p = await expectProblem(await get('/v1/codes?kind=fancy&class=9&lang=xx'), 400)
    expect(p.type).toBe('/problems/invalid-parameter')
    expect(p.detail).toContain('kind: must be one of basic, enhanced')
    expect(p.detail).toContain('class: must be one of 2, 3, 4, 5')
    expect(p.detail).toMatch(/lang: must be one of en, vi, /)
  })

  it('refuses a parameter meant once when it is repeated, and names a missing one', async () => {
    expect((await expectProblem(await get('/v1/codes/535?lang=en&lang=vi'), 400)).detail).toBe('lang: give it once')
    expect((await expectProblem(await get('/v1/compare'), 400)).detail).toBe('codes: required')
    expect((await expectProblem(await get('/v1/explain?reply=550&reply=421'), 400)).detail).toBe('reply: give it once')
  })

  it('limits the length the declaration gives', async () => {
    const long = `550 ${'x'.repeat(EXPLAIN_MAX_BYTES)}`
    expect((await expectProblem(await get(`/v1/explain?reply=${long}`), 400)).detail).toBe(`reply: at most ${EXPLAIN_MAX_BYTES} characters`)
  })

  it('checks lang and format on every API route, and ignores parameters no route knows', async () => {
    // /oembed takes neither: its language is the embedded URL's, and its format follows the oEmbed spec (501).
    for (const route of API_ROUTES.filter((r) => r.method === 'get' && r.path !== '/v1/explain' && r.path !== '/oembed')) {
      const path = concrete(route.path)
      const sep = path.includes('?') ? '&' : '?'
      const extra = route.path === '/v1/compare' ? '?codes=252,535&' : route.path === '/v1/batch' ? '?code=550&' : sep
      await expectProblem(await get(`${path}${extra}format=xml`), 400)
      expect((await get(`${path}${extra}utm_source=x`)).status, path).toBe(200)
    }
  })
})

describe('405 from the routing table', () => {
  it('answers every declared path asked with a method it lacks with 405 and the declared methods', async () => {
    const byPath = new Map<string, Set<string>>()
    for (const r of API_ROUTES) (byPath.get(r.path) ?? byPath.set(r.path, new Set()).get(r.path)!).add(r.method.toUpperCase())
    for (const [path, methods] of byPath) {
      const res = await send(concrete(path), { method: 'PATCH', body: 'x' })
      await expectProblem(res, 405)
      // CORS preflights are answered under /v1/ only (oEmbed consumers fetch from servers).
      const expected = ['GET', 'HEAD', 'POST', 'OPTIONS'].filter(
        (m) => methods.has(m) || (m === 'HEAD' && methods.has('GET')) || (m === 'OPTIONS' && path.startsWith('/v1/')),
      )
      expect(res.headers.get('Allow'), path).toBe(expected.join(', '))
    }
  })

  it('covers routes registered directly on Hono, and knows middleware is not a route', () => {
    const app = new Hono()
    app.use('/mw/*', async (_c, next) => next())
    app.get('/x/:id', (c) => c.text('x'))
    app.post('/y', (c) => c.text('y'))
    app.get('/y', (c) => c.text('y'))
    const allowed = allowedMethodsOf(app, '/y')
    expect(allowed('/x/1')).toEqual(['GET', 'HEAD'])
    expect(allowed('/y')).toEqual(['GET', 'HEAD', 'POST', 'OPTIONS'])
    expect(allowed('/x/1/2')).toBeUndefined()
    expect(allowed('/mw/anything')).toBeUndefined()
  })
})

describe('the OpenAPI document follows the declarations', () => {
  it('has each declared operation once, under its operationId, with its parameters', async () => {
    const doc = served as any
    const ids = API_ROUTES.map((r) => r.operationId)
    expect(new Set(ids).size).toBe(ids.length)
    for (const route of API_ROUTES) {
      const op = doc.paths[openApiPath(route.path)][route.method]
      expect(op.operationId).toBe(route.operationId)
      const names = (op.parameters ?? []).map((p: { name: string }) => p.name).sort()
      expect(names).toEqual([...Object.keys(route.params?.entries ?? {}), ...Object.keys(route.query?.entries ?? {})].sort())
    }
    // The limits a declaration sets are documented as the answers they cause.
    expect(Object.keys(doc.paths['/v1/explain'].post.responses)).toEqual(expect.arrayContaining(['413', '415', '429']))
  })

  it('declares a public API at the origin that serves it, under a license', async () => {
    const doc = served as any
    expect(doc.security).toEqual([])
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })])
    expect(doc.info.license.identifier).toBe('MIT')
  })
})
