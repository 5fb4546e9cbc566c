import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { explainReply } from '../../worker/core/explain.ts'
import { PASTE_MAX_BYTES } from '../../worker/api/limits.ts'
import { MAX_LISTED_RECIPIENTS, classifyPaste, explainPaste, type DeliveryReport } from '../../worker/core/explain-paste.ts'
import exim from './fixtures/bounces/exim.eml?raw'
import postfix from './fixtures/bounces/postfix.eml?raw'
import rfc3464Multi from './fixtures/bounces/rfc3464-multi.eml?raw'
import eximMainlog from './fixtures/logs/exim-mainlog.txt?raw'
import postfixLog from './fixtures/logs/postfix.txt?raw'
import sendmailLog from './fixtures/logs/sendmail.txt?raw'
import dsnReport from './fixtures/replies/dsn-report.txt?raw'
import gmailNoSuchUser from './fixtures/replies/gmail-no-such-user.txt?raw'
import postfixBounced from './fixtures/replies/postfix-bounced.txt?raw'
import { useStandaloneCore } from '../../worker/core/standalone.ts'

// Core as the npm package runs it: the rule set by plain import, postal-mime from npm.
useStandaloneCore()

async function deliveries(raw: string, kind?: 'message' | 'log'): Promise<DeliveryReport> {
  const o = await explainPaste(raw, 'en', kind ? { kind } : {})
  if (!o.ok || o.kind === 'reply') throw new Error(`expected a report, got ${JSON.stringify(o).slice(0, 200)}`)
  return o.report
}

describe('what a paste is', () => {
  it.each([
    ['one reply line', '550 5.1.1 User unknown', 'reply'],
    ['a multiline reply', '550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 Check the address.', 'reply'],
    ["one Postfix log line (today's single-reply answer)", postfixBounced, 'reply'],
    ['one Diagnostic-Code line', 'Diagnostic-Code: smtp; 550 5.1.1 User unknown', 'reply'],
    ['a Gmail reply pasted from a bounce', gmailNoSuchUser, 'reply'],
    ['a whole message', postfix, 'message'],
    ['a delivery-status block on its own', dsnReport, 'message'],
    ['a Postfix log', postfixLog, 'log'],
    ['an Exim mainlog', eximMainlog, 'log'],
    ['a Sendmail log', sendmailLog, 'log'],
  ])('%s is a %s', (_name, raw, kind) => {
    expect(classifyPaste(raw).kind).toBe(kind)
  })
})

describe('a single reply keeps the answer /v1/explain always gave', () => {
  it.each([['550 5.1.1 User unknown'], [postfixBounced], [gmailNoSuchUser]])('%#', async (raw) => {
    const o = await explainPaste(raw, 'en')
    const before = explainReply(raw, 'en')
    expect(o).toEqual({ ok: true, kind: 'reply', explanation: before.ok ? before.explanation : undefined })
  })
})

