import { describe, expect, it } from 'vitest'
import { BASIC_CODES } from '../../data/basic-codes.ts'
import { ENHANCED_CODES } from '../../data/enhanced-codes.ts'
import { CodeListSchema, CodeLookupSchema } from '../../worker/api/schemas.ts'
import { expectProblem, get, json } from '../support/fetch.ts'

describe('GET /v1/codes', () => {
  it('lists every catalog entry compactly', async () => {
    const res = await get('/v1/codes')
    expect(res.status).toBe(200)
    const body = CodeListSchema.parse(await res.json())
    expect(body.count).toBe(BASIC_CODES.length + ENHANCED_CODES.length)
    expect(body.codes).toHaveLength(body.count)
    expect(body.codes.find((c) => c.code === '535')).toEqual({ code: '535', kind: 'basic', title: expect.any(String), class: 5 })
    expect(body.codes.find((c) => c.code === 'X.7.8')).toMatchObject({ kind: 'enhanced', classes: [5] })
  })

  it('filters by kind and class', async () => {
    const basic = CodeListSchema.parse(await (await get('/v1/codes?kind=basic')).json())
    expect(basic.count).toBe(BASIC_CODES.length)
    expect(basic.codes.every((c) => c.kind === 'basic')).toBe(true)
    const four = CodeListSchema.parse(await (await get('/v1/codes?kind=basic&class=4')).json())
    expect(four.codes.map((c) => c.code)).toEqual(BASIC_CODES.filter((e) => e.code.startsWith('4')).map((e) => e.code))
    const enh5 = CodeListSchema.parse(await (await get('/v1/codes?kind=enhanced&class=5')).json())
    expect(enh5.count).toBe(ENHANCED_CODES.filter((e) => (e.classes as number[]).includes(5)).length)
  })

  it('rejects unknown filters with a 400 problem', async () => {
    const p = await expectProblem(await get('/v1/codes?kind=fancy'), 400)
    expect(p.detail).toMatch(/kind/)
    await expectProblem(await get('/v1/codes?class=7'), 400)
  })
})

describe('GET /v1/codes/{code}', () => {
  it('gives 535 its AUTH meaning and pairs it with 5.7.8', async () => {
    const res = await get('/v1/codes/535')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
    const body = CodeLookupSchema.parse(await res.json())
    const [entry] = body.entries
    expect(entry).toMatchObject({ code: '535', kind: 'basic', class: 5, stages: ['auth'] })
    expect(entry!.pairings).toContain('5.7.8')
    expect(entry!.references.map((r) => r.rfc)).toContain(4954)
    expect(entry!.references[0]!.url).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+#section-/)
    expect(entry!.retry).toMatchObject({ advice: 'do-not-retry-unchanged' })
  })

  it('resolves a concrete enhanced code to its registry entry with the class given', async () => {
    const body = CodeLookupSchema.parse(await json(await get('/v1/codes/5.7.8')))
    expect(body.entries[0]).toMatchObject({
      code: '5.7.8',
      kind: 'enhanced',
      registryKey: 'X.7.8',
      class: 5,
      usualClass: true,
      subject: 'Security or Policy Status',
    })
    expect(body.entries[0]!.registry?.reference).toMatch(/RFC4954/)
    expect(body.entries[0]!.pairings).toContain('535')
  })

  it.each(['535%205.7.8', '535-5.7.8', '535+5.7.8', '%20535%205.7.8%20'])('returns both entries for the combined query %s', async (q) => {
    const body = CodeLookupSchema.parse(await json(await get(`/v1/codes/${q}`)))
    expect(body.query).toBe('535 5.7.8')
    expect(body.entries.map((e) => e.code)).toEqual(['535', '5.7.8'])
  })

  it('says what a valid code looks like when the code is malformed', async () => {
    for (const bad of ['abc', '5355', '1.2.3', '6.1.1', '99', '5.1', '5.1.1.1', '5.1234.1', '535%205.7.8%205.1.1', '535%20550', '%3Cscript%3E']) {
      const p = await expectProblem(await get(`/v1/codes/${bad}`), 400)
      expect(p.detail).toMatch(/535/)
      expect(p.detail).not.toMatch(/<script>/)
    }
  })

  it('says which class an unassigned code would be in', async () => {
    const p = await expectProblem(await get('/v1/codes/599'), 404)
    expect(p.detail).toMatch(/599 is not an assigned/)
    expect(p.detail).toMatch(/Permanent Negative/)
    expect(p.classInfo).toMatchObject({ class: 5, retry: 'do-not-retry-unchanged' })
    const e = await expectProblem(await get('/v1/codes/4.9.99'), 404)
    expect(e.detail).toMatch(/not in the IANA/)
    expect(e.classInfo).toMatchObject({ class: 4, name: 'Persistent Transient Failure' })
    // The assigned codes nearest to it, as /codes/599 lists them: the same class, nearest first.
    expect(p.nearest).toEqual(['556', '555', '554', '553', '552', '551', '550', '538'])
    expect((e.nearest as string[]).every((c) => c.startsWith('4.'))).toBe(true)
    const lookups = await Promise.all((p.nearest as string[]).map((c) => get(`/v1/codes/${c}`)))
    expect(lookups.map((r) => r.status)).toEqual(lookups.map(() => 200))
  })

  it('answers curl with a short text page', async () => {
    const res = await get('/v1/codes/535', { 'User-Agent': 'curl/8.5.0', Accept: '*/*' })
    expect(res.headers.get('Content-Type')).toMatch(/^text\/plain/)
    const text = await res.text()
    expect(text).toMatch(/^535 {2}Authentication credentials invalid/)
    expect(text).toMatch(/Usually with: 5\.7\.8/)
    expect(text).not.toMatch(/[{}"]/)
  })
})
