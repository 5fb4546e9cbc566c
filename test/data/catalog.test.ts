// The catalog is tested like code: the real data must validate cleanly, the validator must catch each kind of
// mistake (proved on small broken fixtures), and the facts users rely on most are pinned explicitly.
import { describe, expect, it } from 'vitest'
import { BASIC_CODES } from '../../data/basic-codes.ts'
import { CONFUSABLE_PAIRS } from '../../data/confusable-pairs.ts'
import { ENHANCED_CODES } from '../../data/enhanced-codes.ts'
import type { BasicCode, EnhancedCode, Reference } from '../../data/schema.ts'
import { type Catalog, catalogCounts, isOneSentence, validateCatalog } from '../../data/validate.ts'

const byCode = (code: string): BasicCode => {
  const entry = BASIC_CODES.find((e) => e.code === code)
  if (!entry) throw new Error(`basic code ${code} missing from the catalog`)
  return entry
}
const cites = (refs: readonly Reference[], rfc: number, section?: string) =>
  refs.some((r) => 'rfc' in r && r.rfc === rfc && (section === undefined || r.section === section))

describe('the shipped catalog', () => {
  // Split in two so a failure says at once whether our own entries are wrong or a code we cite is missing from
  // the enhanced registry (data/enhanced-codes.ts). Both must be empty; problems are printed in full.
  const MISSING_FROM_REGISTRY = /has no registry entry|registry key X\.\S+ is not in the catalog/

  it('has no problems in its own entries', () => {
    const problems = validateCatalog().filter((p) => !MISSING_FROM_REGISTRY.test(p))
    expect(problems, `catalog problems:\n${problems.join('\n')}`).toEqual([])
  })

  it('cites only enhanced codes that the registry catalog contains', () => {
    const problems = validateCatalog().filter((p) => MISSING_FROM_REGISTRY.test(p))
    expect(problems, `codes missing from data/enhanced-codes.ts:\n${problems.join('\n')}`).toEqual([])
  })

  it('covers every reply code of RFC 5321 §4.2.3 and of the standards-track extensions', () => {
    const rfc5321 = '211 214 220 221 250 251 252 354 421 450 451 452 455 500 501 502 503 504 550 551 552 553 554 555'
    const extensions = '235 334 432 454 530 534 535 538 521 556 253 458 459 453'
    const codes = new Set(BASIC_CODES.map((e) => e.code))
    for (const code of `${rfc5321} ${extensions}`.split(' ')) expect(codes, code).toContain(code)
  })

  it('keeps at least 24 curated pairs', () => {
    expect(catalogCounts().confusablePairs).toBeGreaterThanOrEqual(24)
  })
})

describe('facts users rely on', () => {
  it('535 pairs with 5.7.8 and cites RFC 4954', () => {
    const entry = byCode('535')
    expect(entry.enhanced[0]).toBe('5.7.8')
    expect(cites(entry.references, 4954, '6')).toBe(true)
    expect(ENHANCED_CODES.find((e) => e.code === 'X.7.8')?.basic).toContain('535')
  })

  it('452, not 552, is the reply for too many recipients (RFC 5321 §4.5.3.1.10)', () => {
    const tooMany = byCode('452').contexts?.find((c) => /too many recipients/i.test(c.title))
    expect(tooMany?.stages).toEqual(['rcpt'])
    expect(tooMany?.enhanced).toContain('4.5.3')
    expect(cites(tooMany?.references ?? [], 5321, '4.5.3.1.10')).toBe(true)
    // The legacy 552 for the same condition must tell clients to treat it as temporary.
    const legacy = byCode('552')
    expect(legacy.retryNote).toMatch(/temporary/)
    expect(legacy.retryNote).toContain('4.5.3.1.10')
  })

  it('454 keeps its STARTTLS and AUTH meanings apart', () => {
    const contexts = byCode('454').contexts ?? []
    const tls = contexts.find((c) => c.extension === 'STARTTLS')
    const auth = contexts.find((c) => c.extension === 'AUTH')
    expect(tls?.stages).toEqual(['starttls'])
    expect(tls?.title).toBe('TLS not available due to temporary reason')
    expect(cites(tls?.references ?? [], 3207, '4')).toBe(true)
    expect(auth?.stages).toEqual(['auth'])
    expect(auth?.title).toBe('Temporary authentication failure')
    expect(cites(auth?.references ?? [], 4954, '6')).toBe(true)
  })

  it('220, 530 and 554 distinguish their STARTTLS meaning from the core one', () => {
    expect(byCode('220').contexts?.map((c) => c.stages[0])).toEqual(['greeting', 'starttls'])
    expect(byCode('530').contexts?.map((c) => c.extension)).toEqual(['AUTH', 'STARTTLS'])
    const greeting = byCode('554').contexts?.find((c) => c.stages.includes('greeting'))
    expect(greeting?.title).toBe('No SMTP service here')
    expect(greeting?.enhanced).toEqual([])
  })

  it('521 and 556 cite RFC 7504, and 556 goes with 5.1.10 (null MX)', () => {
    expect(cites(byCode('521').references, 7504, '3')).toBe(true)
    expect(byCode('521').stages).toContain('greeting')
    expect(cites(byCode('556').references, 7504, '4')).toBe(true)
    expect(byCode('556').enhanced).toEqual(['5.1.10'])
  })

  it('252 is a success that does not verify the address (RFC 5321 §7.3)', () => {
    const entry = byCode('252')
    expect(entry.actor).toBe('nobody')
    expect(cites(entry.references, 5321, '7.3')).toBe(true)
    expect(entry.fix.sender).toMatch(/not treat 252 as proof/)
  })

  it('includes the curated pairs people search for, in either order', () => {
    const has = (a: string, b: string) => CONFUSABLE_PAIRS.some((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a))
    const required = [
      ['450', '550'],
      ['421', '451'],
      ['452', '552'],
      ['530', '535'],
      ['534', '535'],
      ['252', '550'],
      ['550', '554'],
      ['521', '556'],
      ['5.1.1', '5.1.10'],
      ['535', '454'],
      ['252', '535'],
    ] as const
    for (const [a, b] of required) expect(has(a, b), `${a} vs ${b}`).toBe(true)
  })
})