describe('messages', () => {
  it('lists each recipient with its action, status, remote MTA, reply and the /v1/explain explanation of that reply', async () => {
    const r = await deliveries(postfix)
    expect(r.kind).toBe('message')
    expect(r.message).toEqual({ messageId: '<20261129080001.1@example.org>', subject: 'Quarterly figures — draft', date: '2026-11-29T08:00:00.000Z' })
    expect(r.recipients.map((x) => [x.recipient, x.action, x.status, x.remoteMta])).toEqual([
      ['bob@example.com', 'failed', '5.1.1', 'mx.example.com'],
      ['gina@example.com', 'failed', '5.2.2', 'mx.example.com'],
    ])
    const own = explainReply(r.recipients[0]!.diagnosticCode!, 'en')
    expect(own.ok && r.recipients[0]!.explanation).toEqual(own.ok ? own.explanation : null)
    expect(r.recipients[1]!.explanation).toMatchObject({ basic: '552', enhanced: '5.2.2' })
  })

  it('never echoes the body: the answer holds no text of the returned original', async () => {
    const r = await deliveries(exim)
    expect(JSON.stringify(r)).not.toContain('Shall we meet at noon?')
  })

  it('reads a reply without an enhanced code together with the DSN Status', async () => {
    const r = await deliveries(rfc3464Multi)
    expect(r.recipients[2]!.explanation).toMatchObject({ basic: '550', enhanced: '5.0.0' })
    // Status alone (no Diagnostic-Code) is still explained.
    expect(r.recipients[1]!.explanation).toMatchObject({ enhanced: '4.0.0' })
  })

  describe("a class-only status (Exim's, OpenSMTPD's 5.0.0) gives way to the reply's own", () => {
    const dsn = (status: string, reply: string) =>
      [
        'From: Mail Delivery System <Mailer-Daemon@mx.example.org>',
        'Subject: Mail delivery failed',
        'MIME-Version: 1.0',
        'Content-Type: multipart/report; report-type=delivery-status; boundary=b',
        '',
        '--b',
        'Content-Type: text/plain',
        '',
        'A message that you sent could not be delivered.',
        '',
        '--b',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; mx.example.org',
        '',
        'Action: failed',
        'Final-Recipient: rfc822;bob@example.com',
        `Status: ${status}`,
        `Diagnostic-Code: smtp; ${reply}`,
        '',
        '--b--',
        '',
      ].join('\n')
    const row = async (status: string, reply: string) => {
      const r = (await deliveries(dsn(status, reply), 'message')).recipients[0]!
      return { status: r.status, reportedStatus: r.reportedStatus, reason: r.explanation?.diagnosis.reason }
    }

    it('5.0.0 with "550 5.1.1" is 5.1.1, and says the MTA wrote 5.0.0', async () => {
      expect(await row('5.0.0', '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown')).toEqual({
        status: '5.1.1',
        reportedStatus: '5.0.0',
        reason: 'user-unknown',
      })
    })

    it('a multiline reply written with its hyphen keeps its code: 4.0.0 with "452-4.2.2 …" is 4.2.2', async () => {
      const d = (await deliveries(dsn('4.0.0', "452-4.2.2 The recipient's inbox is out of storage space."), 'message')).recipients[0]!
      expect([d.status, d.reportedStatus, d.explanation?.enhanced]).toEqual(['4.2.2', '4.0.0', '4.2.2'])
    })

    it("a specific status stays the MTA's, and a reply of another class changes nothing", async () => {
      expect(await row('5.1.1', '550 5.7.1 Relaying denied')).toMatchObject({ status: '5.1.1', reportedStatus: undefined })
      expect(await row('5.0.0', '550 Unrouteable address')).toMatchObject({ status: '5.0.0', reportedStatus: undefined })
      expect(await row('5.0.0', '451 4.7.1 Greylisted')).toMatchObject({ status: '5.0.0', reportedStatus: undefined })
    })
  })
  it('summarises by action, reason, domain and hard/soft', async () => {
    const r = await deliveries(rfc3464Multi)
    expect(r.summary).toMatchObject({
      recipients: 3,
      listed: 3,
      byAction: { failed: 2, delayed: 1 },
      byBounce: { hard: 2, soft: 1, none: 0 },
      byDomain: { 'hpnjld.njd.hp.com': 1, 'sdcc13.ucsd.edu': 1, 'vnet.ibm.com': 1 },
    })
    expect(Object.values(r.summary.byReason).reduce((a, b) => a + b, 0)).toBe(3)
  })

  it('a message that names no recipient falls back to the first reply it quotes', async () => {
    const o = await explainPaste('From: a@example.org\nSubject: fwd\n\nThe server said 550 5.7.1 Relaying denied when I sent it.', 'en')
    expect(o).toMatchObject({ ok: true, kind: 'reply', explanation: { basic: '550', enhanced: '5.7.1' } })
  })

  it('a message with no recipient and no code is a precise no-code outcome', async () => {
    const o = await explainPaste('From: a@example.org\nSubject: hello\n\nJust saying hi.', 'en')
    expect(o).toMatchObject({ ok: false, reason: 'no-code' })
  })
})

