import { describe, expect, it } from 'vitest'
import { CONFUSABLE_PAIRS } from '../../data/confusable-pairs.ts'
import { BatchSchema, ComparisonSchema, MatrixSchema, type Comparison } from '../../worker/api/schemas.ts'
import { expectProblem, get, json } from '../support/fetch.ts'

const compare = async (a: string, b: string, q = '') => ComparisonSchema.parse(await json(await get(`/v1/compare/${a}/${b}${q}`)))

describe('GET /v1/compare/{a}/{b}', () => {
  it('states 252 is a 2xx success to VRFY and 535 a permanent AUTH failure with 5.7.8', async () => {
    const c = await compare('252', '535')
    expect(c.summary).toMatch(/252 is a 2xx positive completion reply to VRFY/)
    expect(c.summary).toMatch(/535 is a 5xx permanent negative completion reply to AUTH, usually sent with 5\.7\.8/)
    const byAspect = Object.fromEntries(c.aspects.map((x) => [x.aspect, x]))
    expect(byAspect.class).toMatchObject({ a: '2xx Positive Completion', b: '5xx Permanent Negative Completion', shared: false })
    expect(byAspect.retry!.shared).toBe(false)
    expect(byAspect.stage!.a).toMatch(/VRFY/)
    expect(byAspect.stage!.b).toMatch(/AUTH/)
    expect(byAspect.kind).toMatchObject({ shared: true })
    expect(c.page).toBe('/compare/252-vs-535')
  })

  it('is symmetric: the mirrored request gives the same facts mirrored', async () => {
    const ab = await compare('252', '535')
    const ba = await compare('535', '252')
    expect(ba.a.code).toBe('535')
    expect(ba.b.code).toBe('252')
    for (const x of ab.aspects) {
      const y = ba.aspects.find((z) => z.aspect === x.aspect)!
      expect(y).toMatchObject({ a: x.b, b: x.a, shared: x.shared })
    }
    expect(ba.page).toBe(ab.page)
    expect(ba.summary).toMatch(/535 is a 5xx permanent negative completion reply to AUTH/)
  })

  it('lists differences before shared aspects', async () => {
    const c = await compare('450', '550')
    const firstShared = c.aspects.findIndex((x) => x.shared)
    expect(c.aspects.slice(firstShared).every((x) => x.shared)).toBe(true)
    expect(c.aspects.slice(0, firstShared).map((x) => x.aspect)).toContain('class')
  })

  it('layers the curated note on every curated pair, in either order', async () => {
    for (const pair of CONFUSABLE_PAIRS) {
      for (const [a, b] of [
        [pair.a, pair.b],
        [pair.b, pair.a],
      ] as const) {
        const c: Comparison = await compare(a, b)
        expect(c.note?.text, `${a} vs ${b}`).toBe(pair.note)
        expect(c.note!.references.length).toBeGreaterThan(0)
        expect(c.page).toBe(`/compare/${pair.a}-vs-${pair.b}`)
      }
    }
  })

  it('compares basic with enhanced codes', async () => {
    const c = await compare('550', '5.1.1')
    expect(c.a.kind).toBe('basic')
    expect(c.b.kind).toBe('enhanced')
    expect(c.aspects.find((x) => x.aspect === 'kind')!.shared).toBe(false)
    expect(c.aspects.find((x) => x.aspect === 'class')!.shared).toBe(true)
  })

  it('says when both sides are the same code', async () => {
    const c = await compare('535', '535')
    expect(c.same).toBe(true)
    expect(c.summary).toMatch(/same code/)
    expect(c.aspects.every((x) => x.shared)).toBe(true)
  })

  it('names the side that is unknown or malformed', async () => {
    const p1 = await expectProblem(await get('/v1/compare/599/535'), 404)
    expect(p1.side).toBe('a')
    expect(p1.detail).toMatch(/^Code a: 599/)
    expect(p1.nearest).toContain('554')
    const p2 = await expectProblem(await get('/v1/compare/535/5.9.99'), 404)
    expect(p2.side).toBe('b')
    const p3 = await expectProblem(await get('/v1/compare/535/xyz'), 400)
    expect(p3.side).toBe('b')
  })

  it('answers a terminal with aligned text', async () => {
    const res = await get('/v1/compare/252/535', { Accept: 'text/plain' })
    expect(res.headers.get('Content-Type')).toMatch(/^text\/plain/)
    expect(res.headers.get('Vary')).toMatch(/Accept/)
    const text = await res.text()
    expect(text.split('\n')[0]).toMatch(/^252 \(.+\) vs 535 \(Authentication credentials invalid\)$/)
    expect(text).toMatch(/Differences:/)
  })
})

describe('GET /v1/compare?codes=', () => {
  it('returns every pair of the group', async () => {
    const m = MatrixSchema.parse(await json(await get('/v1/compare?codes=252,535,550')))
    expect(m.codes.map((c) => c.code)).toEqual(['252', '535', '550'])
    expect(m.pairs.map((p) => `${p.a}:${p.b}`)).toEqual(['252:535', '252:550', '535:550'])
    expect(m.pairs[0]!.differing).toContain('class')
    expect(m.pairs[2]!.differing).not.toContain('class')
  })

  it('takes 2 to 6 codes', async () => {
    await expectProblem(await get('/v1/compare?codes=252'), 400)
    await expectProblem(await get('/v1/compare?codes=211,214,220,221,250,251,252'), 400)
    await expectProblem(await get('/v1/compare'), 400)
    const p = await expectProblem(await get('/v1/compare?codes=252,599'), 404)
    expect(p.detail).toMatch(/599/)
  })
})

describe('GET /v1/batch', () => {
  it('answers each item on its own', async () => {
    const b = BatchSchema.parse(await json(await get('/v1/batch?compare=252:535&compare=252:599&code=550&code=535-5.7.8&code=zz')))
    expect(b.results.map((r) => [r.key, r.ok])).toEqual([
      ['compare:252:535', true],
      ['compare:252:599', false],
      ['code:550', true],
      ['code:535-5.7.8', true],
      ['code:zz', false],
    ])
    expect(b.results[1]!.problem).toMatchObject({ status: 404, side: 'b' })
    expect(b.results[3]!.lookup!.entries).toHaveLength(2)
    expect(b.results[4]!.problem!.status).toBe(400)
  })

  it('refuses empty and oversized batches', async () => {
    await expectProblem(await get('/v1/batch'), 400)
    const many = Array.from({ length: 51 }, () => 'code=550').join('&')
    const p = await expectProblem(await get(`/v1/batch?${many}`), 400)
    expect(p.detail).toMatch(/50/)
  })
})
