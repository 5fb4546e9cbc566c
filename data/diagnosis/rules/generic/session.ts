// The SMTP session itself: TLS, login, relaying, protocol errors.
import type { DiagnosisRule } from '../../types.ts'

export const SESSION_RULES: readonly DiagnosisRule[] = [
  {
    id: 'exchange-delivery-restriction',
    reason: 'policy',
    // Exchange's recipient restrictions (a group that accepts only authenticated or listed senders): the words
    // mention authentication, but no login would help the sender.
    pattern: '\\bRESOLVER\\.RST\\.(?!RecipSizeLimit|SendSizeLimit)\\w{1,40}',
    source: {
      software: 'Microsoft Exchange',
      where: 'categorizer NDR texts RESOLVER.RST.AuthRequired / NotAuthorized',
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-1-in-exchange-online',
    },
    examples: ['550 5.7.1 RESOLVER.RST.AuthRequired; authentication required', '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'],
  },
  {
    id: 'starttls-required',
    reason: 'tls-required',
    pattern:
      '\\bmust issue a starttls\\b|\\bstarttls (?:is )?required\\b|\\b(?:tls|encryption|encrypted connection) (?:is )?(?:required|needed)\\b|\\brequires? (?:a )?(?:tls|secure connection|encryption)\\b',
    source: { software: 'Postfix', where: 'src/smtpd/smtpd.c, smtpd_tls_security_level = encrypt ("Must issue a STARTTLS command first")' },
    examples: ['530 5.7.0 Must issue a STARTTLS command first', '451 5.7.3 STARTTLS is required to send mail', '530 5.7.11 Encryption needed'],
  },
  {
    id: 'tls-handshake-failed',
    reason: 'tls-required',
    pattern:
      '\\b(?:tls|ssl) (?:handshake|negotiation) (?:failed|failure|error)\\b|\\bcannot start tls\\b|\\b(?:tls|starttls) (?:is )?not available\\b|\\bcertificate (?:not verified|verification failed|verify failed)\\b|\\btls (?:session: |error on connection to \\S{1,60} )\\((?:gnutls_handshake|ssl_connect)\\)',
    // Exim's smtp transport names the TLS library call that failed ("TLS session: (gnutls_handshake): …", from
    // tls-gnu.c and tls-openssl.c tls_error()); the failures corpus has it from a STARTTLS answered with no TLS.
    source: { software: 'Postfix', where: 'src/smtp/smtp_proto.c ("Cannot start TLS: handshake failure")' },
    examples: [
      // Exim's log line, as a log's recipient is explained (its deferral's 4.0.0 before the message).
      '4.0.0 TLS session: (gnutls_handshake): An unexpected TLS packet was received.',
      '454 4.7.0 TLS not available due to local problem',
      '421 4.7.0 TLS handshake failed',
      // Postfix smtp(8) with smtp_tls_security_level = verify or secure, as its DSN reports it.
      'Status: 4.7.5 Server certificate not verified',
    ],
  },
  {
    id: 'relay-denied',
    reason: 'relay-denied',
    pattern:
      "\\brelay(?:ing)? (?:access )?(?:denied|not permitted|not allowed|prohibited|rejected)\\b|\\brelay(?:ing)? to \\S{1,60} (?:denied|not permitted|not allowed|prohibited)\\b|\\bunable to relay\\b|\\bnot (?:allowed|permitted|authorized) to relay\\b|\\bwe do not relay\\b|\\b(?:isn't|is not|not) allowed to be relayed\\b|\\bisn't in my list of allowed rcpthosts\\b",
    source: { software: 'Postfix', where: 'src/smtpd/smtpd_check.c, reject_unauth_destination ("Relay access denied")' },
    examples: [
      '554 5.7.1 <jane@example.org>: Relay access denied',
      '550 relay not permitted',
      "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
      '550 5.7.1 Unable to relay',
      "553 sorry, that domain isn't allowed to be relayed thru this MTA (#5.7.1)",
      // Sendmail's check_rcpt for a domain it does not relay to (cf/m4/proto.m4: "Relaying denied").
      '550 5.7.1 <jane@example.org>... Relaying denied',
      '550 relaying to <jane@example.org> prohibited by administrator',
    ],
  },
  {
    id: 'authentication-failed',
    reason: 'auth-failed',
    pattern:
      '\\bauthentication (?:failed|failure|unsuccessful)\\b|\\binvalid (?:login|credentials|username or password)\\b|\\busername and password not accepted\\b|\\bauthentication (?:is )?required\\b|\\bnot authenticated\\b|\\bsmtp auth(?:entication)? (?:is )?required\\b|\\bcredentials (?:are )?invalid\\b|\\bbad (?:username|password|credentials)\\b|\\bauthentication mechanism\\b|\\bincorrect authentication data\\b',
    source: { software: 'Postfix', where: 'src/smtpd/smtpd_sasl_proto.c ("Error: authentication failed: %s")' },
    examples: [
      '535 5.7.8 Error: authentication failed: authentication failure',
      '535 5.7.8 Username and Password not accepted.',
      '530 5.7.0 Authentication required',
      // Exim (src/smtp_in.c) when an authenticator rejects the credentials.
      '535 Incorrect authentication data',
    ],
  },
  {
    id: 'haraka-cannot-deliver-for',
    reason: 'relay-denied',
    // Haraka's rcpt_to.in_host_list and relay checks refuse a recipient domain it does not serve with these words
    // (provoked on loopback: test/corpus/loopback/haraka).
    pattern: '\\bI cannot deliver mail for\\b',
    source: { software: 'Haraka', where: 'plugins/rcpt_to.in_host_list (reply to a recipient domain it does not accept)' },
    examples: ['550 I cannot deliver mail for <someone@example.org>'],
  },
  {
    // RFC 5321 §3.1 lets a server answer a connection with 554 instead of its 220 greeting when it will not take
    // mail from this client (§4.2.3 names the reply "No SMTP service here"; 1&1 / GMX send "No SMTP service"
    // followed by their reason). Real MX hosts do so for clients they refuse by address or reputation (a DNSBL
    // hit, an IP block); a host that accepts no mail at all says so with 521 or a null MX (RFC 7504, RFC 7505).
    // Tried after the blocklist, reverse-DNS and rate rules, so a reason given with it decides.
    id: 'no-smtp-service-here',
    reason: 'blocklisted',
    pattern: '\\bno SMTP service(?: here)?\\b',
    codes: ['5'],
    source: { rfc: 5321, section: '3.1' },
    confidence: 'medium',
    examples: [
      '554 No SMTP service here',
      '554 mx.example.org No SMTP service here',
      'host mx.example.org[192.0.2.1] refused to talk to me: 554 No SMTP service here',
    ],
  },
  {
    id: 'protocol-sequence',
    reason: 'protocol-error',
    pattern:
      '\\bneed (?:mail|rcpt|helo|ehlo) command\\b|\\bbad sequence of commands\\b|\\bnested mail command\\b|\\bcommand not recognized\\b|\\bsyntax error\\b|\\bsynchroni[sz]ation error\\b|\\bimproper use of smtp command pipelining\\b|\\bbare (?:lf|linefeeds?)\\b|\\b(?:not )?(?:rfc ?5322|rfc ?2822|rfc ?822) (?:compliant|compliance|non-compliant)\\b|\\bdoes not comply with rfc\\b|\\b(?:missing|invalid|malformed|duplicate) (?:message-id|date|from) header\\b|\\bBareLinefeedsAreIllegal\\b|\\bsmtplf\\.html\\b|\\btoo many (?:bad|invalid|unrecognized|unknown) commands\\b',
    source: { software: 'Postfix', where: 'src/smtpd/smtpd.c ("Error: need RCPT command", "Error: command not recognized")' },
    examples: [
      '503 5.5.1 Error: need RCPT command',
      '502 5.5.2 Error: command not recognized',
      '554 SMTP synchronization error',
      // qmail-smtpd's straynewline() and Sendmail's MAXBADCOMMANDS limit (sendmail/srvrsmtp.c).
      '451 See https://cr.yp.to/docs/smtplf.html.',
      '421 4.7.0 mx.example.net Too many bad commands; closing connection',
    ],
  },
]
