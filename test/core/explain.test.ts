import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BASIC_CLASSES, ENHANCED_CLASSES } from '../../data/classes.ts'
import { ExplanationSchema, type Explanation } from '../../worker/api/schemas.ts'
import { lookupCode } from '../../worker/core/codes.ts'
import { explainReply } from '../../worker/core/explain.ts'
import { IMPLIED_STATUSES } from '../../data/diagnosis/implied-statuses.ts'
import gmailNoSuchUser from './fixtures/replies/gmail-no-such-user.txt?raw'
import microsoftBannedIp from './fixtures/replies/microsoft-banned-ip.txt?raw'
import postfixBounced from './fixtures/replies/postfix-bounced.txt?raw'
import { useStandaloneCore } from '../../worker/core/standalone.ts'

// Core as the npm package runs it: the rule set by plain import, postal-mime from npm.
useStandaloneCore()

const explained = (raw: string): Explanation => {
  const r = explainReply(raw)
  if (!r.ok) throw new Error(`expected an explanation for ${JSON.stringify(raw.slice(0, 80))}`)
  // Every answer must be exactly what the API contract promises.
  expect(ExplanationSchema.parse(r.explanation)).toEqual(r.explanation)
  return r.explanation
}
const kinds = (raw: string) => explained(raw).warnings.map((w) => w.kind)

describe('explainReply: the explanation', () => {
  it('a plain failure: both entries, class, retry from the catalog', () => {
    const x = explained('535 5.7.8 Authentication credentials invalid')
    const basic = lookupCode('535')!
    expect(x).toMatchObject({
      lang: 'en',
      basic: '535',
      enhanced: '5.7.8',
      class: 5,
      text: 'Authentication credentials invalid',
      retry: { advice: 'do-not-retry-unchanged', actor: basic.retry.actor },
    })
    expect(x.stage).toBeUndefined()
    expect(x.classInfo).toMatchObject({ class: 5, name: BASIC_CLASSES[5].name, retry: 'do-not-retry-unchanged' })
    expect(x.entries).toEqual([basic, lookupCode('5.7.8')!])
    expect(x.warnings).toEqual([])
  })

  it('a transient failure says retry later', () => {
    const x = explained('421 4.7.0 Try again later, closing connection.')
    expect(x).toMatchObject({ class: 4, retry: { advice: 'retry-later' }, text: 'Try again later, closing connection.' })
    expect(x.entries[0]).toEqual(lookupCode('421'))
  })

  it('a bare code is explained with empty text', () => {
    const x = explained('550')
    expect(x).toMatchObject({ basic: '550', class: 5, text: '' })
    expect(x.enhanced).toBeUndefined()
    expect(x.entries).toEqual([lookupCode('550')])
  })

  it('252 is a success class with nobody to act', () => {
    const x = explained('252 Cannot VRFY user')
    expect(x).toMatchObject({ class: 2, retry: { advice: 'none-needed', actor: lookupCode('252')!.retry.actor }, text: 'Cannot VRFY user' })
  })

  it('an enhanced code alone takes its class from the enhanced code', () => {
    const x = explained('Status: 4.4.7')
    // Who acts comes from the registry entry when there is one, else from the class.
    const actor = lookupCode('4.4.7')?.retry.actor ?? 'client'
    expect(x).toMatchObject({ enhanced: '4.4.7', class: 4, classInfo: { name: ENHANCED_CLASSES[4].name }, retry: { advice: 'retry-later', actor } })
    expect(x.basic).toBeUndefined()
  })

  it('carries the stage a log names', () => {
    const x = explained(postfixBounced)
    expect(x).toMatchObject({ basic: '550', enhanced: '5.1.1', stage: 'rcpt', class: 5 })
    expect(x.text).toBe('<x@example.com>: Recipient address rejected: User unknown in virtual mailbox table')
  })

  it('knows a BURL failure at submission (RFC 4468) from where it arises', () => {
    const x = explained('host submit.example[192.0.2.7] said: 554 5.6.6 IMAP URL could not be resolved (in reply to BURL command)')
    expect(x).toMatchObject({ basic: '554', enhanced: '5.6.6', stage: 'burl', class: 5 })
    expect(lookupCode('5.6.6')!.stages).toEqual(['burl'])
  })

  it('a Gmail multiline reply is one explanation with joined text', () => {
    const x = explained(gmailNoSuchUser)
    expect(x).toMatchObject({ basic: '550', enhanced: '5.1.1', class: 5 })
    expect(x.text).toMatch(/^The email account that you tried to reach does not exist\. Please try double-checking/)
    expect(kinds(gmailNoSuchUser)).not.toContain('malformed-multiline')
    expect(kinds(gmailNoSuchUser)).not.toContain('mixed-codes')
  })

  it('passes the language through', () => {
    expect(explained('550 5.1.1 x').lang).toBe('en')
    const r = explainReply('550 5.1.1 x', 'de')
    expect(r.ok && r.explanation.lang).toBe('de')
  })
})