// ---- The validator itself, proved on a small fixture catalog so these tests do not move with the data ----

const basic = (code: string, extra: Partial<BasicCode> = {}): BasicCode => ({
  code,
  title: `Title of ${code}`,
  summary: `Summary of reply ${code}.`,
  description: 'A description.',
  whenSeen: 'When it is seen.',
  stages: ['auth'],
  fix: { sender: 'What the sender does.', admin: 'What the admin checks.' },
  actor: code.startsWith('2') ? 'nobody' : 'sender',
  references: [{ rfc: 4954, section: '6' }],
  related: [],
  enhanced: [],
  ...extra,
})

const enhanced = (code: string, extra: Partial<EnhancedCode> = {}): EnhancedCode => ({
  code,
  title: `Title of ${code}`,
  summary: `Summary of ${code}.`,
  description: 'A description.',
  whenSeen: 'When it is seen.',
  stages: ['auth'],
  fix: { sender: 'What the sender does.', admin: 'What the admin checks.' },
  actor: 'sender',
  references: [{ iana: 'smtp-enhanced-status-codes' }],
  related: [],
  classes: [5],
  basic: [],
  registry: { sampleText: 'Sample', associatedBasic: 'Not given', description: 'Registry text.', reference: '[RFC4954]' },
  ...extra,
})

const fixture = (): Catalog => ({
  basic: [
    basic('535', { enhanced: ['5.7.8'], related: ['530'] }),
    basic('530', { enhanced: ['5.7.0'], related: ['535'] }),
    basic('454', { enhanced: ['4.7.0'], stages: ['auth', 'starttls'] }),
  ],
  enhanced: [
    enhanced('X.7.8', { basic: ['535'], registry: { sampleText: 'x', associatedBasic: '535', description: 'd', reference: '[RFC4954]' } }),
    enhanced('X.7.0', { classes: [4, 5], related: ['X.7.8'] }),
  ],
  pairs: [{ a: '530', b: '535', note: 'Not logged in vs wrong credentials.', references: [{ rfc: 4954, section: '6' }] }],
  rfcs: [
    { number: 4954, title: 'SMTP Service Extension for Authentication' },
    { number: 2554, title: 'SMTP Service Extension for Authentication (old)', obsoletedBy: 4954 },
  ],
})

/** Validates a fixture after one edit and returns the problems. */
const problemsAfter = (edit: (c: Catalog & { basic: BasicCode[]; enhanced: EnhancedCode[] }) => void): string[] => {
  const catalog = structuredClone(fixture()) as Catalog & { basic: BasicCode[]; enhanced: EnhancedCode[] }
  edit(catalog)
  return validateCatalog(catalog)
}
const first = <T>(items: readonly T[]): T => {
  if (items[0] === undefined) throw new Error('fixture is empty')
  return items[0]
}

