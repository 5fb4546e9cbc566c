// GET /oembed: a pasted page URL becomes the card (rich type, the widget script, no iframe), with the statuses the
// oEmbed spec and the API document give for everything else; pages advertise it with a discovery link.
import { describe, expect, it } from 'vitest'
import { OEmbedSchema } from '../../worker/api/schemas.ts'
import { expectProblem, get, json } from '../support/fetch.ts'

const oembed = (url: string, extra = '') => get(`/oembed?url=${encodeURIComponent(url)}${extra}`)

describe('GET /oembed', () => {
  it('turns a comparison page into the card: rich, the widget script and element, a link inside, no iframe', async () => {
    const res = await oembed('https://smtp.example/compare/252-vs-535', '&format=json')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/)
    expect(res.headers.get('Cache-Control')).toMatch(/public/)
    const body = OEmbedSchema.parse(await json(res))
    expect(body).toMatchObject({
      type: 'rich',
      version: '1.0',
      provider_name: 'smtp-code-compare',
      provider_url: 'https://smtp.example/',
      width: 640,
      height: 560,
    })
    expect(body.title).toMatch(/^252 .+ vs 535 .+/)
    expect(body.html).toBe(
      `<script type="module" src="https://smtp.example/widget.js"></script><smtp-code-compare a="252" b="535"><a href="https://smtp.example/compare/252-vs-535">${body.title.replace(/&/g, '&amp;')}</a></smtp-code-compare>`,
    )
    expect(body.html).not.toMatch(/<iframe/i)
  })

  it('embeds code pages, keeps the page language, canonicalises the pair and honours maxwidth/maxheight', async () => {
    const code = await json(await oembed('https://smtp.example/codes/535'))
    expect(code.html).toContain('<smtp-code code="535">')
    const vi = await json(await oembed('https://smtp.example/vi/compare/535-vs-252', '&maxwidth=400&maxheight=300'))
    expect(vi.html).toContain('<smtp-code-compare a="252" b="535" lang="vi"><a href="https://smtp.example/vi/compare/252-vs-535">')
    expect(vi.title).not.toContain('Authentication credentials invalid') // the Vietnamese title
    expect([vi.width, vi.height]).toEqual([400, 300])
  })

  it('answers 404 for URLs of this site that are no code or comparison page, or name an unassigned code', async () => {
    for (const url of [
      'https://smtp.example/',
      'https://smtp.example/explain',
      'https://smtp.example/codes/599',
      'https://smtp.example/compare/252-vs-599',
      'https://smtp.example/compare/nonsense',
      'https://smtp.example/codes/535/extra',
    ]) {
      const p = await expectProblem(await oembed(url), 404)
      expect(p.type, url).toBe('/problems/not-found')
    }
  })

  it('answers 400 for other hosts, non-http URLs, junk and a missing url', async () => {
    for (const url of [
      'https://evil.example/compare/252-vs-535',
      'https://smtp.example.evil.example/codes/535',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'not a url',
      '/compare/252-vs-535',
    ]) {
      const p = await expectProblem(await oembed(url), 400)
      expect(p.detail, url).toMatch(/^url: /)
    }
    await expectProblem(await get('/oembed'), 400)
    await expectProblem(await oembed('https://smtp.example/codes/535', '&maxwidth=wide'), 400)
  })

  it('answers 501 for a format other than json, as the oEmbed spec asks', async () => {
    const p = await expectProblem(await oembed('https://smtp.example/codes/535', '&format=xml'), 501)
    expect(p.type).toBe('/problems/format-not-implemented')
  })

  it('escapes what it echoes: no markup from the URL reaches the snippet', async () => {
    const res = await oembed('https://smtp.example/compare/252-vs-535?x="><script>alert(1)</script>')
    expect(res.status).toBe(200)
    expect((await json(res)).html).not.toContain('alert(1)')
  })
})

describe('oEmbed discovery', () => {
  it('code and comparison pages link to their oEmbed answer; other pages do not', async () => {
    const link = (html: string) => /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&')
    const compare = link(await (await get('/compare/252-vs-535')).text())
    expect(compare).toBe(`https://smtp.example/oembed?url=${encodeURIComponent('https://smtp.example/compare/252-vs-535')}&format=json`)
    const vi = link(await (await get('/vi/codes/550')).text())
    expect(vi).toBe(`https://smtp.example/oembed?url=${encodeURIComponent('https://smtp.example/vi/codes/550')}&format=json`)
    const res = await get(new URL(vi!).pathname + new URL(vi!).search)
    expect((await json(res)).html).toContain('<smtp-code code="550" lang="vi">')
    expect(link(await (await get('/')).text())).toBeUndefined()
    expect(link(await (await get('/codes')).text())).toBeUndefined()
  })
})
