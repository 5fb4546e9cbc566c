// POST /v1/explain with a whole bounce message or a log excerpt: recipients, summary, limits, privacy, hostile input.
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DeliveryReportSchema, ExplanationSchema } from '../../worker/api/schemas.ts'
import { expectProblem, json, send } from '../support/fetch.ts'
import exim from '../core/fixtures/bounces/exim.eml?raw'
import postfix from '../core/fixtures/bounces/postfix.eml?raw'
import postfixLog from '../core/fixtures/logs/postfix.txt?raw'
import { formatText } from '../corpus/formats.ts'
import failuresManifest from '../corpus/loopback-failures/manifest.json'
import exiMainlog from '../corpus/loopback-failures/exim.mainlog?raw'
import postfixFailures from '../corpus/loopback-failures/postfix.log?raw'
import sendmailFailures from '../corpus/loopback-failures/sendmail.log?raw'

const post = (body: string, type = 'text/plain', headers: Record<string, string> = {}) =>
  send('/v1/explain', { method: 'POST', body, headers: { 'Content-Type': type, ...headers } })

async function report(res: Response) {
  expect(res.status).toBe(200)
  expect(res.headers.get('Cache-Control')).toBe('no-store')
  return DeliveryReportSchema.parse(await json(res))
}

describe('a whole message', () => {
  it.each([['message/rfc822'], ['text/plain'], ['message/global']])(
    "sent as %s: each recipient with its explanation, the original's headers, no body",
    async (type) => {
      const r = await report(await post(postfix, type))
      expect(r.kind).toBe('message')
      expect(r.recipients.map((x) => [x.recipient, x.action, x.status, x.explanation?.basic, x.explanation?.enhanced])).toEqual([
        ['bob@example.com', 'failed', '5.1.1', '550', '5.1.1'],
        ['gina@example.com', 'failed', '5.2.2', '552', '5.2.2'],
      ])
      expect(r.recipients[0]!.explanation!.diagnosis.reason).toBe('user-unknown')
      expect(r.message).toEqual({
        messageId: '<20261129080001.1@example.org>',
        subject: 'Quarterly figures — draft',
        date: '2026-11-29T08:00:00.000Z',
      })
      // A full mailbox is a soft bounce by its diagnosis, though the DSN says failed.
      expect(r.summary).toMatchObject({
        recipients: 2,
        byBounce: { hard: 1, soft: 1, none: 0 },
        byDomain: { 'example.com': 2 },
        byReason: { 'user-unknown': 1, 'mailbox-full': 1 },
      })
    },
  )

  it.each([
    ['not-bounces/vacation.eml', /automatic reply/, 'auto-reply'],
    ['not-bounces/feedback-report.eml', /feedback report \(RFC 5965\)/, 'feedback-report'],
    ['not-bounces/read-receipt.eml', /read receipt \(a message disposition notification, RFC 8098\)/, 'read-receipt'],
  ])('%s is no bounce: 422 saying what it is, in words and as notBounce, no recipient reported failed', async (path, detail, kind) => {
    const res = await post(formatText(path), 'message/rfc822')
    const p = await expectProblem(res, 422)
    expect(p.type).toBe('/problems/no-reply-code')
    expect(p.detail).toMatch(detail)
    expect(p.notBounce).toBe(kind)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
  })

  it("a Microsoft 365 NDR's text pasted without its header fields is read per recipient", async () => {
    const r = await report(await post(formatText('microsoft/m365-pasted-text.txt')))
    expect(r.recipients.map((x) => [x.recipient, x.action, x.status, x.explanation?.diagnosis.reason])).toEqual([
      ['nora@fabrikam.example', 'failed', '5.1.10', 'user-unknown'],
    ])
  })

  it("never echoes the returned original's body", async () => {
    const res = await post(exim, 'message/rfc822')
    expect(await res.text()).not.toContain('Shall we meet at noon?')
  })

  it('answers in text for terminals: one line per recipient, then the summary', async () => {
    const res = await post(postfix, 'message/rfc822', { Accept: 'text/plain' })
    expect(res.headers.get('Content-Type')).toMatch(/^text\/plain/)
    const text = await res.text()
    expect(text).toContain('bob@example.com: failed 5.1.1 [550 5.1.1]')
    expect(text).toMatch(/Recipients: 2; failed 2/)
    expect(text).toContain('Original message: "Quarterly figures — draft"')
  })

  it('a message of 200 KiB (a long returned original) is read, past the single-reply limit', async () => {
    const big = exim.replace('Shall we meet at noon?', `${'x'.repeat(76)}\n`.repeat(2700))
    expect(big.length).toBeGreaterThan(200 * 1024)
    const r = await report(await post(big, 'message/rfc822'))
    expect(r.recipients.map((x) => x.recipient)).toEqual(['bob@example.com'])
  })
})

