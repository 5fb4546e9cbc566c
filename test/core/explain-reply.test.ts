import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { explainReply } from '../../worker/core/explain.ts'
import { parseReply } from '../../worker/core/reply-parser.ts'

const ok = (raw: string) => {
  const r = explainReply(raw)
  if (!r.ok) throw new Error(`expected an explanation for ${JSON.stringify(raw)}`)
  return r.explanation
}
const kinds = (raw: string) => ok(raw).warnings.map((w) => w.kind)

describe('parseReply: what people paste', () => {
  it.each([
    ['535 5.7.8 Authentication credentials invalid', '535', '5.7.8', 'Authentication credentials invalid'],
    ['252 Cannot VRFY user', '252', undefined, 'Cannot VRFY user'],
    ['550', '550', undefined, ''],
    ['  421 4.7.0 Try again later, closing connection.  ', '421', '4.7.0', 'Try again later, closing connection.'],
    ['550 5.7.606 Access denied, banned sending IP [1.2.3.4]. (AS16012607) [BN8NAM11FT]', '550', '5.7.606', 'Access denied, banned sending IP [1.2.3.4]. (AS16012607) [BN8NAM11FT]'],
  ])('%s', (raw, basic, enhanced, text) => {
    const p = parseReply(raw)!
    expect(p.basic).toBe(basic)
    expect(p.enhanced).toBe(enhanced)
    expect(p.text).toBe(text)
  })

  it('joins multiline replies with CRLF or LF', () => {
    for (const eol of ['\r\n', '\n']) {
      const p = parseReply(['250-mx.example.com Hello', '250-SIZE 35882577', '250 ENHANCEDSTATUSCODES'].join(eol))!
      expect(p.basic).toBe('250')
      expect(p.text).toBe('mx.example.com Hello SIZE 35882577 ENHANCEDSTATUSCODES')
      expect(p.lines).toHaveLength(3)
      expect(p.multilineProblems).toEqual([])
    }
  })

  it('drops the repeated codes of a multiline reply flattened onto one log line', () => {
    const p = parseReply('host gmail-smtp-in.l.google.com[1.2.3.4] said: 550-5.1.1 The email account does not exist. 550-5.1.1 Please check. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser (in reply to RCPT TO command)')!
    expect(p).toMatchObject({ basic: '550', enhanced: '5.1.1', stage: 'rcpt' })
    expect(p.text).toBe('The email account does not exist. Please check. https://support.google.com/mail/?p=NoSuchUser')
  })

  it('reads Exim, DSN and Sendmail lines', () => {
    expect(parseReply('** bob@example.com R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT TO:<bob@example.com>: 550 5.1.1 User unknown')).toMatchObject({ basic: '550', enhanced: '5.1.1', stage: 'rcpt', text: 'User unknown' })
    expect(parseReply('SMTP error from remote mail server after end of data: 552 5.3.4 Message too big')).toMatchObject({ basic: '552', enhanced: '5.3.4', stage: 'end-of-data' })
    expect(parseReply('Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <a@b.example>: user unknown')).toMatchObject({ basic: '550', enhanced: '5.1.1', text: '<a@b.example>: user unknown' })
    expect(parseReply('Action: failed\nStatus: 4.4.7\nWill-Retry-Until: x')).toMatchObject({ enhanced: '4.4.7' })
    expect(parseReply('to=<a@b>, delay=1, mailer=esmtp, dsn=5.1.1, stat=User unknown')).toMatchObject({ enhanced: '5.1.1' })
    expect(parseReply('postfix/smtp: status=deferred (host x[1.2.3.4] said: 451 4.7.1 Greylisted (in reply to end of DATA command))')).toMatchObject({ basic: '451', enhanced: '4.7.1', stage: 'end-of-data', text: 'Greylisted' })
  })

  it('finds nothing where there is no code', () => {
    for (const raw of ['', 'hello world', '1234', '600 nope', '5.1', '\u0000\u0001\uFFFD']) expect(parseReply(raw)).toBeUndefined()
  })

  it('stays linear on hostile input', () => {
    const hostile = `${'5-'.repeat(40_000)}${'550-'.repeat(10_000)}`
    const t = performance.now()
    parseReply(hostile)
    parseReply('(in reply to '.repeat(10_000))
    parseReply(`said: ${'1'.repeat(60_000)}`)
    expect(performance.now() - t).toBeLessThan(1000)
  })
})

describe('explainReply', () => {
  it('explains with both entries, class and retry', () => {
    const x = ok('535 5.7.8 Authentication credentials invalid')
    expect(x).toMatchObject({ basic: '535', enhanced: '5.7.8', class: 5, retry: { advice: 'do-not-retry-unchanged', actor: 'sender' } })
    expect(x.entries.map((e) => e.code)).toEqual(['535', '5.7.8'])
    expect(x.warnings).toEqual([])
  })

  it('warns when the classes disagree', () => {
    expect(kinds('550 4.7.1 try later')).toContain('class-mismatch')
    expect(kinds('450 4.7.1 try later')).not.toContain('class-mismatch')
  })

  it('warns about unregistered enhanced codes but still explains by class', () => {
    const x = ok('550 5.7.606 Access denied, banned sending IP [1.2.3.4]')
    expect(x.warnings.map((w) => w.kind)).toEqual(['unregistered-enhanced'])
    expect(x.class).toBe(5)
    expect(x.entries.map((e) => e.code)).toEqual(['550'])
  })

  it('warns about unknown basic codes', () => {
    const x = ok('599 5.0.0 odd')
    expect(x.warnings.map((w) => w.kind)).toContain('unknown-basic')
    expect(x.classInfo.class).toBe(5)
  })

  it('warns about malformed and mixed multiline replies', () => {
    expect(kinds('550-5.1.1 first\n551 5.1.1 second')).toContain('malformed-multiline')
    expect(kinds('550-5.1.1 first\n550-5.1.1 never ends')).toContain('malformed-multiline')
    expect(kinds('550-5.1.1 first\n550 5.7.1 second')).toContain('mixed-codes')
    expect(kinds('550-5.1.1 first\n550 5.1.1 second')).toEqual([])
  })

  it('explains an enhanced code alone by its class', () => {
    const x = ok('Status: 4.4.7')
    expect(x).toMatchObject({ enhanced: '4.4.7', class: 4, retry: { advice: 'retry-later' } })
    expect(x.basic).toBeUndefined()
  })

  it('never throws, and answers either a class 2-5 or no-code', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = explainReply(s)
        if (r.ok) expect([2, 3, 4, 5]).toContain(r.explanation.class)
        else expect(r.reason).toBe('no-code')
      }),
      { seed: 424242, numRuns: 500 },
    )
  })

  it('finds a reply embedded in noise after a log wrapper', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }).filter((s) => !/said:|\n|\r/i.test(s)),
        fc.constantFrom('421', '450', '451', '452', '550', '552', '553', '554'),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 30 }),
        (noise, basic, subject, detail) => {
          const enhanced = `${basic[0]}.${subject}.${detail}`
          const r = explainReply(`${noise} said: ${basic} ${enhanced} message text`)
          expect(r.ok).toBe(true)
          if (r.ok) expect([r.explanation.basic, r.explanation.enhanced]).toEqual([basic, enhanced])
        },
      ),
      { seed: 424242, numRuns: 300 },
    )
  })
})
