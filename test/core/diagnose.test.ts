// What a person reading a diagnosis relies on: the reason, hard or soft, who acts, the steps in their language,
// the words that decided it, and the provider when its reply names one.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { RULES } from '../../data/diagnosis/rules/index.ts'
import { REASON_IDS, type DiagnosisRule } from '../../data/diagnosis/types.ts'
import { LANGUAGE_PACKS } from '../../data/i18n/packs.all.ts'
import { registerLanguagePack } from '../../worker/core/content.ts'
import { diagnose, MAX_DIAGNOSE_TEXT } from '../../worker/core/diagnose.ts'
import { parseReply } from '../../worker/core/reply-parser.ts'
import { useStandaloneCore } from '../../worker/core/standalone.ts'

// Core as the npm package runs it: the rule set by plain import, postal-mime from npm.
useStandaloneCore()

const of = (reply: string, lang: 'en' | 'vi' | 'de' = 'en') => {
  const p = parseReply(reply)!
  return diagnose(
    { ...(p.basic ? { basic: p.basic } : {}), ...(p.enhanced ? { enhanced: p.enhanced } : {}), text: p.text, ...(p.stage ? { stage: p.stage } : {}) },
    lang,
  )
}

describe('diagnose', () => {
  it("reads a blocklisting inside a generic 5.7.1 and sends it to the sending system's admin", () => {
    const reply = '550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus'
    const d = of(reply)
    expect(d).toMatchObject({ reason: 'blocklisted', bounce: 'soft', actor: 'sender-admin', basis: 'text', confidence: 'high' })
    const text = parseReply(reply)!.text
    expect(text.slice(d.evidence!.start, d.evidence!.end)).toBe(d.evidence!.text)
    expect(d.evidence!.text.toLowerCase()).toContain('blocked using')
    expect(d.provider).toMatchObject({ id: 'spamhaus', name: 'Spamhaus' })
    expect(d.steps[0]).toContain('https://check.spamhaus.org/')
  })

  it('calls an unknown user a hard bounce and a full mailbox a soft one for the recipient', () => {
    expect(of('550 5.1.1 <jane@example.com>: Recipient address rejected: User unknown in local recipient table')).toMatchObject({
      reason: 'user-unknown',
      bounce: 'hard',
      actor: 'sender',
    })
    expect(of('452 4.2.2 The email account that you tried to reach is over quota.')).toMatchObject({
      reason: 'mailbox-full',
      bounce: 'soft',
      actor: 'recipient-admin',
    })
  })

  it('names Yahoo and its own code token', () => {
    const d = of('421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints')
    expect(d.reason).toBe('rate-limited')
    expect(d.provider).toMatchObject({ id: 'yahoo', code: 'TSS04', url: 'https://senders.yahooinc.com/smtp-error-codes/' })
  })

  it('names Microsoft from its own enhanced code', () => {
    const d = of('550 5.7.606 Access denied, banned sending IP [192.0.2.1]')
    expect(d.provider).toMatchObject({ id: 'microsoft', code: '5.7.606' })
  })

  it('falls back to the enhanced code, then the basic code, when the words add nothing', () => {
    expect(of('550 5.1.1 Requested action not taken')).toMatchObject({ reason: 'user-unknown', basis: 'enhanced-code' })
    expect(of('552 5.3.4 Requested mail action aborted')).toMatchObject({ reason: 'message-too-large', basis: 'enhanced-code' })
    expect(of('535 Go away')).toMatchObject({ reason: 'auth-failed', basis: 'basic-code' })
    expect(of('550 5.1.1 Requested action not taken').evidence).toBeUndefined()
  })

  it('never calls a 4xx hard on its codes alone', () => {
    expect(of('450 4.1.1 Try again')).toMatchObject({ reason: 'user-unknown', bounce: 'soft', basis: 'enhanced-code' })
    expect(of('451 4.1.2 Try again')).toMatchObject({ reason: 'domain-not-found', bounce: 'soft' })
  })

  it('calls a deferral soft even when the server it quotes refused the address for good', () => {
    // The outer 4xx is what the client acts on: it retries, so nothing bounces yet; the quoted 550 gives the reason.
    for (const reply of [
      '450 4.1.1 <jane@example.org>: Recipient address rejected: undeliverable address: host mx.example.org[192.0.2.1] said: 550 5.1.1 <jane@example.org>... User unknown (in reply to RCPT TO command)',
      '451 4.4.0 Primary target IP address responded with: "550 5.1.1 <jane@example.org>: Recipient address rejected: User unknown in virtual mailbox table." Attempted failover to alternate host, but that did not succeed.',
      '450 4.1.1 <jane@example.com>: Recipient address rejected: User unknown in relay recipient table',
    ])
      expect(of(reply), reply).toMatchObject({ reason: 'user-unknown', bounce: 'soft', basis: 'text' })
    // The permanent form of the same reply is hard.
    expect(
      of(
        '550 5.1.1 <jane@example.org>: Recipient address rejected: undeliverable address: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown',
      ),
    ).toMatchObject({ reason: 'user-unknown', bounce: 'hard' })
  })

  it('reads a 554 greeting that offers no SMTP service as a refusal of the sending host, unless a reason comes with it', () => {
    expect(of('554 No SMTP service here')).toMatchObject({ reason: 'blocklisted', bounce: 'soft', actor: 'sender-admin', confidence: 'medium' })
    expect(of('554 mx.example.org No SMTP service here').evidence?.text).toBe('No SMTP service here')
    expect(of('554 5.7.1 No SMTP service here: 192.0.2.1 has no PTR record')).toMatchObject({ reason: 'reverse-dns' })
  })

  it("reads Amazon SES's unverified identity as the sender's account problem and names SES", () => {
    const d = of(
      '554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: bob@example.com',
    )
    expect(d).toMatchObject({ reason: 'sender-rejected', bounce: 'soft', actor: 'sender-admin', provider: { id: 'amazon-ses', name: 'Amazon SES' } })
    expect(of('454 Throttling failure: Daily message quota exceeded')).toMatchObject({ reason: 'rate-limited', provider: { id: 'amazon-ses' } })
  })

  it('says nothing failed for 2xx and 3xx replies', () => {
    expect(of('250 2.0.0 Ok: queued as 12345')).toMatchObject({ bounce: 'none', actor: 'nobody', steps: [] })
    expect(of('354 End data with <CR><LF>.<CR><LF>')).toMatchObject({ bounce: 'none', actor: 'client' })
  })

  it('lets the client retry a greylisting by itself', () => {
    expect(
      of('450 4.2.0 <jane@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html'),
    ).toMatchObject({ reason: 'greylisted', actor: 'client', bounce: 'soft' })
  })

  it('answers in Vietnamese once the language pack is registered', () => {
    const before = of('552 5.2.2 Mailbox full', 'vi')
    expect(before.title).toBe('The mailbox is full')
    registerLanguagePack('vi', LANGUAGE_PACKS.vi!)
    const d = of('550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus', 'vi')
    expect(d.title).toBe('Máy chủ gửi nằm trong danh sách chặn')
    expect(d.steps[0]).toBe('Kiểm tra mục liệt kê và yêu cầu gỡ tại Spamhaus: https://check.spamhaus.org/')
  })

  it('falls back to English field by field in languages without diagnosis words', () => {
    const en = of('552 5.2.2 Mailbox full')
    const de = of('552 5.2.2 Mailbox full', 'de')
    expect(de.steps).toEqual(en.steps)
    expect(de.title).toBe(en.title)
  })

  it('answers any text with one of the contract reasons, evidence inside the text', () => {
    fc.assert(
      fc.property(fc.constantFrom('250', '421', '450', '550', '554', '5.7.1', '4.2.2', '5.9.9'), fc.string({ maxLength: 300 }), (code, words) => {
        const d = diagnose({ ...(code.includes('.') ? { enhanced: code } : { basic: code }), text: words })
        expect(REASON_IDS).toContain(d.reason)
        if (d.evidence) expect(words.slice(d.evidence.start, d.evidence.end)).toBe(d.evidence.text)
      }),
    )
  })

  it('reads at most the first MAX_DIAGNOSE_TEXT characters', () => {
    const d = diagnose({ basic: '550', text: `${'x '.repeat(MAX_DIAGNOSE_TEXT)} user unknown` })
    expect(d.basis).toBe('basic-code')
  })
})

