// Yahoo / AOL: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const YAHOO_RULES: readonly DiagnosisRule[] = [
  {
    id: 'yahoo-tss04-volume-complaints',
    reason: 'rate-limited',
    pattern: 'temporarily deferred due to (?:unexpected volume or |excessive )?user complaints',
    provider: 'yahoo',
    source: { url: 'https://senders.yahooinc.com/smtp-error-codes/', title: 'Yahoo Sender Hub: SMTP error codes' },
    examples: [
      '421 4.7.0 [TSS04] Messages from 0.0.0.0 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
      '421 4.7.0 [TS01] Messages from 192.0.2.177 temporarily deferred due to user complaints - 4.16.55.1; see http://postmaster.yahoo.com/421-ts01.html',
    ],
  },
  {
    id: 'yahoo-permanently-deferred',
    reason: 'blocklisted',
    pattern: 'will be permanently deferred',
    provider: 'yahoo',
    source: { url: 'https://senders.yahooinc.com/smtp-error-codes/', title: 'Yahoo Sender Hub: SMTP error codes' },
    examples: [
      '553 5.7.2 [TSS06] All messages from 192.0.2.44 will be permanently deferred; Retrying will NOT succeed. See https://help.yahoo.com/kb/postmaster/SLN3436.html',
    ],
  },
  {
    id: 'yahoo-ph01-policy',
    reason: 'spam',
    pattern: '\\[PH0[0-9]\\]',
    provider: 'yahoo',
    source: { url: 'https://senders.yahooinc.com/smtp-error-codes/', title: 'Yahoo Sender Hub: SMTP error codes' },
    examples: ['554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes'],
  },
  {
    id: 'yahoo-headers-not-rfc-compliant',
    reason: 'protocol-error',
    pattern: 'Headers are not RFC compliant',
    provider: 'yahoo',
    source: { url: 'https://senders.yahooinc.com/smtp-error-codes/', title: 'Yahoo Sender Hub: SMTP error codes' },
    examples: ['554 Message not allowed - Headers are not RFC compliant[291]', '554 Message not allowed - Headers are not RFC compliant [291]'],
  },
  {
    id: 'yahoo-policy-reasons',
    reason: 'policy',
    pattern: 'Message not accepted for policy reasons|Message not allowed - \\[[0-9]{3}\\]',
    provider: 'yahoo',
    source: { url: 'https://senders.yahooinc.com/smtp-error-codes/', title: 'Yahoo Sender Hub: SMTP error codes' },
    examples: [
      '554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes',
      '554 Message not allowed - [299]',
      '554 5.7.9 Message not accepted for policy reasons.',
    ],
  },
  {
    id: 'yahoo-account-suspended',
    reason: 'mailbox-disabled',
    pattern: '- Account is suspended',
    provider: 'yahoo',
    source: { url: 'https://senders.yahooinc.com/smtp-error-codes/', title: 'Yahoo Sender Hub: SMTP error codes' },
    examples: ["554 delivery error: dd This user doesn't have a yahoo.com account (jane@yahoo.com) [0] - Account is suspended"],
  },
  {
    id: 'yahoo-no-account',
    reason: 'user-unknown',
    pattern: 'This user doesn.t have a [^ ]{1,60} account',
    provider: 'yahoo',
    source: { url: 'https://senders.yahooinc.com/smtp-error-codes/', title: 'Yahoo Sender Hub: SMTP error codes' },
    examples: ["554 delivery error: dd This user doesn't have a example.com account (example@example.com) [-9] - example.yahoo.com"],
  },
  {
    id: 'yahoo-no-longer-valid',
    reason: 'user-unknown',
    pattern: '\\bdd [^ ]{1,60} is no longer valid',
    codes: ['5'],
    provider: 'yahoo',
    source: { url: 'https://senders.yahooinc.com/smtp-error-codes/', title: 'Yahoo Sender Hub: SMTP error codes' },
    examples: ['554 delivery error: dd example@example.com is no longer valid. [-20] - example.yahoo.com'],
  },
  {
    id: 'yahoo-mailbox-disabled',
    reason: 'mailbox-disabled',
    pattern: 'This mailbox is disabled',
    provider: 'yahoo',
    source: { url: 'https://senders.yahooinc.com/smtp-error-codes/', title: 'Yahoo Sender Hub: SMTP error codes' },
    examples: [
      '554 delivery error: dd Sorry, your message to example@example.com cannot be delivered. This mailbox is disabled (554.30). - example.yahoo.com',
    ],
  },
  {
    id: 'yahoo-max-per-connection',
    reason: 'rate-limited',
    pattern: 'Max message per connection reached',
    provider: 'yahoo',
    source: { url: 'https://senders.yahooinc.com/smtp-error-codes/', title: 'Yahoo Sender Hub: SMTP error codes' },
    examples: ['421 Max message per connection reached, closing transmission channel'],
  },
  {
    id: 'yahoo-receiving-too-quickly',
    reason: 'rate-limited',
    pattern: 'User is receiving mail too quickly',
    provider: 'yahoo',
    source: { url: 'https://senders.yahooinc.com/smtp-error-codes/', title: 'Yahoo Sender Hub: SMTP error codes' },
    examples: ['450 User is receiving mail too quickly'],
  },
  {
    id: 'yahoo-resources-unavailable',
    reason: 'system-error',
    pattern: 'Resources temporarily unavailable\\. Please try again later',
    provider: 'yahoo',
    source: { url: 'https://senders.yahooinc.com/smtp-error-codes/', title: 'Yahoo Sender Hub: SMTP error codes' },
    examples: ['451 example.yahoo.com Resources temporarily unavailable. Please try again later [#4.16.1].'],
  },
  {
    id: 'yahoo-temporary-domain-failure',
    reason: 'system-error',
    pattern: 'temporary domain failure',
    provider: 'yahoo',
    source: { url: 'https://senders.yahooinc.com/smtp-error-codes/', title: 'Yahoo Sender Hub: SMTP error codes' },
    examples: ['452 temporary domain failure <example@example.com>'],
  },
  {
    id: 'aol-dynamic-ip',
    reason: 'blocklisted',
    pattern: '\\(RTR:DU\\)',
    provider: 'yahoo',
    source: { url: 'https://senders.yahooinc.com/smtp-error-codes/', title: 'Yahoo Sender Hub: SMTP error codes (AOL is operated by Yahoo)' },
    examples: ['554- (RTR:DU) http://postmaster.info.aol.com/errors/554rtrdu.html'],
  },
  {
    // AOL's RTR codes: dynamic or residential addresses (BB), a compromised network (CH), an address not yet
    // allocated (BG); RLY:B1-B3, blocks placed when member complaints about the IP pass AOL's threshold.
    id: 'aol-ip-blocks',
    reason: 'blocklisted',
    pattern: '\\b(?:RTR:(?:BB|CH|BG)|RLY:B[1-3])\\b',
    provider: 'yahoo',
    source: { url: 'https://web.archive.org/web/2012/http://postmaster.aol.com/errors/', title: 'AOL Postmaster: error messages' },
    examples: ['554 RLY:B1 http://postmaster.info.aol.com/errors/554rlyb1.html', '554- (RTR:BB) http://postmaster.info.aol.com/errors/554rtrbb.html'],
  },
  {
    // "The reverse DNS of your IP Address is typical of a dynamic IP Address".
    id: 'aol-dynamic-reverse-dns',
    reason: 'reverse-dns',
    pattern: '\\bRTR:RD\\b',
    provider: 'yahoo',
    source: { url: 'https://web.archive.org/web/2012/http://postmaster.aol.com/errors/', title: 'AOL Postmaster: error messages' },
    examples: ['554- (RTR:RD) http://postmaster.info.aol.com/errors/554rtrrd.html'],
  },
  {
    // CON:B1: the sender went over AOL's connection or volume thresholds and should back off.
    id: 'aol-connection-threshold',
    reason: 'rate-limited',
    pattern: '\\bCON:B1\\b',
    provider: 'yahoo',
    source: {
      url: 'https://www.wordtothewise.com/2012/08/aol-bounces-and-false-positives',
      title: 'Word to the Wise: AOL bounces and false positives',
    },
    examples: ['421 CON:B1 http://postmaster.info.aol.com/errors/421conb1.html'],
  },
]
