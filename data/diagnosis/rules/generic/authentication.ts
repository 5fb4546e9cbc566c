// SPF, DKIM or DMARC failed or is missing (RFC 7372), reverse DNS and HELO checks.
import type { DiagnosisRule } from '../../types.ts'

export const AUTHENTICATION_RULES: readonly DiagnosisRule[] = [
  {
    id: 'dmarc-policy',
    reason: 'sender-authentication',
    pattern: '\\bdmarc\\b',
    source: { software: 'OpenDMARC', where: 'opendmarc milter reject message "rejected by DMARC policy for %s"' },
    examples: [
      '550 5.7.1 rejected by DMARC policy for example.com',
      "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
    ],
  },
  {
    id: 'spf-fail',
    reason: 'sender-authentication',
    pattern: '\\bspf\\b|\\bsender policy framework\\b|\\bopenspf\\b|\\bdoes not designate \\S{1,60} as permitted sender\\b',
    source: { software: 'policyd-spf', where: 'default reject text "Message rejected due to: SPF fail - not authorized"' },
    examples: [
      '550 5.7.23 <jane@example.org>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=bob@example.com;ip=192.0.2.1;r=jane@example.org',
      '550 5.7.1 SPF check failed',
      // The explanation RFC 7208 §9.1 gives a fail result, quoted by servers that reject on it.
      '550 5.7.1 domain of example.com does not designate 192.0.2.1 as permitted sender',
    ],
  },
  {
    id: 'dkim-fail',
    reason: 'sender-authentication',
    pattern: '\\bdkim\\b|\\bdomainkeys\\b',
    source: { rfc: 7372, section: '3.1' },
    examples: ['550 5.7.20 No passing DKIM signature found', '550 5.7.1 DKIM signature verification failed'],
  },
  {
    id: 'unauthenticated-sender-domain',
    reason: 'sender-authentication',
    pattern:
      "\\b(?:does not|did not|doesn't|didn't|failed to|fails to) (?:pass|meet) (?:the )?(?:required )?(?:sender )?authentication\\b|\\bauthentication checks?\\b.{0,30}\\bfail",
    source: { rfc: 7372, section: '3.3' },
    examples: ['550 5.7.26 This message does not pass authentication checks (SPF and DKIM both do not pass).'],
  },
  {
    id: 'reverse-dns-hostname',
    reason: 'reverse-dns',
    // Postfix reject_unknown_client_hostname / reject_unknown_reverse_client_hostname.
    pattern: '\\bcannot find your (?:reverse )?hostname\\b',
    source: {
      software: 'Postfix',
      where: 'src/smtpd/smtpd_check.c, reject_unknown_client_hostname',
      url: 'https://www.postfix.org/postconf.5.html#reject_unknown_client_hostname',
    },
    examples: [
      '450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]',
      '550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]',
    ],
  },
  {
    id: 'reverse-dns-words',
    reason: 'reverse-dns',
    pattern:
      "\\b(?:reverse dns|rdns|ptr record|ptr lookup|reverse lookup|reverse hostname|reverse dns lookup)\\b|\\bfcrdns\\b|\\bno ptr\\b|\\bptr\\b|\\bhostname (?:does not|doesn't) (?:resolve|match)\\b",
    source: { rfc: 7372, section: '3.3' },
    examples: ['550 5.7.25 The IP address sending this message does not have a PTR record setup', '421 4.7.0 rDNS lookup failed for 192.0.2.1'],
  },
  {
    id: 'postfix-helo-rejected',
    reason: 'reverse-dns',
    pattern:
      '\\bhelo command rejected\\b|\\bhelo (?:name|hostname) (?:is )?(?:invalid|bogus|forged)\\b|\\b(?:invalid|bad|bogus|forged) (?:helo|ehlo)\\b|\\bneed fully-qualified hostname\\b',
    source: {
      software: 'Postfix',
      where: 'src/smtpd/smtpd_check.c, reject_invalid_helo_hostname / reject_non_fqdn_helo_hostname / reject_unknown_helo_hostname',
    },
    examples: [
      '504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname',
      '450 4.7.1 <mail.example.invalid>: Helo command rejected: Host not found',
      '550 Access denied - Invalid HELO name (See RFC2821 4.1.1.1)',
    ],
  },
]
