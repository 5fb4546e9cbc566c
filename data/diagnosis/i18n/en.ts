// The reasons in English: the source every other language falls back to, field by field.
import type { DiagnosisTexts } from '../types.ts'
import labels from './labels/en.ts'

export const EN_DIAGNOSIS: DiagnosisTexts = {
  labels,
  notAFailure: { title: 'Not a failure', summary: 'This reply reports success or asks the client to continue; nothing failed.' },
  reasons: {
    'user-unknown': {
      title: 'The address does not exist',
      summary: 'The receiving server has no mailbox for this address.',
      steps: [
        'Check the address for typos (a letter, a dot, the domain).',
        'Stop sending to this address until someone confirms it: repeated mail to unknown users hurts your reputation.',
        'If the address worked before, ask the recipient by another channel whether it changed.',
      ],
      provider: 'See what {name} says about this reply: {url}',
    },
    'mailbox-full': {
      title: 'The mailbox is full',
      summary: 'The recipient has used up their storage quota.',
      steps: [
        'Nothing is wrong with your mail: the recipient has to free up space or get a bigger quota.',
        'Retry later (a 4xx reply is retried automatically); tell the recipient by another channel if it matters.',
        'If it stays full for weeks, treat the address as abandoned.',
      ],
      provider: 'See what {name} says about this reply: {url}',
    },
    'mailbox-disabled': {
      title: 'The mailbox is disabled',
      summary: 'The address exists, but its account is suspended, disabled or inactive.',
      steps: [
        'Stop sending to this address for now: only the recipient or their administrator can reactivate it.',
        'If you know the recipient, contact them by another channel.',
      ],
      provider: 'See what {name} says about this reply: {url}',
    },
    'recipient-moved': {
      title: 'The address has changed',
      summary: 'The recipient no longer receives mail at this address; the server may name the new one.',
      steps: ['Update your records with the new address if the reply gives one.', 'Stop sending to the old address.'],
    },
    'domain-not-found': {
      title: 'The domain does not exist',
      summary: 'The domain after the @ has no DNS entry or no mail host.',
      steps: [
        'Check the domain for typos (gmial.com, hotmial.com, a missing country suffix).',
        'Stop sending to this address: a domain that does not exist cannot receive mail.',
        "If the domain is yours or a partner's, check its MX and A records with dig or an online DNS checker.",
      ],
    },
    'domain-accepts-no-mail': {
      title: 'The domain accepts no mail',
      summary: 'The domain says it receives no email (a null MX record, or a 521 / 556 reply).',
      steps: ["Stop sending to this address: the domain's owner has declared that it receives no mail.", 'Find another way to reach the recipient.'],
    },
    'relay-denied': {
      title: 'Relaying refused',
      summary: 'The server is not the destination for this recipient and will not pass the mail on for you.',
      steps: [
        "If you send through your own provider's server, log in first (SMTP AUTH on port 587) so it relays for you.",
        "Check that you are connecting to the recipient domain's MX hosts, not to an unrelated server.",
        'If you run the receiving server and the domain is yours, add it to the domains it accepts mail for.',
      ],
    },
    'sender-rejected': {
      title: 'The sender address was refused',
      summary: 'The envelope sender (MAIL FROM) address or its domain was refused.',
      steps: [
        'Send from an address whose domain exists and has MX or A records.',
        'Check the envelope sender (Return-Path) your software uses: it may differ from the visible From.',
        'If the receiver blocks your address specifically, ask its postmaster why.',
      ],
    },
    blocklisted: {
      title: 'The sending server is on a blocklist',
      summary: 'The sending IP address or domain is listed on a blocklist or has a bad reputation.',
      steps: [
        'Look up the sending IP address (in the reply) on the blocklist it names.',
        'Find and fix the cause first (a compromised account, an open relay, a bad mailing list), then request removal.',
        'Until it is delisted, send through another server with a good reputation.',
      ],
      provider: "Read {name}'s page for senders: {url}",
      delist: 'Check the listing and request removal at {name}: {url}',
    },
    'reverse-dns': {
      title: 'Missing or mismatched reverse DNS',
      summary: 'The sending IP has no PTR record, its name does not resolve back to it, or the HELO name is bad.',
      steps: [
        'Ask whoever owns the IP address (your host or ISP) for a PTR record naming your mail server.',
        'Make that name resolve back to the same IP (forward-confirmed reverse DNS).',
        'Make the server say that same fully qualified name in HELO/EHLO.',
      ],
    },
    'sender-authentication': {
      title: 'SPF, DKIM or DMARC failed',
      summary: 'The message did not pass sender authentication: SPF, DKIM or DMARC failed or is missing.',
      steps: [
        'Check that the SPF record of the sending domain includes the server that sent this message.',
        'Sign outgoing mail with DKIM for the domain in the From header.',
        'Publish a DMARC record and make sure SPF or DKIM aligns with the From domain.',
        'Test with a message to a mailbox that shows its Authentication-Results header.',
      ],
      provider: "Read {name}'s sender requirements: {url}",
    },
    spam: {
      title: 'Judged to be spam',
      summary: "The receiving server's filter judged the message to be spam.",
      steps: [
        'Look at what triggers filters: link shorteners, misleading subjects, attachments, missing unsubscribe links.',
        'Send only to people who asked for the mail, and remove addresses that bounce or complain.',
        'Make sure the message is authenticated (SPF, DKIM, DMARC).',
      ],
      provider: "Read {name}'s sender guidelines: {url}",
    },
    'content-rejected': {
      title: 'The content broke a rule',
      summary: 'The message was refused for its content: an attachment type, a header or its format.',
      steps: [
        'Remove or zip attachments of blocked types (executables, scripts, macros) or share them by link.',
        'Check headers your software adds (duplicate or malformed headers, bare line feeds, 8-bit data without MIME).',
      ],
      provider: 'See what {name} says about this reply: {url}',
    },
    virus: {
      title: 'Malware was found',
      summary: 'The receiving server found a virus or other malware in the message.',
      steps: [
        'Scan the sending computer and the attachment; do not resend the same file.',
        'If the file is safe, share it another way (a link); the scanner will keep refusing it.',
      ],
    },
    policy: {
      title: "Refused by the recipient's policy",
      summary: 'A rule of the receiving organisation refused the message.',
      steps: [
        'Ask the recipient (by another channel) whether their organisation accepts mail from you.',
        "The reply's words often name the rule; the receiving side's administrator can allow your address or domain.",
      ],
      provider: 'See what {name} says about this reply: {url}',
    },
    'rate-limited': {
      title: 'Too many messages or connections',
      summary: 'The receiving server limits how many connections, messages or recipients it accepts from you.',
      steps: [
        'Slow down: fewer connections at once and fewer messages per connection.',
        'Let deferred mail retry on its normal schedule; do not retry faster.',
        'If it goes on, check complaint rates and list hygiene: providers throttle senders users complain about.',
      ],
      provider: "Read {name}'s page for senders: {url}",
    },
    'message-too-large': {
      title: 'The message is too large',
      summary: 'The message exceeds a size limit of the receiving server.',
      steps: ['Send smaller attachments, or share large files by link.', 'Remember that attachments grow by about a third when encoded for email.'],
    },
    'tls-required': {
      title: 'TLS is required or failed',
      summary: 'The server requires an encrypted (TLS) connection, or the TLS negotiation failed.',
      steps: [
        'Enable STARTTLS (or implicit TLS on port 465) in the sending software.',
        "Check that the sending side supports current TLS versions and ciphers and trusts the server's certificate.",
      ],
    },
    'auth-failed': {
      title: 'Login required or rejected',
      summary: 'The server requires SMTP authentication, or the credentials were rejected.',
      steps: [
        'Check the user name and password (or app password) configured in the sending software.',
        'Use the port and mechanism the provider documents (usually 587 with STARTTLS).',
        'Some providers require app passwords or OAuth instead of the account password.',
      ],
      provider: 'See what {name} says about this reply: {url}',
    },
    expired: {
      title: 'Gave up after retrying',
      summary: 'The sending server kept retrying and gave up when the message got too old.',
      steps: [
        'Look at why earlier attempts were deferred (the last error is usually in the bounce or the log).',
        "Check that the recipient domain's mail servers are reachable; resend later if they were down.",
      ],
    },
    'network-error': {
      title: 'Network or DNS failure',
      summary: 'A DNS lookup failed, the connection timed out or was refused, or the mail looped.',
      steps: [
        'Usually temporary: the sending server retries by itself.',
        "If it lasts, check the recipient domain's MX records and whether its servers accept connections on port 25.",
        'For a mail loop, check forwarding rules and MX records that point back at the sender.',
      ],
    },
    'system-error': {
      title: 'The receiving server failed',
      summary: 'The receiving server malfunctioned, is misconfigured or has run out of disk space.',
      steps: [
        'Usually temporary: the sending server retries by itself.',
        "If it lasts, tell the recipient's administrator (by another channel); the problem is on their side.",
      ],
    },
    'protocol-error': {
      title: 'A protocol error',
      summary: 'A command was malformed or out of order, or the message does not comply with RFC 5322.',
      steps: [
        'Check the sending software: it sent a command the server did not understand or in the wrong order.',
        "Check the message's format: line endings (CRLF), line length, header syntax, a valid Date and Message-ID.",
      ],
    },
    greylisted: {
      title: 'Greylisted: retry later',
      summary: 'The server deliberately deferred the first attempt; a normal retry will get through.',
      steps: [
        'Do nothing: a standard mail server retries within minutes and is then accepted.',
        'If retries keep failing, check that you retry from the same IP address and with the same sender.',
      ],
    },
    unknown: {
      title: 'Not enough information',
      summary: 'The reply does not say why the message failed.',
      steps: [
        "Read the reply's words for a hint, or look up its codes below.",
        "Ask the receiving side's postmaster, quoting the full reply and the time it was sent.",
      ],
      provider: 'See what {name} says about its replies: {url}',
    },
  },
}
