// Mimecast: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const MIMECAST_RULES: readonly DiagnosisRule[] = [
  {
    id: 'mimecast-open-relay',
    reason: 'relay-denied',
    pattern: '\\bOpen relay not allowed',
    provider: 'mimecast',
    source: {
      url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes',
      title: 'Mimecast: SMTP error codes',
    },
    examples: ['451 Open relay not allowed'],
  },
  {
    id: 'mimecast-greylisting',
    reason: 'greylisted',
    pattern: 'Internal resource temporarily unavailable',
    provider: 'mimecast',
    source: {
      url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes',
      title: 'Mimecast: SMTP error codes',
    },
    examples: ['451 Internal resource temporarily unavailable'],
  },
  {
    id: 'mimecast-inbounds-disabled',
    reason: 'mailbox-disabled',
    pattern: 'Account inbounds disabled',
    provider: 'mimecast',
    source: {
      url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes',
      title: 'Mimecast: SMTP error codes',
    },
    examples: ['451 Account inbounds disabled.'],
  },
  {
    id: 'mimecast-account-connections',
    reason: 'rate-limited',
    pattern: 'Account service is temporarily unavailable',
    provider: 'mimecast',
    source: {
      url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes',
      title: 'Mimecast: SMTP error codes',
    },
    examples: ['451 Account service is temporarily unavailable'],
  },
  {
    id: 'mimecast-envelope-blocked',
    reason: 'policy',
    pattern: 'Administrative prohibition - envelope blocked|Envelope blocked - User (?:Domain )?Entry',
    provider: 'mimecast',
    source: {
      url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes',
      title: 'Mimecast: SMTP error codes',
    },
    examples: ['550 Administrative prohibition - envelope blocked', '550 Envelope blocked - User Entry', '550 Envelope blocked - User Domain Entry'],
  },
  {
    id: 'mimecast-anti-spoofing',
    reason: 'policy',
    pattern: 'header.based Anti-Spoofing policy',
    provider: 'mimecast',
    source: {
      url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes',
      title: 'Mimecast: SMTP error codes',
    },
    examples: ['550 Rejected by header based Anti-Spoofing policy: email@example.com'],
  },
  {
    id: 'mimecast-blocked-senders',
    reason: 'policy',
    pattern: 'header.based (?:manually )?Blocked Senders|manually Blocked Senders',
    provider: 'mimecast',
    source: {
      url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes',
      title: 'Mimecast: SMTP error codes',
    },
    examples: [
      '550 Rejected by header based manually Blocked Senders: email@example.com',
      '550 Rejected by header-based manually Blocked Senders - block for manual block.',
      '550 Rejected by header-based manually Blocked Senders - Block policy for Header From.',
      '550 Rejected by header-based manually Blocked Senders - Block policy for Envelope From address.',
    ],
  },
  {
    id: 'mimecast-ip-reputation',
    reason: 'blocklisted',
    pattern: 'Local CT IP Reputation',
    provider: 'mimecast',
    source: {
      url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes',
      title: 'Mimecast: SMTP error codes',
    },
    examples: ['550 Local CT IP Reputation - (reject)'],
  },
  {
    id: 'mimecast-authentication',
    reason: 'sender-authentication',
    pattern: '\\b(?:SPF|DKIM|DMARC) Sender Invalid',
    provider: 'mimecast',
    source: {
      url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes',
      title: 'Mimecast: SMTP error codes',
    },
    examples: [
      '550 SPF Sender Invalid - envelope rejected.',
      '550 DKIM Sender Invalid - envelope rejected.',
      '550 DMARC Sender Invalid - envelope rejected',
    ],
  },
  {
    id: 'mimecast-security-policies',
    reason: 'spam',
    pattern: 'rejected due to security policies',
    provider: 'mimecast',
    source: {
      url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes',
      title: 'Mimecast: SMTP error codes',
    },
    examples: ['554 Email rejected due to security policies (e.g., MCSpamSignature.x.x).'],
  },
  {
    id: 'mimecast-host-network',
    reason: 'policy',
    pattern: 'Host network not allowed',
    provider: 'mimecast',
    source: {
      url: 'https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes',
      title: 'Mimecast: SMTP error codes',
    },
    examples: ['554 Host network not allowed.'],
  },
]
