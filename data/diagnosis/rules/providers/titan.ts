// Titan: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const TITAN_RULES: readonly DiagnosisRule[] = [
  {
    id: 'titan-insufficient-reputation',
    reason: 'blocklisted',
    pattern: 'sending IP has insufficient reputation',
    provider: 'titan',
    source: {
      url: 'https://support.titan.email/hc/en-us/articles/35175377981977-Understanding-Incoming-Email-Reject-Codes',
      title: 'Titan: incoming email reject codes',
    },
    examples: ['421 4.7.0: Sender IP rejected: sending IP has insufficient reputation. Please retry later.'],
  },
  {
    id: 'titan-spam-rate',
    reason: 'blocklisted',
    pattern: 'Sender IP rejected: spam rate exceeded',
    provider: 'titan',
    source: {
      url: 'https://support.titan.email/hc/en-us/articles/35175377981977-Understanding-Incoming-Email-Reject-Codes',
      title: 'Titan: incoming email reject codes',
    },
    examples: ['550 5.7.2 <ip>: Sender IP rejected: spam rate exceeded'],
  },
  {
    id: 'titan-quota-rate-limit',
    reason: 'rate-limited',
    pattern: '\\b(?:Recipients? Domain (?:Hourly|Daily)|Domains (?:Hourly|Daily)|Recipient) Quota Exceeded;?$',
    provider: 'titan',
    source: {
      url: 'https://support.titan.email/hc/en-us/articles/35175377981977-Understanding-Incoming-Email-Reject-Codes',
      title: 'Titan: incoming email reject codes',
    },
    examples: [
      '550 5.4.7 <user@example.com>: Recipient address rejected: Recipients Domain Hourly Quota Exceeded',
      '550 5.4.7 <user@example.com>: Recipient address rejected: Recipients Domain Daily Quota Exceeded',
      '550 5.4.6 <user@example.com>: Recipient address rejected: Recipient Quota Exceeded;',
      '550 5.4.6 <user@example.com>: Recipient address rejected: Mailbox Does Not Exist : Domains Hourly Quota Exceeded;',
      '550 5.4.6 <user@example.com>: Recipient address rejected: Mailbox Does Not Exist : Domains Daily Quota Exceeded;',
    ],
  },
  {
    id: 'titan-incoming-suspended',
    reason: 'mailbox-disabled',
    pattern: 'Incoming (?:temporarily )?suspended due to',
    provider: 'titan',
    source: {
      url: 'https://support.titan.email/hc/en-us/articles/35175377981977-Understanding-Incoming-Email-Reject-Codes',
      title: 'Titan: incoming email reject codes',
    },
    examples: [
      '550 5.2.1 <user@example.com>: Recipient address rejected: Incoming suspended due to abuse',
      '550 5.2.1 <user@example.com> : Recipient address rejected: Incoming temporarily suspended due to partner migration',
    ],
  },
  {
    id: 'titan-content-rejected',
    reason: 'content-rejected',
    pattern: '^message content rejected$',
    provider: 'titan',
    source: {
      url: 'https://support.titan.email/hc/en-us/articles/35175377981977-Understanding-Incoming-Email-Reject-Codes',
      title: 'Titan: incoming email reject codes',
    },
    examples: ['550 5.7.1 message content rejected'],
  },
]
