import { describe, expect, it } from 'vitest'
import { parseBounce } from '../../worker/core/bounce-parser.ts'
import { parseBounceText } from '../../worker/core/bounce-text.ts'
import { parseDeliveryStatus } from '../../worker/core/delivery-status.ts'
import exchangeLegacy from './fixtures/bounces/exchange-legacy.eml?raw'
import exchangeOnline from './fixtures/bounces/exchange-online.eml?raw'
import eximPlainDelayed from './fixtures/bounces/exim-plain-delayed.eml?raw'
import exim from './fixtures/bounces/exim.eml?raw'
import globalDsn from './fixtures/bounces/global-dsn.eml?raw'
import gmail from './fixtures/bounces/gmail.eml?raw'
import postfix from './fixtures/bounces/postfix.eml?raw'
import qmail from './fixtures/bounces/qmail.eml?raw'
import rfc3464Multi from './fixtures/bounces/rfc3464-multi.eml?raw'
import sendmail from './fixtures/bounces/sendmail.eml?raw'
import yahoo from './fixtures/bounces/yahoo.eml?raw'
import { useStandaloneCore } from '../../worker/core/standalone.ts'
import dmaUnknown from '../corpus/loopback-breadth/dma/user-unknown.eml?raw'
import dmaTooLarge from '../corpus/loopback-breadth/dma/message-too-large.eml?raw'

// Core as the npm package runs it: the rule set by plain import, postal-mime from npm.
useStandaloneCore()

async function report(raw: string) {
  const o = await parseBounce(raw)
  if (!o.ok) throw new Error(o.detail)
  return o.report
}
const rows = (r: Awaited<ReturnType<typeof report>>) => r.deliveries.map((d) => [d.recipient, d.action, d.status])

