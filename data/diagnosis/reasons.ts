// The reasons a diagnosis can give (the ids are the API contract of issue 13), whom each concerns, and a real
// reply for each. Their words, per language, are in data/diagnosis/i18n/.
import type { ReasonInfo } from './types.ts'

export const REASONS: readonly ReasonInfo[] = [
  {
    id: 'user-unknown',
    actor: 'sender',
    example: '550 5.1.1 <jane@example.com>: Recipient address rejected: User unknown in local recipient table',
    source: { software: 'Postfix', where: 'src/smtpd/smtpd_check.c, check_rcpt_maps (local_recipient_maps)' },
  },
  {
    id: 'mailbox-full',
    actor: 'recipient-admin',
    example: '452 4.2.2 The email account that you tried to reach is over quota.',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: SMTP error reference' },
  },
  {
    id: 'mailbox-disabled',
    actor: 'recipient-admin',
    example: '550 5.2.1 The email account that you tried to reach is disabled.',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: SMTP error reference' },
  },
  {
    id: 'recipient-moved',
    actor: 'sender',
    example: '551 User not local; please try <jane@example.org>',
    source: { rfc: 5321, section: '3.4' },
  },
  {
    id: 'domain-not-found',
    actor: 'sender',
    example: '554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain',
    source: {
      software: 'Microsoft Exchange',
      where: 'NDR text for DNS NXDOMAIN on the recipient domain',
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-4-1-through-5-4-20-in-exchange-online',
    },
  },
  {
    id: 'domain-accepts-no-mail',
    actor: 'sender',
    example: '556 5.1.10 Recipient address has null MX',
    source: { rfc: 7505, section: '4.1' },
  },
  {
    id: 'relay-denied',
    actor: 'sender-admin',
    example: '554 5.7.1 <jane@example.org>: Relay access denied',
    source: { software: 'Postfix', where: 'src/smtpd/smtpd_check.c, reject_unauth_destination' },
  },
  {
    id: 'sender-rejected',
    actor: 'sender-admin',
    example: '550 5.1.8 <bob@example.invalid>: Sender address rejected: Domain not found',
    source: { software: 'Postfix', where: 'src/smtpd/smtpd_check.c, reject_unknown_sender_domain' },
  },
  {
    id: 'blocklisted',
    actor: 'sender-admin',
    example: '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
    source: { software: 'Postfix', where: 'src/smtpd/smtpd_check.c, reject_rbl_client (default_rbl_reply)' },
  },
  {
    id: 'reverse-dns',
    actor: 'sender-admin',
    example: '450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]',
    source: { software: 'Postfix', where: 'src/smtpd/smtpd_check.c, reject_unknown_client_hostname' },
  },
  {
    id: 'sender-authentication',
    actor: 'sender-admin',
    example: "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: SMTP error reference' },
  },
  {
    id: 'spam',
    actor: 'sender',
    example: '554 5.7.1 Spam message rejected',
    source: { software: 'Rspamd', where: 'rspamd_proxy / milter default reject message' },
  },
  {
    id: 'content-rejected',
    actor: 'sender',
    example: '552 5.7.0 This message was blocked because its content presents a potential security issue.',
    source: { url: 'https://support.google.com/a/answer/3726730', title: 'Google Workspace: SMTP error reference' },
  },
  {
    id: 'virus',
    actor: 'sender',
    example: '554 5.7.0 Reject, id=12345-01 - INFECTED: Eicar-Signature',
    source: { software: 'Amavis', where: 'amavisd: reject message for a message with a virus (final_virus_destiny D_REJECT)' },
  },
  {
    id: 'policy',
    actor: 'sender',
    example: '550 5.7.1 Delivery not authorized, message refused',
    source: { rfc: 3463, section: '3.8' },
  },
  {
    id: 'rate-limited',
    actor: 'sender-admin',
    transientActor: 'sender-admin',
    example: '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints',
    source: { url: 'https://senders.yahooinc.com/smtp-error-codes/', title: 'Yahoo Sender Hub: SMTP error codes' },
  },
  {
    id: 'message-too-large',
    actor: 'sender',
    example: '552 5.3.4 Message size exceeds fixed limit',
    source: { software: 'Postfix', where: 'src/cleanup/cleanup_message.c and smtpd (message_size_limit)' },
  },
  {
    id: 'tls-required',
    actor: 'sender-admin',
    example: '530 5.7.0 Must issue a STARTTLS command first',
    source: { software: 'Postfix', where: 'src/smtpd/smtpd.c (smtpd_tls_security_level = encrypt)' },
  },
  {
    id: 'auth-failed',
    actor: 'sender',
    example: '535 5.7.8 Error: authentication failed: authentication failure',
    source: { software: 'Postfix', where: 'src/smtpd/smtpd_sasl_proto.c' },
  },
  {
    id: 'expired',
    actor: 'recipient-admin',
    example: '550 4.4.7 QUEUE.Expired; message expired',
    source: {
      software: 'Microsoft Exchange',
      where: 'NDR text when the queue gives up on a message',
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
    },
  },
  {
    id: 'network-error',
    actor: 'recipient-admin',
    transientActor: 'client',
    example: '451 4.4.0 DNS query failed. The error was: DNS query failed with error ErrorRetry',
    source: {
      software: 'Microsoft Exchange',
      where: 'NDR text for a failed DNS lookup of the destination',
      url: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online',
    },
  },
  {
    id: 'system-error',
    actor: 'recipient-admin',
    transientActor: 'client',
    example: '452 4.3.1 Insufficient system storage',
    source: { software: 'Postfix', where: 'src/smtpd/smtpd.c (queue_minfree)' },
  },
  {
    id: 'protocol-error',
    actor: 'sender-admin',
    example: '503 5.5.1 Error: need RCPT command',
    source: { software: 'Postfix', where: 'src/smtpd/smtpd.c, data_cmd' },
  },
  {
    id: 'greylisted',
    actor: 'client',
    transientActor: 'client',
    example: '450 4.2.0 <jane@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html',
    source: { software: 'Postgrey', where: 'postgrey default --greylist-text' },
  },
  {
    id: 'unknown',
    actor: 'sender',
    example: '554 Transaction failed',
    source: { rfc: 5321, section: '4.2.2' },
  },
]
