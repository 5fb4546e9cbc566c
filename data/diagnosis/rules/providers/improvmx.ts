// ImprovMX: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const IMPROVMX_RULES: readonly DiagnosisRule[] = [
  {
    id: 'improvmx-retry',
    reason: 'greylisted',
    pattern: '\\(#id-5\\.9\\.4\\)',
    provider: 'improvmx',
    source: { url: 'https://improvmx.com/guides/improvmx-error-codes/', title: 'ImprovMX: error codes' },
    examples: ['450 4.2.1 Please try again later. (#id-5.9.4)'],
  },
  {
    id: 'improvmx-loop',
    reason: 'network-error',
    pattern: 'Loop detected: Email is sent and forwarded',
    provider: 'improvmx',
    source: { url: 'https://improvmx.com/guides/improvmx-error-codes/', title: 'ImprovMX: error codes' },
    examples: ['551 5.7.1 Loop detected: Email is sent and forwarded from/to improvmx.com. (#id-5.9.0)'],
  },
  {
    id: 'improvmx-domain-not-configured',
    reason: 'relay-denied',
    pattern: '\\(#id-5\\.9\\.2\\)',
    provider: 'improvmx',
    source: { url: 'https://improvmx.com/guides/improvmx-error-codes/', title: 'ImprovMX: error codes' },
    examples: ['551 5.7.1 Domain not found (#id-5.9.2)', '550 5.1.3 Relay not permitted. (#id-5.9.2)'],
  },
  {
    id: 'improvmx-low-reputation',
    reason: 'blocklisted',
    pattern: 'very low reputation of the sending domain, this message has been blocked \\(Code',
    provider: 'improvmx',
    source: { url: 'https://improvmx.com/guides/improvmx-error-codes/', title: 'ImprovMX: error codes' },
    examples: ['551 5.7.1 Due to the very low reputation of the sending domain, this message has been blocked (Code 2).'],
  },
  {
    id: 'improvmx-database',
    reason: 'system-error',
    pattern: '\\(#id-5\\.9\\.[35]\\)',
    provider: 'improvmx',
    source: { url: 'https://improvmx.com/guides/improvmx-error-codes/', title: 'ImprovMX: error codes' },
    examples: [
      '551 5.7.1 Our database returned invalid pieces of information about the requested recipient’s domain (#id-5.9.3)',
      '551 5.7.1 Unable to correctly read the forwarding recipient (where to forward the email to) (#id-5.9.5)',
    ],
  },
]
