// Every pair of catalog codes compares cleanly and symmetrically; every code page and curated comparison renders.
import { describe, expect, it } from 'vitest'
import { ComparisonSchema } from '../../worker/api/schemas.ts'
import { BASIC_CODES, CONFUSABLE_PAIRS, ENHANCED_CODES } from '../../worker/core/catalog.ts'
import { compareCodes } from '../../worker/core/compare.ts'
import { get } from '../support/fetch.ts'

// Registry keys are X.y.z; the addressable codes are that key in each class the registry lists for it.
const codes = [...BASIC_CODES.map((c) => c.code), ...ENHANCED_CODES.flatMap((e) => e.classes.map((cls) => `${cls}${e.code.slice(1)}`))]

describe('every catalog pair', () => {
  it('compares without error, validly and symmetrically', () => {
    expect(codes.length).toBeGreaterThan(50)
    for (let i = 0; i < codes.length; i++) {
      for (let j = i; j < codes.length; j++) {
        const [a, b] = [codes[i]!, codes[j]!]
        const ab = compareCodes(a, b)
        const ba = compareCodes(b, a)
        if (!ab.ok || !ba.ok) throw new Error(`${a} vs ${b} failed: ${JSON.stringify(ab.ok ? ba : ab)}`)
        const x = ab.comparison
        const y = ba.comparison
        // Full schema validation is the slow part; once per unordered pair is enough to catch a bad shape.
        if (j === i || (i + j) % 7 === 0) expect(ComparisonSchema.safeParse(x).success, `${a} vs ${b}`).toBe(true)
        if (x.a.code !== a || x.b.code !== b || y.a.code !== b || y.b.code !== a) throw new Error(`${a}/${b}: sides swapped`)
        if (x.same !== y.same || x.same !== (a === b)) throw new Error(`${a}/${b}: same differs by order`)
        if (x.page !== y.page) throw new Error(`${a}/${b}: page depends on order (${x.page} vs ${y.page})`)
        if (JSON.stringify(x.note) !== JSON.stringify(y.note)) throw new Error(`${a}/${b}: curated note depends on order`)
        const flip = new Map(y.aspects.map((s) => [s.aspect, s]))
        for (const s of x.aspects) {
          const t = flip.get(s.aspect)
          if (!t || t.shared !== s.shared || t.a !== s.b || t.b !== s.a) throw new Error(`${a}/${b}: aspect ${s.aspect} not symmetric`)
        }
      }
    }
  })
})

describe('every page', () => {
  it('renders each code page with 200', async () => {
    for (const code of codes) {
      const res = await get(`/codes/${code}`)
      expect(res.status, code).toBe(200)
      expect(res.headers.get('Content-Type'), code).toMatch(/^text\/html/)
      expect(await res.text(), code).toContain(code)
    }
  })

  it('renders each curated comparison page with 200 at its canonical address', async () => {
    expect(CONFUSABLE_PAIRS.length).toBeGreaterThan(0)
    for (const { a, b } of CONFUSABLE_PAIRS) {
      const outcome = compareCodes(a, b)
      if (!outcome.ok) throw new Error(`curated pair ${a}/${b} does not compare`)
      const res = await get(outcome.comparison.page)
      expect(res.status, outcome.comparison.page).toBe(200)
      const html = await res.text()
      expect(html, outcome.comparison.page).toContain(a)
      expect(html, outcome.comparison.page).toContain(b)
    }
  })
})
