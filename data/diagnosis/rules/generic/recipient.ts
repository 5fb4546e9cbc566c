// The recipient address: full, disabled, moved, no such domain, no such user. Quota and disabled come before
// unknown users: "mailbox unavailable: over quota" is a full mailbox, not a missing one.
import type { DiagnosisRule } from '../../types.ts'

export const MAILBOX_RULES: readonly DiagnosisRule[] = [
  {
    id: 'over-quota',
    reason: 'mailbox-full',
    pattern:
      '\\bover (?:the |their |his |her |its )?(?:allowed |storage |disk |mailbox )?(?:quota|limit)\\b|\\bover ?quota\\b|\\bquota (?:usage |limit )?(?:exceeded|exceed|full|violation|reached)\\b|\\bexceeded (?:the |their |his |her |its )?(?:storage |disk |mailbox )?(?:quota|storage allocation)\\b',
    source: {
      software: 'Dovecot',
      where: 'quota_exceeded_message default "Quota exceeded (mailbox for user is full)"',
      url: 'https://doc.dovecot.org/settings/plugin/quota-plugin/',
    },
    examples: [
      '452 4.2.2 The email account that you tried to reach is over quota.',
      '552 5.2.2 <jane@example.org> Quota exceeded (mailbox for user is full)',
      '552 Requested mail action aborted: exceeded storage allocation',
      '550 5.2.2 jane@example.org user is overquota',
      '550 Mailbox quota usage exceeded',
      // vpopmail / qmail-local's message for a maildir over its quota.
      '552 The users mailfolder is over the allowed quota (size). (#5.2.2)',
    ],
  },
  {
    id: 'mailbox-is-full',
    reason: 'mailbox-full',
    pattern:
      '\\b(?:mailbox|mail box|inbox|mail folder|maildir|mailfolder) (?:is |was )?(?:full|over)\\b|\\bmailbox (?:size )?limit (?:exceeded|reached)\\b|\\b(?:mailbox|account|user|inbox) (?:has )?(?:exceeded|exceeds|reached) (?:its |the |their |his |her |allowed |maximum )?(?:storage|size|disk|quota|limit)\\b|\\bmailbox (?:size|storage) (?:exceeded|full)\\b|\\binsufficient (?:storage |disk )?(?:storage|space) (?:in|for) (?:the |this )?(?:mailbox|recipient|user)\\b|\\bmailbox full\\b|\\bfull mailbox\\b',
    source: { software: 'qmail', where: 'qmail-local: "Recipient\'s mailbox is full, message returned to sender. (#5.2.2)"' },
    examples: [
      '552 5.2.2 Mailbox full',
      '452 4.2.2 Mailbox is full / Blocks limit exceeded / Inode limit exceeded',
      "550 Recipient's mailbox is full, message returned to sender. (#5.2.2)",
      '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException',
      '422 Recipient mailbox exceeded storage limit',
      '552 5.2.2 User mailbox exceeds allowed size',
      '452 4.2.2 Mailbox size exceeded',
      '550 Requested action not taken: mailbox unavailable (Mailbox quota exceeded)',
    ],
  },
  {
    // The default reply of the Postfix VDA quota patch (virtual_maildir_limit_message), which many Postfix
    // virtual-mailbox hosts run; its "try again later" must not make it a server fault.
    id: 'vda-maildir-overdrawn-quota',
    reason: 'mailbox-full',
    pattern: '\\boverdrawn (?:his |her |its |the )?(?:diskspace |disk space )?quota\\b',
    source: {
      software: 'Postfix',
      where:
        'VDA quota patch, src/global/mail_params.h DEF_VIRT_MAILDIR_LIMIT_MESSAGE ("Sorry, the user\'s maildir has overdrawn his diskspace quota, please try again later.")',
    },
    examples: ["552 5.2.2 Sorry, the user's maildir has overdrawn his diskspace quota, please try again later."],
  },
  {
    id: 'exchange-quota-exceeded',
    reason: 'mailbox-full',
    pattern: '\\bQuotaExceededException\\b|\\bMailboxFull\\b',
    source: {
      software: 'Microsoft Exchange',
      where: 'store driver NDR "STOREDRV.Deliver.Exception:QuotaExceededException"',
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
    },
    examples: ['554 5.2.2 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'],
  },
  {
    id: 'account-disabled',
    reason: 'mailbox-disabled',
    pattern:
      '\\b(?:account|mailbox|user|address|recipient|email account) (?:is |has been |was )?(?:temporarily |permanently )?(?:disabled|deactivated|suspended|inactive|blocked|locked|frozen|closed|not active|no longer active)\\b|\\b(?:disabled|inactive|suspended|deactivated|closed) (?:account|mailbox|user|recipient)\\b|\\baccount (?:has been |is |was )?expired\\b',
    source: { rfc: 3463, section: '3.3' },
    examples: [
      '550 5.2.1 The email account that you tried to reach is disabled.',
      '550 5.2.1 The email account that you tried to reach is inactive.',
      '550 Message was not accepted -- invalid mailbox. Local mailbox jane@example.org is unavailable: account is disabled',
      "554 delivery error: dd This user doesn't have a yahoo.com account (jane@yahoo.com) [0] - Account is suspended",
      '550 5.2.1 User account is expired',
    ],
  },
  {
    id: 'mailbox-not-accepting',
    reason: 'mailbox-disabled',
    pattern:
      '\\bmailbox (?:is )?(?:disabled|not accepting|currently unavailable|temporarily unavailable|unavailable for delivery)\\b|\\bnot accepting (?:any )?(?:new )?(?:mail|messages|email)\\b',
    source: { rfc: 3463, section: '3.3' },
    examples: ['550 5.2.1 Mailbox disabled, not accepting messages', '450 4.2.1 Mailbox temporarily unavailable'],
  },
]

