// Page paths and queries are user text; none of the markup an attacker puts there may come back unescaped in HTML.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { get } from '../support/fetch.ts'
import { check } from './seed.ts'

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</title><script>x</script>',
  'javascript:alert(1)//<b>',
  '<iframe srcdoc="x">',
]
const PLACES = (p: string) => {
  const e = encodeURIComponent(p)
  return [
    `/codes/${e}`,
    `/compare/${e}-vs-535`,
    `/compare/252-vs-${e}`,
    `/search?q=${e}`,
    `/explain?reply=${e}`,
    `/explain?reply=550%205.1.1%20${e}`,
    `/${e}`,
    `/de/codes/${e}`,
    `/codes?class=${e}`,
  ]
}

// The dangerous part of each payload is its tag opener; escaped output shows &lt; instead.
const openers = (payload: string) => [...payload.matchAll(/<[a-z/][a-z]*/gi)].map((m) => m[0])

async function expectEscaped(path: string, payload: string) {
  const res = await get(path)
  expect(res.status, path).toBeLessThan(500)
  const body = await res.text()
  if (!(res.headers.get('Content-Type') ?? '').startsWith('text/html')) return
  for (const tag of openers(payload)) {
    // The page's own markup uses these tags too; what must not appear is the attacker's tag next to its payload text.
    // A bare closing tag is the page's own markup too (its module script ends in </script>): then the whole payload.
    const rest = payload.slice(payload.indexOf(tag))
    const attack = rest === `${tag}>` && tag.startsWith('</') ? payload : rest
    expect(body.includes(attack), `${path} reflects ${attack}`).toBe(false)
  }
  // Escaped text may say "onerror=" harmlessly; an event handler inside a real tag may not.
  expect(body, path).not.toMatch(/<[^>]*\s(?:onerror|onload)=/i)
}

describe('pages escape user input', () => {
  it('for known attack strings in every place input lands', async () => {
    for (const payload of PAYLOADS) for (const path of PLACES(payload)) await expectEscaped(path, payload)
  })

  it('for random markup-ish strings', async () => {
    const markup = fc
      .tuple(
        fc.constantFrom('<b', '<script', '<img', '"><x', "'><y", '</p><z'),
        fc.string({ maxLength: 12 }),
        fc.constantFrom('>', ' onerror=alert(1)>', '/>'),
      )
      .map(([a, b, c]) => `${a}${b.replace(/[<>]/g, '')}${c}`)
    await check(
      fc.asyncProperty(markup, fc.nat({ max: 8 }), async (payload, place) => {
        await expectEscaped(PLACES(payload)[place]!, payload)
      }),
      60,
    )
  })
})