describe('logs', () => {
  it('lists every bounced and deferred recipient of each log, with the explanation of its reply', async () => {
    for (const [log, expected] of [
      [postfixLog, ['bob@example.com', 'carol@example.net', 'dave@example.info', 'frank@bad.example', 'gina@example.com', 'henry@example.net']],
      [eximMainlog, ['bob@example.com', 'carol@example.net', 'nobody@nowhere.invalid', 'dave@example.info', 'gina@example.com']],
      [sendmailLog, ['bob@example.com', 'bill@example.com', 'carol@example.net', 'dave@example.info']],
    ] as const) {
      const r = await deliveries(log)
      expect(r.recipients.filter((x) => x.action !== 'delivered').map((x) => x.recipient)).toEqual(expected)
    }
    const r = await deliveries(postfixLog)
    expect(r.recipients[0]).toMatchObject({
      software: 'postfix',
      queueId: '4Y1B2C3D4E',
      explanation: { basic: '550', enhanced: '5.1.1', stage: 'rcpt' },
    })
    // No reply code, but dsn=4.4.1: explained from the status.
    expect(r.recipients[2]!.explanation).toMatchObject({ enhanced: '4.4.1' })
  })

  it('explains a line without a reply code from the status its MTA assigns', async () => {
    const r = await deliveries(eximMainlog)
    const unrouteable = r.recipients.find((x) => x.recipient === 'nobody@nowhere.invalid')!
    expect(unrouteable).toMatchObject({
      status: '5.0.0',
      diagnosticCode: 'Unrouteable address',
      explanation: { enhanced: '5.0.0', text: 'Unrouteable address' },
    })
  })

  it('leaves out the explanation when a line carries no code and no status', async () => {
    const r = await deliveries(
      `${postfixLog}\nNov 29 08:00:09 mx postfix/smtp[9]: 4Y1Z9Z9Z9Z: to=<zed@example.com>, relay=none, delay=1, status=deferred (unknown mail transport error)`,
    )
    const zed = r.recipients.find((x) => x.recipient === 'zed@example.com')!
    expect(zed.explanation).toBeUndefined()
  })
})