describe('explainReply: warnings', () => {
  it('unregistered-enhanced for a vendor code, still read by class 5 and subject 7', () => {
    const x = explained(microsoftBannedIp)
    expect(x.warnings.map((w) => w.kind)).toEqual(['unregistered-enhanced'])
    expect(x.warnings[0]!.message).toContain('Security or Policy Status')
    expect(x.warnings[0]!.message).toContain('5.7.606')
    expect(x).toMatchObject({ class: 5, enhanced: '5.7.606', retry: { advice: 'do-not-retry-unchanged' } })
    expect(x.entries.map((e) => [e.code, e.registered])).toEqual([
      ['550', undefined],
      ['5.7.606', false],
    ])
    expect(kinds('535 5.7.8 bad')).not.toContain('unregistered-enhanced')
  })

  it('class-mismatch when the basic and enhanced classes differ (RFC 3463 §2); the basic code decides', () => {
    const x = explained('550 4.7.8 try later')
    expect(x.warnings.map((w) => w.kind)).toContain('class-mismatch')
    expect(x.class).toBe(5)
    expect(kinds('250 5.7.8 ok?')).toContain('class-mismatch')
    expect(kinds('535 5.7.8 bad')).not.toContain('class-mismatch')
    expect(kinds('Status: 4.4.7')).not.toContain('class-mismatch')
  })

  it('unknown-basic for a well-formed but unassigned code, read by its class', () => {
    const x = explained('599 5.7.8 odd')
    expect(x.warnings.map((w) => w.kind)).toContain('unknown-basic')
    expect(x).toMatchObject({ class: 5, classInfo: { class: 5 } })
    expect(x.entries.map((e) => e.code)).toEqual(['5.7.8'])
    expect(kinds('535 5.7.8 bad')).not.toContain('unknown-basic')
  })

  it.each([
    ['codes differ between lines', '535-5.7.8 first\n534 5.7.8 second'],
    ['last line keeps its hyphen', '535-5.7.8 first\n535-5.7.8 never ends'],
    ['a line without a code in the middle', '535-5.7.8 first\nnoise\n535 5.7.8 last'],
  ])('malformed-multiline: %s', (_, raw) => {
    expect(kinds(raw)).toContain('malformed-multiline')
  })

  it('no malformed-multiline for a well-formed multiline reply', () => {
    expect(kinds('535-5.7.8 first\r\n535 5.7.8 second')).toEqual([])
  })

  it('mixed-codes when lines carry different enhanced codes', () => {
    const x = explained('550-5.7.26 Unauthenticated email\n550 5.7.1 is not accepted')
    expect(x.warnings.find((w) => w.kind === 'mixed-codes')?.message).toContain('5.7.26, 5.7.1')
    expect(x.enhanced).toBe('5.7.26')
    expect(kinds('535-5.7.8 a\n535 5.7.8 b')).not.toContain('mixed-codes')
  })

  it('unusual-class for a registered code used with a class the registry does not list', () => {
    expect(kinds('250 2.7.8 fine?')).toContain('unusual-class')
    expect(kinds('535 5.7.8 bad')).not.toContain('unusual-class')
  })
})

