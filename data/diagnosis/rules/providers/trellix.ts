// Trellix Email Security (FireEye): replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const TRELLIX_RULES: readonly DiagnosisRule[] = [
  {
    id: 'trellix-etp205-dmarc',
    reason: 'sender-authentication',
    pattern: '\\bETP205\\b',
    provider: 'trellix',
    source: { url: 'https://docs.trellix.com/data-and-email/docs/error-codes.md', title: 'Trellix Email Security - Cloud: error codes' },
    examples: ['550 5.7.26 <example@example.com>: ETP205 DMARC Failure for domain'],
  },
]
