// Hornetsecurity (antispameurope): replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const HORNETSECURITY_RULES: readonly DiagnosisRule[] = [
  {
    id: 'hornetsecurity-bad-reputation',
    reason: 'blocklisted',
    pattern: 'address has a bad reputation\\. To unblock visit',
    provider: 'hornetsecurity',
    source: { url: 'https://www.hornetsecurity.com/en/', title: 'Hornetsecurity' },
    examples: [
      '554 5.5.4 Your IP 192.0.2.57 address has a bad reputation. To unblock visit http://cloud-security.net/unblock?a=2906&d=6&e=192.0.2.57-mx-gate24-hz3',
    ],
  },
]