describe('explainReply: no code', () => {
  it.each(['', 'hello world', '1234', '600 nope', '\u0000\u0001\uFFFD', 'x'.repeat(200_000)])('no-code for %j', (raw) => {
    const r = explainReply(raw)
    expect(r).toMatchObject({ ok: false, reason: 'no-code' })
    if (!r.ok) expect(r.detail).toMatch(/three-digit code/)
  })
})

describe('explainReply: words no server answered with', () => {
  // The sending server's own words for a delivery it could not make carry no reply code; pasted alone, each is read
  // with the status the server files it under (as its log's dsn= shows), and says so.
  it.each(IMPLIED_STATUSES.flatMap((s) => s.examples.map((e) => [e, s.status] as const)))('%s → %s', (words, status) => {
    const x = explained(words)
    expect(x.enhanced).toBe(status)
    expect(x.basic).toBeUndefined()
    expect(x.class).toBe(Number(status[0]))
    // First the implied status; then what the registry says of it (Postfix defers with 4.7.4, registered for 5.x.x).
    expect(x.warnings[0]!.kind).toBe('implied-status')
    expect(x.warnings[0]!.message).toContain(status)
    expect(x.text).toBe(words)
  })

  it('reads them as a log, a DSN and a bounce quote them, with the reason and bounce a person needs', () => {
    const cases: Array<[string, string, string, 'hard' | 'soft']> = [
      ['(connect to mx.example.com[192.0.2.1]:25: Connection timed out)', '4.4.1', 'network-error', 'soft'],
      ['Diagnostic-Code: X-Postfix; connect to mx.example.com[192.0.2.1]:25: Connection refused', '4.4.1', 'network-error', 'soft'],
      [
        '<jane@example.org>: Host or domain name not found. Name service error for\n    name=exmaple.org type=MX: Host not found',
        '5.4.4',
        'domain-not-found',
        'hard',
      ],
      [
        '(delivery temporarily suspended: Host or domain name not found. Name service error for name=example.org type=MX: Host not found, try again)',
        '4.4.3',
        'network-error',
        'soft',
      ],
      ['TLS is required, but was not offered by host mx.example.com[192.0.2.1]', '4.7.4', 'tls-required', 'soft'],
    ]
    for (const [raw, status, reason, bounce] of cases) {
      const x = explained(raw)
      expect([x.enhanced, x.diagnosis.reason, x.diagnosis.bounce], raw).toEqual([status, reason, bounce])
    }
  })

  it('implies nothing for the same words elsewhere in a text, or for a text too long to be one of them', () => {
    for (const raw of [
      'Connection refused',
      'we tried: connect to mx.example.com[192.0.2.1]:25: Connection refused',
      `connect to ${'a'.repeat(5000)}: x`,
    ])
      expect(explainReply(raw), raw).toMatchObject({ ok: false, reason: 'no-code' })
    // A code in the words wins over what they imply.
    expect(explained('connect to mx.example.com[192.0.2.1]:25: 421 4.7.0 Try again later').warnings.map((w) => w.kind)).not.toContain(
      'implied-status',
    )
  })
})

