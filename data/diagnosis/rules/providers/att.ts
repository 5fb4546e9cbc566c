// AT&T Mail (att.net, sbcglobal.net, bellsouth.net …): replies in its own wording, each rule citing AT&T's page
// that explains it (the mail-block pages of att.net, kept by the Internet Archive) or the block text itself.
import type { DiagnosisRule } from '../../types.ts'

const BLOCK_PAGE = {
  url: 'https://web.archive.org/web/2016/http://worldnet.att.net/general-info/bls_info/block_enduser.html',
  title: 'AT&T Worldnet: mail block error message summary',
}

export const ATT_RULES: readonly DiagnosisRule[] = [
  {
    // AT&T's own DNS blocklist: "DNSBL:ATTRBL 521< ip >_is_blocked. For assistance forward this email to
    // abuse_rbl@abuse-att.net" (the older form says DNSBL:RBL).
    id: 'att-dnsbl-rbl',
    reason: 'blocklisted',
    pattern: '\\bDNSBL:(?:ATT)?RBL\\b',
    provider: 'att',
    source: BLOCK_PAGE,
    examples: [
      '553 5.3.0 alph149 DNSBL:ATTRBL 521_is_blocked.For assistance forward this email to abuse_rbl@abuse-att.net',
      '553 5.3.0 flpd575 DNSBL:RBL 521< 192.0.2.1 >_is_blocked.For assistance forward this email to abuse_rbl@abuse-att.net',
    ],
  },
  {
    id: 'att-ip-blocked',
    reason: 'blocklisted',
    // "521 <ip> is blocked", "550 <ip> blocked by ldap:ou=rblmx,…", "550 Error. Blocked for abuse": the sending
    // system was identified as a source of spam.
    pattern: '> is blocked\\b|\\bblocked by ldap:|\\bBlocked for abuse\\b|\\bunauthorized interface for\\b',
    provider: 'att',
    source: BLOCK_PAGE,
    examples: [
      '521 <192.0.2.1> is blocked',
      '550 <192.0.2.1> blocked by ldap:ou=rblmx,dc=bellsouth,dc=net',
      '550 unauthorized interface for <192.0.2.1>',
    ],
  },
  {
    id: 'att-no-dns',
    reason: 'reverse-dns',
    // "421-failure in DNS look-up": the sending IP has no valid reverse DNS entry; "Blocked for status: <unknown
    // sender>": no identifying DNS information for the sending system.
    pattern: '\\bfailure in DNS look-?up\\b|\\bBlocked for status\\b',
    provider: 'att',
    source: BLOCK_PAGE,
    examples: ['421 failure in DNS look-up.', '550 Error. Blocked for status: <unknown sender>'],
  },
  {
    id: 'att-mailbox-suspended',
    reason: 'mailbox-disabled',
    pattern: '\\bMailbox currently suspended\\b',
    provider: 'att',
    source: BLOCK_PAGE,
    examples: ['550 [suspend] Mailbox currently suspended--Please contact correspondent directly.'],
  },
  {
    id: 'att-valid-sender-domain',
    reason: 'sender-rejected',
    pattern: '\\brequires valid sender domain\\b',
    provider: 'att',
    source: BLOCK_PAGE,
    examples: ['550 [permfail] bellsouth.net requires valid sender domain'],
  },
]