export const MOVED_RULES: readonly DiagnosisRule[] = [
  {
    id: 'user-not-local-try',
    reason: 'recipient-moved',
    pattern:
      '\\bplease try <|\\buser (?:has )?moved\\b|\\bhas moved\\b|\\bno longer (?:at|with|uses?|valid at|available at) (?:this|the) (?:address|domain|company|organi[sz]ation)\\b|\\baddress (?:has )?changed\\b|\\bnew (?:e-?mail )?address is\\b',
    source: { rfc: 5321, section: '3.4' },
    examples: ['551 User not local; please try <jane@example.org>', '551 5.1.6 User has moved; please try <jane@example.org>'],
  },
]

export const DOMAIN_RULES: readonly DiagnosisRule[] = [
  // A temporary DNS failure first: its words also say "Host not found".
  {
    id: 'dns-temporary',
    reason: 'network-error',
    pattern:
      '\\bdns (?:query |lookup )?(?:temporary |temporarily )?(?:failed|failure|error|timeout|problem)\\b|\\btemporary (?:dns|lookup) failure\\b|\\btemporary failure in name resolution\\b|\\bhost not found, try again\\b|\\bhost name lookup failure\\b|\\blookup failed temporarily\\b|\\bSERVFAIL\\b',
    source: { software: 'Postfix', where: 'src/smtp/smtp_addr.c ("Name service error for name=%s type=%s: Host not found, try again")' },
    examples: [
      '451 4.4.0 DNS query failed. The error was: DNS query failed with error ErrorRetry',
      '450 4.4.3 Host or domain name not found. Name service error for name=example.org type=MX: Host not found, try again',
      '451 4.4.0 DNS temporary failure',
      '451 4.4.3 mx.example.org: Temporary failure in name resolution',
      // Sendmail (sendmail/err.c) for a resolver TRY_AGAIN.
      '451 4.4.3 Name server: example.org: host name lookup failure',
      // qmail-remote.c temp_dnscanon().
      '451 CNAME lookup failed temporarily. (#4.4.3)',
    ],
  },
  {
    id: 'exim-host-lookup-incomplete',
    reason: 'network-error',
    pattern: '\\bhost lookup did not complete\\b',
    source: { software: 'Exim', where: 'dnslookup router, a DNS lookup that timed out or failed temporarily: "host lookup did not complete"' },
    examples: ['451 4.4.3 host lookup did not complete'],
  },
  {
    // The same null MX on the sender's side: the receiving server refuses mail from a domain that could never take
    // a reply (RFC 7505 §4.2), so it is the sender's address that must change, not the recipient's.
    id: 'sender-null-mx',
    reason: 'sender-rejected',
    pattern: '\\bsender address has null ?mx\\b',
    source: { rfc: 7505, section: '4.2' },
    examples: ['550 5.7.27 Sender address has null MX'],
  },
  {
    id: 'null-mx',
    reason: 'domain-accepts-no-mail',
    pattern:
      "\\bnull ?mx\\b|\\bdoes not accept (?:any )?mail\\b(?! from)|\\baccepts no mail\\b|\\bdomain (?:does not|doesn't) (?:receive|accept) (?:e-?mail|mail)\\b",
    source: { rfc: 7505, section: '4.1' },
    examples: [
      '556 5.1.10 Recipient address has null MX',
      '550 5.1.10 <jane@example.org>: Domain example.org does not accept mail (nullMX)',
      '521 5.3.2 mx.example.org does not accept mail',
    ],
  },
  {
    id: 'host-or-domain-not-found',
    reason: 'domain-not-found',
    // Postfix smtp(8): "Host or domain name not found. Name service error for name=... type=MX: Host not found";
    // with ", try again" it is a temporary DNS failure (network-error below).
    pattern:
      "\\bhost (?:or domain name )?not found\\b|\\bhost unknown\\b|\\bdomain (?:name )?not found\\b|\\bno such domain\\b|\\bunknown domain\\b|\\bnon-?existent domain\\b|\\bdomain (?:does not|doesn't) exist\\b|\\bNXDOMAIN\\b|\\bNonExistentDomain\\b|\\bcouldn't find any host named\\b|\\bno (?:mx|mail exchanger|mail host)s? (?:or a )?(?:records?|found|for)\\b|\\bcouldn't find a mail exchanger or IP address\\b|\\bunrouteable (?:mail )?domain\\b|\\bbad destination system\\b|\\binvalid (?:recipient )?domain\\b",
    source: {
      software: 'Postfix',
      where: 'src/smtp/smtp_addr.c ("Host or domain name not found. Name service error for name=%s type=%s: Host not found")',
    },
    examples: [
      '550 5.1.2 <jane@example.invalid>: Recipient address rejected: Domain not found',
      '554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain',
      '550 5.1.2 jane@example.invalid... Host unknown (Name server: example.invalid: host not found)',
      "550 Sorry, I couldn't find any host named example.invalid. (#5.1.2)",
      // qmail-remote.c perm_nomx(): neither an MX nor an address record.
      "550 Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)",
      '550 No MX or A records for example.invalid',
    ],
  },
  {
    id: 'exim-mx-hosts-nonexistent',
    reason: 'domain-not-found',
    pattern: '\\ball relevant MX records point to non-existent hosts\\b',
    source: { software: 'Exim', where: 'dnslookup router: "all relevant MX records point to non-existent hosts" (doc/spec: "The dnslookup router")' },
    examples: ['550 all relevant MX records point to non-existent hosts'],
  },
  {
    id: 'haraka-nowhere-to-deliver',
    reason: 'domain-not-found',
    pattern: '\\bnowhere to deliver mail to for domain\\b',
    source: {
      software: 'Haraka',
      where: 'outbound/mx_lookup.js: a domain without MX or address records ("Nowhere to deliver mail to for domain: %s")',
    },
    examples: ['550 5.1.2 Nowhere to deliver mail to for domain: example.invalid'],
  },
]

