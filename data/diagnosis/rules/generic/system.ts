// The sender side, the network, the receiving server's health and its policies.
import type { DiagnosisRule } from '../../types.ts'

export const SENDER_RULES: readonly DiagnosisRule[] = [
  {
    id: 'postfix-sender-address-rejected',
    reason: 'sender-rejected',
    pattern:
      "\\bsender address rejected\\b|\\bdomain of sender address \\S{1,60} does not (?:exist|resolve)\\b|\\bsender verify (?:callout )?failed\\b|\\bcould not complete sender verify\\b|\\bsender (?:address |domain )?(?:is )?(?:invalid|not valid|unknown|not allowed|refused|rejected|denied|blocked)\\b|\\bbad sender\\b|\\b(?:does not|doesn't|do not|will not) accept (?:e-?mail|mail|messages) from (?:you|your|this sender)\\b|\\bmail (?:is )?not accepted from (?:your|this) (?:domain|address|sender)\\b|\\binvalid (?:sender|mail from)\\b|\\bbut sender was rejected\\b|\\bsender (?:address )?domain (?:must exist|does not exist|not found|has no mx|is invalid)\\b|\\b(?:mail from|envelope sender|return-path) (?:address |domain )?(?:rejected|refused|invalid|not accepted)\\b",
    source: { software: 'Postfix', where: 'src/smtpd/smtpd_check.c, reject_unknown_sender_domain ("Sender address rejected: Domain not found")' },
    examples: [
      '550 5.1.8 <bob@example.invalid>: Sender address rejected: Domain not found',
      '553 5.1.8 <bob@example.invalid>... Domain of sender address bob@example.invalid does not exist',
      '550 Sender verify failed',
      // Sendmail (sendmail/parseaddr.c, srvrsmtp.c) for a sender domain that does not resolve for now.
      '451 4.1.8 Domain of sender address bob@example.com does not resolve',
      '553 5.1.8 Sender address domain does not exist',
      '553 5.1.7 The sender address is not valid',
      // qmail-remote.c when the server refused MAIL FROM.
      '553 Connected to 192.0.2.1 but sender was rejected.',
      '550 5.7.1 This domain does not accept mail from you',
      '550 5.7.1 Mail is not accepted from your domain',
      // Exim's default message when its sender verification callout is deferred.
      '451 4.1.8 Could not complete sender verify callout for <bob@example.net>',
    ],
  },
]

