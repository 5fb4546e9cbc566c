// Every loopback DSN (test/corpus/loopback/), changed the way real bounces arrive changed: as an mbox file, with CRLF
// line ends, forwarded or quoted by a person, with the DSN fields written loosely. The truth per recipient is the
// manifest's; what each change may cost is said at each case.
import PostalMime from 'postal-mime'
import { describe, expect, it } from 'vitest'
import { cutOriginal } from '../../worker/core/bounce-text.ts'
import { explainPaste } from '../../worker/core/explain-paste.ts'
import { useStandaloneCore } from '../../worker/core/standalone.ts'
import { corpusFiles, corpusText, type CorpusFile, type TruthRow } from '../corpus/loopback.ts'

useStandaloneCore()

const dsns = corpusFiles({ kind: 'dsn' }).filter((f) => f.contentType === 'message/delivery-status')
const same = (a: string) => (a === 'relayed' ? 'delivered' : a)

async function recipients(text: string, kind?: 'message') {
  const o = await explainPaste(text, 'en', kind ? { kind } : {})
  if (!o.ok || o.kind !== 'message') throw new Error(JSON.stringify(o).slice(0, 300))
  return o.report.recipients
}

/** The recipient's row as the paste gives it, checked against the truth: found, same action, and the status when asked. */
async function expectTruth(text: string, file: CorpusFile, withStatus: (t: TruthRow) => boolean = () => true, kind?: 'message') {
  const got = await recipients(text, kind)
  for (const t of file.truth) {
    if (t.dsnIncomplete) continue
    const row = got.find((r) => r.recipient.toLowerCase() === t.recipient.toLowerCase())
    expect(row, `${file.path} ${t.recipient}`).toBeDefined()
    expect(same(row!.action), `${file.path} ${t.recipient}`).toBe(same(t.action))
    if (withStatus(t)) expect(row!.status, `${file.path} ${t.recipient}`).toBe(t.status)
  }
}

const cases = dsns.map((f) => [f.path, f] as const)

describe('loopback DSNs as they arrive elsewhere', () => {
  it.each(cases)('%s with an mbox "From " line first, guessed as a message', async (_p, file) => {
    await expectTruth(`From MAILER-DAEMON Tue Dec  1 22:56:34 2026\n${corpusText(file.path)}`, file)
  })

  it.each(cases)('%s with CRLF line ends', async (_p, file) => {
    await expectTruth(corpusText(file.path).replace(/\r?\n/g, '\r\n'), file)
  })

  it.each(cases)('%s quoted with "> " under a note, guessed as a message', async (_p, file) => {
    const quoted = corpusText(file.path)
      .split('\n')
      .map((l) => `> ${l}`)
      .join('\n')
    await expectTruth(`Could you look at this bounce?\n\n${quoted}\n\nThanks, Alice\nalice@example.org\n`, file)
  })

  it.each(cases)('%s attached to a forward as message/rfc822, sent as a message', async (_p, file) => {
    const forward = [
      'From: Alice <alice@example.org>',
      'To: Help desk <help@example.org>',
      'Subject: Fwd: returned mail',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="fwd-boundary"',
      '',
      '--fwd-boundary',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'This came back, see attached.',
      'alice@example.org',
      '',
      '--fwd-boundary',
      'Content-Type: message/rfc822',
      '',
      corpusText(file.path),
      '--fwd-boundary--',
      '',
    ].join('\n')
    await expectTruth(forward, file, () => true, 'message')
  })

  // A mail client forwarding inline keeps the text written for people, not the status part: the recipients it names
  // are found with their action; their status is what that text says, if anything.
  it.each(cases)('%s forwarded inline below "Forwarded message", text only', async (_p, file) => {
    const email = await PostalMime.parse(corpusText(file.path))
    const forward = [
      'Please have a look.',
      'Alice',
      'alice@example.org',
      '',
      '---------- Forwarded message ---------',
      `From: ${email.from?.address ?? 'MAILER-DAEMON'}`,
      'Date: Tue, 1 Dec 2026 at 22:56',
      `Subject: ${email.subject ?? ''}`,
      'To: <sender@example.org>',
      '',
      email.text ?? '',
    ].join('\n')
    const told = cutOriginal(email.text ?? '')
    const named = file.truth.filter((t) => told.includes(t.recipient))
    const o = await explainPaste(forward, 'en', { kind: 'message' })
    // Sendmail's delay warnings and Haraka's bounces name the recipient only in the status part, left behind.
    if (named.length === 0) return expect(o.ok && o.kind === 'message' ? o.report.recipients.map((r) => r.recipient) : []).toEqual([])
    const got = await recipients(forward, 'message')
    for (const t of named) {
      const row = got.find((r) => r.recipient.toLowerCase() === t.recipient.toLowerCase())
      expect(row, `${file.path} ${t.recipient}`).toBeDefined()
      expect(same(row!.action)).toBe(same(t.action))
    }
    expect(got.map((r) => r.recipient)).not.toContain('alice@example.org')
  })
})

describe('loopback DSNs with their fields written loosely', () => {
  it.each(cases)('%s with "rfc822;" left out of the recipient fields', async (_p, file) => {
    await expectTruth(corpusText(file.path).replace(/^((?:Final|Original)-Recipient|X-Actual-Recipient):[ \t]*rfc822;[ \t]*/gim, '$1: '), file)
  })

  it.each(cases)('%s with the address type in upper case and a space before the colon', async (_p, file) => {
    await expectTruth(corpusText(file.path).replace(/^(Final-Recipient):[ \t]*rfc822;/gim, '$1 : RFC822;'), file)
  })

  it.each(cases)('%s with Original-Recipient only', async (_p, file) => {
    const text = corpusText(file.path)
      .replace(/^(?:Original-Recipient|X-Actual-Recipient):.*\n/gim, '')
      .replace(/^Final-Recipient:/gim, 'Original-Recipient:')
    await expectTruth(text, file)
  })

  it.each(cases)('%s with the status part sent as text/plain', async (_p, file) => {
    await expectTruth(corpusText(file.path).replace(/^Content-type: message\/delivery-status/im, 'Content-Type: text/plain; charset=us-ascii'), file)
  })

  // Without Status the reply's own enhanced code gives it; the rows whose reply carries the same code keep their status.
  it.each(cases)('%s without its Status fields', async (_p, file) => {
    const replyCarries = (t: TruthRow) =>
      t.status !== null && new RegExp(`^smtp; ?[245]\\d\\d[ -]${t.status.replace(/\./g, '\\.')}\\b`, 'i').test(t.diagnosticCode ?? '')
    await expectTruth(corpusText(file.path).replace(/^Status:.*\n/gim, ''), file, replyCarries)
  })
})
