import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BASIC_CODES, ENHANCED_CODES } from '../../worker/core/catalog.ts'
import { listCodes, lookupCode, parseCodeQuery, renderReference, resolveCode } from '../../worker/core/codes.ts'

describe('parseCodeQuery', () => {
  it.each(['535', ' 535 ', '5.7.8', '535 5.7.8', '535-5.7.8', '535+5.7.8'])('accepts %j', (q) => {
    expect(parseCodeQuery(q).ok).toBe(true)
  })

  it('returns basic then enhanced for a combined query', () => {
    const q = parseCodeQuery('535-5.7.8')
    expect(q.ok && q.codes.map((c) => c.code)).toEqual(['535', '5.7.8'])
  })

  it.each(['abc', '', '635', '1.1.1', '535 550', '5.7.8 5.1.1', '5.7.8.1', '5357', 'error', 'X.7'])('rejects %j with the valid forms', (q) => {
    const r = parseCodeQuery(q)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.detail).toMatch(/535|5\.7\.8/)
  })

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseCodeQuery(s)))
  })
})

describe('lookupCode', () => {
  it('535 is AUTH failure paired with 5.7.8', () => {
    const e = lookupCode('535')!
    expect(e.class).toBe(5)
    expect(e.stages).toContain('auth')
    expect(e.pairings).toContain('5.7.8')
  })

  it('an enhanced code carries its subject, class meaning and IANA reference', () => {
    const e = lookupCode('5.7.8')!
    expect(e.kind).toBe('enhanced')
    expect(e.registryKey).toBe('X.7.8')
    expect(e.subject).toMatch(/security|policy/i)
    expect(e.classInfo.class).toBe(5)
    expect(e.references.some((r) => r.url.startsWith('https://www.iana.org/assignments/smtp-enhanced-status-codes/'))).toBe(true)
  })

  it('every catalog entry resolves', () => {
    for (const b of BASIC_CODES) expect(lookupCode(b.code)?.code).toBe(b.code)
    for (const e of ENHANCED_CODES) {
      const cls = e.classes[0]!
      expect(lookupCode(e.code.replace('X', String(cls)))?.registryKey).toBe(e.code)
    }
  })

  it('pairs an enhanced code only with replies of its own class', () => {
    for (const e of ENHANCED_CODES)
      for (const cls of [2, 4, 5]) {
        const code = e.code.replace('X', String(cls))
        const pairings = lookupCode(code)!.pairings
        expect(
          pairings.filter((b) => !b.startsWith(String(cls))),
          code,
        ).toEqual([])
        expect(pairings, code).toEqual(e.basic.filter((b) => b.startsWith(String(cls))))
      }
    // X.3.2's registry row names 453 and 521: 4.3.2 goes with 421, 5.3.2 with 521 (RFC 7504 §6), 5.0.0 with no
    // reply the catalog lists, although X.0.0 is used with 214, 220, 221, 250 and 252 as 2.0.0.
    expect(lookupCode('4.3.2')!.pairings).toEqual(['421'])
    expect(lookupCode('5.3.2')!.pairings).toEqual(['521'])
    expect(lookupCode('5.0.0')!.pairings).toEqual([])
    expect(lookupCode('2.0.0')!.pairings).toEqual(['214', '220', '221', '250', '252'])
  })

  it("never says who acts in a way the code's class contradicts", () => {
    for (const e of ENHANCED_CODES)
      for (const cls of [2, 4, 5]) {
        const code = e.code.replace('X', String(cls))
        const { actor } = lookupCode(code)!.retry
        if (cls === 2) expect(actor, code).toBe('nobody')
        else expect(actor, code).not.toBe('nobody')
        if (cls === 5) expect(actor, code).not.toBe('client')
      }
    // One registry entry, three classes: success needs nobody, an undefined failure still needs someone.
    expect(lookupCode('2.0.0')!.retry.actor).toBe('nobody')
    expect(lookupCode('5.0.0')!.retry.actor).toBe('sender')
    expect(lookupCode('2.1.0')!.retry.actor).toBe('nobody')
    expect(lookupCode('5.1.0')!.retry.actor).toBe('sender')
    // 4.3.2 (421 while shutting down) is retried by the client; 5.3.2 (with 521) will not go away by retrying.
    expect(lookupCode('4.3.2')!.retry.actor).toBe('client')
    expect(lookupCode('5.3.2')!.retry.actor).toBe('sender')
  })

  it.each(['599', '5.9.9', '4.1.99'])('%s is well formed but unassigned, and the reason names its class', (code) => {
    expect(lookupCode(code)).toBeUndefined()
    const r = resolveCode(code)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.status).toBe(404)
      expect(r.detail).toMatch(/not (an assigned|in the IANA)/)
      expect(r.detail).toMatch(/[Pp]ermanent|[Tt]ransient|[Pp]ersistent/)
    }
  })
})

describe('renderReference', () => {
  it('links sections and appendices on rfc-editor.org', () => {
    expect(renderReference({ rfc: 4954, section: '6' })).toEqual({
      label: 'RFC 4954 §6',
      url: 'https://www.rfc-editor.org/rfc/rfc4954#section-6',
      rfc: 4954,
      section: '6',
    })
    expect(renderReference({ rfc: 5321, section: 'A' }).url).toBe('https://www.rfc-editor.org/rfc/rfc5321#appendix-A')
  })
})

describe('listCodes', () => {
  it('lists the whole catalog and filters by kind and class', () => {
    expect(listCodes()).toHaveLength(BASIC_CODES.length + ENHANCED_CODES.length)
    expect(listCodes({ kind: 'basic' })).toHaveLength(BASIC_CODES.length)
    const fours = listCodes({ kind: 'basic', class: 4 })
    expect(fours.length).toBe(BASIC_CODES.filter((b) => b.code.startsWith('4')).length)
    expect(fours.every((s) => s.class === 4)).toBe(true)
  })
})