describe('explainReply: properties', () => {
  it('never throws on any string; answers a schema-valid class 2-5 or no-code', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), fc.stringMatching(/^[0-9 .\-\r\n:;()]{0,200}$/)),
        (s) => {
          const r = explainReply(s)
          if (r.ok) {
            expect([2, 3, 4, 5]).toContain(r.explanation.class)
            expect(ExplanationSchema.safeParse(r.explanation).success).toBe(true)
          } else expect(r.reason).toBe('no-code')
        },
      ),
      { seed: 20261129, numRuns: 600 },
    )
  })

  it('finds a reply embedded in noise after a recognisable prefix', () => {
    const prefixes = ['said: ', 'Diagnostic-Code: smtp; ', 'SMTP error from remote mail server after RCPT TO:<a@b.example>: ', 'reply: ']
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120 }).filter((s) => !/said:|diagnostic-code:|smtp error|reply:|stat=|[\r\n]/i.test(s)),
        fc.constantFrom(...prefixes),
        fc.integer({ min: 200, max: 599 }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 40 }),
        fc.string({ maxLength: 60 }).filter((s) => !/[\r\n]/.test(s)),
        (noise, prefix, code, subject, detail, words) => {
          const basic = String(code)
          const cls = basic[0]!
          const enhanced = `${cls === '3' ? '2' : cls}.${subject}.${detail}`
          const r = explainReply(`${noise} ${prefix}${basic} ${enhanced} ${words}`)
          expect(r.ok).toBe(true)
          if (r.ok) expect([r.explanation.basic, r.explanation.enhanced, r.explanation.class]).toEqual([basic, enhanced, Number(cls)])
        },
      ),
      { seed: 20261129, numRuns: 400 },
    )
  })
})

describe('quoted replies and codes outside their usual class', () => {
  it("Exim's sender verify callout quotes the other server's user unknown: the sender is what was refused", () => {
    const reply = [
      '550-Verification failed for <sender@example.org>',
      '550-Called:   192.0.2.1',
      '550-Sent:     RCPT TO:<sender@example.org>',
      '550-Response: 550 5.1.1 <sender@example.org>: Recipient address rejected: User unknown',
      '550 Sender verify failed',
    ].join('\n')
    const r = explainReply(reply)
    expect(r.ok && r.explanation.diagnosis.reason).toBe('sender-rejected')
    // A recipient callout is about the recipient.
    const rcpt = explainReply('550-Callout verification failed:\n550 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown')
    expect(rcpt.ok && rcpt.explanation.diagnosis.reason).toBe('user-unknown')
  })

  const NDR = "Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'"

  it("reads Exchange's quoted NDR line as 550 with 5.4.1, without the closing quote", () => {
    const r = explainReply(NDR)
    expect(r.ok && r.explanation).toMatchObject({
      basic: '550',
      enhanced: '5.4.1',
      class: 5,
      text: 'Recipient address rejected: Access denied. AS(201806281)',
    })
  })

  it.each([
    ['"550 5.1.1 User unknown"', '550', '5.1.1', 'User unknown'],
    ["'421 4.7.0 Try again later'", '421', '4.7.0', 'Try again later'],
    ['Bounce said “552 5.2.2 Mailbox full” yesterday', '552', '5.2.2', 'Mailbox full'],
    ['"550 5.1.1 The user doesn\'t exist"', '550', '5.1.1', "The user doesn't exist"],
  ])('reads %s', (input, basic, enhanced, text) => {
    const r = explainReply(input)
    expect(r.ok && r.explanation).toMatchObject({ basic, enhanced, text })
  })

  it("gives the basic code's advice when the enhanced code is outside its usual class, and says what the registry says", () => {
    const r = explainReply(NDR)
    if (!r.ok) throw new Error('no explanation')
    const x = r.explanation
    const basic = lookupCode('550')!
    const enhanced = x.entries.find((e) => e.code === '5.4.1')!
    // 4.4.1's advice ("your server keeps retrying") would contradict a permanent 550.
    expect(enhanced.fix).toEqual(basic.fix)
    expect(enhanced.fix.sender).not.toMatch(/keeps retrying/)
    expect(x.retry).toMatchObject({ advice: 'do-not-retry-unchanged' })
    const warning = x.warnings.find((w) => w.kind === 'unusual-class')!.message
    expect(warning).toBe(
      '5.4.1 is unusual: the IANA registry associates X.4.1 with basic code 451, and RFC 3463 describes it for class 4. Servers do send it this way; the advice here follows the basic code 550.',
    )
    expect(warning).not.toMatch(/registered for/)
    // The entry itself is untouched where the class is usual.
    expect(explainReply('451 4.4.1 No answer').ok && lookupCode('4.4.1')!.fix.sender).toMatch(/retrying/)
  })
})
