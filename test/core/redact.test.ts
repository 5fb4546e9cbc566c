// The redaction behind the /explain page's "hide addresses" box: what a person sees and copies keeps the domains and
// loses every local part and IP address, on the whole answer about a real bounce and a real log.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { explainPaste } from '../../worker/core/explain-paste.ts'
import { HIDDEN, HIDDEN_IPV4, HIDDEN_IPV6, redactAddresses, redactOutcome, redactSpan, redactText } from '../../worker/core/redact.ts'
import { useStandaloneCore } from '../../worker/core/standalone.ts'
import { corpusText } from '../corpus/loopback.ts'

useStandaloneCore()

describe('redactText', () => {
  it.each([
    ['to=<jane.doe@example.com>, relay=mx.example.com[192.0.2.1]:25', `to=<${HIDDEN}@example.com>, relay=mx.example.com[${HIDDEN_IPV4}]:25`],
    ['Final-Recipient: rfc822; "john doe"@example.org', `Final-Recipient: rfc822; ${HIDDEN}@example.org`],
    ["'o'brien@example.net' said", `'${HIDDEN}@example.net' said`],
    ['mail to root@localhost. Done', `mail to ${HIDDEN}@localhost. Done`],
    [
      'to=jane@example.com, orcpt=rfc822;jane@example.com orcpt=rfc822/jane@example.com',
      `to=${HIDDEN}@example.com, orcpt=rfc822;${HIDDEN}@example.com orcpt=rfc822/${HIDDEN}@example.com`,
    ],
    ['<abc.123@[192.0.2.7]>', `<${HIDDEN}@[${HIDDEN_IPV4}]>`],
    // Found by the property below: an "@[" or a quote far before an address is not the start of one.
    ['*@[ <a@example.com> [192.0.2.1]', `*@[ <${HIDDEN}@example.com> [${HIDDEN_IPV4}]`],
    ['" <a@example.com> "@example.org', `" <${HIDDEN}@example.com> "@example.org`],
    ['from [IPv6:2001:db8::1] and 2001:db8:0:0:0:0:0:1', `from [IPv6:${HIDDEN_IPV6}] and ${HIDDEN_IPV6}`],
    ['Jürgen.Müller@bücher.example', `${HIDDEN}@bücher.example`],
  ])('%s', (input, expected) => {
    expect(redactText(input)).toBe(expected)
  })

  it.each([
    '550 5.7.1 Service unavailable',
    'Dec  1 10:00:00 mx postfix/smtp[123]: 4XyZ: delay=0.12, delays=0.01/0/0.1/0, dsn=5.1.1',
    'version 1.2.3 at 10:00:00, 256.1.1.1 is no address, nor is 1.2.3.4.5',
    'an @ alone, or user@ and @domain',
  ])('leaves text without an address or IP as it is: %s', (input) => {
    expect(redactText(input)).toBe(input)
  })

  it('leaves no address or IPv4 address in any text', () => {
    const local = fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,20}$/)
    const octet = fc.integer({ min: 0, max: 255 })
    fc.assert(
      fc.property(fc.string(), local, fc.tuple(octet, octet, octet, octet), fc.string(), (before, user, ip, after) => {
        const address = `${user}@example.com`
        const dotted = ip.join('.')
        const out = redactText(`${before} <${address}> [${dotted}] ${after}`)
        expect(out).not.toContain(`<${address}>`)
        expect(out).toContain(`<${HIDDEN}@example.com>`)
        expect(out).toContain(`[${HIDDEN_IPV4}]`)
      }),
      { numRuns: 2000 },
    )
  })

  it('reads 256 KiB of text without addresses in linear time (a bounded scan from each "@")', () => {
    const text = 'a'.repeat(128 * 1024) + '@'.repeat(64 * 1024) + '1.'.repeat(32 * 1024)
    expect(redactText(text).length).toBeGreaterThan(0)
  })
})

