import { describe, expect, it } from 'vitest'
import { MAX_REPLY_LINES, MAX_SCAN, parseReply } from '../../worker/core/reply-parser.ts'
import dsnReport from './fixtures/replies/dsn-report.txt?raw'
import eximRejectlog from './fixtures/replies/exim-rejectlog.txt?raw'
import gmailNoSuchUser from './fixtures/replies/gmail-no-such-user.txt?raw'
import microsoftBannedIp from './fixtures/replies/microsoft-banned-ip.txt?raw'
import postfixBounced from './fixtures/replies/postfix-bounced.txt?raw'

const parsed = (raw: string) => {
  const p = parseReply(raw)
  if (!p) throw new Error(`expected a reply in ${JSON.stringify(raw.slice(0, 80))}`)
  return p
}

describe('single-line replies', () => {
  it.each([
    ['535 5.7.8 Authentication credentials invalid', '535', '5.7.8', 'Authentication credentials invalid'],
    [
      '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
      '550',
      '5.1.1',
      '<bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
    ],
    ['252 Cannot VRFY user', '252', undefined, 'Cannot VRFY user'],
    ['421 4.7.0 Try again later, closing connection.', '421', '4.7.0', 'Try again later, closing connection.'],
    ['  550  ', '550', undefined, ''],
    ['550', '550', undefined, ''],
    ['5.7.1 Delivery not authorized, message refused', undefined, '5.7.1', 'Delivery not authorized, message refused'],
    // RFC 3463 §2 forbids leading zeros; read them as the code they were meant to be.
    ['550 5.01.001 odd formatting', '550', '5.1.1', 'odd formatting'],
  ])('%j', (raw, basic, enhanced, text) => {
    const p = parsed(raw)
    expect([p.basic, p.enhanced, p.text]).toEqual([basic, enhanced, text])
    expect(p.multilineProblems).toEqual([])
    expect(p.stage).toBeUndefined()
  })

  it('keeps a Microsoft reply whole, with its vendor code', () => {
    const p = parsed(microsoftBannedIp)
    expect(p).toMatchObject({ basic: '550', enhanced: '5.7.606', enhancedCodes: ['5.7.606'] })
    expect(p.text).toMatch(/^Access denied, banned sending IP \[203\.0\.113\.9\]\. To request removal/)
    expect(p.text).toMatch(/\(AS16012607\) \[BN8NAM11FT045\.eop-nam11\.prod\.protection\.outlook\.com\]$/)
  })
})

describe('multiline replies (RFC 5321 §4.2.1)', () => {
  it('joins a Gmail reply sent with CRLF, codes stripped from every line', () => {
    const p = parsed(gmailNoSuchUser)
    expect(p).toMatchObject({ basic: '550', enhanced: '5.1.1', enhancedCodes: ['5.1.1'], multilineProblems: [] })
    expect(p.lines).toHaveLength(4)
    expect(p.text).toBe(
      "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-4a9d5c1f2b3si123456cf.45 - gsmtp",
    )
  })

  it('reads the same reply with LF only', () => {
    expect(parsed(gmailNoSuchUser.replace(/\r\n/g, '\n')).text).toBe(parsed(gmailNoSuchUser).text)
  })

  it('stops at the line with a space after the code', () => {
    const p = parsed('250-mx.example.com\n250 OK\n250 this is another reply')
    expect(p.lines).toHaveLength(2)
    expect(p.text).toBe('mx.example.com OK')
  })

  it('reports a last line that still has a hyphen', () => {
    expect(parsed('550-5.1.1 first\n550-5.1.1 second').multilineProblems).toEqual([
      'The last line has a hyphen after the code, so the reply never ends (RFC 5321 §4.2.1).',
    ])
  })

  it('reports lines whose codes differ', () => {
    const p = parsed('550-5.1.1 first\n551 5.1.1 second')
    expect(p.basic).toBe('550')
    expect(p.multilineProblems).toHaveLength(1)
    expect(p.multilineProblems[0]).toMatch(/different codes \(550, 551\)/)
  })

  it('reports a line without a code inside the reply', () => {
    expect(parsed('550-5.1.1 first\nstray words\n550 5.1.1 last').multilineProblems).toEqual([
      'A line without a reply code interrupts the multiline reply.',
    ])
  })

  it('collects the distinct enhanced codes of the lines', () => {
    expect(parsed('550-5.7.26 Unauthenticated email\n550 5.7.1 is not accepted').enhancedCodes).toEqual(['5.7.26', '5.7.1'])
  })

  it('undoes a log that flattened a multiline reply onto one line', () => {
    const p = parsed(
      'host gmail-smtp-in.l.google.com[142.250.1.26] said: 550-5.1.1 The email account does not exist. 550-5.1.1 Please check. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser (in reply to RCPT TO command)',
    )
    expect(p).toMatchObject({ basic: '550', enhanced: '5.1.1', stage: 'rcpt', multilineProblems: [] })
    expect(p.text).toBe('The email account does not exist. Please check. https://support.google.com/mail/?p=NoSuchUser')
  })

  it("reads every line of a reply whose line quotes another reply: Exim's sender verify callout", () => {
    // Exim's spec, "Callout verification": the callout's own exchange, then the ACL's verdict on the last line.
    const p = parsed(
      [
        '550-Verification failed for <sender@example.org>',
        '550-Called:   192.0.2.1',
        '550-Sent:     RCPT TO:<sender@example.org>',
        '550-Response: 550 5.1.1 <sender@example.org>: Recipient address rejected: User unknown',
        '550 Sender verify failed',
      ].join('\n'),
    )
    expect(p).toMatchObject({ basic: '550', multilineProblems: [] })
    expect(p.text).toMatch(/Response: 550 5\.1\.1 .* Sender verify failed$/)
  })
})

