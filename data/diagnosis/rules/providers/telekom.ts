// Telekom (T-Online): replies in its own wording, each rule citing the page that documents it. Examples are real replies
// from test/corpus/provider-replies.json.
import type { DiagnosisRule } from '../../types.ts'

export const TELEKOM_RULES: readonly DiagnosisRule[] = [
  {
    id: 'telekom-spam-or-virus',
    reason: 'spam',
    pattern: 'Message considered as spam or virus',
    provider: 'telekom',
    source: { url: 'https://postmaster.t-online.de/', title: 'Telekom (T-Online) postmaster' },
    examples: ['550 5.7.0 Message considered as spam or virus, rejected'],
  },
]
