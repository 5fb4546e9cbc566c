// The small HTTP edges a newcomer trips over: text answers everywhere, in the answer's language; problem types that
// resolve; a marker when prose falls back to English.
import { describe, expect, it } from 'vitest'
import { PROBLEM_TITLES } from '../../worker/http/problem.ts'
import { get, json } from '../support/fetch.ts'

describe('?format=text', () => {
  it('lists the catalog as text, one code a line', async () => {
    const res = await get('/v1/codes?format=text&kind=enhanced')
    expect(res.headers.get('Content-Type')).toMatch(/^text\/plain/)
    const lines = (await res.text()).trim().split('\n')
    expect(lines.length).toBe((await json<{ count: number }>(await get('/v1/codes?kind=enhanced&format=json'))).count)
    expect(lines).toContain('X.7.8   (5) Authentication credentials invalid')
  })

  it('answers a batch as text, each item in turn', async () => {
    const res = await get('/v1/batch?compare=252:535&code=550&code=599&format=text')
    expect(res.headers.get('Content-Type')).toMatch(/^text\/plain/)
    const text = await res.text()
    expect(text).toMatch(/^252 \(.*\) vs 535 \(/)
    expect(text).toContain('550  Requested action not taken')
    expect(text).toContain('code:599: 599 is not an assigned SMTP reply code')
    // JSON stays the default for browsers and scripts.
    expect((await get('/v1/batch?code=550')).headers.get('Content-Type')).toBe('application/json')
  })
})

describe('text answers in Vietnamese', () => {
  const ENGLISH_LABELS = /^\s*(?:When|Fix \(sender\)|Fix \(admin\)|Retry|Usually with|See|Differences|Shared|Note|Stage|Server said|Warning):/m
  it.each([
    '/v1/codes/535-5.7.8?lang=vi&format=text',
    '/v1/compare/252/535?lang=vi&format=text',
    '/v1/explain?reply=550%205.1.1%20User%20unknown%20(in%20reply%20to%20RCPT%20TO%20command)&lang=vi&format=text',
  ])('%s has Vietnamese labels', async (path) => {
    const text = await (await get(path)).text()
    expect(text).not.toMatch(ENGLISH_LABELS)
    expect(text).toMatch(/Khi bạn thấy mã này:|Khác biệt:|Máy chủ trả lời:/)
  })
})

describe('languages without catalog prose', () => {
  it('mark the English fields in JSON', async () => {
    const ja = await json<{ entries: Array<{ fallback?: { lang: string; fields: string[] } }> }>(await get('/v1/codes/535?lang=ja&format=json'))
    expect(ja.entries[0]!.fallback).toEqual({
      lang: 'en',
      fields: expect.arrayContaining(['title', 'summary', 'description', 'whenSeen', 'fix.sender', 'fix.admin']),
    })
    const vi = await json<{ entries: Array<{ fallback?: unknown }> }>(await get('/v1/codes/535?lang=vi&format=json'))
    expect(vi.entries[0]!.fallback).toBeUndefined()
    const en = await json<{ entries: Array<{ fallback?: unknown }> }>(await get('/v1/codes/535?format=json'))
    expect(en.entries[0]!.fallback).toBeUndefined()
  })
})

describe('problem types', () => {
  it('every problem type URI opens its documentation', async () => {
    const p = await json<{ type: string }>(await get('/v1/codes/abc'))
    const resolved = new URL(p.type, 'https://smtp.example/v1/codes/abc')
    expect(resolved.pathname).toBe('/problems/malformed-code')
    for (const [kind, title] of Object.entries(PROBLEM_TITLES)) {
      const res = await get(`/problems/${kind}`)
      expect(res.status, kind).toBe(200)
      expect(await res.text()).toContain(`<h1>${title}</h1>`)
    }
    expect((await get('/problems/nope')).status).toBe(404)
    const index = await (await get('/problems')).text()
    for (const kind of Object.keys(PROBLEM_TITLES)) expect(index).toContain(`href="/problems/${kind}"`)
  })
})