describe('log and bounce wrappers', () => {
  it('Postfix bounced, with the full syslog line', () => {
    expect(parsed(postfixBounced)).toMatchObject({
      basic: '550',
      enhanced: '5.1.1',
      stage: 'rcpt',
      text: '<x@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
    })
  })

  it('Postfix deferred at end of DATA', () => {
    expect(
      parsed(
        'postfix/smtp[1]: status=deferred (host mx[203.0.113.5] said: 451 4.7.1 Greylisted, try again in 300 seconds (in reply to end of DATA command))',
      ),
    ).toMatchObject({ basic: '451', enhanced: '4.7.1', stage: 'end-of-data', text: 'Greylisted, try again in 300 seconds' })
  })

  it.each([
    ['MAIL FROM', 'host mx[1.2.3.4] said: 553 5.7.1 Sender rejected (in reply to MAIL FROM command)', 'mail'],
    ['AUTH', 'host smtp[1.2.3.4] said: 535 5.7.8 Bad credentials (in reply to AUTH command)', 'auth'],
    ['DATA command', 'host mx[1.2.3.4] said: 554 5.5.1 No valid recipients (in reply to DATA command)', 'data'],
    ['banner', 'host mx[1.2.3.4] refused to talk to me: 554 5.7.1 Service unavailable; client host blocked', 'greeting'],
  ])('Postfix stage: %s', (_, raw, stage) => {
    expect(parsed(raw).stage).toBe(stage)
  })

  it('Exim after pipelined RCPT TO, from the whole log line', () => {
    expect(parsed(eximRejectlog)).toMatchObject({
      basic: '550',
      enhanced: '5.1.1',
      stage: 'rcpt',
      text: '<bob@example.com>: Recipient address rejected: User unknown',
    })
  })

  it.each([
    [
      '** bob@example.com R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT TO:<bob@example.com>: 550 5.1.1 User unknown',
      '550',
      'rcpt',
      'User unknown',
    ],
    [
      'SMTP error from remote mail server after end of data: 552 5.3.4 Message size exceeds fixed limit',
      '552',
      'end-of-data',
      'Message size exceeds fixed limit',
    ],
    ['SMTP error from remote mail server after MAIL FROM:<a@example.org> SIZE=2048: 550 5.7.1 Sender denied', '550', 'mail', 'Sender denied'],
    ['SMTP error from remote mail server after pipelined DATA: 554 5.5.1 Error: no valid recipients', '554', 'data', 'Error: no valid recipients'],
    ['SMTP error from remote mail server after initial connection: 421 4.3.2 Service shutting down', '421', 'greeting', 'Service shutting down'],
  ])('Exim: %s', (raw, basic, stage, text) => {
    expect(parsed(raw)).toMatchObject({ basic, stage, text })
  })

  it('a DSN: Diagnostic-Code wins over Status (RFC 3464 §2.3.6, §2.3.4)', () => {
    expect(parsed(dsnReport)).toMatchObject({ basic: '552', enhanced: '5.2.2', text: '<bob@example.com>: Mailbox full' })
  })

  it('a DSN with only a Status field gives the enhanced code alone', () => {
    const p = parsed('Action: delayed\nStatus: 4.4.7\nWill-Retry-Until: Tue, 1 Dec 2026 00:00:00 +0000')
    expect([p.basic, p.enhanced, p.text]).toEqual([undefined, '4.4.7', ''])
  })

  it('Sendmail dsn= and stat= give the enhanced code and the words', () => {
    const p = parsed('sm-mta[99]: to=<a@b.example>, delay=00:00:01, mailer=esmtp, relay=mx.b.example., dsn=5.1.1, stat=User unknown')
    expect([p.basic, p.enhanced, p.text]).toEqual([undefined, '5.1.1', 'User unknown'])
  })

  it('a reply that quotes another server keeps its own codes, and the quoted reply in its words', () => {
    // Postfix reject_unverified_recipient (unverified_recipient_reject_code = 450) quoting the probe's answer.
    const p = parsed(
      '450 4.1.1 <jane@example.org>: Recipient address rejected: undeliverable address: host mx.example.org[192.0.2.1] said: 550 5.1.1 <jane@example.org>... User unknown (in reply to RCPT TO command)',
    )
    expect([p.basic, p.enhanced, p.stage]).toEqual(['450', '4.1.1', 'rcpt'])
    expect(p.text).toContain('said: 550 5.1.1 <jane@example.org>... User unknown')
    // The same quoted inside a log line: the log's wrapper still leads to the outer reply.
    const logged = parsed(
      'postfix/smtp[1]: status=deferred (host relay.example.net[192.0.2.7] said: 450 4.1.1 <jane@example.org>: Recipient address rejected: undeliverable address: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))',
    )
    expect([logged.basic, logged.enhanced]).toEqual(['450', '4.1.1'])
  })

  it("qmail's enhanced code after the words", () => {
    expect(parsed('550 Sorry, no mailbox here by that name. (#5.1.1)')).toMatchObject({ basic: '550', enhanced: '5.1.1' })
    expect(parsed('511 sorry, no mailbox here by that name (#5.1.1 - chkuser)')).toMatchObject({ basic: '511', enhanced: '5.1.1' })
    // An enhanced code at the start wins; a "#" that is no code's is left alone.
    expect(parsed('550 5.7.1 Rejected (#5.1.1)').enhanced).toBe('5.7.1')
    expect(parsed('550 Rejected, ticket #5.1.1a').enhanced).toBeUndefined()
  })

  it('Sendmail reply:', () => {
    expect(parsed('reply: 550 5.7.1 Relaying denied')).toMatchObject({ basic: '550', enhanced: '5.7.1', text: 'Relaying denied' })
  })
})

