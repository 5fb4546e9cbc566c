// Keeps the formats corpus honest: every example is listed with its sources and a well-formed truth, every listed
// file exists, and only reserved names (RFC 2606, RFC 6761) appear in it.
import { describe, expect, it } from 'vitest'
import { REASON_IDS } from '../../data/diagnosis/types.ts'
import { formatText, formatTexts, formats } from './formats'

const REASONS: ReadonlySet<string> = new Set(REASON_IDS)
const reserved = (d: string) => /(^|\.)(test|example|invalid|localhost)$/i.test(d) || /(^|\.)example\.(com|net|org)$/i.test(d)

describe('formats corpus manifest', () => {
  it('lists every example, and every listed example exists', () => {
    const listed = formats.files.map((f) => f.path)
    expect(listed.length).toBeGreaterThan(10)
    expect(listed.filter((p) => !formatTexts.has(p))).toEqual([])
    expect([...formatTexts.keys()].filter((p) => !listed.includes(p))).toEqual([])
    expect(new Set(listed).size).toBe(listed.length)
  })

  it.each(formats.files.map((f) => [f.path, f] as const))('%s cites its sources and states a well-formed truth', (_p, f) => {
    expect(f.sources.length).toBeGreaterThan(0)
    for (const s of f.sources) {
      expect(s.url).toMatch(/^https:\/\/[a-z0-9.-]+\//)
      expect(s.where.length).toBeGreaterThan(5)
    }
    expect(f.layout.length).toBeGreaterThan(20)
    expect(f.paste === 'message' || f.paste === 'text').toBe(true)
    if (f.notBounce) expect(f.truth).toEqual([])
    else expect(f.truth.length).toBeGreaterThan(0)
    for (const t of f.truth) {
      expect(t.recipient).toMatch(/^[^@\s]+@[^@\s]+$/)
      expect(['failed', 'delayed', 'delivered', 'relayed', 'expanded']).toContain(t.action)
      if (t.status !== null) {
        expect(t.status).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/)
        // an expired delivery keeps the 4.x.x of its last attempt
        if (t.action === 'delayed') expect(t.status[0]).toBe('4')
      }
      expect(REASONS.has(t.reason), t.reason).toBe(true)
    }
  })

  it('uses only reserved domain names', () => {
    for (const [path, text] of formatTexts) {
      const domains = [...text.matchAll(/[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)].map((m) => m[1]!.replace(/\.$/, ''))
      expect(
        domains.filter((d) => !reserved(d)),
        path,
      ).toEqual([])
    }
    expect(formatText(formats.files[0]!.path).length).toBeGreaterThan(0)
  })
})