describe('RFC 3464 delivery-status parts', () => {
  it('gives one result per recipient block, with folded Diagnostic-Code unfolded and status comments dropped', async () => {
    const r = await report(rfc3464Multi)
    expect(r.source).toBe('delivery-status')
    expect(r.reportingMta).toBe('cs.utk.edu')
    expect(rows(r)).toEqual([
      ['arathib@vnet.ibm.com', 'failed', '5.0.0'],
      ['johnh@hpnjld.njd.hp.com', 'delayed', '4.0.0'],
      ['wsnell@sdcc13.ucsd.edu', 'failed', '5.0.0'],
    ])
    expect(r.deliveries[0]).toMatchObject({
      remoteMta: 'vnet.ibm.com',
      diagnosticCode: "550 'arathib@vnet.IBM.COM' is not a registered gateway user",
    })
    expect(r.deliveries[1]!.diagnosticCode).toBeUndefined()
  })

  it.each([
    [
      'Postfix',
      postfix,
      [
        ['bob@example.com', 'failed', '5.1.1'],
        ['gina@example.com', 'failed', '5.2.2'],
      ],
      'Quarterly figures — draft',
    ],
    // Exim's Status says 5.0.0 whatever the remote sent: that is the DSN's status; the reply's 5.1.1 is in its explanation.
    ['Exim', exim, [['bob@example.com', 'failed', '5.0.0']], 'Lunch on Friday?'],
    ['Sendmail', sendmail, [['bob@example.com', 'failed', '5.1.1']], 'Minutes'],
    ['Gmail', gmail, [['bob@example.com', 'failed', '5.1.1']], 'Réunion lundi'],
    [
      'Microsoft 365 (base64 status part, quoted-printable text)',
      exchangeOnline,
      [
        ['bob@contoso.example', 'failed', '5.4.1'],
        ['dan@fabrikam.example', 'failed', '5.1.10'],
      ],
      'Invoice 4471',
    ],
  ])('%s: per-recipient statuses and the original subject (RFC 2047 decoded)', async (_name, raw, expected, subject) => {
    const r = await report(raw)
    expect(r.source).toBe('delivery-status')
    expect(rows(r)).toEqual(expected)
    expect(r.message.subject).toBe(subject)
  })

  it('reads the original Message-ID and Date from text/rfc822-headers', async () => {
    const r = await report(postfix)
    expect(r.message).toEqual({ messageId: '<20261129080001.1@example.org>', subject: 'Quarterly figures — draft', date: '2026-11-29T08:00:00.000Z' })
    expect(r.deliveries[0]!.diagnosticCode).toBe('550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table')
  })

  it("reads Gmail's Remote-MTA with its address in parentheses", async () => {
    expect((await report(gmail)).deliveries[0]!.remoteMta).toBe('mx.example.com[203.0.113.5]')
  })

  it('reads message/global-delivery-status (RFC 6533): UTF-8 addresses, base64 part, global headers', async () => {
    const r = await report(globalDsn)
    expect(rows(r)).toEqual([['jörg@bücher.example', 'failed', '5.1.1']])
    expect(r.message).toEqual({ messageId: '<bl-2026@example.org>', subject: 'Bücherliste für Jörg', date: '2026-11-29T12:59:00.000Z' })
  })

  it('decodes \\x{HHHH} escapes in utf-8 addresses', () => {
    const s = parseDeliveryStatus('Reporting-MTA: dns; x\n\nFinal-Recipient: utf-8; j\\x{00F6}rg@example.com\nAction: failed\nStatus: 5.1.1\n')
    expect(s.deliveries[0]!.recipient).toBe('jörg@example.com')
  })

  it('infers a missing Action from the status class', () => {
    const s = parseDeliveryStatus(
      'Final-Recipient: rfc822; a@example.com\nStatus: 4.2.2\n\nFinal-Recipient: rfc822; b@example.com\nAction: ???\nStatus: 2.0.0\n',
    )
    expect(s.deliveries.map((d) => d.action)).toEqual(['delayed', 'delivered'])
  })

  it("reads Haraka's reply in a Status comment, and a missing Status from the reply's code", () => {
    const s = parseDeliveryStatus(
      [
        'Reporting-MTA: dns;mx.haraka.test',
        '',
        'Final-Recipient: rfc822;user@nosuch.test',
        'Action: failed',
        'Status: 5.1.2 (550 Nowhere to deliver mail to for domain: nosuch.test)',
        '',
        'Final-Recipient: rfc822;nouser@exim.test',
        'Action: failed',
        'Remote-MTA: 127.0.0.1',
        'Diagnostic-Code: smtp;550 Unrouteable address ',
        '',
        'Final-Recipient: rfc822;c@example.com',
        'Diagnostic-Code: smtp;451 4.3.0 Try later',
        '',
        'Final-Recipient: rfc822;d@example.com',
        '',
      ].join('\n'),
    )
    expect(s.deliveries.map((d) => [d.recipient, d.action, d.status, d.diagnosticCode])).toEqual([
      ['user@nosuch.test', 'failed', '5.1.2', '550 Nowhere to deliver mail to for domain: nosuch.test'],
      ['nouser@exim.test', 'failed', '5.0.0', '550 Unrouteable address'],
      ['c@example.com', 'delayed', '4.3.0', '451 4.3.0 Try later'],
      ['d@example.com', 'failed', undefined, undefined],
    ])
  })
})

