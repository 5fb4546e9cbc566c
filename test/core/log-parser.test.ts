import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseLog, parseLogLine, parseLogLineDeliveries, type LogDelivery } from '../../worker/core/log-parser.ts'
import eximMainlog from './fixtures/logs/exim-mainlog.txt?raw'
import postfixLog from './fixtures/logs/postfix.txt?raw'
import sendmailLog from './fixtures/logs/sendmail.txt?raw'

const brief = (d: LogDelivery) => [d.recipient, d.action, d.status, d.remoteMta]

describe('Postfix', () => {
  const deliveries = parseLog(postfixLog)

  it('lists every delivery attempt, and nothing from connection, cleanup, qmgr or bounce lines', () => {
    expect(deliveries.map(brief)).toEqual([
      ['bob@example.com', 'failed', '5.1.1', 'mx.example.com[203.0.113.5]'],
      ['carol@example.net', 'delayed', '4.7.1', 'mx.example.net[198.51.100.7]'],
      ['dave@example.info', 'delayed', '4.4.1', undefined],
      ['erin@example.com', 'delivered', '2.0.0', 'mx.example.com[203.0.113.5]'],
      ['alice@example.org', 'delivered', '2.0.0', undefined],
      ['frank@bad.example', 'failed', '5.1.2', undefined],
      ['gina@example.com', 'failed', '5.7.1', 'mx.example.com[203.0.113.5]'],
      ['henry@example.net', 'failed', '4.4.1', undefined],
    ])
  })

  it('keeps the reason in parentheses whole, the queue id and the timestamp in either syslog format', () => {
    expect(deliveries[0]).toEqual({
      recipient: 'bob@example.com',
      action: 'failed',
      status: '5.1.1',
      remoteMta: 'mx.example.com[203.0.113.5]',
      diagnosticCode:
        'host mx.example.com[203.0.113.5] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)',
      queueId: '4Y1B2C3D4E',
      time: 'Nov 29 08:00:02',
      software: 'postfix',
    })
    expect(deliveries[2]!.diagnosticCode).toBe('connect to mx.example.info[198.51.100.20]:25: Connection timed out')
    expect(deliveries[6]).toMatchObject({ time: '2026-11-29T08:00:06.123456+00:00', queueId: '4Y1H2H3H4H' })
  })

  it('takes to=, not orig_to=, as the recipient', () => {
    expect(deliveries[1]!.recipient).toBe('carol@example.net')
  })

  it('reads soft_bounce deferrals as delayed', () => {
    const d = parseLogLine(
      'Nov 29 08:00:02 mx postfix/smtp[1]: 4Y1B2C3D4E: to=<a@example.com>, relay=mx.example.com[203.0.113.5]:25, dsn=5.1.1, status=SOFTBOUNCE (host mx.example.com[203.0.113.5] said: 550 5.1.1 no (in reply to RCPT TO command))',
    )
    expect(d?.action).toBe('delayed')
  })
})

describe('Exim mainlog', () => {
  const deliveries = parseLog(eximMainlog)

  it('reads ** as failed, == as deferred and => as delivered, with the statuses Exim assigns (X.0.0)', () => {
    expect(deliveries.map(brief)).toEqual([
      ['bob@example.com', 'failed', '5.0.0', 'mx.example.com[203.0.113.5]'],
      ['carol@example.net', 'delayed', '4.0.0', 'mx.example.net[198.51.100.7]'],
      ['erin@example.com', 'delivered', '2.0.0', 'mx.example.com[203.0.113.5]'],
      ['nobody@nowhere.invalid', 'failed', '5.0.0', undefined],
      ['dave@example.info', 'delayed', '4.0.0', undefined],
      ['alice@example.org', 'delivered', '2.0.0', undefined],
      ['gina@example.com', 'failed', '5.0.0', 'mx.example.com[203.0.113.5]'],
    ])
  })

  it('takes the message after the transport fields (TLS fields hold colons) and the C="…" confirmation', () => {
    expect(deliveries[0]!.diagnosticCode).toBe(
      'SMTP error from remote mail server after RCPT TO:<bob@example.com>: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown',
    )
    expect(deliveries[2]!.diagnosticCode).toBe('250 2.0.0 Ok: queued as 4Y1XYZ0002')
    expect(deliveries[3]!.diagnosticCode).toBe('Unrouteable address')
    expect(deliveries[4]!.diagnosticCode).toBe('Connection timed out')
  })

  it('reads both message-id generations, pids and millisecond timestamps', () => {
    expect(deliveries[0]).toMatchObject({ queueId: '1vQrSt-000AbC-Xy', time: '2026-11-29 09:00:01', software: 'exim' })
    expect(deliveries[6]).toMatchObject({ queueId: '1vQrSv-00000000AbE-AbCd', time: '2026-11-29 09:00:04.512' })
  })
})

