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

  it('cites the IANA registry and a bracketed registry reference on every entry', () => {
    for (const entry of ENHANCED_CODES) {
      expect(entry.references, entry.code).toContainEqual({ iana: 'smtp-enhanced-status-codes' })
      expect(entry.registry.reference, entry.code).toMatch(/^\[RFC\d+\](, \[RFC\d+\])*$/)
    }
  })

  it('keeps basic codes consistent with the registry column where it names them', () => {
    for (const entry of ENHANCED_CODES) {
      if (entry.registry.associatedBasic === 'Not given') continue
      for (const b of entry.basic) expect(entry.registry.associatedBasic, entry.code).toContain(b)
    }
  })
})