describe('delivery-status fields as real MTAs write them loosely', () => {
  const read = (lines: string[]) => parseDeliveryStatus(lines.join('\n')).deliveries.map((d) => [d.recipient, d.action, d.status, d.diagnosticCode])

  it('splits recipients that are not separated by blank lines, whatever order their fields come in', () => {
    expect(
      read([
        'Reporting-MTA: dns; mx.example.org',
        'Action: failed',
        'Final-Recipient: rfc822; a@example.com',
        'Status: 5.1.1',
        'Action: delayed',
        'Final-Recipient: rfc822; b@example.com',
        'Status: 4.4.1',
      ]),
    ).toEqual([
      ['a@example.com', 'failed', '5.1.1', undefined],
      ['b@example.com', 'delayed', '4.4.1', undefined],
    ])
  })

  it('takes the address from Original-Recipient or X-Actual-Recipient when Final-Recipient names a local user', () => {
    expect(read(['Final-Recipient: x-unix; bob', 'X-Actual-Recipient: rfc822; bob@example.com', 'Action: failed', 'Status: 5.1.1'])).toEqual([
      ['bob@example.com', 'failed', '5.1.1', undefined],
    ])
    expect(read(['Final-Recipient: LOCAL;bob', 'Action: failed', 'Status: 5.1.1'])[0]![0]).toBe('bob')
  })

  it('drops a display name or comment around the address', () => {
    expect(read(['Final-Recipient: rfc822; Bob Smith <bob@example.com>', 'Action: failed', 'Status: 5.1.1'])[0]![0]).toBe('bob@example.com')
    expect(read(['Final-Recipient: bob@example.com (via alias)', 'Action: failed', 'Status: 5.1.1'])[0]![0]).toBe('bob@example.com')
  })

  it("derives a missing or malformed Status from the reply's codes, wherever the reply puts its enhanced code", () => {
    const rows = read([
      'Final-Recipient: rfc822; a@example.com',
      'Action: failed',
      'Status: 5.1',
      'Diagnostic-Code: smtp; 550 Requested action not taken: mailbox unavailable (#5.1.1)',
      '',
      'Final-Recipient: rfc822; b@example.com',
      'Action: failed',
      'Status: 5',
      '',
      'Final-Recipient: rfc822; c@example.com',
      'Action: failed',
      'Status: failed',
      'Diagnostic-Code: smtp; 550 mailbox full 4.2.2 somewhere',
    ])
    expect(rows.map((r) => r[2])).toEqual(['5.1.1', '5.0.0', '5.0.0'])
  })

  it("reads Courier's X-Network-Error as the diagnostic when there is no Diagnostic-Code", () => {
    expect(read(['Final-Recipient: rfc822; a@example.com', 'Action: failed', 'Status: 5.0.0', 'X-Network-Error: 554 No such domain'])).toEqual([
      ['a@example.com', 'failed', '5.0.0', '554 No such domain'],
    ])
  })
})

