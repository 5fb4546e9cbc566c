import { describe, expect, it } from 'vitest'
import { ENHANCED_CODES } from '../../data/enhanced-codes.ts'
import { enhancedCodeSchema } from '../../data/schema.ts'

const parts = (key: string) => key.split('.').slice(1).map(Number) as [number, number]

describe('enhanced status code catalog', () => {
  it('every entry parses with the schema', () => {
    for (const entry of ENHANCED_CODES) expect(() => enhancedCodeSchema.parse(entry), entry.code).not.toThrow()
  })

  it('has no duplicate keys and is sorted by subject then detail', () => {
    const keys = ENHANCED_CODES.map((e) => e.code)
    expect(new Set(keys).size).toBe(keys.length)
    const sorted = [...keys].sort((a, b) => {
      const [sa, da] = parts(a)
      const [sb, db] = parts(b)
      return sa - sb || da - db
    })
    expect(keys).toEqual(sorted)
  })

  it('cites the IANA registry and a bracketed registry reference (an RFC, or the draft that registered it) on every entry', () => {
    for (const entry of ENHANCED_CODES) {
      expect(entry.references, entry.code).toContainEqual({ iana: 'smtp-enhanced-status-codes' })
      expect(entry.registry.reference, entry.code).toMatch(/^\[(RFC\d+|draft-[a-z0-9-]+)\](, \[(RFC\d+|draft-[a-z0-9-]+)\])*$/)
    }
  })

  // The registry's rows as of RFC 8689 (X.7.30): subject -> highest detail. A new IANA row means a new entry here.
  const REGISTRY_SHAPE: Record<number, number> = { 0: 0, 1: 10, 2: 4, 3: 6, 4: 7, 5: 6, 6: 10, 7: 30 }

  it('holds every row of the registry and nothing else', () => {
    const expected = Object.entries(REGISTRY_SHAPE).flatMap(([subject, last]) =>
      Array.from({ length: last + 1 }, (_, detail) => `X.${subject}.${detail}`),
    )
    expect(ENHANCED_CODES.map((e) => e.code)).toEqual(expected)
  })

  it('keeps the registry column verbatim apart from our pairings', () => {
    for (const entry of ENHANCED_CODES) {
      // The column may name codes outside RFC 5321 (422, 523, 525...); `basic` holds only catalogued codes.
      expect(entry.registry.associatedBasic, entry.code).toMatch(/^(Not given|[2-5](\d\d|XX)(, ?[2-5](\d\d|XX))*( \(.+\))?)$/)
    }
  })
})