describe('no code, hostile input', () => {
  it.each([
    '',
    '   ',
    'hello world',
    '1234',
    '600 nope',
    '199 below range',
    '5.1',
    '3.1.1 not a class',
    '\u0000\u0001\uFFFD\u202E',
    'port 25 closed',
  ])('finds nothing in %j', (raw) => {
    expect(parseReply(raw)).toBeUndefined()
  })

  it('ignores anything past the scan cap', () => {
    expect(parseReply(`${'x'.repeat(MAX_SCAN)} 550 5.1.1 too late`)).toBeUndefined()
  })

  it('stays linear on 64 KiB of digits, dashes and wrapper fragments', () => {
    const inputs = [
      `${'5-'.repeat(16_384)}${'550-'.repeat(8_192)}`,
      '550-'.repeat(16_384),
      '5.5.5.'.repeat(11_000),
      '(in reply to '.repeat(5_000),
      `said: ${'1'.repeat(65_000)}`,
      'SMTP error from remote mail server after '.repeat(1_600),
      `Diagnostic-Code: smtp; 550 x${'\n '.repeat(20_000)}${' '.repeat(20_000)}`,
      `${'550-5.1.1 x\n'.repeat(5_000)}`,
    ]
    for (const raw of inputs) {
      const t = performance.now()
      parseReply(raw)
      expect(performance.now() - t, raw.slice(0, 20)).toBeLessThan(250)
    }
  })
})

describe('folded DSN fields (RFC 5322 §2.2.3)', () => {
  it('unfolds a long Diagnostic-Code and stops at the next field', () => {
    const p = parsed(
      'Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach\n    does not exist.\nLast-Attempt-Date: Sat, 28 Nov 2026 23:59:01 +0000',
    )
    expect(p.text).toBe('The email account that you tried to reach does not exist.')
  })

  it('keeps folded multiline reply lines apart', () => {
    const p = parsed(
      'Diagnostic-Code: smtp; 550-5.1.1 The email account does\n    not exist.\n    550 5.1.1 https://support.google.com/mail/?p=NoSuchUser\nStatus: 5.1.1',
    )
    expect(p.lines).toHaveLength(2)
    expect(p.multilineProblems).toEqual([])
    expect(p.text).toBe('The email account does not exist. https://support.google.com/mail/?p=NoSuchUser')
  })
})

describe('line cap', () => {
  it('reads at most MAX_REPLY_LINES lines of one reply and says so', () => {
    const p = parsed('550-5.1.1 x\n'.repeat(MAX_REPLY_LINES + 50) + '550 5.1.1 end')
    expect(p.lines).toHaveLength(MAX_REPLY_LINES)
    expect(p.multilineProblems).toContain(`The reply runs past ${MAX_REPLY_LINES} lines; the rest was not read.`)
  })

  it('a reply of exactly MAX_REPLY_LINES lines is whole', () => {
    const p = parsed('550-5.1.1 x\n'.repeat(MAX_REPLY_LINES - 1) + '550 5.1.1 end')
    expect(p.lines).toHaveLength(MAX_REPLY_LINES)
    expect(p.multilineProblems).toEqual([])
  })
})