describe('bounces without a delivery-status part', () => {
  it("qmail: each <address>: block with the remote reply or qmail's own (#x.y.z) words", async () => {
    const r = await report(qmail)
    expect(r.source).toBe('text')
    expect(rows(r)).toEqual([
      ['bob@example.com', 'failed', '5.1.1'],
      ['carol@nowhere.example', 'failed', '5.1.2'],
    ])
    expect(r.deliveries[0]).toMatchObject({
      remoteMta: '203.0.113.5',
      diagnosticCode: 'Remote host said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown',
    })
    // The copy below "--- Below this line" is the original: its headers are read, its recipients are not.
    expect(r.message).toMatchObject({ messageId: '<20261129080000.12344.qmail@mail.example.org>', subject: 'Quarterly figures — draft' })
  })

  // dma (DragonFly Mail Agent 0.13, Debian's package, provoked in test/corpus/loopback-breadth/) writes one plain
  // bounce per recipient, "There was an error delivering your mail to <…>." then "host [ip] did not like our RCPT TO:"
  // (or "final DATA:") and the reply on the next line (dma's bounce.c and net.c); no delivery-status part.
  it('dma: the recipient after "There was an error delivering your mail to", with the reply below it', async () => {
    const r = await report(dmaUnknown)
    expect(r.source).toBe('text')
    expect(r.deliveries).toEqual([
      {
        recipient: 'unknown@reject.test',
        action: 'failed',
        status: '5.1.10',
        diagnosticCode: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
      },
    ])
    expect(r.message.messageId).toBe('<scc.dma.user-unknown@dma.test>')
    expect(rows(await report(dmaTooLarge))).toEqual([['toobig@reject.test', 'failed', '5.3.4']])
  })

  it('Exim delay warning: the address is delayed, with host and the reply after "Delay reason:"', async () => {
    const r = await report(eximPlainDelayed)
    expect(r.deliveries).toEqual([
      {
        recipient: 'carol@example.net',
        action: 'delayed',
        status: '4.7.1',
        remoteMta: 'mx.example.net[198.51.100.7]',
        diagnosticCode: 'SMTP error from remote mail server after RCPT TO:<carol@example.net>: 451 4.7.1 Greylisted, please try again in 5 minutes',
      },
    ])
  })

  it('legacy Exchange: "#550 5.1.1 …##" under the diagnostic block wins over the words for people', async () => {
    const r = await report(exchangeLegacy)
    expect(rows(r)).toEqual([
      ['erik@partner.example', 'failed', '5.1.1'],
      ['fay@partner.example', 'failed', '5.2.2'],
    ])
    expect(r.deliveries[0]!.diagnosticCode).toBe('550 5.1.1 RESOLVER.ADR.RecipNotFound; not found')
    expect(r.deliveries[1]).toMatchObject({ remoteMta: 'mx.partner.example', diagnosticCode: '552 5.2.2 Mailbox full' })
    expect(r.message.messageId).toBe('<0123456789ABCDEF@EX02.corp.example.org>')
  })

  it('Yahoo: "550: 5.1.1 …" is read as a 550 reply', async () => {
    const r = await report(yahoo)
    expect(r.deliveries).toEqual([
      {
        recipient: 'bob@example.com',
        action: 'failed',
        status: '5.1.1',
        diagnosticCode: '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown',
      },
    ])
  })

  it("Exchange \"Remote Server returned '…'\" and Gmail's text, read without their status parts", () => {
    const text = [
      "Your message wasn't delivered to bob@example.com because the address couldn't be found.",
      '',
      'The response from the remote server was:',
      '550 5.1.1 No such user',
      '',
      'Diagnostic information for administrators:',
      '',
      'dan@fabrikam.example',
      "Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'",
    ].join('\n')
    expect(parseBounceText(text).map((d) => [d.recipient, d.status, d.diagnosticCode])).toEqual([
      ['bob@example.com', '5.1.1', 'The response from the remote server was: 550 5.1.1 No such user'],
      ['dan@fabrikam.example', '5.4.1', '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'],
    ])
  })

  it.each([
    [
      'an indented address under a delay, its reply after "Reason:" alone on a line; a basic code gives its class',
      ['Delivery to the following recipient has been delayed:', '', '    una@example.com', '', 'Reason:', '', '    451 Try again later'],
      ['una@example.com', 'delayed', '4.0.0', 'Reason: 451 Try again later'],
    ],
    [
      'an address with its display form in parentheses, the reply after "gave this error:"',
      [
        'Your message could not reach these recipients:',
        '',
        'vic@example.net (vic@example.net)',
        'mx.example.net gave this error:',
        '550 Access denied',
      ],
      ['vic@example.net', 'failed', '5.0.0', 'gave this error: 550 Access denied'],
    ],
    [
      'a display name with the address in parentheses, an enhanced code before ">"',
      ['The following recipient(s) could not be reached:', '', 'Wendy Smith (wendy@example.org)', '    <mx.example.org #5.1.1>'],
      ['wendy@example.org', 'failed', '5.1.1', '<mx.example.org #5.1.1>'],
    ],
  ])('recipient lines as other systems write them: %s', (_name, lines, expected) => {
    expect(parseBounceText(lines.join('\n')).map((d) => [d.recipient, d.action, d.status, d.diagnosticCode])).toEqual([expected])
  })

  it('Postfix text fills a status part that has no Diagnostic-Code', async () => {
    const raw = postfix.replace(/Diagnostic-Code: smtp; 552 5\.2\.2 <gina@example\.com>: Mailbox full\n/, '')
    const r = await report(raw)
    expect(r.deliveries[1]).toMatchObject({ recipient: 'gina@example.com', status: '5.2.2' })
    expect(r.deliveries[1]!.diagnosticCode).toContain('552 5.2.2')
  })
})

describe('what is never read', () => {
  it("the returned original's body, even when it quotes bounce-like lines", async () => {
    const raw = exim.replace(
      'Shall we meet at noon?',
      '<mallory@example.com>:\nRemote host said: 550 5.1.1 fake\n\nFinal-Recipient: rfc822; mallory@example.com\nAction: failed\nStatus: 5.1.1',
    )
    const r = await report(raw)
    expect(r.deliveries.map((d) => d.recipient)).toEqual(['bob@example.com'])
  })
})
