// The reply card (widget/reply-card.ts) replaces the local part of every address before it sends a reply to the
// API, with core's redactAddresses (worker/core/redact.ts, the same scanner the /explain page's box uses). That is only sound while no diagnosis depends on whose address it is: every rule's examples, every reason's
// example and the provider corpus must get the same reason, bounce, provider and confidence redacted, and the
// evidence offsets must still point at the evidence in the text the card shows.
import { describe, expect, it } from 'vitest'
import { REASONS } from '../../data/diagnosis/reasons.ts'
import { RULES } from '../../data/diagnosis/rules/index.ts'
import CORPUS from '../corpus/provider-replies.json'
import { explainReply } from '../../worker/core/explain.ts'
import { useStandaloneCore } from '../../worker/core/standalone.ts'
import { HIDDEN as REDACTED, redactAddresses, redactText } from '../../worker/core/redact.ts'

// Core as the npm package runs it: the rule set by plain import, postal-mime from npm.
useStandaloneCore()

const texts = [
  ...RULES.flatMap((r) => r.examples),
  ...REASONS.map((r) => r.example),
  ...(CORPUS as { entries: { text: string }[] }).entries.map((e) => e.text),
]
const withAddresses = texts.filter((t) => /[^\s<>@]@[a-z0-9[]/i.test(t))

describe('redactAddresses', () => {
  it('replaces local parts and keeps the domain and the words around them', () => {
    expect(redactAddresses('550 5.1.1 <jane.doe+tag@example.com>: Recipient address rejected')).toBe(
      `550 5.1.1 <${REDACTED}@example.com>: Recipient address rejected`,
    )
    expect(redactAddresses('to=<bob@example.org>, orcpt=rfc822;bob@example.org')).toBe(
      `to=<${REDACTED}@example.org>, orcpt=rfc822;${REDACTED}@example.org`,
    )
    expect(redactAddresses('用户@例子.广告 and ü@[192.0.2.1]')).toBe(`${REDACTED}@例子.广告 and ${REDACTED}@[192.0.2.1]`)
    // An @ that is no address's stays as it is.
    expect(redactAddresses('550 @ 10:00, a@ b, @@x, @example.com')).toBe('550 @ 10:00, a@ b, @@x, @example.com')
    // A quoted local part is one too (the widget's own scanner used to send this one as it was).
    expect(redactAddresses('Final-Recipient: rfc822; "john doe"@example.org')).toBe(`Final-Recipient: rfc822; ${REDACTED}@example.org`)
  })

  it('hides only local parts: IP addresses stay, for the rules that read them, while the page’s box hides both', () => {
    const reply = '554 5.7.1 <jane@example.com>: Client host [192.0.2.1] blocked using zen.spamhaus.org; from <ü@[192.0.2.9]>'
    expect(redactAddresses(reply)).toBe(
      `554 5.7.1 <${REDACTED}@example.com>: Client host [192.0.2.1] blocked using zen.spamhaus.org; from <${REDACTED}@[192.0.2.9]>`,
    )
    expect(redactText(reply)).toBe(
      `554 5.7.1 <${REDACTED}@example.com>: Client host [x.x.x.x] blocked using zen.spamhaus.org; from <${REDACTED}@[x.x.x.x]>`,
    )
  })

  it('answers 64 KiB of hostile text (its time is bench material; redact.ts says why it is linear)', () => {
    expect(redactAddresses('a'.repeat(65535) + '@')).toBe(`${'a'.repeat(65535)}@`)
    // Each address's domain runs up to the next "@", and a local part never reaches back into the address before
    // it: every other "@" of these starts no address.
    expect(redactAddresses('a@'.repeat(32768))).toBe(`${REDACTED}@a@`.repeat(16384))
    expect(redactAddresses('a@b'.repeat(21845))).toBe(`${REDACTED}@ba@`.repeat(10922) + `${REDACTED}@b`)
    expect(redactAddresses('"@'.repeat(32768))).toBe('"@'.repeat(32768))
  })

  it(`keeps the diagnosis of every example that carries an address (${withAddresses.length} of ${texts.length})`, () => {
    expect(withAddresses.length).toBeGreaterThan(50)
    for (const text of withAddresses) {
      const plain = explainReply(text)
      const redacted = explainReply(redactAddresses(text))
      expect(redacted.ok, text).toBe(plain.ok)
      if (!plain.ok || !redacted.ok) continue
      const [a, b] = [plain.explanation.diagnosis, redacted.explanation.diagnosis]
      expect({ reason: b.reason, bounce: b.bounce, actor: b.actor, provider: b.provider, confidence: b.confidence }, text).toEqual({
        reason: a.reason,
        bounce: a.bounce,
        actor: a.actor,
        provider: a.provider,
        confidence: a.confidence,
      })
      if (b.evidence) expect(redacted.explanation.text.slice(b.evidence.start, b.evidence.end), text).toBe(b.evidence.text)
    }
  })
})
