// Hostpoint: replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const HOSTPOINT_RULES: readonly DiagnosisRule[] = [
  {
    id: 'hostpoint-mx-not-here',
    reason: 'relay-denied',
    pattern: 'MX do not point to us',
    provider: 'hostpoint',
    source: { url: 'https://support.hostpoint.ch/en/technical/e-mail', title: 'Hostpoint: e-mail' },
    examples: ['550 no such address here (MX do not point to us)'],
  },
]
