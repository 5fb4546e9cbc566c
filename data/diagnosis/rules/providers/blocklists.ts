// Blocklists (Spamhaus, SpamCop, Barracuda, SORBS, UCEPROTECT, Cloudmark, Sender Score): a reply that names the list it was refused by. The rule names the list as the provider, so its
// lookup and removal page becomes a step. Examples are real replies from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const BLOCKLISTS_RULES: readonly DiagnosisRule[] = [
  {
    id: 'spamhaus-listing',
    reason: 'blocklisted',
    pattern: '\\b(?:blocked using|listed (?:in|on|at)) [^;,()]{0,40}spamhaus\\b|\\bspamhaus\\b|\\bcbl\\.abuseat\\.org\\b',
    provider: 'spamhaus',
    source: { url: 'https://check.spamhaus.org/', title: 'Spamhaus: check and remove a listing' },
    examples: [
      '550 5.7.1 Your email was rejected due to having a domain present in the Spamhaus DBL -- see https://www.spamhaus.org/dbl/',
      '550 5.7.1 Service unavailable, MailFrom domain is listed in Spamhaus. To request removal from this list see https://www.spamhaus.org/query/lookup/ (S8002) [#.eop-nam02.prod.protection.outlook.com]',
      "host xx.yahoodns.net [x.xx.xx.xx] SMTP error from remote mail server after MAIL FROM:<user@example.com> SIZE=2022: 553 5.7.1 [BL21] Connections will not be accepted from x.xx.xx.xx, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html",
      'host xx.yahoodns.net [x.xx.xx.xx] SMTP error from remote mail server after MAIL FROM:<user@example.com> SIZE=2022: 553 Mail from x.xx.xx.xx not allowed - 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL; see http://postmaster.yahoo.com/errors/550-bl23.html [550]',
      '550 5.7.1 Service unavailable, Client host [x.xx.xx.xx] blocked using Spamhaus. (AS16012611)',
      '550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus. (S8001) [#.prod.protection.outlook.com]',
      'host xx.yahoodns.net [x.xx.xx.xx] SMTP error from remote mail server after MAIL FROM:<user@example.com> SIZE=2022: 553 Mail from x.xx.xx.xx not allowed - 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL [550]',
      '554 5.7.1 ACL dns_rbl; Client host {IP} blocked using Spamhaus XBL. Please visit Spamhaus for more information on why this message could not be delivered (G31)',
      '554 5.7.1 Service unavailable; Client host [192.0.2.252] blocked using zen.spamhaus.org; https://www.spamhaus.org/sbl/query/SBL468702',
      '550 5.7.1 Service unavailable; Client host [192.0.2.62] blocked using Spamhaus; To request removal from this list see http://www.spamhaus.org/lookup.lasso',
      '550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/[192.0.2.1] (AS16012611)',
      '554 5.7.1 Service unavailable; Client host [192.0.2.113] blocked using zen.spamhaus.org; http://www.spamhaus.org/query/bl?ip=192.0.2.113',
      '553 5.3.0 Blocked. See http://cbl.abuseat.org/lookup.cgi?ip=192.0.2.37',
    ],
  },
  {
    id: 'spamcop-listing',
    reason: 'blocklisted',
    pattern: '\\bblocked using [^;,()]{0,20}spamcop\\.net\\b|\\bspamcop\\.net\\b|\\bSpamCop\\b',
    provider: 'spamcop',
    source: { url: 'https://www.spamcop.net/bl.shtml', title: 'SpamCop Blocking List' },
    examples: ['451 Blocked - see http://www.spamcop.net/bl.shtml?192.0.2.10'],
  },
  {
    id: 'barracuda-rbl-listing',
    reason: 'blocklisted',
    pattern: '\\bblocked using [^;,()]{0,20}barracudacentral\\.org\\b|\\bbarracudacentral\\b',
    provider: 'barracuda',
    source: { url: 'https://www.barracudacentral.org/rbl/removal-request', title: 'Barracuda Reputation Block List: removal request' },
    examples: [
      '554 5.7.1 Service unavailable; Client host [<ip>] blocked using b.barracudacentral.org;',
      '554 Refused. Your IP address is listed in the RBL at b.barracudacentral.org',
      '550 5.7.1 Service unavailable; client [192.0.2.235] blocked using b.barracudacentral.org',
      "550 This system is configured to reject mail from 192.0.2.34 [192.0.2.34] (Host blacklisted - Realtime Black List server 'b.barracudacentral.org')",
    ],
  },
  {
    id: 'sorbs-listing',
    reason: 'blocklisted',
    pattern: '\\bblocked using [^;,()]{0,20}sorbs\\.net\\b|\\bSORBS\\b',
    provider: 'sorbs',
    source: { url: 'https://www.sorbs.net/', title: 'SORBS' },
    examples: [
      '554 5.7.1 Service unavailable; Client host [192.0.2.128] blocked using dnsbl.sorbs.net; Currently Sending Spam See: http://www.sorbs.net/lookup.shtml?192.0.2.128',
      '550 5.7.0 Your server IP address is in the SORBS DNSBL database, bye',
    ],
  },
  {
    id: 'uceprotect-listing',
    reason: 'blocklisted',
    pattern: '\\bblocked using [^;,()]{0,20}uceprotect\\.net\\b|\\buceprotect\\b',
    provider: 'uceprotect',
    source: { url: 'https://www.uceprotect.net/en/rblcheck.php', title: 'UCEPROTECT: RBL check' },
    examples: [
      '550-Blacklisted in dnsbl-1.uceprotect.net:\r\n550-IP 192.0.2.82 is UCEPROTECT-Level 1 listed. See\r\n550 http://www.uceprotect.net/rblcheck.php?ipr=192.0.2.82',
      '554 5.7.1 Service unavailable; Client host [192.0.2.197] blocked using dnsbl-1.uceprotect.net; IP 192.0.2.197 is UCEPROTECT-Level 1 listed. See http://www.uceprotect.net/rblcheck.php?ipr=192.0.2.197',
    ],
  },
  {
    id: 'cloudmark-listing',
    reason: 'blocklisted',
    pattern: '\\bCloudmark Sender Intelligence\\b|\\bcsi\\.cloudmark\\.com\\b',
    provider: 'cloudmark',
    source: { url: 'https://csi.cloudmark.com/en/reset/', title: 'Cloudmark Sender Intelligence: reset request' },
    examples: [
      '550 5.7.1 Service unavailable; client [x.xx.xx.xx] blocked using Cloudmark Sender Intelligence (Visit http://csi.cloudmark.com/reset-request/ if you feel this is in error)',
    ],
  },
  {
    id: 'senderscore-listing',
    reason: 'blocklisted',
    pattern: '\\bblocked using Senderscore\\b|\\bbl\\.score\\.senderscore\\.com\\b',
    provider: 'senderscore',
    source: { url: 'https://senderscore.org/', title: 'Validity Sender Score' },
    examples: [
      '554 5.7.1 ACL dns_rbl; Client host {IP} blocked using Senderscore. Please visit Senderscore for more information on why this message could not be delivered (G31)',
    ],
  },
]