describe('hostile input', () => {
  it('10,000 recipients in a log: the summary counts all, the list stops at its bound and says so', async () => {
    // Sendmail lists up to 100 recipients on one line: 10,000 recipients in about 150 KiB.
    const lines = Array.from({ length: 100 }, (_, l) => {
      const to = Array.from({ length: 100 }, (_, i) => `<u${l * 100 + i}@d${(l * 100 + i) % 300}.example>`).join(',')
      return `Nov 29 10:00:01 mx sm-mta[3101]: 4ATA0000${String(l).padStart(4, '0')}: to=${to}, delay=00:00:01, mailer=esmtp, pri=1, relay=mx.example.com. [203.0.113.5], dsn=5.1.1, stat=User unknown`
    })
    const raw = lines.join('\n')
    expect(raw.length).toBeLessThan(PASTE_MAX_BYTES)
    const r = await deliveries(raw)
    expect(r.summary.recipients).toBe(10_000)
    expect(r.recipients).toHaveLength(MAX_LISTED_RECIPIENTS)
    expect(r.summary.listed).toBe(MAX_LISTED_RECIPIENTS)
    expect(r.summary.byBounce.hard).toBe(10_000)
    expect(Object.keys(r.summary.byDomain)).toContain('(other)')
    expect(Object.values(r.summary.byDomain).reduce((a, b) => a + b, 0)).toBe(10_000)
    expect(r.warnings.join(' ')).toContain('10000 recipients')
  })

  it("a busy server's log, more deliveries than the list holds: every bounced and deferred recipient is listed", async () => {
    // 1,000 deliveries, retries of one deferral among them, and three failures near the end, as a real log has them.
    const at = (i: number) => `Dec  2 07:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} mx`
    const sent = (i: number) =>
      `${at(i)} postfix/smtp[1]: 4ABC${String(i).padStart(6, '0')}: to=<u${i}@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=0.2, delays=0/0/0.1/0.1, dsn=2.0.0, status=sent (250 2.0.0 Ok)`
    const deferred = (i: number) =>
      `${at(i)} postfix/smtp[2]: 4DEF000001: to=<slow@example.net>, relay=none, delay=${i}, delays=${i}/0/0/0, dsn=4.4.1, status=deferred (connect to mx.example.net[192.0.2.2]:25: Connection refused)`
    const lines: string[] = []
    for (let i = 0; i < 1000; i++) lines.push(i % 100 === 50 ? deferred(i) : sent(i))
    lines.push(
      `${at(1001)} postfix/smtp[3]: 4ABC009991: to=<gone@example.org>, relay=mx.example.org[192.0.2.3]:25, delay=0.3, delays=0/0/0.1/0.2, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.3] said: 550 5.1.1 <gone@example.org>: User unknown (in reply to RCPT TO command))`,
      `${at(1002)} postfix/smtp[3]: 4ABC009992: to=<full@example.org>, relay=mx.example.org[192.0.2.3]:25, delay=0.3, delays=0/0/0.1/0.2, dsn=4.2.2, status=deferred (host mx.example.org[192.0.2.3] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))`,
      `${at(1003)} postfix/error[4]: 4ABC009993: to=<moved@example.org>, relay=none, delay=0, delays=0/0/0/0, dsn=5.1.6, status=bounced (mailbox retired)`,
    )
    const r = await deliveries(lines.join('\n'))
    expect(r.summary.recipients).toBe(1003)
    expect(r.recipients).toHaveLength(MAX_LISTED_RECIPIENTS)
    const failing = r.recipients.filter((x) => x.action !== 'delivered').map((x) => `${x.recipient} ${x.action}`)
    expect(failing).toEqual([
      'slow@example.net delayed',
      ...Array(9).fill('slow@example.net delayed'),
      'gone@example.org failed',
      'full@example.org delayed',
      'moved@example.org failed',
    ])
    // In the log's order, so each line stays next to its neighbours.
    const times = r.recipients.map((x) => x.time!)
    expect(times).toEqual([...times].sort())
    expect(r.warnings.join(' ')).toContain('each bounced or deferred recipient first')
  })

  it('a DSN too long for a bounce is refused with a precise reason, before MIME parsing', async () => {
    const blocks = Array.from({ length: 10_000 }, (_, i) => `Final-Recipient: rfc822; u${i}@d${i % 300}.example\nAction: failed\nStatus: 5.1.1\n`)
    const raw = `From: MAILER-DAEMON@example.org\nSubject: x\nContent-Type: multipart/report; boundary=b\n\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; example.org\n\n${blocks.join('\n')}\n--b--\n`
    const o = await explainPaste(raw, 'en')
    expect(o).toMatchObject({ ok: false, reason: 'unreadable-message' })
    expect(!o.ok && o.detail).toMatch(/more than 1500 lines/)
  })

  it('a long returned original does not count: it is cut after its header block', async () => {
    const raw = exim.replace('Shall we meet at noon?', 'line of the original\n'.repeat(20_000))
    const r = await deliveries(raw)
    expect(r.recipients.map((x) => x.recipient)).toEqual(['bob@example.com'])
    expect(r.message?.subject).toBe('Lunch on Friday?')
  })

  it('MIME nesting past the bound is refused with a precise reason', async () => {
    let raw = 'Content-Type: text/plain\n\n550 5.1.1 deep\n'
    for (let i = 0; i < 200; i++) raw = `Content-Type: multipart/mixed; boundary=b${i}\n\n--b${i}\n${raw}--b${i}--\n`
    const o = await explainPaste(`From: a@example.org\nSubject: nest\n${raw}`, 'en')
    expect(o).toMatchObject({ ok: false, reason: 'unreadable-message' })
    expect(!o.ok && o.detail).toMatch(/nesting depth of 32/)
  })

  it('a header block over 128 KiB is refused with a precise reason', async () => {
    const o = await explainPaste(`From: a@example.org\nSubject: big\nX-Junk: ${'a'.repeat(140 * 1024)}\n\n550 5.1.1 x`, 'en')
    expect(o).toMatchObject({ ok: false, reason: 'unreadable-message' })
    expect(!o.ok && o.detail).toMatch(/header size/)
  })

  const manyParts = (n: number) =>
    `From: a@example.org\nSubject: many\nContent-Type: multipart/report; boundary=b\n\n${Array.from({ length: n }, (_, i) => `--b\nContent-Type: text/plain\n\np${i}\n`).join('')}--b\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; bob@example.com\nAction: failed\nStatus: 5.1.1\n\n--b--\n`

  it('hundreds of parts are read, and the status part among them found', async () => {
    const r = await deliveries(manyParts(300))
    expect(r.recipients.map((x) => x.recipient)).toEqual(['bob@example.com'])
  })

  it('thousands of parts are refused with a precise reason, before MIME parsing', async () => {
    const o = await explainPaste(manyParts(5000), 'en')
    expect(o).toMatchObject({ ok: false, reason: 'unreadable-message' })
    expect(!o.ok && o.detail).toMatch(/more than 500 MIME parts/)
  })

  it('broken base64 in the status part gives an answer, not an exception', async () => {
    const raw = `From: a@example.org\nSubject: b64\nContent-Type: multipart/report; boundary=b\n\n--b\nContent-Type: text/plain\n\n<bob@example.com>: host mx.example.com[203.0.113.5] said: 550 5.1.1 no\n--b\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n!!!not*base64%%%\n=====\nRmluYWwtUmVjaXBpZW50\n--b--\n`
    const o = await explainPaste(raw, 'en')
    expect(o.ok).toBe(true)
    if (o.ok && o.kind === 'message') expect(o.report.recipients[0]!.recipient).toBe('bob@example.com')
  })

  it('NUL bytes are removed and the answer says so', async () => {
    const r = await deliveries(postfix.replace("I'm sorry", 'I\0\0m sorry'))
    expect(r.recipients).toHaveLength(2)
    expect(r.warnings.join(' ')).toMatch(/NUL/)
  })

  it('parts in mixed and unknown charsets are read', async () => {
    const raw = [
      'From: a@example.org',
      'Subject: =?iso-8859-1?q?R=E9sum=E9?= =?koi8-r?b?8NLJ18XU?= =?x-unknown?q?abc?=',
      'Content-Type: multipart/report; boundary=b',
      '',
      '--b',
      'Content-Type: text/plain; charset=windows-1252',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<bob@example.com>: host mx[203.0.113.5] said: 550 5.1.1 Destinataire inconnu =93bob=94',
      '--b',
      'Content-Type: text/plain; charset=x-no-such-charset',
      '',
      'caf\xe9',
      '--b',
      'Content-Type: message/delivery-status; charset=utf-16',
      '',
      'Final-Recipient: rfc822; bob@example.com',
      'Action: failed',
      'Status: 5.1.1',
      '--b--',
      '',
    ].join('\n')
    const r = await deliveries(raw)
    expect(r.recipients.map((x) => [x.recipient, x.status])).toEqual([['bob@example.com', '5.1.1']])
  })

  it('256 KiB of one repeated log line is a log of that many deliveries', async () => {
    const line = `${postfixLog.split('\n')[4]!}\n`
    const raw = line.repeat(Math.floor((256 * 1024) / line.length))
    const r = await deliveries(raw)
    expect(r.summary.recipients).toBe(Math.floor((256 * 1024) / line.length))
    expect(r.summary.byAction).toEqual({ failed: r.summary.recipients })
  })

  it('never throws on random MIME-like text, and every outcome is an answer or a known reason', async () => {
    const piece = fc.constantFrom(
      'From: a@example.org\n',
      'Subject: x\n',
      'Content-Type: multipart/report; boundary=b\n',
      'Content-Type: message/delivery-status\n',
      'Content-Transfer-Encoding: base64\n',
      'Content-Transfer-Encoding: quoted-printable\n',
      '--b\n',
      '--b--\n',
      '\n',
      'Final-Recipient: rfc822; a@b.c\n',
      'Action: failed\n',
      'Status: 5.1.1\n',
      'Diagnostic-Code: smtp; 550 5.1.1 x\n',
      '=?utf-8?b?w6k=?=',
      '=C3=A9',
      '<bob@example.com>:\n',
      '  bob@example.com\n',
      "Remote Server returned '550 5.4.1 x'\n",
      'status=bounced (x)\n',
      '\0',
      '\r\n',
      ' \t',
      'QUJD\n',
    )
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 60 }), async (parts) => {
        const o = await explainPaste(parts.join(''), 'en')
        if (o.ok) expect(['reply', 'message', 'log']).toContain(o.kind)
        else expect(['no-code', 'unreadable-message']).toContain(o.reason)
      }),
      { numRuns: 300 },
    )
  })
})