describe('a log excerpt', () => {
  it('lists each delivery line with its explanation', async () => {
    const r = await report(await post(postfixLog))
    expect(r.kind).toBe('log')
    expect(r.recipients.filter((x) => x.action !== 'delivered').map((x) => x.recipient)).toEqual([
      'bob@example.com',
      'carol@example.net',
      'dave@example.info',
      'frank@bad.example',
      'gina@example.com',
      'henry@example.net',
    ])
    expect(r.recipients[0]).toMatchObject({ software: 'postfix', queueId: '4Y1B2C3D4E', explanation: { basic: '550', stage: 'rcpt' } })
  })

  it('also inside JSON {reply}', async () => {
    const r = await report(await post(JSON.stringify({ reply: postfixLog }), 'application/json'))
    expect(r.summary.recipients).toBe(8)
  })

  it('10,000 recipients: counted in full, listed to 300', async () => {
    const lines = Array.from({ length: 100 }, (_, l) => {
      const to = Array.from({ length: 100 }, (_, i) => `<u${l * 100 + i}@d${i % 7}.example>`).join(',')
      return `Nov 29 10:00:01 mx sm-mta[3101]: 4ATA0000${String(l).padStart(4, '0')}: to=${to}, delay=00:00:01, mailer=esmtp, pri=1, relay=mx.example.com. [203.0.113.5], dsn=5.1.1, stat=User unknown`
    })
    const r = await report(await post(lines.join('\n')))
    expect(r.summary).toMatchObject({ recipients: 10_000, listed: 300, byBounce: { hard: 10_000 } })
  })

  it.each([
    ['postfix.log', postfixFailures],
    ['exim.mainlog', exiMainlog],
    ['sendmail.log', sendmailFailures],
  ])('a real log of failure modes (loopback-failures/%s), with CRLF ends, lists every bounced and deferred recipient', async (path, text) => {
    const r = await report(await post(text.replace(/\n/g, '\r\n')))
    expect(r.kind).toBe('log')
    const listed = new Set(r.recipients.map((x) => `${x.recipient} ${x.action}`))
    const truth = failuresManifest.files.find((f) => f.path === path)!.truth.filter((t) => t.action !== 'delivered')
    for (const t of truth) expect(listed, t.case).toContain(`${t.recipient} ${t.action}`)
  })

  it('256 KiB of one repeated log line is answered', async () => {
    const line = `${postfixLog.split('\n')[4]!}\n`
    const r = await report(await post(line.repeat(Math.floor((256 * 1024) / line.length))))
    expect(r.summary.byAction).toEqual({ failed: r.summary.recipients })
  })
})

describe('limits', () => {
  it('one reply keeps its 64 KiB limit and its answer shape', async () => {
    await expectProblem(await post(`550 5.1.1 ${'x'.repeat(65 * 1024)}`), 413)
    const res = await post('550 5.1.1 User unknown')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    ExplanationSchema.parse(await json(res))
  })

  it('a message or log over 256 KiB gets 413 before it is read', async () => {
    const p = await expectProblem(await post(`${postfix}${'x'.repeat(256 * 1024)}`, 'message/rfc822'), 413)
    expect(p.type).toBe('/problems/payload-too-large')
  })

  it('other media types still get 415', async () => {
    await expectProblem(await post(postfix, 'multipart/mixed'), 415)
  })
})

describe('hostile messages get a precise problem, never a 5xx', () => {
  it.each([
    [
      'MIME nesting past 32 levels',
      (() => {
        let t = 'Content-Type: text/plain\n\n550 5.1.1 x\n'
        for (let i = 0; i < 60; i++) t = `Content-Type: multipart/mixed; boundary=b${i}\n\n--b${i}\n${t}--b${i}--\n`
        return `From: a@example.org\nSubject: x\n${t}`
      })(),
      /nesting depth/,
    ],
    [
      'thousands of parts',
      `From: a@example.org\nSubject: x\nContent-Type: multipart/mixed; boundary=b\n\n${'--b\n\nx\n'.repeat(5000)}--b--\n`,
      /more than 500 MIME parts/,
    ],
    ['a header block over 128 KiB', `From: a@example.org\nSubject: x\nX-Junk: ${'a'.repeat(140 * 1024)}\n\nbody`, /header size/],
  ])('%s', async (_name, body, detail) => {
    const p = await expectProblem(await post(body, 'message/rfc822'), 422)
    expect(p.type).toBe('/problems/unreadable-message')
    expect(p.detail).toMatch(detail)
  })

  it('NUL bytes and broken base64 are read, with a warning for the NULs', async () => {
    const r = await report(
      await post(
        postfix
          .replace("I'm sorry", 'I\0m sorry')
          .replace('Content-Type: message/delivery-status', 'Content-Type: message/delivery-status\nContent-Transfer-Encoding: base64'),
        'message/rfc822',
      ),
    )
    expect(r.warnings.join(' ')).toMatch(/NUL/)
    expect(r.recipients.map((x) => x.recipient)).toEqual(['bob@example.com', 'gina@example.com'])
  })

  it('random message-like bodies never get a 5xx', async () => {
    const piece = fc.constantFrom(
      'From: a@example.org\n',
      'Subject: x\n',
      'Content-Type: multipart/report; boundary=b\n',
      '--b\n',
      '--b--\n',
      '\n',
      'Content-Type: message/delivery-status\n',
      'Final-Recipient: rfc822; a@b.c\n',
      'Status: 5.1.1\n',
      'Content-Transfer-Encoding: base64\n',
      '\0',
      '=?utf-8?q?=C3?=',
      '<bob@example.com>:\n',
    )
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 40 }),
        fc.constantFrom('text/plain', 'message/rfc822'),
        async (parts, type) => {
          const res = await post(parts.join(''), type, { 'CF-Connecting-IP': `198.51.100.${Math.floor(Math.random() * 250)}` })
          expect(res.status).toBeLessThan(500)
        },
      ),
      { numRuns: 60 },
    )
  })
})

describe('privacy', () => {
  afterEach(() => vi.restoreAllMocks())

  it('nothing posted is logged', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m))
    await post(postfix, 'message/rfc822')
    await post(postfixLog)
    for (const spy of spies) for (const call of spy.mock.calls) expect(JSON.stringify(call)).not.toMatch(/bob@example\.com|Quarterly/)
  })
})
