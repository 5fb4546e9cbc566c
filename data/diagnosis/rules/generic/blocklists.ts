// The sending IP or domain is listed on a DNS blocklist, or its reputation is bad. Tried early: a listing is
// often reported inside a generic 5.7.1 or 554 refusal whose code alone would say "policy".
import type { DiagnosisRule } from '../../types.ts'

export const BLOCKLIST_RULES: readonly DiagnosisRule[] = [
  {
    id: 'postfix-rbl-blocked-using',
    reason: 'blocklisted',
    // Postfix's default_rbl_reply: "Service unavailable; $rbl_class [$rbl_what] blocked using $rbl_domain".
    pattern: '\\bblocked using\\b',
    source: {
      software: 'Postfix',
      where: 'default_rbl_reply (src/global/mail_params.h DEF_RBL_REPLY)',
      url: 'https://www.postfix.org/postconf.5.html#default_rbl_reply',
    },
    examples: [
      '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
      '550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus',
      '554 5.7.1 Service unavailable; Sender address [bob@example.com] blocked using dbl.spamhaus.org',
    ],
  },
  {
    id: 'exim-dnslists-black-list',
    reason: 'blocklisted',
    // Exim's default message for a dnslists match: "$sender_host_address is listed at $dnslist_domain".
    pattern: '\\bis in a black ?list at\\b|\\blisted (?:at|by|on)\\b',
    source: {
      software: 'Exim',
      where: 'ACL dnslists condition, default message (doc/spec: "Specifying the ACL conditions: dnslists")',
      url: 'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-access_control_lists.html',
    },
    examples: [
      '550 rejected because 192.0.2.1 is in a black list at zen.spamhaus.org',
      '550 5.7.1 Rejected: 192.0.2.1 listed at bl.spamcop.net',
      "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means. 192.0.2.1 listed by b.barracudacentral.org",
    ],
  },
  {
    id: 'named-blocklists',
    reason: 'blocklisted',
    // The blocklists' own names: a reply that names one is reporting a listing.
    pattern:
      '\\b(?:spamhaus|spamcop|barracudacentral|uceprotect|sorbs|spamrats|psbl|mailspike|abuseat|blocklist\\.de|dnsbl|rbl|senderscore|sender score)\\b',
    // Server software puts the list's DNS zone in its reply (Postfix $rbl_domain, Exim $dnslist_domain).
    source: { software: 'Postfix', where: 'default_rbl_reply names $rbl_domain', url: 'https://www.postfix.org/postconf.5.html#default_rbl_reply' },
    examples: [
      '554 5.7.1 Client host 192.0.2.1 rejected, see https://www.spamhaus.org/query/ip/192.0.2.1',
      '550 5.7.1 Message rejected: IP 192.0.2.1 is on UCEPROTECT-Level1',
      '421 4.7.1 Rejected by DNSBL: your IP has a poor reputation',
      '550 5.7.1 Message rejected: the Sender Score of 192.0.2.1 is too low',
    ],
  },
  {
    // Sendmail's FEATURE(dnsbl) and FEATURE(rhsbl) default reject text: "Mail from $&{client_addr} refused by
    // blackhole site <zone>".
    id: 'sendmail-dnsbl-blackhole-site',
    reason: 'blocklisted',
    pattern: '\\brefused by blackhole (?:site|list)\\b',
    source: { software: 'Sendmail', where: 'cf/feature/dnsbl.m4, _DNSBL_MSG_ ("550 Mail from ... refused by blackhole site ...")' },
    examples: ['550 5.7.1 Mail from 192.0.2.1 refused by blackhole site bl.example.net'],
  },
  {
    id: 'blacklisted-blocklisted-words',
    reason: 'blocklisted',
    pattern: '\\b(?:black|block|deny|ban)[ -]?list(?:ed|ing)?\\b|\\bon (?:a|our|the) (?:black|block)[ -]?list\\b',
    source: { collection: 'smtp-codes', where: 'data/codes/550.json (Outlook.com S3150 "on our block list")' },
    examples: [
      '550 5.7.1 Your IP address 192.0.2.1 is blacklisted',
      '554 5.7.1 The sending IP is on our blocklist',
      '550 Sender IP address blocklisted',
    ],
  },
  {
    id: 'ip-blocked',
    reason: 'blocklisted',
    pattern:
      '\\b(?:your |the |sending |sender |client )?(?:ip|ip address|host|server) (?:address )?(?:is |has been |was )?(?:temporarily |permanently )?(?:blocked|banned|blacklisted|blocklisted|denylisted)\\b|\\b(?:blocked|banned) (?:ip|ip address|sending ip|host|network)\\b',
    source: { collection: 'smtp-codes', where: 'data/codes/554.json and 550.json (IP blocks reported by providers)' },
    examples: ['554 5.7.1 Your IP has been blocked', '550 5.7.1 Sending IP address is blocked', '421 4.7.0 IP address temporarily banned'],
  },
  {
    id: 'poor-reputation',
    reason: 'blocklisted',
    pattern:
      '\\b(?:poor|bad|low|negative) (?:ip |sender |sending |domain )?reputation\\b|\\breputation (?:of|for) (?:the|your|this) (?:ip|sending|sender|domain)\\b|\\bbanned sending ip\\b',
    source: { collection: 'smtp-codes', where: 'data/codes/550.json (Gmail "very low reputation of the sending domain")' },
    examples: [
      "554 5.7.1 Your access to this mail system has been rejected due to the sending MTA's poor reputation.",
      '550 5.7.1 Message rejected because of the poor reputation of the sending IP',
    ],
  },
  {
    id: 'sendmail-greeting-not-accepting',
    reason: 'blocklisted',
    // Sendmail greets with "554 <host> ESMTP not accepting messages" when it refuses the connecting host itself (its
    // access map or check_relay ruleset, or a connect-time milter); filters that front Sendmail copy it. Tried before
    // the mailbox rules, whose "not accepting messages" means a disabled mailbox.
    pattern: '\\bESMTP not accepting messages\\b',
    codes: ['554'],
    source: {
      software: 'Sendmail',
      where: 'sendmail/srvrsmtp.c, smtp(): a 5xx greetcode makes the banner "%s not accepting messages" with ESMTP inserted',
    },
    examples: ['554 mx.example.org ESMTP not accepting messages', '554 pps1.example.edu ESMTP not accepting messages'],
  },
]