describe('Sendmail', () => {
  const deliveries = parseLog(sendmailLog)

  // carol's status is Sendmail's dsn=, which its DSN carries too; the 4.7.1 it quotes is the remote's (in the diagnostic).
  it('lists each recipient of a multi-recipient to= and skips from= and DSN lines', () => {
    expect(deliveries.map(brief)).toEqual([
      ['bob@example.com', 'failed', '5.1.1', 'mx.example.com[203.0.113.5]'],
      ['bill@example.com', 'failed', '5.1.1', 'mx.example.com[203.0.113.5]'],
      ['carol@example.net', 'delayed', '4.0.0', 'mx.example.net[198.51.100.7]'],
      ['erin@example.com', 'delivered', '2.0.0', 'mx.example.com[203.0.113.5]'],
      ['alice', 'delivered', '2.0.0', undefined],
      ['dave@example.info', 'delayed', '4.0.0', 'mx.example.info'],
    ])
  })

  it('keeps stat= as the diagnostic; parseLogLine gives the first recipient of the line', () => {
    expect(deliveries[2]!.diagnosticCode).toBe('Deferred: 451 4.7.1 Greylisted, please try again later')
    const line = sendmailLog.split('\n')[1]!
    expect(parseLogLine(line)?.recipient).toBe('bob@example.com')
    expect(parseLogLineDeliveries(line)).toHaveLength(2)
  })
})

describe('receiving side and retries (parseLog)', () => {
  it('lists recipients this server refused at RCPT, marked inbound; parseLogLine leaves them out', () => {
    const lines = [
      'Nov 29 08:00:01 mx postfix/smtpd[1]: NOQUEUE: reject: RCPT from client[192.0.2.1]: 550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in local recipient table; from=<s@example.com> to=<a@example.org> proto=ESMTP helo=<client>',
      'Nov 29 08:00:02 mx postfix/smtpd[1]: NOQUEUE: reject: RCPT from client[192.0.2.1]: 450 4.2.0 <b@example.org>: Recipient address rejected: Greylisted; from=<s@example.com> to=<b@example.org> proto=ESMTP helo=<client>',
      '2026-11-29 09:00:00 H=(client) [192.0.2.1] F=<s@example.com> rejected RCPT <c@example.org>: Unrouteable address',
      'Nov 29 10:00:00 mx sm-mta[1]: 4ATA00001234: ruleset=check_rcpt, arg1=<d@example.net>, relay=client [192.0.2.1], reject=550 5.7.1 <d@example.net>... Relaying denied',
    ]
    expect(parseLog(lines.join('\n')).map((d) => [d.recipient, d.action, d.status, d.software, d.direction])).toEqual([
      ['a@example.org', 'failed', '5.1.1', 'postfix', 'inbound'],
      ['b@example.org', 'delayed', '4.2.0', 'postfix', 'inbound'],
      ['c@example.org', 'failed', undefined, 'exim', 'inbound'],
      ['d@example.net', 'failed', '5.7.1', 'sendmail', 'inbound'],
    ])
    for (const line of lines) expect(parseLogLine(line)).toBeUndefined()
  })

  it('turns recipients still deferred when a message expires into failures', () => {
    const log = [
      'Nov 29 08:00:01 mx postfix/smtp[1]: 4Y1K1K1K1K: to=<h@example.net>, relay=none, delay=30, dsn=4.4.1, status=deferred (connect to mx.example.net[198.51.100.7]:25: Connection refused)',
      'Nov 29 08:05:01 mx postfix/qmgr[2]: 4Y1K1K1K1K: from=<s@example.org>, status=expired, returned to sender',
    ].join('\n')
    expect(parseLog(log).map((d) => [d.recipient, d.action, d.status])).toEqual([
      ['h@example.net', 'delayed', '4.4.1'],
      ['h@example.net', 'failed', '4.4.1'],
    ])
  })
})

describe('lines that are not deliveries', () => {
  it.each([
    '',
    'status=bounced',
    'to=<a@example.com>, status=bounced (550 no)',
    'Nov 29 08:00:02 mx postfix/smtp[1]: not-a-queue-id!: to=<a@example.com>, status=bounced (550 no)',
    'Nov 29 08:00:02 mx postfix/smtp[1]: 4Y1B2C3D4E: to=<a@example.com>, status=deliverable (probe)',
    '2026-11-29 09:00:00 1vQrSt-000AbC-Xy <= alice@example.org H=client [192.0.2.10]',
    '2026-11-29 09:00:00 1vQrSt-000AbC-Xy Completed',
    'Nov 29 10:00:00 mx sm-mta[3100]: 4ATA00001234: to=<a@example.com>, stat=queued',
    '550 5.1.1 User unknown',
  ])('%j gives no delivery', (line) => {
    expect(parseLogLine(line)).toBeUndefined()
  })

  it('never throws on arbitrary text and only reports recipients that appear in the line', () => {
    const piece = fc.constantFrom(
      ' status=',
      ': to=<',
      '>',
      ', stat=',
      ' ** ',
      ' == ',
      ' => ',
      '2026-11-29 09:00:00 ',
      'postfix/smtp[1]',
      'sm-mta[2]',
      '1vQrSt-000AbC-Xy',
      ' (',
      ')',
      ', relay=',
      ', dsn=5.1.1',
      ':',
      ' ',
      'a@b',
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
        const line = parts.join('')
        for (const d of parseLogLineDeliveries(line)) {
          expect(line).toContain(d.recipient)
          expect(['failed', 'delayed', 'delivered', 'relayed', 'expanded']).toContain(d.action)
        }
      }),
    )
  })
})

describe('parseLog', () => {
  it('accepts CRLF line ends and gives the same as LF', () => {
    expect(parseLog(postfixLog.replace(/\n/g, '\r\n'))).toEqual(parseLog(postfixLog))
  })
})