/** The rule a plain scan finds: every rule in order, its regex over the whole text, no index. */
function firstRuleByScan(basic: string | undefined, enhanced: string | undefined, text: string): string | undefined {
  const cls = Number((basic ?? enhanced ?? '0')[0])
  const holds = (r: DiagnosisRule) =>
    !r.codes ||
    r.codes.some((k) => {
      if (!k.includes('.')) return k.length === 1 ? cls === Number(k) : (basic ?? '').startsWith(k)
      if (!enhanced) return false
      const [a, b] = k.startsWith('X') ? [enhanced.slice(1), k.slice(1)] : [enhanced, k]
      return a === b || a.startsWith(`${b}.`)
    })
  return RULES.find((r) => !r.stages && holds(r) && new RegExp(r.pattern, 'i').test(text.slice(0, MAX_DIAGNOSE_TEXT)))?.id
}

describe('the word index', () => {
  const examples = RULES.flatMap((r) => r.examples)
  it('finds the same rule as a plain scan of every rule, on the examples and on noisy variants of them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...examples),
        fc.string({ maxLength: 40 }),
        fc.string({ maxLength: 40 }),
        fc.boolean(),
        (example, before, after, upper) => {
          const p = parseReply(example)!
          const text = `${before} ${upper ? p.text.toUpperCase() : p.text} ${after}`
          if (text.toLowerCase().length !== text.length) return
          const d = diagnose({ ...(p.basic ? { basic: p.basic } : {}), ...(p.enhanced ? { enhanced: p.enhanced } : {}), text })
          expect(d.rule).toBe(firstRuleByScan(p.basic, p.enhanced, text))
        },
      ),
      { numRuns: 500 },
    )
  })
})