export const DELIVERY_RULES: readonly DiagnosisRule[] = [
  {
    id: 'queue-expired',
    reason: 'expired',
    pattern:
      '\\bQUEUE\\.Expired\\b|\\bmessage (?:has )?expired\\b|\\bretry time(?:out)? (?:not reached|exceeded)\\b|\\bdelivery time expired\\b|\\bdelivery timed out\\b|\\bcannot send message (?:for|within)\\b|\\bcould not be delivered (?:for|within)\\b|\\bin the queue too long\\b|\\bgave up\\b|\\bgiving up\\b|\\bmaximal lifetime\\b',
    source: {
      software: 'Microsoft Exchange',
      where: 'queue NDR "QUEUE.Expired; message expired"',
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
    },
    examples: ['550 4.4.7 QUEUE.Expired; message expired', '550 5.4.7 retry timeout exceeded', '554 5.4.7 Delivery time expired'],
  },
  {
    // OpenSMTPD at the end of its queue ttl: usr.sbin/smtpd/queue.c, IMSG_QUEUE_EXPIRE, envelope_set_errormsg(&evp,
    // "Envelope expired"). Its report lists the recipient as "bob@example.com: Envelope expired" with Status 4.4.7
    // (seen from Debian's OpenSMTPD 6.8.0p2, test/corpus/loopback-breadth/opensmtpd/*.delayed-2.eml).
    id: 'opensmtpd-envelope-expired',
    reason: 'expired',
    pattern: '\\benvelope expired\\b',
    source: { software: 'OpenSMTPD', where: 'usr.sbin/smtpd/queue.c, IMSG_QUEUE_EXPIRE: envelope_set_errormsg(&evp, "Envelope expired")' },
    examples: ['4.4.7 Envelope expired'],
  },
  {
    // Haraka defers each attempt with "Tried all MXs" and bounces with it once its retries run out.
    id: 'haraka-tried-all-mxs',
    reason: 'expired',
    pattern: '\\btried all MXs\\b',
    source: {
      software: 'Haraka',
      where: 'outbound/hmail.js try_deliver: temp_fail("Tried all MXs"), bounced as "Too many failures (Tried all MXs)"',
    },
    examples: ['550 5.1.2 Tried all MXs example.org', '550 Too many failures (Tried all MXs)'],
  },
  {
    id: 'mail-loop',
    reason: 'network-error',
    pattern:
      '\\bmail(?:ing)? loop\\b|\\b(?:mail )?forwarding loop\\b|\\bloops back to myself\\b|\\blowest numbered MX record points to local host\\b|\\btoo many hops\\b|\\bhop count exceeded\\b|\\bmessage is looping\\b|\\brouting loop\\b',
    source: { software: 'Postfix', where: 'src/smtp/smtp_connect.c ("mail for %s loops back to myself")' },
    examples: [
      '554 5.4.6 mail for example.org loops back to myself',
      // Exim's dnslookup router when the domain's best MX is this very host (its self option).
      '550 lowest numbered MX record points to local host',
      '554 5.4.14 Hop count exceeded - possible mail loop',
      '554 5.4.6 Too many hops',
      // Postfix local(8), src/local/recipient.c: a Delivered-To header already names this recipient.
      '554 5.4.6 mail forwarding loop for jane@example.org',
    ],
  },
  {
    id: 'connection-failure',
    reason: 'network-error',
    pattern:
      "\\bconnection (?:timed out|refused(?! by polic)|reset|dropped|lost|closed)\\b|\\blost (?:input |the )?connection\\b|\\blost input channel\\b|\\bconversation with \\S{1,60} timed out\\b|\\bno route to host\\b|\\bnetwork is unreachable\\b|\\bcould not connect\\b|\\bunable to connect\\b|\\bwasn't able to establish an smtp connection\\b|\\bconnection died\\b|\\bclosed (?:the )?connection\\b|\\bbut greeting failed\\b|\\bSocketError\\b|\\bnetwork error\\b|\\bread error from\\b|\\btimed out\\b|\\btimeout\\b",
    source: { software: 'Postfix', where: 'src/smtp/smtp_connect.c ("connect to %s[%s]:%d: Connection timed out")' },
    examples: [
      '451 4.4.1 connect to mx.example.org[192.0.2.1]:25: Connection timed out',
      '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError."',
      // Sendmail (sendmail/srvrsmtp.c) when the client's connection ends mid-session.
      '421 4.4.1 mx.example.net Lost input channel from client.example.com [192.0.2.9]',
      // OpenSMTPD (smtpd/mta.c) when every MX of the domain failed at the network level.
      '451 4.4.0 Network error on destination MXs',
      // Sendmail (sendmail/err.c): "Connection refused by %s" in its log's stat= and its DSNs.
      'dsn=4.0.0, stat=Deferred: Connection refused by mx.example.org.',
      // Sendmail (sendmail/usersmtp.c, reply()) when the server's reply never came.
      '451 4.4.1 reply: read error from mx.example.org.',
      // Exim when the server hangs up (src/transports/smtp.c: "Remote host closed connection in response to %s").
      '451 4.4.2 Remote host closed connection in response to RCPT TO:<jane@example.org>',
      // qmail-remote.c: connected, but the server never sent a usable 220 greeting.
      '451 Connected to 192.0.2.1 but greeting failed. (#4.4.2)',
    ],
  },
  {
    id: 'system-storage',
    reason: 'system-error',
    pattern:
      '\\binsufficient (?:system )?(?:storage|disk space|resources)\\b|\\bdisk (?:is )?full\\b|\\bout of (?:disk )?space\\b|\\bnot enough (?:disk )?space\\b|\\bqueue file write error\\b|\\bunknown mailer error\\b|\\b(?:local|internal|temporary|server|system) (?:error|problem|failure)\\b|\\btemporarily unavailable\\b|\\bservice (?:is )?(?:temporarily )?not available\\b|\\btry again later\\b|\\bconfiguration (?:error|problem)\\b|\\bmisconfigur',
    source: { software: 'Postfix', where: 'src/smtpd/smtpd.c ("Insufficient system storage") and src/cleanup ("Error: queue file write error")' },
    examples: [
      '452 4.3.1 Insufficient system storage',
      '451 4.3.0 Error: queue file write error',
      '451 4.3.0 <jane@example.org> Temporary internal error',
      // Sendmail (sendmail/deliver.c) when a local delivery agent exits with a code it has no text for.
      '554 5.3.0 unknown mailer error 1',
      // Postfix smtpd when its own configuration is broken (src/smtpd/smtpd.c, "Server configuration problem").
      '451 4.3.5 Server configuration problem',
    ],
  },
]

export const POLICY_RULES: readonly DiagnosisRule[] = [
  {
    // A reply whose words begin with "Blocked" (Barracuda's "550 Blocked"): said of the sending host being refused.
    // Only at the start, where it is the server's verdict: anywhere else the word may be part of an address
    // (<blocked@example.org>) or of a more specific sentence the rules before this one read. A medium signal, so
    // a specific enhanced code still decides.
    id: 'blocked-word',
    reason: 'blocklisted',
    pattern: '^blocked\\b',
    source: { collection: 'smtp-codes', where: 'data/codes/550.json (Barracuda "550 Blocked")' },
    confidence: 'medium',
    examples: ['550 Blocked', '554 5.7.1 Blocked'],
  },
  {
    id: 'refused-at-mail-from',
    reason: 'sender-rejected',
    // An access-table refusal in reply to MAIL FROM concerns the sender (Postfix/Sendmail access maps, Exim ACLs).
    pattern: '\\baccess denied\\b|\\badministrative prohibition\\b|\\bnot allowed\\b|\\brejected\\b',
    stages: ['mail'],
    source: { software: 'Sendmail', where: 'access database REJECT for a sender ("Access denied")' },
    examples: ['status=bounced (host mx.example.org[192.0.2.1] said: 550 5.7.1 <bob@example.com>... Access denied (in reply to MAIL FROM command))'],
  },
  {
    id: 'policy-words',
    reason: 'policy',
    pattern:
      '\\bpolic(?:y|ies)\\b|\\badministrative prohibition\\b|\\bnot authori[sz]ed\\b|\\baccess denied\\b|\\bdelivery not authori[sz]ed\\b|\\bprohibited\\b|\\bnot permitted\\b|\\bnot allowed\\b',
    source: { rfc: 3463, section: '3.8' },
    confidence: 'medium',
    examples: [
      '550 5.7.1 Delivery not authorized, message refused',
      '550 Administrative prohibition',
      '550 5.7.1 Message rejected due to local policy',
    ],
  },
]
