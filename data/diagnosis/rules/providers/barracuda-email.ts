// Barracuda Email Security: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const BARRACUDA_EMAIL_RULES: readonly DiagnosisRule[] = [
  {
    id: 'barracuda-policy-abuse',
    reason: 'policy',
    pattern: 'Policy Rejection- Abuse',
    provider: 'barracuda-email',
    source: {
      url: 'https://campus.barracuda.com/product/emailsecuritygateway/doc/39815000/smtp-error-codes/',
      title: 'Barracuda Email Security Gateway: SMTP error codes',
    },
    examples: ['450 cuda_nsu 4.7.1 <email@example.com>: Recipient address rejected: Policy Rejection- Abuse. Go away.'],
  },
  {
    id: 'barracuda-license-expired',
    reason: 'system-error',
    pattern: '^License Expired',
    provider: 'barracuda-email',
    source: {
      url: 'https://campus.barracuda.com/product/emailsecuritygateway/doc/39815000/smtp-error-codes/',
      title: 'Barracuda Email Security Gateway: SMTP error codes',
    },
    examples: ['422 License Expired'],
  },
  {
    id: 'barracuda-spoofed',
    reason: 'spam',
    pattern: 'rejecting spoofed message',
    provider: 'barracuda-email',
    source: {
      url: 'https://campus.barracuda.com/product/emailsecuritygateway/doc/39815000/smtp-error-codes/',
      title: 'Barracuda Email Security Gateway: SMTP error codes',
    },
    examples: ['550 rejecting spoofed message'],
  },
  {
    id: 'barracuda-spam-url',
    reason: 'spam',
    pattern: 'rejected due to spam URL in content',
    provider: 'barracuda-email',
    source: {
      url: 'https://campus.barracuda.com/product/emailsecuritygateway/doc/39815000/smtp-error-codes/',
      title: 'Barracuda Email Security Gateway: SMTP error codes',
    },
    examples: ['554 rejected due to spam URL in content'],
  },
  {
    id: 'barracuda-banned-content',
    reason: 'content-rejected',
    pattern: 'rejecting banned content',
    provider: 'barracuda-email',
    source: {
      url: 'https://campus.barracuda.com/product/emailsecuritygateway/doc/39815000/smtp-error-codes/',
      title: 'Barracuda Email Security Gateway: SMTP error codes',
    },
    examples: ['554 rejecting banned content'],
  },
  {
    id: 'barracuda-recipient-blocked',
    reason: 'policy',
    pattern: 'permanent failure for one or more recipients \\([^ ]{1,60}:blocked\\)',
    provider: 'barracuda-email',
    source: {
      url: 'https://campus.barracuda.com/product/emailsecuritygateway/doc/39815000/smtp-error-codes/',
      title: 'Barracuda Email Security Gateway: SMTP error codes',
    },
    examples: ['550 permanent failure for one or more recipients (email@example.com:blocked)'],
  },
]
