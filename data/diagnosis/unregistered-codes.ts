// Codes in no RFC that real servers send: an honest entry for each (registered: false), so that a lookup answers
// what the code usually means and who uses it instead of a bare 404. Microsoft's meanings are from its
// Exchange Online NDR reference; the basic codes' from the MIT collection fm/smtp-codes and RFC 3463's subjects.
import type { UnregisteredCode } from './types.ts'

const MS = 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online'
const MS_USE = 'Microsoft 365 / Exchange Online / Outlook.com'
const SMTP_CODES = (code: string) => `https://github.com/fm/smtp-codes/blob/master/data/codes/${code}.json`

export const UNREGISTERED_CODES: readonly UnregisteredCode[] = [
  { code: '422', title: 'Temporary failure (non-standard)', summary: 'A non-standard temporary failure; Barracuda appliances send it, for example when their licence has expired.', usedBy: 'Barracuda appliances and a few other filters', url: SMTP_CODES('422'), reason: 'system-error' },
  { code: '510', title: 'Bad recipient address (non-standard)', summary: 'A non-standard permanent failure some servers use for a bad destination address, read like 5.1.0.', usedBy: 'some servers and bounce reports, in place of 550 5.1.x', url: 'https://www.rfc-editor.org/rfc/rfc3463#section-3.2', reason: 'user-unknown' },
  { code: '512', title: 'Bad destination domain (non-standard)', summary: 'A non-standard permanent failure for a recipient domain that cannot be found, read like 5.1.2.', usedBy: 'some servers and bounce reports, in place of 550 5.1.2', url: 'https://www.rfc-editor.org/rfc/rfc3463#section-3.2', reason: 'domain-not-found' },
  { code: '540', title: 'Recipient account inactive (non-standard)', summary: 'A non-standard permanent failure for a recipient whose account is inactive or blocked.', usedBy: 'Rambler and a few other providers', url: SMTP_CODES('540'), reason: 'mailbox-disabled' },
  { code: '541', title: 'Refused by the recipient\'s filter (non-standard)', summary: 'A non-standard permanent failure that anti-spam filters send when they refuse a message.', usedBy: 'some anti-spam appliances', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2', reason: 'policy' },
  { code: '571', title: 'Delivery not authorized (non-standard)', summary: 'A non-standard permanent failure for a message refused by policy, read like 550 5.7.1.', usedBy: 'older Microsoft SMTP services and some filters', url: 'https://www.rfc-editor.org/rfc/rfc3463#section-3.8', reason: 'policy' },
  { code: '5.4.14', title: 'Hop count exceeded', summary: 'The message passed through too many servers, usually a mail loop between forwarding rules or MX records.', usedBy: MS_USE, url: MS, reason: 'network-error' },
  { code: '5.4.312', title: 'Message expired, DNS query failed', summary: 'Exchange Online gave up on the message after its DNS lookups for the destination kept failing.', usedBy: MS_USE, url: MS, reason: 'expired' },
  { code: '5.4.316', title: 'Message expired, connection refused', summary: 'Exchange Online gave up on the message after the destination kept refusing connections.', usedBy: MS_USE, url: MS, reason: 'expired' },
  { code: '4.4.62', title: 'Sent to the wrong Office 365 region', summary: 'The message reached a Microsoft datacenter that does not serve the recipient\'s tenant, usually a connector or MX misconfiguration.', usedBy: MS_USE, url: MS, reason: 'system-error' },
  { code: '4.7.500', through: '4.7.652', title: 'Server busy, try again later', summary: 'Microsoft is throttling the sending IP address for now, usually for its volume or reputation.', usedBy: MS_USE, url: MS, reason: 'rate-limited' },
  { code: '5.7.501', through: '5.7.503', title: 'Access denied, spam abuse detected', summary: 'Microsoft has banned the sending account for sending spam.', usedBy: MS_USE, url: MS, reason: 'spam' },
  { code: '5.7.506', title: 'Access denied, bad HELO', summary: 'The sending server announced an invalid name in HELO/EHLO.', usedBy: MS_USE, url: MS, reason: 'reverse-dns' },
  { code: '5.7.508', title: 'Sending IP has exceeded permitted limits', summary: 'The sending IP address has exceeded the limits Microsoft allows from its range.', usedBy: MS_USE, url: MS, reason: 'rate-limited' },
  { code: '5.7.509', title: 'Sending domain does not pass DMARC', summary: 'The message failed DMARC for the sending domain, whose policy says to reject.', usedBy: MS_USE, url: MS, reason: 'sender-authentication' },
  { code: '5.7.510', title: 'Domain does not accept email over IPv6', summary: 'The recipient domain accepts mail only over IPv4, and the message came over IPv6.', usedBy: MS_USE, url: MS, reason: 'policy' },
  { code: '5.7.511', title: 'Access denied, banned sender', summary: 'Microsoft has banned the sending IP address or sender; removal goes through Microsoft.', usedBy: MS_USE, url: MS, reason: 'blocklisted' },
  { code: '5.7.512', title: 'Message must be RFC 5322 compliant', summary: 'The message lacks a valid From header (RFC 5322 §3.6.2) or is otherwise malformed.', usedBy: MS_USE, url: MS, reason: 'protocol-error' },
  { code: '5.7.513', title: 'Blocked by the recipient\'s block list', summary: 'The recipient organisation has blocked the sending IP address with its own block list.', usedBy: MS_USE, url: MS, reason: 'blocklisted' },
  { code: '5.7.515', title: 'Required authentication level not met', summary: 'The sending domain does not meet Outlook.com\'s authentication requirements (SPF, DKIM and DMARC for bulk senders).', usedBy: MS_USE, url: MS, reason: 'sender-authentication' },
  { code: '5.7.606', through: '5.7.649', title: 'Access denied, banned sending IP', summary: 'Microsoft has banned the sending IP address; removal is requested at sender.office.com.', usedBy: MS_USE, url: 'https://sender.office.com/', reason: 'blocklisted' },
  { code: '5.7.700', through: '5.7.749', title: 'Access denied, tenant has exceeded threshold', summary: 'The sending Microsoft 365 tenant has been blocked for sending too much mail or spam.', usedBy: MS_USE, url: MS, reason: 'blocklisted' },
  { code: '5.7.750', title: 'Client blocked from sending from unregistered domains', summary: 'The tenant sends from domains it has not registered (verified) in Microsoft 365.', usedBy: MS_USE, url: MS, reason: 'sender-rejected' },
]
