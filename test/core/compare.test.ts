import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BASIC_CODES, CONFUSABLE_PAIRS } from '../../worker/core/catalog.ts'
import { compareCodes, compareMatrix } from '../../worker/core/compare.ts'

function compare(a: string, b: string) {
  const r = compareCodes(a, b)
  if (!r.ok) throw new Error(`${a} vs ${b}: ${r.failure.detail}`)
  return r.comparison
}

describe('compareCodes', () => {
  it('252 vs 535: success to VRFY against permanent AUTH failure with 5.7.8', () => {
    const c = compare('252', '535')
    expect(c.same).toBe(false)
    expect(c.summary).toMatch(/252[^;]*2xx[^;]*VRFY/)
    expect(c.summary).toMatch(/535[^;]*5xx[^;]*AUTH[^;]*5\.7\.8/)
    expect(c.aspects[0]!.shared).toBe(false)
    const firstShared = c.aspects.findIndex((x) => x.shared)
    if (firstShared >= 0) expect(c.aspects.slice(firstShared).every((x) => x.shared)).toBe(true)
  })

  it('is symmetric: (b, a) mirrors (a, b)', () => {
    const codes = BASIC_CODES.map((b) => b.code)
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.constantFrom(...codes), (a, b) => {
        const ab = compare(a, b)
        const ba = compare(b, a)
        expect(ba.a.code).toBe(ab.b.code)
        expect(ba.aspects.map((x) => [x.aspect, x.b, x.a, x.shared]).sort()).toEqual(ab.aspects.map((x) => [x.aspect, x.a, x.b, x.shared]).sort())
        expect(ba.note?.text).toBe(ab.note?.text)
      }),
    )
  })

  it('finds the curated note in either order', () => {
    for (const p of CONFUSABLE_PAIRS) {
      expect(compare(p.a, p.b).note?.text).toBe(p.note)
      expect(compare(p.b, p.a).note?.text).toBe(p.note)
    }
  })

  it('the same code twice is same=true with a note in the summary', () => {
    const c = compare('550', '550')
    expect(c.same).toBe(true)
    expect(c.summary).toContain('550')
  })

  it('names the failing side', () => {
    const r = compareCodes('252', '599')
    expect(!r.ok && r.failure.side).toBe('b')
    expect(!r.ok && r.failure.status).toBe(404)
    const m = compareCodes('abc', '535')
    expect(!m.ok && [m.failure.side, m.failure.status]).toEqual(['a', 400])
  })
})

describe('compareMatrix', () => {
  it('compares every pair of 3 codes', () => {
    const r = compareMatrix(['252', '535', '550'])
    expect(r.ok && r.matrix.pairs.map((p) => `${p.a}:${p.b}`)).toEqual(['252:535', '252:550', '535:550'])
  })
})
