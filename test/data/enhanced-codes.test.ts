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
      // Besides lists it holds "Any", "Not given", "250 or 251", "451/550", "." (X.7.28) and nothing (X.6.10).
      expect(entry.registry.associatedBasic, entry.code).toMatch(/^(|\.|Any|Not given|[2-5](\d\d|XX)((, ?| or |\/)[2-5](\d\d|XX))*( \(.+\))?)$/)
    }
  })

  // Rows checked against the registry as updated 2024-12-06 (the XML's <updated>), which an earlier draft of this
  // catalog had wrong: a regression here means the catalog drifted from IANA again.
  it.each([
    ['X.0.0', 'Any', '[RFC3463]'],
    ['X.1.10', '556', '[RFC7505], [RFC7504]'],
    ['X.3.2', '453, 521', '[RFC3463], [RFC7504]'],
    ['X.3.6', '250 or 251', '[RFC6710]'],
    ['X.5.0', '220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, 554', '[RFC3463]'],
    ['X.5.1', '430, 500, 501, 503, 530, 550, 554, 555', '[RFC3463]'],
    ['X.5.4', '451, 501, 502, 503, 504, 550, 555', '[RFC3463]'],
    ['X.6.10', '', '[RFC6531]'],
    ['X.7.24', '451/550', '[RFC7372], [RFC7208]'],
    ['X.7.25', '550', '[RFC7372]'],
    ['X.7.28', '.', '[draft-levine-mailbomb-header-00]'],
  ])('%s matches the registry row', (code, associatedBasic, reference) => {
    const entry = ENHANCED_CODES.find((e) => e.code === code)!
    expect(entry.registry.associatedBasic).toBe(associatedBasic)
    expect(entry.registry.reference).toBe(reference)
  })
})
