// Rackspace Email: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const RACKSPACE_RULES: readonly DiagnosisRule[] = [
  {
    id: 'rackspace-misspelled',
    reason: 'user-unknown',
    pattern: 'could not be found, or was misspelled',
    provider: 'rackspace',
    source: { url: 'https://postmaster.apps.rackspace.com/system-info/response-codes', title: 'Rackspace Email postmaster: response codes' },
    examples: [
      '550 5.1.1 Email address could not be found, or was misspelled (G8)',
      '550 5.1.1 Email address could not be found, or was misspelled (G8) or (G9)',
    ],
  },
  {
    id: 'rackspace-g6-recipient-server',
    reason: 'system-error',
    pattern: 'recipient.s server was temporarily unavailable to accept',
    provider: 'rackspace',
    source: { url: 'https://postmaster.apps.rackspace.com/system-info/response-codes', title: 'Rackspace Email postmaster: response codes' },
    examples: [
      '450 4.4.1 <email@example.com>: The recipient\'s server was temporarily unavailable to accept your message (G6)',
    ],
  },
  {
    id: 'rackspace-g30-mailbox-rate',
    reason: 'rate-limited',
    pattern: 'received too much email in a short period',
    provider: 'rackspace',
    source: { url: 'https://postmaster.apps.rackspace.com/system-info/response-codes', title: 'Rackspace Email postmaster: response codes' },
    examples: [
      '450 4.2.1 <email@example.com>: Mailbox received too much email in a short period of time (G30)',
    ],
  },
  {
    id: 'rackspace-g1e-dmarc-dns',
    reason: 'network-error',
    pattern: 'Temporary DMARC DNS lookup failure',
    provider: 'rackspace',
    source: { url: 'https://postmaster.apps.rackspace.com/system-info/response-codes', title: 'Rackspace Email postmaster: response codes' },
    examples: [
      '450 4.4.0 <email@example.com> Temporary DMARC DNS lookup failure (G1E)',
    ],
  },
  {
    id: 'rackspace-g28-untrusted-ip',
    reason: 'rate-limited',
    pattern: 'too many messages from a new or untrusted IP',
    provider: 'rackspace',
    source: { url: 'https://postmaster.apps.rackspace.com/system-info/response-codes', title: 'Rackspace Email postmaster: response codes' },
    examples: [
      '451 4.7.1 Received too many messages from a new or untrusted IP (G28)',
    ],
  },
  {
    id: 'rackspace-g7-refused',
    reason: 'policy',
    pattern: 'recipient.s server refused to accept your message',
    provider: 'rackspace',
    source: { url: 'https://postmaster.apps.rackspace.com/system-info/response-codes', title: 'Rackspace Email postmaster: response codes' },
    examples: [
      '550 5.7.1 The recipient\'s server refused to accept your message (G7)',
    ],
  },
  {
    id: 'rackspace-g14-sender-mx',
    reason: 'sender-rejected',
    pattern: 'Sender.s MX record not allowed',
    provider: 'rackspace',
    source: { url: 'https://postmaster.apps.rackspace.com/system-info/response-codes', title: 'Rackspace Email postmaster: response codes' },
    examples: [
      '550 5.7.1 Sender\'s MX record not allowed (G14)',
    ],
  },
  {
    id: 'rackspace-sender-not-allowed',
    reason: 'sender-authentication',
    pattern: '\\bSender is not allowed to send from',
    provider: 'rackspace',
    source: { url: 'https://postmaster.apps.rackspace.com/system-info/response-codes', title: 'Rackspace Email postmaster: response codes' },
    examples: [
      '550 5.1.0 Sender is not allowed to send from example.com',
    ],
  },
  {
    id: 'rackspace-header-content-type',
    reason: 'content-rejected',
    pattern: '\\bheader_contenttype_[0-9]',
    provider: 'rackspace',
    source: { url: 'https://postmaster.apps.rackspace.com/system-info/response-codes', title: 'Rackspace Email postmaster: response codes' },
    examples: [
      '550 5.7.0 header_contenttype_1 (G18)',
      '550 5.7.0 header_contenttype_2 - Multi-part MIME messages are rejected as dangerous (G19)',
    ],
  },
  {
    id: 'rackspace-banned-file',
    reason: 'content-rejected',
    pattern: '\\bmime_banned_file\\b',
    provider: 'rackspace',
    source: { url: 'https://postmaster.apps.rackspace.com/system-info/response-codes', title: 'Rackspace Email postmaster: response codes' },
    examples: [
      '550 5.7.0 mime_banned_file - Your message has been rejected because it contains a banned file attachment (G1A)',
      '550 5.7.0 mime_banned_file - Your message has been rejected because it contains a banned file attachment (G1B)',
      '550 5.7.0 mime_banned_file - File attachment is not allowed because they can be used to exploit Winzip (G1C)',
      '550 5.7.0 mime_banned_file - CLSID file extensions are dangerous (G1D)',
    ],
  },
  {
    id: 'rackspace-ge-blocked-by-recipient',
    reason: 'policy',
    pattern: 'Blocked by this recipient',
    provider: 'rackspace',
    source: { url: 'https://postmaster.apps.rackspace.com/system-info/response-codes', title: 'Rackspace Email postmaster: response codes' },
    examples: [
      '554 5.7.1 user@example.com: Sender address rejected: Blocked by this recipient (GE)',
    ],
  },
]