describe('validateCatalog catches', () => {
  it('nothing in the clean fixture', () => {
    expect(validateCatalog(fixture())).toEqual([])
  })

  it('entries that do not match the schema', () => {
    const problems = problemsAfter((c) => {
      Object.assign(first(c.basic), { stages: ['teleport'] })
    })
    expect(problems.some((p) => p.startsWith('basic 535: schema stages.0'))).toBe(true)
  })

  it('duplicate codes and duplicate pairs in reversed order', () => {
    const problems = problemsAfter((c) => {
      c.basic.push(basic('535', { enhanced: ['5.7.8'] }))
      ;(c.pairs as unknown[]).push({ a: '535', b: '530', note: 'Same pair again.', references: [{ rfc: 4954 }] })
    })
    expect(problems).toContain('basic 535: duplicate entry')
    expect(problems).toContain('pair 530 vs 535: duplicate entry')
  })

  it('related, enhanced and pair codes that resolve to nothing', () => {
    const problems = problemsAfter((c) => {
      first(c.basic).related.push('529', 'X.9.9')
      first(c.basic).enhanced.push('5.7.99')
      ;(c.pairs as unknown[]).push({ a: '530', b: '5.1.1', note: 'Unknown code.', references: [{ rfc: 4954 }] })
    })
    expect(problems).toContain('basic 535: related: basic code 529 is not in the catalog')
    expect(problems).toContain('basic 535: related: registry key X.9.9 is not in the catalog')
    expect(problems).toContain('basic 535: enhanced: enhanced code 5.7.99 has no registry entry X.7.99')
    expect(problems).toContain('pair 530 vs 5.1.1: enhanced code 5.1.1 has no registry entry X.1.1')
  })

  it('a concrete code whose class the registry entry does not allow', () => {
    const problems = problemsAfter((c) => {
      c.basic.push(basic('435', { enhanced: ['4.7.8'] }))
    })
    expect(problems).toContain('basic 435: enhanced: enhanced code 4.7.8: X.7.8 is not used with class 4 (classes 5)')
  })

  it('a 4xx reply carrying a 5.x.x code', () => {
    const problems = problemsAfter((c) => {
      const entry = c.basic.find((e) => e.code === '454')
      entry?.enhanced.push('5.7.0')
    })
    expect(problems).toContain('basic 454: enhanced code 5.7.0 has class 5, but a 4xx reply carries 4.x.x codes')
  })

  it('pairings that disagree in either direction', () => {
    const forward = problemsAfter((c) => {
      c.basic.push(basic('554', { enhanced: ['5.7.8'] }))
    })
    expect(forward).toContain('basic 554: lists 5.7.8, but X.7.8 does not list 554 among its basic codes (535)')

    const backward = problemsAfter((c) => {
      first(c.basic).enhanced = []
    })
    expect(backward).toContain('enhanced X.7.8: lists basic 535, but 535 does not list any n.7.8 code')
  })

  it('an enhanced entry listing a basic code that is missing, or of a class it does not allow', () => {
    const problems = problemsAfter((c) => {
      const entry = c.enhanced.find((e) => e.code === 'X.7.8')
      entry?.basic.push('529', '454')
    })
    expect(problems).toContain('enhanced X.7.8: basic code 529 is not in the catalog')
    expect(problems).toContain('enhanced X.7.8: lists basic 454, but class 4 is not among its classes (5)')
  })

  it('citations of RFCs that are not listed, or obsoleted without a reason', () => {
    const problems = problemsAfter((c) => {
      first(c.basic).references.push({ rfc: 9999 }, { rfc: 2554 })
      first(c.enhanced).registry.reference = '[RFC4954][RFC8888]'
    })
    expect(problems).toContain('basic 535: cites RFC 9999, which is not listed in data/rfcs.ts')
    expect(problems).toContain('basic 535: cites RFC 2554, obsoleted by RFC 4954, without a reason in HISTORICAL_CITATIONS')
    expect(problems).toContain('enhanced X.7.8: registry reference names RFC 8888, which is not listed in data/rfcs.ts')
  })

  it('context stages that the entry itself does not list', () => {
    const problems = problemsAfter((c) => {
      const entry = c.basic.find((e) => e.code === '454')
      if (!entry) return
      entry.contexts = [
        { stages: ['starttls'], extension: 'STARTTLS', title: 'TLS', description: 'd', enhanced: ['4.7.0'], references: [{ rfc: 4954 }] },
        { stages: ['rcpt'], extension: 'AUTH', title: 'Auth', description: 'd', enhanced: ['4.7.0'], references: [{ rfc: 4954 }] },
      ]
    })
    expect(problems).toEqual(['basic 454 context "Auth": stage "rcpt" is not among the entry\'s stages'])
  })

  it('placeholder text and summaries longer than one sentence', () => {
    const problems = problemsAfter((c) => {
      first(c.basic).fix.admin = 'TODO: ask the mail team.'
      first(c.enhanced).summary = 'Credentials were rejected. Ask the user again.'
    })
    expect(problems).toContain('basic 535: fix.admin contains placeholder text: "TODO"')
    expect(problems.some((p) => p.startsWith('enhanced X.7.8: summary must be exactly one sentence'))).toBe(true)
  })

  it('a pair that compares a code with itself', () => {
    const problems = problemsAfter((c) => {
      ;(c.pairs as unknown[]).push({ a: '454', b: '454', note: 'Same.', references: [{ rfc: 4954 }] })
    })
    expect(problems).toContain('pair 454 vs 454: compares a code with itself')
  })
})

describe('isOneSentence', () => {
  it.each([
    ['The server is ready.', true],
    ['A refusal, e.g. RCPT before MAIL, or a second AUTH.', true],
    ['Use 5.7.8 for this.', true],
    ['No final period', false],
    ['First sentence. Second sentence.', false],
    ['It failed! Try again.', false],
  ])('%s -> %s', (text, expected) => {
    expect(isOneSentence(text)).toBe(expected)
  })
})
