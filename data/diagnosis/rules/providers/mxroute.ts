// MXroute: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const MXROUTE_RULES: readonly DiagnosisRule[] = [
  {
    id: 'mxroute-unauthenticated-range',
    reason: 'blocklisted',
    pattern: 'Unauthenticated mail not allowed from this range',
    provider: 'mxroute',
    source: { url: 'https://docs.mxroute.com/docs/troubleshooting/smtp-blocks.html', title: 'MXroute: SMTP blocks' },
    examples: ['550 Unauthenticated mail not allowed from this range'],
  },
  {
    id: 'mxroute-rejected-recipients',
    reason: 'blocklisted',
    pattern: 'sending excessive rejected recipients',
    provider: 'mxroute',
    source: { url: 'https://docs.mxroute.com/docs/troubleshooting/smtp-blocks.html', title: 'MXroute: SMTP blocks' },
    examples: ['554 Your IP is sending excessive rejected recipients.'],
  },
  {
    id: 'mxroute-auth-failures',
    reason: 'auth-failed',
    pattern: 'generating excessive authentication failures',
    provider: 'mxroute',
    source: { url: 'https://docs.mxroute.com/docs/troubleshooting/smtp-blocks.html', title: 'MXroute: SMTP blocks' },
    examples: ['554 Your IP is generating excessive authentication failures.'],
  },
  {
    id: 'mxroute-flooding',
    reason: 'rate-limited',
    pattern: 'flooding our SMTP server with abusive requests',
    provider: 'mxroute',
    source: { url: 'https://docs.mxroute.com/docs/troubleshooting/smtp-blocks.html', title: 'MXroute: SMTP blocks' },
    examples: ['554 Your IP address is flooding our SMTP server with abusive requests'],
  },
]
