// Gmail / Google Workspace: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const GOOGLE_RULES: readonly DiagnosisRule[] = [
  {
    id: 'google-admin-policy-gcdp',
    reason: 'policy',
    pattern: '\\bgcdp\\b|violates [^ ]{1,60} email policy',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '550 5.7.1 This message violates example.com email policy. - gcdp <sessionid> - gsmtp',
    ],
  },
  {
    id: 'google-no-such-user',
    reason: 'user-unknown',
    pattern: 'account that you tried to reach does not exist|\\?p=NoSuchUser',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos or unnecessary spaces. Learn more at https://support.google.com/mail/?p=NoSuchUser - gsmtp',
      '550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n550-5.1.1 double-checking the recipient\'s email address for typos or\r\n550-5.1.1 unnecessary spaces. Learn more at\r\n550 5.1.1 https://support.google.com/mail/answer/6596 k63si16423450wmd.98 - gsmtp',
    ],
  },
  {
    id: 'google-disabled-user',
    reason: 'mailbox-disabled',
    pattern: 'account that you tried to reach is (?:disabled|inactive)|\\?p=DisabledUser',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '550 5.2.1 The email account that you tried to reach is disabled. Learn more at https://support.google.com/mail/?p=DisabledUser - gsmtp',
      '550 5.2.1 The email account that you tried to reach is inactive. Learn more at https://support.google.com/mail/?p=DisabledUser - gsmtp',
    ],
  },
  {
    id: 'google-over-quota',
    reason: 'mailbox-full',
    pattern: 'account that you tried to reach is over quota|inbox is out of storage space|\\?p=OverQuota',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp - gsmtp',
      '552 5.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm - gsmtp',
    ],
  },
  {
    id: 'google-receiving-rate',
    reason: 'rate-limited',
    pattern: 'you are trying to contact is receiving e?mail|\\?p=ReceivingRate',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. Please resend your message at a later time. If the user is able to receive mail at that time, your message will be delivered. For more information, please visit https://support.google.com/mail/?p=ReceivingRate - gsmtp',
      '550 5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. For more information, please visit https://support.google.com/mail/?p=ReceivingRatePerm - gsmtp',
      '450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time. If the user is able to receive mail at that time, your message will be delivered. For more information, visit https://support.google.com/mail/answer/22839 - gsmtp',
    ],
  },
  {
    id: 'google-relay-limit',
    reason: 'rate-limited',
    pattern: '\\bSMTP relay limit exceeded',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '450 4.2.1 Peak SMTP relay limit exceeded for this customer. This is a temporary error. For more information on SMTP relay limits, please contact your administrator or visit https://support.google.com/a/answer/6140680 - gsmtp',
    ],
  },
  {
    id: 'google-unsolicited-rate',
    reason: 'rate-limited',
    pattern: 'unusual rate of unsolicited mail|\\bUnsolicitedRateLimitError',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '421 4.7.28 [x.xx.xx.xx] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. Please visit https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk Email Senders Guidelines. - gsmtp',
    ],
  },
  {
    id: 'google-low-reputation',
    reason: 'blocklisted',
    pattern: 'suspicious due to the very low reputation of the sending',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '421 4.7.0 [x.xx.xx.xx] Our system has detected that this message is suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/188131 for more information. - gsmtp',
      '550 5.7.1 [x.xx.xx.xx] Our system has detected that this message is likely suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/188131 for more information. - gsmtp',
    ],
  },
  {
    id: 'google-suspicious-content',
    reason: 'spam',
    pattern: 'suspicious due to the nature of the content',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '421 4.7.0 [x.xx.xx.xx] Our system has detected that this message is suspicious due to the nature of the content and/or the links within. To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/188131 for more information. - gsmtp',
    ],
  },
  {
    id: 'google-unsolicited',
    reason: 'spam',
    pattern: 'likely unsolicited mail|\\bUnsolicitedMessageError',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '550 5.7.1 [x.xx.xx.xx] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. Please visit https://support.google.com/mail/?p=UnsolicitedMessageError for more information. - gsmtp',
      '550-5.7.1 [192.0.2.216 12] Our system has detected that this message is\r\n550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\r\n550-5.7.1 this message has been blocked. Please visit\r\n550 5.7.1 https://support.google.com/mail/answer/188131 for more information. dh9si2656259wib.8 - gsmtp',
    ],
  },
  {
    id: 'google-dmarc-alignment',
    reason: 'sender-authentication',
    pattern: 'rate limited because there is no DMARC alignment',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '4.7.32 This mail has been rate limited because there is no DMARC alignment',
    ],
  },
  {
    id: 'google-unauthenticated',
    reason: 'sender-authentication',
    pattern: '\\bUnauthenticated email (?:from|is not accepted from this domain)|because (?:the sender|it) is unauthenticated|does not have authentication information or fails to pass',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '550 5.7.1 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. Please visit https://support.google.com/mail/answer/2451690 to learn about the DMARC initiative. - gsmtp',
      '4.7.26 This mail has been rate limited because it is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass. SPF example.com with ip: x.x.x.x = did not pass',
      '550 5.7.26 Your email has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass. SPF [example.com] with ip: x.x.x.x = did not pass - gsmtp',
      '550-5.7.1 This message does not have authentication information or fails to pass\r\n550-5.7.1 authentication checks. To best protect our users from spam, the\r\n550-5.7.1 message has been blocked. Please visit\r\n550-5.7.1 https://support.google.com/mail/answer/81126#authentication for more\r\n550 5.7.1 information. u16si2087533wru.356 - gsmtp',
      '550 5.7.1 Unauthenticated email from example.ru is not accepted due to domain\'s\r\n5.7.1 DMARC policy. Please contact administrator of example.ru domain if\r\n5.7.1 this was a legitimate mail. Please visit\r\n5.7.1 https://support.google.com/mail/answer/2451690 to learn about DMARC\r\n5.7.1 initiative. g197si21529171qhc.129 - gsmtp',
      '550 5.7.1 Unauthenticated email is not accepted from this domain. - gsmtp',
    ],
  },
  {
    id: 'google-missing-ptr',
    reason: 'reverse-dns',
    pattern: 'does not have a PTR record|sending guidelines regarding PTR records',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '550-5.7.1 [192.0.2.40] The IP address sending this message does not have a PTR\r\n550-5.7.1 record setup. As a policy, Gmail does not accept messages from IPs\r\n550-5.7.1 with missing PTR records. Please visit\r\n550-5.7.1 https://support.google.com/mail/answer/81126#authentication for more\r\n550 5.7.1 information. u6si3554756pld.336 - gsmtp',
      '550-5.7.1 [2001:db8::2] Our system has detected that this message does\r\n550-5.7.1 not meet IPv6 sending guidelines regarding PTR records and\r\n550-5.7.1 authentication. Please review\r\n550-5.7.1 https://support.google.com/mail/?p=ipv6_authentication_error for more\r\n550 5.7.1 information. v1si55415385wja.21 - gsmtp',
      '550 5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records. - gsmtp',
    ],
  },
  {
    id: 'google-rfc-5322',
    reason: 'protocol-error',
    pattern: 'missing a valid address in From|not RFC (?:5322|2822) compliant|missing a valid messageId header|multiple addresses in From: header',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '550 5.7.1 [x.xx.xx.xx 14] Messages missing a valid address in From: header, or having no From: header, are not accepted. - gsmtp',
      '550-5.7.1 [192.0.2.209 11] Our system has detected that this message is\r\n550-5.7.1 not RFC 2822 compliant. To reduce the amount of spam sent to Gmail,\r\n550-5.7.1 this message has been blocked. Please review\r\n550 5.7.1 RFC 2822 specifications for more information. nr8si8771738lab.216 - gsmtp',
    ],
  },
  {
    id: 'google-size',
    reason: 'message-too-large',
    pattern: 'exceeded Google.s message size limits',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '552-5.2.3 Your message exceeded Google\'s message size limits. Please visit http://mail.google.com/support/bin/answer.py?answer=8770 to review our size guidelines.',
    ],
  },
  {
    id: 'google-attachment',
    reason: 'content-rejected',
    pattern: 'detected an illegal attachment',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '552-5.7.0 Our system detected an illegal attachment on your message. Please visit http://mail.google.com/support/bin/answer.py?answer=6590 to review our attachment guidelines.',
    ],
  },
  {
    id: 'google-invalid-address',
    reason: 'user-unknown',
    pattern: 'is not a valid RFC.5321 address',
    codes: ['5'],
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '553 5.1.2 The recipient address <example@example.com> is not a valid RFC-5321 address. - gsmtp',
    ],
  },
  {
    id: 'google-temporarily-rejected',
    reason: 'system-error',
    pattern: 'Mail server temporarily rejected message',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '451 4.3.0 Mail server temporarily rejected message. - gsmtp',
    ],
  },
  {
    id: 'google-domain-not-found',
    reason: 'domain-not-found',
    pattern: 'weren.t able to find the recipient domain',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '553 5.1.2 We weren\'t able to find the recipient domain. Please check for any spelling errors, and make sure you didn\'t enter any spaces, periods, or other punctuation after the recipient\'s email address. - gsmtp',
    ],
  },
  {
    id: 'google-malformed',
    reason: 'protocol-error',
    pattern: 'Mail message is malformed',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '554 5.6.0 Mail message is malformed. Not accepted. - gsmtp',
    ],
  },
  {
    id: 'google-hop-limit',
    reason: 'network-error',
    pattern: 'Message exceeded [0-9]{1,3} hops',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '554 5.6.0 Message exceeded 50 hops, this may indicate a mail loop. - gsmtp',
    ],
  },
  {
    id: 'google-security-issue',
    reason: 'content-rejected',
    pattern: 'content presents a potential security issue',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '552 5.7.0 This message was blocked because its content presents a potential security issue. Please visit https://support.google.com/mail/?p=BlockedMessage to review our message content and attachment content guidelines. - gsmtp',
    ],
  },
  {
    id: 'google-relay-denied',
    reason: 'relay-denied',
    pattern: '^Mail relay denied',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '550 5.7.0 Mail relay denied. - gsmtp',
    ],
  },
  {
    id: 'google-ip-not-authorized',
    reason: 'blocklisted',
    pattern: 'not authorized to send email directly to our servers',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '550 5.7.1 The IP you\'re using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead. - gsmtp',
    ],
  },
  {
    id: 'google-recipient-policy',
    reason: 'policy',
    pattern: 'has a policy that prohibited the mail that you sent',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. - gsmtp',
    ],
  },
  {
    id: 'google-daily-quota',
    reason: 'rate-limited',
    pattern: 'Daily (?:user )?sending quota exceeded',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '550 5.4.5 Daily sending quota exceeded. - gsmtp',
    ],
  },
  {
    id: 'google-credentials',
    reason: 'auth-failed',
    pattern: 'Username and Password not accepted|Application-specific password required|\\?p=(?:BadCredentials|InvalidSecondFactor|WantAuthError)',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '535 5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials - gsmtp',
      '534 5.7.9 Application-specific password required. Learn more at https://support.google.com/mail/?p=InvalidSecondFactor - gsmtp',
      '530 5.7.0 Authentication Required. Learn more at https://support.google.com/mail/?p=WantAuthError - gsmtp',
    ],
  },
  {
    id: 'google-tls-required',
    reason: 'tls-required',
    pattern: 'TLS required for RCPT domain|wasn.t sent over a TLS connection',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '421 4.7.0 TLS required for RCPT domain, closing connection. - gsmtp',
      '421 4.7.29 Your email has been rate limited because this message wasn\'t sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections. - gsmtp',
    ],
  },
  {
    id: 'google-ip-whitelist',
    reason: 'policy',
    pattern: 'IP not in whitelist for RCPT domain',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '421 4.7.0 IP not in whitelist for RCPT domain, closing connection. - gsmtp',
    ],
  },
  {
    id: 'google-too-many-recipients',
    reason: 'rate-limited',
    pattern: 'Your message has too many recipients|\\bTooManyRecipientsError',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '452 4.5.3 Your message has too many recipients. For more information regarding Google\'s sending limits, visit https://support.google.com/mail/?p=TooManyRecipientsError - gsmtp',
    ],
  },
  {
    id: 'google-timeout',
    reason: 'network-error',
    pattern: '^Timeout - closing connection',
    provider: 'google',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: Gmail SMTP errors and codes' },
    examples: [
      '451 4.4.2 Timeout - closing connection. - gsmtp',
    ],
  },
]
