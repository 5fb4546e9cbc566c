// Comcast (Xfinity): replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const COMCAST_RULES: readonly DiagnosisRule[] = [
  {
    id: 'comcast-not-our-customer',
    reason: 'user-unknown',
    pattern: '\\bNot our Customer',
    provider: 'comcast',
    source: { url: 'https://postmaster.comcast.net/smtp-error-codes.php', title: 'Comcast postmaster: SMTP error codes' },
    examples: ['550 5.1.1 Not our Customer'],
  },
  {
    id: 'comcast-mailbox-unallocated',
    reason: 'user-unknown',
    pattern: 'recipient mailbox unallocated',
    provider: 'comcast',
    source: { url: 'https://postmaster.comcast.net/smtp-error-codes.php', title: 'Comcast postmaster: SMTP error codes' },
    examples: ['550 5.1.1 <example@comcast.net> recipient mailbox unallocated'],
  },
  {
    id: 'comcast-recipient-unavailable',
    reason: 'user-unknown',
    pattern: '- Recipient unavailable',
    codes: ['5'],
    provider: 'comcast',
    source: { url: 'https://postmaster.comcast.net/smtp-error-codes.php', title: 'Comcast postmaster: SMTP error codes' },
    examples: ['550 5.2.0 <example@comcast.net> - Recipient unavailable'],
  },
  {
    id: 'comcast-recipient-temporarily-unavailable',
    reason: 'system-error',
    pattern: '- Recipient temporarily unavailable',
    codes: ['4'],
    provider: 'comcast',
    source: { url: 'https://postmaster.comcast.net/smtp-error-codes.php', title: 'Comcast postmaster: SMTP error codes' },
    examples: ['450 4.2.0 <example@comcast.net> - Recipient temporarily unavailable'],
  },
  {
    id: 'comcast-ptr-required',
    reason: 'reverse-dns',
    pattern: 'Comcast requires that all mail servers must have a PTR record',
    provider: 'comcast',
    source: { url: 'https://postmaster.comcast.net/smtp-error-codes.php', title: 'Comcast postmaster: SMTP error codes' },
    examples: [
      'host xx.comcast.net [x.xx.xx.xx] SMTP error from remote mail server after initial connection: 554 xx.comcast.net comcast x.xx.xx.xx Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry. Currently your mail server does not fill that requirement. For more information, refer to: http://postmaster.comcast.net/smtp-error-codes.php#554',
    ],
  },
  {
    id: 'comcast-block-for-spam',
    reason: 'blocklisted',
    pattern: 'Comcast block for spam',
    provider: 'comcast',
    source: { url: 'https://postmaster.comcast.net/smtp-error-codes.php', title: 'Comcast postmaster: SMTP error codes' },
    examples: [
      '554 xx.comcast.net comcast x.xx.xx.xx Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000',
    ],
  },
  {
    id: 'comcast-too-many-recent-messages',
    reason: 'rate-limited',
    pattern: 'too many recent messages',
    provider: 'comcast',
    source: { url: 'https://postmaster.comcast.net/smtp-error-codes.php', title: 'Comcast postmaster: SMTP error codes' },
    examples: ['452 4.1.1 <example@comcast.net> too many recent messages; Try again later'],
  },
  {
    id: 'comcast-extended-quota',
    reason: 'mailbox-full',
    pattern: 'extended quota violation',
    provider: 'comcast',
    source: { url: 'https://postmaster.comcast.net/smtp-error-codes.php', title: 'Comcast postmaster: SMTP error codes' },
    examples: ['552 5.1.1 <example@comcast.net> recipient rejected - extended quota violation'],
  },
]