describe('redactAddresses (what the widget’s reply card sends)', () => {
  it('hides the address among any text, keeps the IP addresses, and leaves text without an "@" as it is', () => {
    const local = fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,20}$/)
    const octet = fc.integer({ min: 0, max: 255 })
    fc.assert(
      fc.property(fc.string(), local, fc.tuple(octet, octet, octet, octet), fc.string(), (before, user, ip, after) => {
        const dotted = ip.join('.')
        const out = redactAddresses(`${before} <${user}@example.com> [${dotted}] ${after}`)
        expect(out).toContain(`<${HIDDEN}@example.com> [${dotted}]`)
        expect(redactAddresses(before.replaceAll('@', ''))).toBe(before.replaceAll('@', ''))
      }),
      { numRuns: 2000 },
    )
  })

  it('hides what the page hides in addresses, and only that', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '.', '-', '@', ' ', '"', "'", 'ü', '<', '>', '\n') }), (text) => {
        // Without digits (IP addresses) and brackets (domain literals), the differences tested above, both hide the same.
        expect(redactAddresses(text)).toBe(redactText(text))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('redactSpan', () => {
  it('moves a span to where it lands after the addresses before it shrink', () => {
    const text = 'jane@example.com: Client host [192.0.2.1] blocked using zen.spamhaus.org'
    const start = text.indexOf('blocked using')
    const r = redactSpan(text, { start, end: start + 'blocked using'.length })
    expect(r.text.slice(r.span!.start, r.span!.end)).toBe('blocked using')
  })
  it('drops a span that would mark part of a hidden address', () => {
    const text = 'mailbox jane@example.com unknown'
    expect(redactSpan(text, { start: 10, end: 28 }).span).toBeUndefined()
  })
})

describe('redactOutcome', () => {
  it('hides every recipient, remote IP and Message-ID local part of a real Postfix DSN, keeping domains and reasons', async () => {
    const raw = corpusText('postfix/multi-recipient.eml')
    const plain = await explainPaste(raw)
    const hidden = redactOutcome(plain)
    if (!plain.ok || plain.kind !== 'message' || !hidden.ok || hidden.kind !== 'message') throw new Error('expected a message')
    const shown = JSON.stringify({
      ...hidden.report,
      recipients: hidden.report.recipients.map((r) => ({ ...r, explanation: { ...r.explanation, entries: [] } })),
    })
    for (const r of plain.report.recipients) expect(shown).not.toContain(r.recipient)
    expect(shown).not.toMatch(/\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/)
    expect(shown).not.toContain('scc.postfix.multi-recipient@')
    expect(hidden.report.recipients.map((r) => r.recipient)).toEqual([`${HIDDEN}@postfix.test`, `${HIDDEN}@exim.test`, `${HIDDEN}@sendmail.test`])
    expect(hidden.report.summary).toEqual(plain.report.summary)
    expect(hidden.report.recipients.map((r) => r.explanation?.diagnosis.reason)).toEqual(
      plain.report.recipients.map((r) => r.explanation?.diagnosis.reason),
    )
    // The plain answer is not changed in place.
    expect(plain.report.recipients[0]!.recipient).toBe('nouser@postfix.test')
  })

  it('keeps the deciding words marked in a redacted reply', async () => {
    const o = await explainPaste('550 5.7.1 <jane@example.com>: Client host [192.0.2.1] blocked using zen.spamhaus.org')
    const r = redactOutcome(o)
    if (!r.ok || r.kind !== 'reply') throw new Error('expected a reply')
    const x = r.explanation
    expect(x.text).not.toContain('jane@')
    expect(x.text).not.toContain('192.0.2.1')
    const e = x.diagnosis.evidence!
    expect(x.text.slice(e.start, e.end)).toBe(e.text)
    expect(e.text).toMatch(/blocked using/)
  })

  it('hides the addresses of a real Postfix log', async () => {
    const raw = corpusText('postfix/mail.log')
    const plain = await explainPaste(raw)
    const hidden = redactOutcome(plain)
    if (!hidden.ok || hidden.kind !== 'log') throw new Error('expected a log')
    for (const r of hidden.report.recipients) {
      expect(r.recipient.startsWith(`${HIDDEN}@`), r.recipient).toBe(true)
      expect(`${r.remoteMta ?? ''} ${r.diagnosticCode ?? ''}`).not.toMatch(/[\w.+-]+@[\w-]+\.|\b\d{1,3}(?:\.\d{1,3}){3}\b/)
    }
  })
})