export const USER_UNKNOWN_RULES: readonly DiagnosisRule[] = [
  {
    // RFC 5321's own text for 550. Tried after the mailbox rules, since servers append why the mailbox is
    // unavailable ("mailbox unavailable (Mailbox quota exceeded)").
    id: 'rfc5321-mailbox-unavailable',
    reason: 'user-unknown',
    pattern: '\\bRequested action not taken: mailbox unavailable',
    codes: ['550'],
    source: { rfc: 5321, section: '4.2.3' },
    examples: [
      '550 5.5.0 Requested action not taken: mailbox unavailable. [#.eop-nam12.prod.protection.outlook.com]',
      '550 Requested action not taken: mailbox unavailable',
      '550 <example@example.com>: Requested action not taken: mailbox unavailable',
    ],
  },
  {
    id: 'postfix-user-unknown-in-table',
    reason: 'user-unknown',
    // smtpd_check.c: "User unknown in local recipient table", "... in virtual mailbox table", "... in relay recipient table".
    pattern: '\\buser unknown in (?:local|virtual|relay) (?:recipient|mailbox|alias) table\\b',
    source: { software: 'Postfix', where: 'src/smtpd/smtpd_check.c, check_rcpt_maps', url: 'https://www.postfix.org/LOCAL_RECIPIENT_README.html' },
    examples: [
      '550 5.1.1 <jane@example.com>: Recipient address rejected: User unknown in local recipient table',
      '550 5.1.1 <jane@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
      '450 4.1.1 <jane@example.com>: Recipient address rejected: User unknown in relay recipient table',
    ],
  },
  {
    id: 'exchange-recipient-not-found',
    reason: 'user-unknown',
    pattern: '\\bRESOLVER\\.ADR\\.(?:RecipNotFound|RecipientNotFound|ExRecipNotFound|Ambiguous)\\b|\\bRecipient not found by SMTP address lookup\\b',
    source: {
      software: 'Microsoft Exchange',
      where: 'categorizer NDR texts RESOLVER.ADR.RecipNotFound / RecipientNotFound',
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-1-10-in-exchange-online',
    },
    examples: [
      '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found',
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    ],
  },
  {
    id: 'qmail-no-mailbox-by-that-name',
    reason: 'user-unknown',
    pattern: '\\bno mailbox here by that name\\b',
    source: { software: 'qmail', where: 'qmail-local.c ("Sorry, no mailbox here by that name. (#5.1.1)")' },
    examples: ['550 Sorry, no mailbox here by that name. (#5.1.1)'],
  },
  {
    id: 'user-unknown-phrases',
    reason: 'user-unknown',
    pattern:
      "\\b(?:user|recipient|mailbox|addressee|account|address|local part|local user|email address|email account) (?:is )?(?:unknown|not found|not known|does not exist|doesn't exist|doesn't have an account|doesn't have an? \\S{1,40} account|not exist|nonexistent|non-existent|invalid|not valid|unavailable here)\\b|\\b(?:unknown|invalid|non-?existent|no such|bad|undeliverable) (?:local )?(?:user|recipient|mailbox|addressee|account|email address|e-mail address|address|destination mailbox|destination address)\\b",
    source: { software: 'Sendmail', where: 'sendmail/parseaddr.c and alias.c ("User unknown")' },
    examples: [
      '550 5.1.1 <jane@example.org>... User unknown',
      '550 5.1.1 <jane@example.org>: user does not exist',
      '550 No such user - psmtp',
      '550 5.1.1 Invalid recipient',
      '550 5.1.1 The email account that you tried to reach does not exist.',
      '553 5.1.1 Unknown recipient',
      '550 Unknown local part jane in <jane@example.org>',
      "550 5.1.1 <jane@example.org> User doesn't exist: jane@example.org",
      "554 delivery error: dd This user doesn't have an account",
    ],
  },
  {
    // Exim says "Unrouteable address" for an unknown domain and an unknown user alike; a relaying server that adds
    // an enhanced code of the destination or routing subject (5.1.2, 5.4.4) says which.
    id: 'unrouteable-address-domain-code',
    reason: 'domain-not-found',
    pattern: '\\bunrouteable address\\b',
    codes: ['X.1.2', 'X.4.4'],
    source: { rfc: 3463, section: '3.5' },
    examples: ['554 5.4.4 Unrouteable address', '550 5.1.2 Unrouteable address'],
  },
  {
    id: 'exim-unrouteable-address',
    reason: 'user-unknown',
    pattern:
      '\\bunrouteable address\\b|\\bno such (?:user|recipient|mailbox) here\\b|\\bnot our customer\\b|\\bmailbox unallocated\\b|\\brecipient address rejected: (?:undeliverable address|unknown user)\\b|\\bnot in my validrcptto list\\b',
    source: {
      software: 'Exim',
      where: 'router failure message "Unrouteable address" (doc/spec: "Routing an address")',
      url: 'https://www.exim.org/exim-html-current/doc/html/spec_html/ch-how_exim_receives_and_delivers_mail.html',
    },
    examples: [
      '550 Unrouteable address',
      '550 No Such User Here',
      '550 5.1.1 Not our Customer',
      // qmail-smtpd with the validrcptto patch: the recipient is not one of the addresses it accepts.
      '553 sorry, this recipient is not in my validrcptto list (#5.7.1)',
    ],
  },
  {
    id: 'address-could-not-be-found',
    reason: 'user-unknown',
    // Exchange's NDR wording for a recipient the directory does not know.
    pattern:
      "\\b(?:address|recipient|e-?mail address) (?:you entered )?(?:couldn't|could not|cannot|can't) be found\\b|\\bnot a (?:valid|known) (?:recipient|mailbox|user|address)\\b|\\bnot listed in (?:the )?(?:public )?(?:name & address book|domino directory|directory)\\b|\\baddress (?:lookup|verification) failed\\b",
    source: {
      software: 'Microsoft Exchange',
      where: 'NDR text for RESOLVER.ADR.RecipNotFound ("The email address you entered couldn\'t be found")',
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online',
    },
    examples: [
      "550 5.1.1 The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.",
      '550 5.1.1 jane@example.org is not a valid recipient',
      '550 User jane not listed in Domino Directory',
    ],
  },
  {
    id: 'mailbox-not-found',
    reason: 'user-unknown',
    pattern:
      "\\bmailbox (?:not found|does not exist|doesn't exist|unknown|is unknown|not available|name not allowed)\\b|\\bno mailbox\\b|\\bno such mailbox\\b|\\bdoes not have a mailbox\\b",
    source: { rfc: 5321, section: '4.2.2' },
    examples: ['550 5.1.1 Mailbox not found', '550 Requested action not taken: mailbox unavailable or not local. No mailbox for jane@example.org'],
  },
]
